import Testing
import TenderLintKit
import TenderLintRules

@Suite("Built-in rule set")
struct BuiltInRulesTests {
    @Test("gives every rule a unique id of two capitals and three digits, and a unique kebab-case name")
    func identities() {
        let identities = BuiltInRules.identities
        #expect(!identities.isEmpty)
        #expect(Set(identities.map(\.id)).count == identities.count)
        #expect(Set(identities.map(\.name)).count == identities.count)
        for identity in identities {
            #expect(identity.id.wholeMatch(of: /[A-Z]{2}[0-9]{3}/) != nil, "\(identity.id)")
            #expect(identity.name.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(identity.name)")
        }
    }

    @Test("lists the reader checks in id order")
    func readerChecks() {
        #expect(BuiltInRules.identities.map(\.id) == ["TL001", "TL002", "TL004"])
    }
}
