import Foundation
import TenderLintKit

extension EvaluationRules {
    static let relativeImportanceNotShown = Rule("EV005", "relative-importance-not-shown") {
        Summary("Where there is more than one award criterion, their relative importance is shown")
        Severity(.error)
        WhatItChecks("""
            A group of sibling criteria (the top of a lot's evaluation, or the sub-criteria of one criterion) of \
            which **none** carries a weight, points, a rank or a formula, in an evaluation not scored by order \
            of importance. A single criterion needs no relative importance.
            """)
        Why("""
            Under the Procurement Act 2023 (procurements commenced from 24 February 2025), where there is more \
            than one award criterion the authority must indicate their **relative importance**: by weighting \
            each as a percentage, by ranking them, or by describing it another way (s.23(3)(b)). A lot with \
            several criteria and no indication at all breaks s.23(3)(b) in itself, whatever the buyer.

            The rule runs only for procurements under the Act (stated, or inferred from the buyer's nation and \
            the commencement date); Scottish authorities are not under it.
            """)
        NotThisRulesFinding("""
            Some siblings weighted and others not (EV002); a social value share that cannot be worked out from \
            the weights (EV003); an assessment method that does not say whether failing a criterion disqualifies \
            a tender (EV006). Procurements under the PCR 2015 or by Scottish authorities: no rule, since s.23 \
            does not apply to them.
            """)
        Enforces(.procurementActSection23)
        Needs(.awardCriteria)
        AppliesOnlyWhen(.severalCriteria)
        ForEachLot { lot, rule in
            guard lot.evaluation.methodology?.value != .orderOfImportance else { return }
            for group in lot.siblingGroups where group.criteria.count > 1 && group.criteria.allSatisfy({ $0.weight == nil }) {
                rule.report {
                    Message("the \(group.criteria.count) criteria \(group.place) give no indication of their relative importance")
                    At(group.origin)
                    Label("no weights, ranks or description")
                    Note("the criteria are: " + group.criteria.map(\.label).joined(separator: ", "))
                    Note("the Procurement Act 2023 s.23(3)(b): where there is more than one award criterion, their relative importance must be indicated by a percentage weighting, a ranking or another description")
                    Help(rule.spelling.relativeImportanceHelp)
                }
            }
        }
        Examples {
            Triggering("""
                ↓<evaluation>
                  <criterion id="price" kind="price"/>
                  <criterion id="quality" kind="quality"/>
                </evaluation>
                """)
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  ↓<criterion id="quality" kind="quality" weight="60">
                    <criterion id="delivery" kind="quality"/>
                    <criterion id="staffing" kind="quality"/>
                  </criterion>
                </evaluation>
                """)
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="60"/>
                </evaluation>
                """)
            NonTriggering("""
                <evaluation methodology="order-of-importance">
                  <criterion id="quality" kind="quality" order="1"/>
                  <criterion id="price" kind="price" order="2"/>
                </evaluation>
                """)
            // One criterion needs no relative importance.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price"/>
                </evaluation>
                """)
            // Under the PCR 2015 (before 24 February 2025) s.23 does not apply.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price"/>
                  <criterion id="quality" kind="quality"/>
                </evaluation>
                """, asOf: "2025-02-23")
        }
    }
}
