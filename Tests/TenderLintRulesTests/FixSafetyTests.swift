import Testing
import TenderLintKit
import TenderLintRules

/// Each rule's fixes are as safe as the rule's page says: mechanical ones safe, those that change what the tender
/// asks or scores unsafe, with a reason. A rule that gains a fix must be added here, its safety decided.
@Suite("Fix safety per rule")
struct FixSafetyTests {
    /// Whether each rule's fixes are safe; a rule not named here offers none.
    static let safety: [String: Bool] = [
        "NZ001": false, "NZ002": false, "NZ003": false, "NZ004": false, "NZ005": false, "NZ006": false,
        "TOM001": true, "TOM002": true, "TOM003": false,
    ]

    @Test("every fix a rule example makes is as safe as the rule is declared, and an unsafe one says why",
          arguments: FixItsAppliedTests.triggeringCases)
    func ruleExample(_ testCase: FixItsAppliedTests.Case) throws {
        let (xml, _) = RuleExampleRunner.removeMarkers(from: testCase.example.document)
        let diagnostics = try FixItsAppliedTests.lintExample(testCase, text: xml, path: "example.xml")
        for diagnostic in diagnostics where diagnostic.rule.id == testCase.rule.id {
            for fix in diagnostic.fixIts {
                guard let expected = Self.safety[diagnostic.ruleID] else {
                    Issue.record("\(diagnostic.ruleID) makes a fix ('\(fix.summary)') whose safety is not decided here")
                    continue
                }
                #expect(fix.applicability.isSafe == expected, "\(diagnostic.ruleID): '\(fix.summary)' is \(fix.applicability.name)")
                #expect(fix.applicability.reason.map { !$0.isEmpty } ?? true)
            }
        }
    }

    @Test("every rule declared to fix has an example that shows its fix")
    func declaredRulesFix() throws {
        var fixing: Set<String> = []
        for testCase in FixItsAppliedTests.triggeringCases {
            let (xml, _) = RuleExampleRunner.removeMarkers(from: testCase.example.document)
            let diagnostics = try FixItsAppliedTests.lintExample(testCase, text: xml, path: "example.xml")
            fixing.formUnion(diagnostics.filter { !$0.fixIts.isEmpty }.map(\.ruleID))
        }
        #expect(Set(Self.safety.keys).subtracting(fixing).isEmpty, "declared but never seen fixing: \(Set(Self.safety.keys).subtracting(fixing))")
    }
}
