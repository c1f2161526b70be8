import Foundation

/// The least share of the total score that criteria of some kinds must carry together in a lot, as a rule
/// enforcing a policy declares it (`ChartsMinimum`): what the HTML report draws as the line a lot's chart is
/// measured against.
public struct ShareMinimum: Sendable, Hashable {
    /// The kinds counted together towards the minimum (social value, and net zero where the policy counts it).
    public var kinds: Set<CriterionKind>
    /// In percent of the total score.
    public var minimum: Decimal
    /// The policy that sets it, by its short name.
    public var policy: String
    /// The rule that enforces it.
    public var rule: String

    public init(kinds: Set<CriterionKind>, minimum: Decimal, policy: String, rule: String) {
        self.kinds = kinds
        self.minimum = minimum
        self.policy = policy
        self.rule = rule
    }
}

extension Rule {
    /// What a rule declares with `ChartsMinimum`: the minimum for one lot, or nil where it sets none.
    public typealias MinimumLine = @Sendable (Lot, RuleContext) -> ShareMinimum?
}

/// The minimum share a lot is held to, for charts: asked of every lot of a tender where a policy the rule
/// enforces binds the buyer, including lots whose conditions the rule's check leaves out (a lot with no social
/// value criterion is still short of the minimum). The engine, not the rule, decides whether a policy binds.
public func ChartsMinimum(_ body: @escaping Rule.MinimumLine) -> RulePart { .chartsMinimum(body) }
