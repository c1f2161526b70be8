import Testing
import TenderLintKit
import TenderLintRules

@Suite("Built-in rule set")
struct BuiltInRulesTests {
    @Test("gives every check a unique id of capitals and three digits, and a unique kebab-case name")
    func identities() {
        let identities = BuiltInRules.identities
        #expect(!identities.isEmpty)
        #expect(Set(identities.map(\.id)).count == identities.count)
        #expect(Set(identities.map(\.name)).count == identities.count)
        for identity in identities {
            #expect(identity.id.wholeMatch(of: /[A-Z]{2,3}[0-9]{3}/) != nil, "\(identity.id)")
            #expect(identity.name.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(identity.name)")
        }
    }

    @Test("lists the reader and model checks with the rules, in id order")
    func readerChecks() {
        let ids = BuiltInRules.identities.map(\.id)
        #expect(ids == ids.sorted())
        #expect(Set(["TL001", "TL002", "TL003", "TL004", "TL005", "TL006", "TL007", "SV001"]).isSubset(of: Set(ids)))
    }

    @Test("gives every rule a summary, an explanation, a policy and examples of both kinds")
    func completeness() {
        for rule in BuiltInRules.ruleSet.rules {
            #expect(!rule.explanation.isEmpty, "\(rule.id) has no explanation")
            #expect(!rule.policies.isEmpty, "\(rule.id) names no policy")
            #expect(rule.examples.contains { $0.kind == .triggering }, "\(rule.id) has no triggering example")
            #expect(rule.examples.contains { $0.kind == .nonTriggering }, "\(rule.id) has no non-triggering example")
        }
    }
}
