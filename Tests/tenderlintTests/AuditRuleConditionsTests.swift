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
            parameters: [rule.id: example.parameters]
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
        var advice = 0
        for rule in BuiltInRules.ruleSet.rules {
            for example in rule.examples {
                let assessments = try Self.assessments(of: rule, example: example)
                let fails = assessments.flatMap { $0.verdicts.flatMap(\.lots) }.contains(.fails)
                // An info finding (NZ004's advice under the NHS profile) is not a failure.
                let warned = assessments.flatMap(\.diagnostics).contains { $0.severity >= .warning }
                if example.kind == .triggering, !warned { advice += 1 }
                #expect(fails == (example.kind == .triggering && warned), "\(rule.id) example at \(example.fileID):\(example.line)")
            }
        }
        #expect(advice == 1)
    }

    @Test func everyBuiltInRuleDeclaresWhatItNeedsOrAppliesTo() {
        for rule in BuiltInRules.ruleSet.rules {
            #expect(!rule.conditions.isEmpty, "\(rule.id) declares no condition")
        }
    }

    @Test func theRealFixturesGiveNoInconsistencyAndTheSameFailuresAsLint() throws {
        let folder = "/work/shared/fixtures/real"
        let files = try FileDiscovery().files(in: [folder])
        #expect(files.count >= 8)
        for asOf in [nil, CalendarDate(year: 2025, month: 6, day: 1)!, CalendarDate(year: 2031, month: 1, day: 1)!] {
            let settings = EngineSettings(asOf: asOf, catalogues: BuiltInRules.shippedCatalogues)
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
