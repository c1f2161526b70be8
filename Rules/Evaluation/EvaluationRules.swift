import Foundation
import TenderLintKit

/// Evaluation rules: weights that add up (EV001), are given (EV002), can be evaluated (EV003) and are consistent (EV004).
///
/// The social value minimum is a share of the total score worked out from the weights; these rules make sure
/// the weights can carry that arithmetic. EV001, EV002 and EV004 are arithmetic and apply to every tender,
/// whoever the buyer; EV003 speaks of the minimum, so it runs only where a social value policy binds the buyer;
/// EV005 and EV006 are the Procurement Act 2023's s.23(3).
public enum EvaluationRules {
    /// The family's rules in the order the rule set runs them (BuiltInRules); each is declared in its own
    /// <ID><Name>.swift beside this file.
    public static let all: [Rule] = [
        weightsAddUp, criterionWithoutWeight, shareCannotBeEvaluated, inconsistentWeightRanges, relativeImportanceNotShown,
        disqualificationNotStated,
    ]

    static let toleranceParameter = ParameterKey.number(
        "tolerance", default: Decimal(string: "0.5")!,
        "How far sibling weights may be from 100% before it is reported, in percentage points per level (hundredths of 1 for fractions)"
    )
}
