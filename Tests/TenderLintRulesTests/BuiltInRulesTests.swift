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
        #expect(Set(["TL001", "TL002", "TL003", "TL004", "TL005", "TL006", "TL007", "TL015", "TL016", "TL017", "SV001"]).isSubset(of: Set(ids)))
    }

    /// The rules that apply to every tender, whoever the buyer: arithmetic on weights and the validity of measure
    /// codes against the catalogue a tender names. Every other rule enforces a policy that says whom it binds.
    static let everyTender: Set<String> = ["EV001", "EV002", "EV004", "TOM001", "TOM002", "TOM003", "TOM004", "TOM005", "TOM006"]

    @Test("gives every rule a summary, an explanation, its policies (or none, for arithmetic) and examples of both kinds")
    func completeness() {
        for rule in BuiltInRules.ruleSet.rules {
            #expect(!rule.explanation.isEmpty, "\(rule.id) has no explanation")
            #expect(rule.policies.isEmpty == Self.everyTender.contains(rule.id), "\(rule.id): policies \(rule.policies.map(\.id))")
            #expect(rule.examples.contains { $0.kind == .triggering }, "\(rule.id) has no triggering example")
            #expect(rule.examples.contains { $0.kind == .nonTriggering }, "\(rule.id) has no non-triggering example")
        }
    }

    @Test("declares every policy a rule enforces among the built-in policies, each id once, each with whom it binds and its source")
    func policies() {
        let ids = BuiltInRules.policies.map(\.id)
        #expect(Set(ids).count == ids.count)
        for rule in BuiltInRules.ruleSet.rules {
            for policy in rule.policies { #expect(ids.contains(policy.id), "\(rule.id) enforces \(policy.id)") }
        }
        for policy in BuiltInRules.policies {
            #expect(policy.id.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(policy.id)")
            #expect(!policy.binds.summary.isEmpty && !policy.source.isEmpty && !policy.requirement.isEmpty, "\(policy.id)")
            if let until = policy.appliesUntil { #expect(until > policy.appliesFrom, "\(policy.id)") }
        }
    }

    @Test("binds NHS England's policies to NHS bodies in England alone, and central government's to central government alone")
    func whomPoliciesBind() {
        for policy in BuiltInRules.policies where policy.pack == .nhsEngland {
            #expect(policy.binds.buyerKinds == [.nhsBody] && policy.binds.jurisdictions == [.england], "\(policy.id)")
        }
        for policy in BuiltInRules.policies where policy.pack == .ukCentralGovernment {
            #expect(policy.binds.buyerKinds == [.centralGovernment], "\(policy.id)")
        }
        let unconfirmed = BuiltInRules.policies.filter { $0.status == .unconfirmed }.map(\.id)
        #expect(unconfirmed == ["nhs-net-zero-social-value-psr", "nhs-nzc-below-threshold-2026", "ppn-026"])
    }
}
