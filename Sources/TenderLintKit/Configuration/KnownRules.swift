import Foundation

/// The rules and checks a configuration may name: the Kit cannot see the rule set, so the caller gives it.
public struct KnownRules: Sendable {
    /// What a configuration can set for one id.
    public struct Entry: Sendable {
        public var identity: RuleIdentity
        /// The rule's own severity; nil for a reader or model check, whose findings choose their own.
        public var defaultSeverity: Severity?
        public var parameters: [RuleParameter]
    }

    /// In id order.
    public let entries: [Entry]
    /// The policies `policies:` may turn on or off: by default, those the rules enforce.
    public let policies: [Policy]

    /// Rules (with their parameters and severities) and other checks that can be turned off or re-levelled
    /// (TL001–TL008: severity only). An identity listed in both counts once, as the rule.
    public init(rules: [Rule], checks: [RuleIdentity] = [], policies: [Policy]? = nil) {
        var known: [Policy] = []
        for policy in policies ?? rules.flatMap(\.policies) where !known.contains(policy) { known.append(policy) }
        self.policies = known
        var entries = rules.map { Entry(identity: $0.identity, defaultSeverity: $0.severity, parameters: $0.parameters) }
        var ids = Set(entries.map(\.identity.id))
        for check in checks where ids.insert(check.id).inserted {
            entries.append(Entry(identity: check, defaultSeverity: nil, parameters: []))
        }
        self.entries = entries.sorted { $0.identity.id < $1.identity.id }
    }

    /// A rule by its id or its name, ignoring case.
    public func entry(_ key: String) -> Entry? {
        let lowered = key.lowercased()
        return entries.first { $0.identity.id.lowercased() == lowered || $0.identity.name.lowercased() == lowered }
    }

    public func entry(id: String) -> Entry? { entries.first { $0.identity.id == id } }

    /// Every id and name, for did-you-mean.
    var spellings: [String] { entries.map(\.identity.id) + entries.map(\.identity.name) }
}
