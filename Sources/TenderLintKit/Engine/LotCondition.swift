/// Something a rule needs of a lot before its verdict means anything: the engine runs the rule's check only on
/// lots that meet all its conditions, and an audit tells a lot that passes from one the rule could not judge or
/// does not concern.
///
/// A rule lists its conditions in order: `AppliesOnlyWhen(.socialValueCriterion)` (unmet: the rule does not
/// concern the lot) and `Needs(.awardCriteria)` (unmet: the rule could not judge it). The check need not ask
/// again: it never sees a lot that fails them.
public struct LotCondition: Sendable {
    /// Stable and kebab-case: "award-criteria". Audit reports count unmet conditions by it.
    public let id: String
    /// What the lot must have, as a phrase: "the lot publishes award criteria".
    public let summary: String
    let test: @Sendable (Lot, RuleContext) -> Bool

    public init(_ id: String, _ summary: String, _ test: @escaping @Sendable (Lot, RuleContext) -> Bool) {
        self.id = id
        self.summary = summary
        self.test = test
    }

    public func isMet(by lot: Lot, in context: RuleContext) -> Bool { test(lot, context) }
}

/// What a rule concluded about one lot.
public enum LotOutcome: Sendable, Hashable {
    case passes
    /// The rule reported an error or a warning on the lot.
    case fails
    /// A condition the rule needs is not met (its id), the document does not show whether a policy the rule
    /// enforces binds the buyer ("policy-not-known"), or the rule failed to run ("internal-error").
    case notEvaluable(because: String)
    /// The rule does not concern the lot: no policy it enforces binds the tender ("policy"), the document is at a
    /// stage with no evaluation design ("stage"), or a scope condition (its id).
    case notApplicable(because: String)
}

extension Rule {
    /// One of a rule's conditions and what it means for the lot when it is not met.
    public struct Condition: Sendable {
        public enum Unmet: String, Sendable, Hashable {
            case notApplicable = "not-applicable"
            case notEvaluable = "not-evaluable"
        }

        public let condition: LotCondition
        public let whenUnmet: Unmet
    }

    /// The outcome the first unmet condition gives the lot, or nil when every condition holds.
    public func unmetCondition(for lot: Lot, in context: RuleContext) -> LotOutcome? {
        for item in conditions where !item.condition.isMet(by: lot, in: context) {
            switch item.whenUnmet {
            case .notApplicable: return .notApplicable(because: item.condition.id)
            case .notEvaluable: return .notEvaluable(because: item.condition.id)
            }
        }
        return nil
    }
}

/// The rule concerns only lots that meet these conditions; for others it has nothing to say.
public func AppliesOnlyWhen(_ conditions: LotCondition...) -> RulePart {
    .conditions(conditions.map { Rule.Condition(condition: $0, whenUnmet: .notApplicable) })
}

/// The rule cannot judge a lot without these: its silence on such a lot is not a pass.
public func Needs(_ conditions: LotCondition...) -> RulePart {
    .conditions(conditions.map { Rule.Condition(condition: $0, whenUnmet: .notEvaluable) })
}
