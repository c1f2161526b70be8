import TenderLintKit

/// The built-in rule set: evaluation (EV), social value (SV), net zero (NZ) and TOMs (TOM) rules.
public enum BuiltInRules {
    /// Every built-in rule, validated. A rule set that fails validation is a bug caught by the tests.
    public static let ruleSet: RuleSet = {
        do {
            return try RuleSet(EvaluationRules.all + SocialValueRules.all + NetZeroRules.all + TOMRules.all)
        } catch {
            preconditionFailure("the built-in rule set is invalid: \(error)")
        }
    }()

    /// The catalogues the examples are written against: the shipped ones.
    public static var exampleCatalogues: CatalogueSet { shippedCatalogues }

    /// The catalogues shipped in Rules/Catalogues: the open Social Value Model structure and the illustrative
    /// catalogue (`illustrative-toms`). A run's `--catalogue` files take the place of those of the same framework.
    public static var shippedCatalogues: CatalogueSet { ShippedCatalogues.set }

    /// Every rule identity tenderlint can report, in id order: the readers' and the model's, then the rules'.
    public static var identities: [RuleIdentity] {
        (BuiltInChecks.all.map(\.identity) + ruleSet.rules.map(\.identity)).sorted { $0.id < $1.id }
    }

    /// Every built-in policy, whether or not a rule enforces it yet (see docs/policies.md).
    public static var policies: [Policy] { BuiltInPolicies.all }

    /// Every rule, check and policy a configuration may name.
    public static var knownRules: KnownRules {
        KnownRules(rules: ruleSet.rules, checks: identities, policies: policies)
    }

    /// Every rule and check as machine-readable reports describe them.
    public static var reportedRules: [ReportedRule] {
        RuleDocumentation.reportedRules(ruleSet.rules, identities: identities)
    }
}
