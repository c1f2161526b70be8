import Testing
import TenderLintKit
import TenderLintRules

/// Every example of every rule, as a test: a triggering example reports exactly where its markers say,
/// a non-triggering one reports nothing. Adding a rule adds its tests.
@Suite("Rule examples")
struct RuleExamplesTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var rule: Rule
        var index: Int
        var example: RuleExample { rule.examples[index] }
        var testDescription: String { "\(rule.id) example \(index + 1) (\(example.kind.rawValue), \(example.fileID):\(example.line))" }
    }

    static let cases: [Case] = BuiltInRules.ruleSet.rules.flatMap { rule in rule.examples.indices.map { Case(rule: rule, index: $0) } }

    static let runner = RuleExampleRunner(catalogues: BuiltInRules.exampleCatalogues)

    @Test("reports each example where its markers say, in XML", arguments: cases)
    func example(_ testCase: Case) throws {
        let outcome = try Self.runner.run(testCase.rule, example: testCase.example)
        RuleExamplesTests.check(outcome, testCase)
    }

    static func check(_ outcome: RuleExampleRunner.Outcome, _ testCase: Case, variant: String = "XML") {
        let example = testCase.example
        let place = Testing.SourceLocation(fileID: example.fileID, filePath: example.fileID, line: example.line, column: 1)
        #expect(outcome.otherDiagnostics.isEmpty, "\(variant): the example itself has problems: \(outcome.otherDiagnostics.map { "\($0.location.start) \($0.message)" })", sourceLocation: place)
        let found = outcome.diagnostics.map(\.location.start).sorted()
        switch example.kind {
        case .triggering:
            #expect(!outcome.expected.isEmpty, "a triggering example needs a ↓ marker", sourceLocation: place)
            #expect(found.map(\.description) == outcome.expected.map(\.description),
                    "\(variant): \(outcome.diagnostics.map { "\($0.location.start) \($0.message)" })", sourceLocation: place)
        case .nonTriggering:
            #expect(outcome.diagnostics.isEmpty, "\(variant): \(outcome.diagnostics.map { "\($0.location.start) \($0.message)" })", sourceLocation: place)
        }
    }
}
