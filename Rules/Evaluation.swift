import Foundation
import TenderLintKit

/// Evaluation rules: weights that add up (EV001), are given (EV002), can be evaluated (EV003) and are consistent (EV004).
///
/// The social value minimum is a share of the total score worked out from the weights; these rules make sure
/// the weights can carry that arithmetic. EV001, EV002 and EV004 are arithmetic and apply to every tender,
/// whoever the buyer; EV003 speaks of the minimum, so it runs only where a social value policy binds the buyer;
/// EV005 and EV006 are the Procurement Act 2023's s.23(3).
public enum EvaluationRules {
    public static let all: [Rule] = [
        weightsAddUp, criterionWithoutWeight, shareCannotBeEvaluated, inconsistentWeightRanges, relativeImportanceNotShown,
        disqualificationNotStated,
    ]

    static let toleranceParameter = ParameterKey.number(
        "tolerance", default: Decimal(string: "0.5")!,
        "How far sibling weights may be from 100% before it is reported, in percentage points per level (hundredths of 1 for fractions)"
    )

    // MARK: EV001

    static let weightsAddUp = Rule("EV001", "weights-add-up") {
        Summary("Sibling weights add up to 100% (or 1 for fractions)")
        Severity(.error)
        Explanation("""
            Weights are shares of their parent: at the top of an evaluation, shares of the total score; under a \
            criterion, shares of that criterion. Each group of siblings must therefore add up to **100%** (or \
            **1** when written as fractions), at every level and in every lot. If they do not, no bidder's score \
            means what the tender says, and the share social value carries (SV001: at least 10% of the total \
            under PPN 06/20, PPN 002 and the NHS net zero and social value guidance) cannot be trusted.

            A small difference is allowed for rounding (the parameter `tolerance`, 0.5 percentage points per \
            level by default), so thirds written as 33.3 + 33.3 + 33.3 pass; eForms itself allows ±1 point per \
            criterion. Points are not checked: they are relative, whatever they add up to. Groups with a weight \
            range are left to EV004, groups where a criterion has no weight to EV002, and criteria weighted only \
            by an order of importance or a formula (price per quality point) are left out of the sum.

            Siblings written in different units (percentages beside fractions or points) are reported as such: \
            they cannot be added up at all.
            """)
        Parameter(toleranceParameter)
        Needs(.numericWeights)
        ForEachLot { lot, rule in
            let tolerance = rule[toleranceParameter]
            for group in lot.siblingGroups {
                let units = group.numericUnits
                guard let unit = units.first else { continue }
                if units.count > 1 {
                    reportMixedUnits(group, units: units, rule: rule)
                    continue
                }
                let weights = group.numericWeights
                guard unit != .points, !group.hasUnweighted, !weights.contains(where: { $0.weight.isRange }) else { continue }
                let sum = weights.reduce(Decimal(0)) { $0 + ($1.weight.bounds?.minimum ?? 0) }
                let whole = Arithmetic.whole(unit)
                guard abs(sum - whole) > Arithmetic.tolerance(tolerance, unit: unit) else { continue }
                reportSum(group, sum: sum, unit: unit, tolerance: tolerance, rule: rule)
            }
        }
        Examples {
            Triggering("""
                ↓<evaluation>
                  <criterion id="price" kind="price" weight="35"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """)
            // Nested: the sub-criteria of quality add up to 90.
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  ↓<criterion id="quality" kind="quality" weight="60">
                    <criterion id="delivery" kind="quality" weight="50"/>
                    <criterion id="safety" kind="quality" weight="30"/>
                    <criterion id="social-value" kind="social-value" weight="10"/>
                  </criterion>
                </evaluation>
                """)
            // Fractions add up to 0.95, not 1.
            Triggering("""
                ↓<evaluation>
                  <criterion id="price" kind="price" weight="0.4" weight-unit="fraction"/>
                  <criterion id="quality" kind="quality" weight="0.45" weight-unit="fraction"/>
                  <criterion id="social-value" kind="social-value" weight="0.1" weight-unit="fraction"/>
                </evaluation>
                """)
            // Percentages beside a fraction.
            Triggering("""
                ↓<evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="0.5" weight-unit="fraction"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """)
            // Thirds rounded down to whole numbers lose a full point.
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="30"/>
                  ↓<criterion id="quality" kind="quality" weight="60">
                    <criterion id="service" kind="quality" weight="33"/>
                    <criterion id="staff" kind="quality" weight="33"/>
                    <criterion id="digital" kind="quality" weight="33"/>
                  </criterion>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <criterion id="commitments" kind="social-value" weight="40"/>
                    <criterion id="delivery-plan" kind="social-value" weight="60"/>
                  </criterion>
                </evaluation>
                """)
            // Per lot: lot 1 adds up, lot 2 does not.
            Triggering("""
                <lot id="1">
                  <evaluation>
                    <criterion id="price" kind="price" weight="40"/>
                    <criterion id="quality" kind="quality" weight="50"/>
                    <criterion id="social-value" kind="social-value" weight="10"/>
                  </evaluation>
                </lot>
                <lot id="2">
                  ↓<evaluation>
                    <criterion id="price" kind="price" weight="40"/>
                    <criterion id="quality" kind="quality" weight="55"/>
                    <criterion id="social-value" kind="social-value" weight="10"/>
                  </evaluation>
                </lot>
                """)
            // Fractions written without weight-unit="fraction" are read as percentages: 0.4% + 0.5% + 0.1% = 1%.
            Triggering("""
                ↓<evaluation>
                  <criterion id="price" kind="price" weight="0.4"/>
                  <criterion id="quality" kind="quality" weight="0.5"/>
                  <criterion id="social-value" kind="social-value" weight="0.1"/>
                </evaluation>
                """)
            // With no tolerance, 33.3 × 3 = 99.9 is reported.
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="30"/>
                  ↓<criterion id="quality" kind="quality" weight="60">
                    <criterion id="service" kind="quality" weight="33.3"/>
                    <criterion id="staff" kind="quality" weight="33.3"/>
                    <criterion id="digital" kind="quality" weight="33.3"/>
                  </criterion>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """, parameters: [toleranceParameter.name: .number(0)])
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """)
            // 33.3 + 33.3 + 33.4 is exactly 100; 33.3 × 3 = 99.9 is within the tolerance.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="30"/>
                  <criterion id="quality" kind="quality" weight="60">
                    <criterion id="service" kind="quality" weight="33.3"/>
                    <criterion id="staff" kind="quality" weight="33.3"/>
                    <criterion id="digital" kind="quality" weight="33.4"/>
                  </criterion>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <criterion id="jobs" kind="social-value" weight="33.3"/>
                    <criterion id="carbon" kind="net-zero" weight="33.3"/>
                    <criterion id="wellbeing" kind="social-value" weight="33.3"/>
                  </criterion>
                </evaluation>
                """)
            // Exactly at the tolerance: 99.5.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="49.5"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """)
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="0.4" weight-unit="fraction"/>
                  <criterion id="quality" kind="quality" weight="0.5" weight-unit="fraction"/>
                  <criterion id="social-value" kind="social-value" weight="0.1" weight-unit="fraction"/>
                </evaluation>
                """)
            // Points are relative: they need not add up to anything.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" points="40"/>
                  <criterion id="quality" kind="quality" points="45"/>
                  <criterion id="social-value" kind="social-value" points="12"/>
                </evaluation>
                """)
            // Ranges are EV004's to check.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="30-40"/>
                  <criterion id="quality" kind="quality" weight="45-55"/>
                  <criterion id="social-value" kind="social-value" weight="10-15"/>
                </evaluation>
                """)
            // Price per quality point: price is scored by a formula; the weighted criteria add up to 100.
            NonTriggering("""
                <evaluation methodology="price-per-quality-point">
                  <criterion id="price" kind="price" formula="price / quality points"/>
                  <criterion id="quality" kind="quality" weight="60"/>
                  <criterion id="mobilisation" kind="quality" weight="30"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """)
            // A criterion without a weight is EV002's to report.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="social-value" kind="social-value"/>
                </evaluation>
                """)
            // A single sub-criterion carries all of its parent.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <criterion id="delivery-plan" kind="social-value" weight="100"/>
                  </criterion>
                </evaluation>
                """)
        }
    }

    // MARK: EV002

    static let criterionWithoutWeight = Rule("EV002", "criterion-without-weight") {
        Summary("Every criterion has a weight where the criteria beside it have")
        Severity(.error)
        Explanation("""
            Where some criteria of a group carry weights (percentages, fractions, points, an order of importance \
            or a formula), a criterion beside them with **no weight at all** leaves its share of the score \
            undefined, and with it the share social value carries (SV001, under PPN 06/20, PPN 002 and the NHS \
            net zero and social value guidance). The rule points at each such criterion and, where the others \
            are exact percentages or fractions, says what weight would make the group add up.

            A group where no criterion has a weight is not this rule's finding: there is nothing to compare \
            with. Where a social value policy is in force, EV003 says that the share cannot be evaluated.
            """)
        Needs(.awardCriteria)
        ForEachLot { lot, rule in
            for group in lot.siblingGroups {
                let unweighted = group.criteria.filter { $0.weight == nil }
                guard !unweighted.isEmpty, unweighted.count < group.criteria.count else { continue }
                let weighted = group.criteria.compactMap { criterion in criterion.weight.map { "\(criterion.label) \($0.value)" } }
                let units = group.numericUnits
                let exact = group.numericWeights.allSatisfy { !$0.weight.isRange }
                let unit = units.count == 1 && exact && units[0] != .points ? units[0] : nil
                let sum = group.numericWeights.reduce(Decimal(0)) { $0 + ($1.weight.bounds?.minimum ?? 0) }
                for criterion in unweighted {
                    rule.report {
                        Message("\(criterion.label) \(group.place) has no weight, but the criteria beside it have")
                        At(criterion.origin)
                        Label("no weight")
                        Note("beside it: " + weighted.joined(separator: ", "))
                        if let unit, unweighted.count == 1, sum < Arithmetic.whole(unit) {
                            let missing = Arithmetic.whole(unit) - sum
                            let written = rule.spelling.weight(missing) ?? Arithmetic.amount(missing, unit: unit)
                            Help("give it a weight: the others add up to \(Arithmetic.amount(sum, unit: unit)), so \(written) would make \(Arithmetic.amount(Arithmetic.whole(unit), unit: unit))")
                        } else {
                            Help("give it a weight in the same form as the criteria beside it, so its share of the score is defined")
                        }
                    }
                }
            }
        }
        Examples {
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  ↓<criterion id="social-value" kind="social-value"/>
                </evaluation>
                """)
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="60">
                    <criterion id="delivery" kind="quality" weight="80"/>
                    ↓<criterion id="social-value" kind="social-value"/>
                  </criterion>
                </evaluation>
                """)
            // Two criteria without weights: each is reported.
            Triggering("""
                <evaluation>
                  ↓<criterion id="price" kind="price"/>
                  ↓<criterion id="quality" kind="quality"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """)
            // Beside points and an order of importance too.
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" points="40"/>
                  ↓<criterion id="quality" kind="quality"/>
                  <criterion id="social-value" kind="social-value" points="10"/>
                </evaluation>
                """)
            Triggering("""
                <lot id="1">
                  <evaluation methodology="order-of-importance">
                    <criterion id="quality" kind="quality" order="1"/>
                    <criterion id="price" kind="price" order="2"/>
                    ↓<criterion id="social-value" kind="social-value"/>
                  </evaluation>
                </lot>
                """)
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """)
            // No criterion has a weight: nothing to compare with (EV003 says the share cannot be evaluated).
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price"/>
                  <criterion id="quality" kind="quality"/>
                  <criterion id="social-value" kind="social-value"/>
                </evaluation>
                """)
            // A formula is a way of weighting: price per quality point.
            NonTriggering("""
                <evaluation methodology="price-per-quality-point">
                  <criterion id="price" kind="price" formula="price / quality points"/>
                  <criterion id="quality" kind="quality" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """)
            // A parent's sub-criteria are a group of their own: unweighted sub-criteria under a weighted parent are siblings of each other only.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50">
                    <criterion id="delivery" kind="quality"/>
                    <criterion id="safety" kind="quality"/>
                  </criterion>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """)
        }
    }
}
