import Testing
@testable import TenderLintKit

@Suite("A buyer's name as a finding's sentence shows it")
struct PolicyBindingShortenedTests {
    @Test("A short, singly spaced name is kept as written", arguments: ["Leeds Teaching Hospitals NHS Trust", "A", "x\u{7F}y"])
    func keptAsWritten(_ name: String) {
        #expect(PolicyBinding.shortened(name) == name)
    }

    @Test("Runs of whitespace, Unicode spaces and line breaks become single spaces, and the ends are trimmed",
          arguments: [("  Leeds   Teaching\tHospitals\n", "Leeds Teaching Hospitals"), ("NHS\u{00A0}\u{2003}Trust", "NHS Trust"),
                      ("Borough\u{2028}Council ", "Borough Council"), ("", "")])
    func flattened(_ name: String, _ expected: String) {
        #expect(PolicyBinding.shortened(name) == expected)
    }

    @Test("A name over 70 characters is cut to 67 and an ellipsis, counting characters, not bytes")
    func cut() {
        let long = String(repeating: "é", count: 50) + " " + String(repeating: "b", count: 30)
        let shortened = PolicyBinding.shortened(long)
        #expect(shortened.count == 68)
        #expect(shortened.hasSuffix("…"))
        let exactly70 = String(repeating: "a", count: 70)
        #expect(PolicyBinding.shortened(exactly70) == exactly70)
        #expect(PolicyBinding.shortened(exactly70 + "b") == String(repeating: "a", count: 67) + "…")
    }
}
