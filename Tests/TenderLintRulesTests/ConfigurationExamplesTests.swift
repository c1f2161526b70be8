import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// The configurations users copy — the starter file and every example in docs/configuration.md — must
/// load against the real rule set.
@Suite("Configuration examples")
struct ConfigurationExamplesTests {
    static let packageRoot = PackageFolder.root

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

    /// The starter file with every example uncommented, as a user would: '# ' taken off a line that starts a
    /// top-level key ('# rules:') and off the indented lines under it ('#   SV001:').
    static func starterUncommented() -> String {
        let keys = ConfigurationLoader.topLevelKeys
        return Configuration.starter.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let isExample = line.hasPrefix("#   ") || keys.contains { line.hasPrefix("# \($0):") }
            return isExample ? String(line.dropFirst(2)) : String(line)
        }.joined(separator: "\n")
    }

    @Test("the starter file loads against the real rules and changes nothing")
    func starter() throws {
        let configuration = try Self.load(Configuration.starter)
        #expect(configuration.settings.rules.isEmpty)
        #expect(configuration.overrides.isEmpty)
        #expect(configuration.settings.profile == nil)
    }

    @Test("every example of the starter file, uncommented, loads and sets what it says")
    func starterExamples() throws {
        let uncommented = Self.starterUncommented()
        #expect(!uncommented.contains("\n# rules:") && uncommented.contains("\nrules:\n  SV001:\n    minimumShare: 15%"))
        let configuration = try Self.load(uncommented)
        #expect(configuration.settings.profile?.value == .nhsEngland)
        #expect(configuration.settings.rules.map(\.ruleID) == ["SV001", "NZ004", "TOM007"])
        #expect(configuration.settings.catalogues.map(\.value) == ["catalogues/our-toms-2025.json"])
        #expect(configuration.overrides.count == 2)
        #expect(configuration.overrides[1].settings.rules.first?.scope?.value.prefix == "/lots/2")
        #expect(configuration.settings.vocabulary.count == 2)
        #expect(configuration.settings.policies.count == 2)
        #expect(configuration.extends.count == 1)
        #expect(configuration.settings.limits.count == 3)
        #expect(configuration.extendExclude.map(\.value.pattern) == ["archive/2019/**", "*.draft.json"])
        #expect(configuration.exclude?.map(\.value.pattern) == ["node_modules", "vendor"])
    }
}
