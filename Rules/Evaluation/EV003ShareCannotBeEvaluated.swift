import Foundation
import TenderLintKit

/// EV003: where the weights cannot say what share of the total score social value carries (order of importance,
/// a formula, no weights), the 10% minimum is neither passed nor failed, and the rule says so.
extension EvaluationRules {
    static let shareCannotBeEvaluated = Rule("EV003", "share-cannot-be-evaluated") {
        Summary("The share social value carries can be worked out from the weights")
        Severity(.warning)
        WhatItChecks("""
            Whether the share of the total score social value carries can be worked out from the weights. It \
            cannot when the social value criterion, or a criterion above it, is weighted only by an **order of \
            importance**, or scored by a **formula** with no weight, when no criterion of its group has a weight \
            at all, or when the evaluation's methodology is order of importance. This rule then says so plainly: \
            the minimum is **neither passed nor failed**, and SV001 stays silent.

            It is a warning, not an error: ranking criteria is lawful, but the tender should be able to show that \
            social value carries its share. The rule runs only in lots that have a social value criterion.
            """)
        Why("""
            The minimum weighting for social value (at least **10% of the total score**: PPN 06/20 from \
            1 January 2021, then PPN 002, for central government; the NHS net zero and social value guidance, \
            for net zero and social value combined, from 1 April 2022) can only be checked when the share of \
            the score each criterion carries can be worked out. The rule runs only where a social value policy \
            binds the buyer on the evaluation date (see SV001 for whom each binds).
            """)
        NotThisRulesFinding("""
            Price scored per quality point: the other criteria still carry weights, and SV004 checks the \
            exception that method needs. A criterion without a weight beside weighted ones (EV002); units mixed \
            among siblings (EV001); lots with no social value criterion (SV002); a share that can be worked out \
            but is below the minimum (SV001).
            """)
        Enforces(.nhsNetZeroAndSocialValue, .nhsNetZeroAndSocialValueUnderPSR, .ppn0620, .ppn002, .ppn026, .niPpn0121)
        AppliesOnlyWhen(.noJustifiedSocialValueException, .socialValueCriterion)
        ForEachLot { lot, rule in
            let kinds = rule.countedKinds
            let counted = lot.evaluation.counted(of: kinds)
            let words = rule.socialValueWords
            let countedNote = "\(words) criteria: " + counted.map(\.criterion.label).joined(separator: ", ")
            let verdict = "so tenderlint cannot tell whether \(words) carries at least 10% of the total score (\(rule.socialValuePolicyName)): this is not a pass, and not a fail"
            if let methodology = lot.evaluation.methodology, methodology.value == .orderOfImportance {
                rule.report {
                    Message("\(lot.label) is scored by order of importance, so the share of the total score that \(words) carries cannot be worked out")
                    At(methodology.origin ?? lot.evaluation.origin)
                    Label("order of importance")
                    Note(verdict)
                    Note(countedNote)
                    Help("weight the criteria as percentages of the total score so the share can be checked, or keep the ranking and check the share by hand")
                }
                return
            }
            guard lot.evaluation.share(of: kinds) == nil, let blocker = blocker(in: lot, counted: counted) else { return }
            rule.report {
                Message("the share of the total score that \(words) carries in \(lot.label) cannot be worked out: \(blocker.reason)")
                At(blocker.origin)
                Label(blocker.label)
                Note(verdict)
                Note(countedNote)
                Help(blocker.help)
            }
        }
        Examples {
            Triggering("""
                <evaluation>
                  <criterion id="quality" kind="quality" order="1"/>
                  <criterion id="price" kind="price" order="2"/>
                  <criterion id="social-value" kind="social-value" order="↓3"/>
                </evaluation>
                """)
            Triggering("""
                <evaluation methodology="↓order-of-importance">
                  <criterion id="quality" kind="quality" order="1"/>
                  <criterion id="price" kind="price" order="2"/>
                  <criterion id="social-value" kind="social-value" order="3"/>
                </evaluation>
                """)
            // The social value sub-criterion has a weight, but its parent is ranked only.
            Triggering("""
                <evaluation>
                  <criterion id="quality" kind="quality" order="↓1">
                    <criterion id="delivery" kind="quality" weight="80"/>
                    <criterion id="social-value" kind="social-value" weight="20"/>
                  </criterion>
                  <criterion id="price" kind="price" order="2"/>
                </evaluation>
                """)
            // A quality block scored by a formula carries no weight.
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" formula="↓average of panel scores">
                    <criterion id="delivery" kind="quality" weight="80"/>
                    <criterion id="social-value" kind="social-value" weight="20"/>
                  </criterion>
                </evaluation>
                """)
            // No weights at all.
            Triggering("""
                ↓<evaluation>
                  <criterion id="price" kind="price"/>
                  <criterion id="quality" kind="quality"/>
                  <criterion id="social-value" kind="social-value"/>
                </evaluation>
                """)
            Triggering("""
                <evaluation>
                  <criterion id="quality" kind="quality" order="1"/>
                  <criterion id="social-value" kind="social-value" order="↓2"/>
                  <criterion id="price" kind="price" order="3"/>
                </evaluation>
                """, profile: .centralGovernment)
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """)
            // Before the NHS guidance applied there is no minimum to evaluate.
            NonTriggering("""
                <evaluation>
                  <criterion id="quality" kind="quality" order="1"/>
                  <criterion id="price" kind="price" order="2"/>
                  <criterion id="social-value" kind="social-value" order="3"/>
                </evaluation>
                """, asOf: "2022-03-31")
            // Price per quality point: the share of the weighted criteria can be worked out (SV004 checks the exception).
            NonTriggering("""
                <evaluation methodology="price-per-quality-point">
                  <criterion id="price" kind="price" formula="price / quality points"/>
                  <criterion id="quality" kind="quality" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """)
            // Price ranked beside weighted criteria does not hide the social value share.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" order="1"/>
                  <criterion id="quality" kind="quality" weight="85"/>
                  <criterion id="social-value" kind="social-value" weight="15"/>
                </evaluation>
                """)
            // One criterion without a weight beside weighted ones is EV002's finding.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="social-value" kind="social-value"/>
                </evaluation>
                """)
            // No social value criterion at all is SV002's finding.
            NonTriggering("""
                <evaluation>
                  <criterion id="quality" kind="quality" order="1"/>
                  <criterion id="price" kind="price" order="2"/>
                </evaluation>
                """)
        }
    }
}
