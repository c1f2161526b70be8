import Testing
import TenderLintKit

@Suite("The effective configuration as YAML text")
struct EffectiveConfigurationTextTests {
    @Test("writes a value plain when YAML reads it back as the same text", arguments: ["catalogues/toms.yml", "2026-01-01", "a b"])
    func plain(text: String) {
        #expect(EffectiveConfigurationText.scalar(text) == text)
    }

    @Test("quotes a value YAML would read otherwise", arguments: [
        ("", #""""#), ("key: value", #""key: value""#), ("-dash", #""-dash""#), ("trailing ", #""trailing ""#), ("a #b", #""a #b""#),
    ])
    func quoted(text: String, expected: String) {
        #expect(EffectiveConfigurationText.scalar(text) == expected)
    }

    @Test("escapes quotes, backslashes and control characters inside quotes")
    func escapes() {
        #expect(EffectiveConfigurationText.quoted("say \"hi\"\\\n\t\u{1}") == #""say \"hi\"\\\n\t\x01""#)
    }
}
