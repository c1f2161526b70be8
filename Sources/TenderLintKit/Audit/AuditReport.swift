/// A finished audit: its tally, the rules it ran and the settings it ran with, in the order reports print.
public struct AuditReport: Sendable {
    /// What a report says of a rule: its identity and summary, and the conditions behind its outcomes.
    public struct RuleInfo: Sendable {
        public var identity: RuleIdentity
        public var summary: String
        public var conditions: [Rule.Condition]
    }

    public var tally: AuditTally
    /// The rules the audit ran, in id order.
    public var rules: [RuleInfo]
    /// `--profile`; nil when each buyer's sector decided.
    public var profile: Profile?
    /// `--as-of`; nil when each document's dates decided.
    public var asOf: CalendarDate?

    public init(tally: AuditTally, rules: [Rule], profile: Profile? = nil, asOf: CalendarDate? = nil) {
        self.tally = tally
        self.rules = rules.map { RuleInfo(identity: $0.identity, summary: $0.summary, conditions: $0.conditions) }
        self.profile = profile
        self.asOf = asOf
    }

    public var run: AuditRunCounts { tally.run }
    public var grouping: AuditGrouping { tally.grouping }

    /// One row per rule that ran, in id order; a rule that met no tender has zero counts.
    public var ruleRows: [(rule: RuleInfo, counts: AuditCounts)] {
        rules.map { ($0, tally.ruleTotals[$0.identity.id] ?? AuditCounts()) }
    }

    /// One row per rule × buyer × year that met a tender, sorted by `AuditKey`.
    public var groupRows: [(key: AuditKey, counts: AuditCounts)] {
        tally.groups.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Why a rule's lots could not be evaluated or were not its concern: condition ids with their lot counts,
    /// in the order the rule declares them ("profile" and "internal-error" last).
    public func reasons(for rule: String, _ outcome: Rule.Condition.Unmet) -> [(condition: String, lots: Int)] {
        let declared = rules.first { $0.identity.id == rule }?.conditions.map(\.condition.id) ?? []
        let order = declared + ["profile", "internal-error"]
        return tally.reasons
            .filter { $0.key.rule == rule && $0.key.outcome == outcome }
            .map { (condition: $0.key.condition, lots: $0.value) }
            .sorted { (order.firstIndex(of: $0.condition) ?? order.count, $0.condition) < (order.firstIndex(of: $1.condition) ?? order.count, $1.condition) }
    }
}
