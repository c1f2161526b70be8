import Foundation
import Testing
import TenderLintKit
import TenderLintRules

@Suite("A document with many lots, its rules shared among threads")
struct SharedRulesTests {
    /// A tender spec of `lots` lots, every few of them with a fault some rule finds: weights that do not add
    /// up, a missing value, no net zero requirement.
    static func document(lots: Int, sector: String) -> String {
        let entries = (0..<lots).map { index -> String in
            let weights = index % 3 == 0 ? (60, 30) : (60, 40)
            let value = index % 5 == 0 ? "" : "\"value\": {\"amount\": \"\(1_000_000 + index * 1000)\", \"currency\": \"GBP\", \"vat\": \"excluded\", \"basis\": \"total\"}, "
            let netZero = index % 4 == 0 ? "" : "\"netZero\": {\"netZeroCommitment\": {\"required\": true}}, "
            return """
            {"id": "\(index + 1)", "title": "Part \(index + 1)", \(value)"duration": {"start": "2025-08-01", "end": "2028-07-31"}, \(netZero)\
            "evaluation": {"criteria": [{"id": "price", "kind": "price", "name": "Price", "weight": "\(weights.0)%"}, \
            {"id": "quality", "kind": "quality", "name": "Quality", "weight": "\(weights.1)%"}]}}
            """
        }
        return """
        {"tenderSpec": "1", "id": "T-1", "title": "Services", "buyer": {"name": "A Trust", "sector": "\(sector)"}, \
        "dates": {"publication": "2025-05-24"}, "lots": [\(entries.joined(separator: ", "))]}
        """
    }

    static func lint(_ text: String, jobs: Int, digests: Bool = false) -> LintReport {
        let settings = EngineSettings(today: RuleRun.today)
        var linter = Linter(engine: RuleEngine(ruleSet: BuiltInRules.ruleSet, settings: settings))
        linter.jobs = jobs
        linter.gathersDigests = digests
        return linter.lint(SourceFile(path: "many-lots.json", text: text))
    }

    @Test("finds exactly what one thread finds, in the same order", arguments: [("nhs", 2), ("nhs", 5), ("", 2)])
    func sameAsOneThread(sector: String, jobs: Int) {
        let text = Self.document(lots: RuleEngine.lotsWorthSharing + 44, sector: sector)
        let expected = Self.lint(text, jobs: 1)
        let report = Self.lint(text, jobs: jobs)
        #expect(Set(expected.diagnostics.map(\.rule.id)).count > 1)
        #expect(report.diagnostics == expected.diagnostics)
    }

    @Test("gathers the same digests as one thread")
    func sameDigests() {
        let text = Self.document(lots: RuleEngine.lotsWorthSharing, sector: "nhs")
        let expected = Self.lint(text, jobs: 1, digests: true)
        let report = Self.lint(text, jobs: 2, digests: true)
        #expect(report.diagnostics == expected.diagnostics)
        #expect(report.digests.count == expected.digests.count)
        #expect(String(describing: report.digests) == String(describing: expected.digests))
    }
}
