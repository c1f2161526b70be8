import Testing
@testable import TenderLintKit

@Suite("Kebab-case names and rule ids")
struct KebabCaseTests {
    @Test("lower-case words and digits joined by single hyphens are kebab-case", arguments: [
        "x", "social-value", "nhs-london-toms", "toms-2024", "a1-b2-c3", "2024",
    ])
    func kebabCase(name: String) {
        #expect(name.isKebabCase)
    }

    @Test("capitals, spaces, underscores, doubled, leading or trailing hyphens and non-ASCII letters are not", arguments: [
        "", "-", "Social-value", "social value", "social_value", "social--value", "-social", "social-", "café", "ｓocial",
    ])
    func notKebabCase(name: String) {
        #expect(!name.isKebabCase)
    }

    @Test("a rule id is two or three capitals and three digits", arguments: ["SV001", "TOM004", "EV999", "NZ000"])
    func ruleIDs(id: String) {
        #expect(RuleSet.isRuleID(id))
    }

    @Test("anything else is not a rule id", arguments: [
        "", "S001", "SVXX001", "sv001", "SV01", "SV0001", "SV-01", "SV00A", "ＳV001", "TOMS001", "SV001 ",
    ])
    func notRuleIDs(id: String) {
        #expect(!RuleSet.isRuleID(id))
    }
}
