import TenderLintKit

/// The built-in rule set. The rule language and the policy rules (EV, SV, NZ, TM) come with the rules issue;
/// until then the set holds the checks the readers make.
public enum BuiltInRules {
    /// Every rule identity tenderlint can report, in id order.
    public static let identities: [RuleIdentity] = ReaderRule.all.sorted { $0.id < $1.id }
}
