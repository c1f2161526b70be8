import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// The configurations users copy — the starter file and every example in docs/configuration.md — must
/// load against the real rule set.
@Suite("Configuration examples")
struct ConfigurationExamplesTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TenderLintRulesTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root

    static let known = KnownRules(rules: BuiltInRules.ruleSet.rules, checks: BuiltInRules.identities)

    /// The YAML blocks of docs/configuration.md.
    static func examples() throws -> [String] {
        let page = try String(contentsOf: packageRoot.appendingPathComponent("docs/configuration.md"), encoding: .utf8)
        return page.split(separator: "```yaml\n", omittingEmptySubsequences: false).dropFirst().map { block in
            String(block.components(separatedBy: "```").first ?? "")
        }
    }

    /// Loads `text` as project/.tenderlint.yml in a scratch folder, with every file it names created.
    static func load(_ text: String) throws -> Configuration {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-config-docs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let project = root.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        for match in text.matches(of: /[A-Za-z0-9_.\/-]+\.(json|yaml|yml)/) {
            let file = project.appendingPathComponent(String(match.output.0)).standardizedFileURL
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data().write(to: file)
        }
        let path = project.appendingPathComponent(".tenderlint.yml")
        try Data(text.utf8).write(to: path)
        return try ConfigurationLoader(knownRules: known, workingDirectory: project.path).load(path: path.path)
    }

    @Test("every YAML example in docs/configuration.md loads against the real rules")
    func documentationExamples() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 9)
        for example in examples {
            do {
                _ = try Self.load(example)
            } catch let error as ConfigurationError {
                Issue.record("an example does not load:\n\(example)\n\(error)")
            }
        }
    }

    @Test("the full example sets what it says")
    func fullExample() throws {
        let full = try #require(try Self.examples().last)
        let configuration = try Self.load(full)
        #expect(configuration.settings.profile?.value == .centralGovernment)
        #expect(configuration.settings.rules.map(\.ruleID) == ["SV001", "NZ004", "TOM007", "TL003"])
        #expect(configuration.overrides.count == 3)
        #expect(configuration.overrides[2].settings.rules.first?.scope?.value.kind == .path)
        #expect(configuration.settings.vocabulary.count == 3)
    }

    @Test("the starter file loads against the real rules, and so do its commented rule examples")
    func starter() throws {
        #expect(try Self.load(Configuration.starter).settings.rules.isEmpty)
        // Uncomment the examples under 'rules:' (lines written '#  ' at two spaces' indent).
        var inRules = false
        var lines: [String] = []
        for line in Configuration.starter.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("rules:") { inRules = true } else if !line.hasPrefix("#  ") { inRules = false }
            lines.append(inRules && line.hasPrefix("#  ") ? String(line.dropFirst()) : String(line))
        }
        let configuration = try Self.load(lines.joined(separator: "\n"))
        #expect(configuration.settings.rules.map(\.ruleID) == ["SV001", "NZ004", "TOM007"])
    }
}
