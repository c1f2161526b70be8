import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// Every real fixture (`../shared/fixtures/real`, `real-uk` and the eForms SDK's example notices) read into the
/// model says who its buyer is as far as the notice shows, each known fact with its evidence, and `inspect` shows
/// it with the policies that bind.
@Suite("Applicability of every real fixture")
struct RealFixturesApplicabilityTests {
    static let shared = RuleRun.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")
    static let folders = ["real", "real-uk", "eforms-sdk"]

    static var files: [String] {
        folders.flatMap { folder -> [String] in
            let directory = shared.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            return names.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
        }
    }

    @Test("each notice's facts carry their evidence, and inspect shows them with what binds",
          .enabled(if: FileManager.default.fileExists(atPath: shared.path), "needs ../shared/fixtures beside the package (CI has it)"),
          arguments: files)
    func applicability(_ file: String) throws {
        let source = try SourceFile.read(path: Self.shared.appendingPathComponent(file).path)
        let (tenders, _) = Linter().model(of: source)
        // Invalid SDK examples and non-notices may give no tender; the rest give one each.
        for tender in tenders {
            let facts: [(String, [ApplicabilityEvidence], Bool)] = [
                ("nation", tender.applicability.jurisdiction.evidence, tender.applicability.jurisdiction.basis == .notKnown),
                ("kind", tender.applicability.buyerKind.evidence, tender.applicability.buyerKind.basis == .notKnown),
                ("regime", tender.applicability.regime.evidence, tender.applicability.regime.basis == .notKnown),
                ("threshold", tender.applicability.threshold.evidence, tender.applicability.threshold.basis == .notKnown),
                ("stage", tender.applicability.stage.evidence, tender.applicability.stage.basis == .notKnown),
            ]
            for (name, evidence, notKnown) in facts {
                // A fact is either not known, or rests on evidence a reader can find in the notice.
                #expect(notKnown == evidence.isEmpty, "\(file): \(name)")
                #expect(evidence.allSatisfy { !$0.field.isEmpty && $0.origin != nil }, "\(file): \(name) \(evidence)")
            }
            let text = TenderInspector(settings: EngineSettings(today: RuleRun.today), policies: BuiltInRules.policies).text([tender], path: file)
            #expect(text.contains("who and how (as the document shows it):"), "\(file)")
            #expect(text.contains("  judged as of "), "\(file)")
        }
    }

    @Test("the EU's example notices are outside the UK or do not say which nation: no UK policy binds them as published",
          .enabled(if: FileManager.default.fileExists(atPath: shared.appendingPathComponent("eforms-sdk").path), "needs ../shared/fixtures/eforms-sdk beside the package (CI has it)"))
    func sdkExamples() throws {
        let directory = Self.shared.appendingPathComponent("eforms-sdk")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".xml") }
        var checked = 0
        for name in names {
            let source = try SourceFile.read(path: directory.appendingPathComponent(name).path)
            let diagnostics = RuleRun.lint(source)
            // The notices are fictional: no NHS England or UK central government finding may come of them.
            let policyFindings = diagnostics.filter { ["SV", "NZ"].contains(String($0.ruleID.prefix(2))) }
            #expect(policyFindings.isEmpty, "\(name): \(policyFindings.map(\.ruleID))")
            checked += 1
        }
        #expect(checked >= 90)
    }
}
