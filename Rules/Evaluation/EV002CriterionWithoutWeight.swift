import Foundation
import TenderLintKit

extension EvaluationRules {
    static let criterionWithoutWeight = Rule("EV002", "criterion-without-weight") {
        Summary("Every criterion has a weight where the criteria beside it have")
        Severity(.error)
        WhatItChecks("""
            Groups of sibling criteria where some carry weights (percentages, fractions, points, an order of \
            importance or a formula) and a criterion beside them has **no weight at all**. The rule points at \
            each such criterion and, where the others are exact percentages or fractions, says what weight would \
            make the group add up. A parent's sub-criteria are a group of their own.
            """)
        Why("""
            No policy sets this rule. A criterion with no weight beside weighted ones leaves its share of the \
            score undefined, and with it the share social value carries (SV001, under PPN 06/20, PPN 002 and the \
            NHS net zero and social value guidance).
            """)
        NotThisRulesFinding("""
            A group where no criterion has a weight: there is nothing to compare with. Under the Procurement Act \
            2023, EV005 reports that it shows no relative importance; where a social value policy is in force, \
            EV003 says that the share cannot be evaluated. Weights that are all there but do not add up are \
            EV001's finding.
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
