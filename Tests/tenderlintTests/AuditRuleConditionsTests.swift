import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// The rules' declared conditions against their own examples and the real published fixtures: a rule never
/// reports on a lot it declares it could not judge, and the audit's verdicts agree with what lint reports.
@Suite struct AuditRuleConditionsTests {
    static let today = CalendarDate(year: 2026, month: 6, day: 1)!

    static func assessments(of rule: Rule, example: RuleExample) throws -> [TenderAssessment] {
        let (text, _) = RuleExampleRunner.removeMarkers(from: example.document)
        let settings = EngineSettings(
            profile: example.profile, asOf: example.asOf, today: today, catalogues: BuiltInRules.exampleCatalogues,
            parameters: [rule.id: example.parameters], policySwitches: example.policies
        )
        let engine = RuleEngine(ruleSet: try RuleSet([rule]), settings: settings)
        let trees = XMLReader().read(SourceFile(path: "example.xml", text: text)).documents
        return trees.flatMap { TenderModelBuilder().tenders(in: $0).tenders.map(engine.assess) }
    }

    @Test func noRuleReportsOnALotItsConditionsSayItCannotJudgeInItsExamples() throws {
        for rule in BuiltInRules.ruleSet.rules {
            for example in rule.examples {
                for assessment in try Self.assessments(of: rule, example: example) {
                    #expect(assessment.inconsistencies.isEmpty, "\(rule.id) example at \(example.fileID):\(example.line): \(assessment.inconsistencies)")
                }
            }
        }
    }

    @Test func everyTriggeringExampleFailsALotUnlessItsFindingIsAdviceAndNoNonTriggeringExampleDoes() throws {
        var advice: [String] = []
        for rule in BuiltInRules.ruleSet.rules {
            for example in rule.examples {
                let assessments = try Self.assessments(of: rule, example: example)
                let fails = assessments.flatMap { $0.verdicts.flatMap(\.lots) }.contains(.fails)
                // An info finding (NZ004's advice under the NHS profile) is not a failure.
                let warned = assessments.flatMap(\.diagnostics).contains { $0.severity >= .warning }
                if example.kind == .triggering, !warned { advice.append(rule.id) }
                #expect(fails == (example.kind == .triggering && warned), "\(rule.id) example at \(example.fileID):\(example.line)")
            }
        }
        // Information only: NZ004's 2045 advice for the NHS (from 2026, and from April 2023) and NZ007's good practice.
        #expect(advice.sorted() == ["NZ004", "NZ004", "NZ007"])
    }

    @Test func everyBuiltInRuleDeclaresWhatItNeedsOrAppliesTo() {
        for rule in BuiltInRules.ruleSet.rules {
            #expect(!rule.conditions.isEmpty || !rule.policies.isEmpty, "\(rule.id) declares no condition and enforces no policy")
        }
    }

    /// `../shared/fixtures/real`, beside the package root.
    static let realFixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/fixtures/real").path

    @Test(.enabled(if: FileManager.default.fileExists(atPath: realFixtures), "needs ../shared/fixtures/real beside the package (CI has it)"))
    func theRealFixturesGiveNoInconsistencyAndTheSameFailuresAsLint() throws {
        let files = try FileDiscovery().files(in: [Self.realFixtures])
        #expect(files.count >= 8)
        let cases: [(CalendarDate?, Profile?)] = [
            (nil, nil), (CalendarDate(year: 2025, month: 6, day: 1)!, nil), (CalendarDate(year: 2031, month: 1, day: 1)!, nil),
            (CalendarDate(year: 2026, month: 6, day: 1)!, .nhsEngland), (CalendarDate(year: 2026, month: 6, day: 1)!, .centralGovernment),
        ]
        for (asOf, profile) in cases {
            let settings = EngineSettings(profile: profile, asOf: asOf, catalogues: BuiltInRules.shippedCatalogues)
            let engine = RuleEngine(ruleSet: BuiltInRules.ruleSet, settings: settings)
            for path in files {
                try (DocumentKind(path: path) ?? .xml).forEachDocument(path: path) { result in
                    for tree in result.documents {
                        for tender in TenderModelBuilder().tenders(in: tree).tenders {
                            let assessment = engine.assess(tender)
                            #expect(assessment.inconsistencies.isEmpty, "\(path) as of \(String(describing: asOf)): \(assessment.inconsistencies)")
                            #expect(assessment.diagnostics.count == engine.check(tender).count)
                            // A rule with an error or warning fails some lot; a rule with none fails no lot.
                            for verdict in assessment.verdicts {
                                let reported = assessment.diagnostics.contains { $0.rule == verdict.rule && $0.severity >= .warning }
                                #expect(verdict.lots.contains(.fails) == reported, "\(path) \(verdict.rule.id)")
                            }
                        }
                    }
                }
            }
        }
    }
}
