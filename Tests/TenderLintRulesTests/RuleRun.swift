import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// Runs the built-in rule set over a document as `tenderlint lint` does, with "today" fixed so verdicts never
/// drift. Shared by the rule tests of this target (EvaluationRulesTests, SocialValueRulesTests).
enum RuleRun {
    static let packageRoot = PackageFolder.root
    static let samplesDirectory = packageRoot.appendingPathComponent("Samples")
    /// `shared/` sits beside the package root.
    static let realDirectory = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures/real")
    static let today = CalendarDate(year: 2026, month: 6, day: 1)!

    static let evaluationRules: Set<String> = ["EV001", "EV002", "EV003", "EV004", "EV005", "EV006"]
    static let socialValueRules: Set<String> = ["SV001", "SV002", "SV003", "SV004", "SV005"]

    /// Whether `../shared/fixtures/real` is there: tests that read it are skipped, saying why, where it is not.
    static let hasRealFixtures = FileManager.default.fileExists(atPath: realDirectory.path)
    static let noRealFixtures: Comment = "needs the real OCDS and eForms fixtures in ../shared/fixtures/real beside the package (CI has them)"

    static func lint(_ source: SourceFile, profile: Profile? = nil, asOf: String? = nil,
                     catalogues: CatalogueSet = CatalogueSet(), parameters: [String: [String: ParameterValue]] = [:]) -> [Diagnostic] {
        let settings = EngineSettings(profile: profile, asOf: asOf.flatMap(CalendarDate.init(iso:)), today: today,
                                      catalogues: catalogues, parameters: parameters)
        return Linter(engine: RuleEngine(ruleSet: BuiltInRules.ruleSet, settings: settings)).lint(source).diagnostics
    }

    static func sample(_ name: String, profile: Profile? = nil, asOf: String? = nil) throws -> [Diagnostic] {
        lint(try SourceFile.read(path: samplesDirectory.appendingPathComponent(name).path), profile: profile, asOf: asOf)
    }

    static func real(_ name: String, profile: Profile? = nil, asOf: String? = nil,
                     parameters: [String: [String: ParameterValue]] = [:]) throws -> [Diagnostic] {
        lint(try realSource(name), profile: profile, asOf: asOf, parameters: parameters)
    }

    static func realSource(_ name: String) throws -> SourceFile {
        try SourceFile.read(path: realDirectory.appendingPathComponent(name).path)
    }

    static func text(_ text: String, path: String = "tender.xml", profile: Profile? = nil, asOf: String? = nil,
                     catalogues: CatalogueSet = CatalogueSet(), parameters: [String: [String: ParameterValue]] = [:]) -> [Diagnostic] {
        lint(SourceFile(path: path, text: text), profile: profile, asOf: asOf, catalogues: catalogues, parameters: parameters)
    }

    /// Every sample the Samples folder lints (the draft with a syntax error aside).
    static var sampleNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: samplesDirectory.path)) ?? [])
            .filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") }
            .sorted()
    }

    static var realNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: realDirectory.path)) ?? [])
            .filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") }
            .sorted()
    }
}

extension Array where Element == Diagnostic {
    /// The diagnostics of these rules.
    func of(_ ids: Set<String>) -> [Diagnostic] { filter { ids.contains($0.ruleID) } }
    func of(_ id: String) -> [Diagnostic] { filter { $0.ruleID == id } }
    /// "26:3", in order.
    var places: [String] { map(\.location.start.description).sorted() }
    /// "EV001 26:3", in order.
    var summary: [String] { map { "\($0.ruleID) \($0.location.start)" }.sorted() }
}

extension String {
    /// Each line of the text after `spaces` spaces: for writing a piece of a document inside a larger one.
    func indented(by spaces: Int) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).map { String(repeating: " ", count: spaces) + $0 }.joined(separator: "\n")
    }
}
