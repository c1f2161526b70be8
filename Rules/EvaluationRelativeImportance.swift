import Foundation
import TenderLintKit

/// EV005 and EV006: the Procurement Act 2023 s.23(3), relative importance and what failing a criterion means.
extension EvaluationRules {
    // MARK: EV005

    static let relativeImportanceNotShown = Rule("EV005", "relative-importance-not-shown") {
        Summary("Where there is more than one award criterion, their relative importance is shown")
        Severity(.error)
        Explanation("""
            Under the Procurement Act 2023 (procurements commenced from 24 February 2025), where there is more \
            than one award criterion the authority must indicate their **relative importance**: by weighting \
            each as a percentage, by ranking them, or by describing it another way (s.23(3)(b)). A lot with \
            several criteria and no indication at all breaks s.23(3)(b) in itself, whatever the buyer.

            This rule reports a group of sibling criteria (the top of a lot's evaluation, or the sub-criteria of \
            one criterion) of which **none** carries a weight, points, a rank or a formula, in an evaluation not \
            scored by order of importance. Where some siblings are weighted and others not, that is EV002's \
            finding. It runs only for procurements under the Act (stated, or inferred from the buyer's nation and \
            the commencement date); Scottish authorities are not under it.
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
                    switch rule.spelling.form {
                    case .xml, .json:
                        Help("weight each criterion (weight=\"…\"), or rank them (order=\"1\", \"2\", …) with methodology=\"order-of-importance\"")
                    case .notice:
                        Help("publish each criterion's weighting as a percentage, or their order of importance")
                    }
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

    // MARK: EV006

    static let disqualificationNotStated = Rule("EV006", "disqualification-not-stated") {
        Summary("The assessment method says whether failing a criterion disqualifies a tender")
        Severity(.warning)
        Explanation("""
            Under the Procurement Act 2023 the authority must describe how tenders will be assessed and say \
            **whether a tender that fails to meet a criterion is disqualified** (s.23(3)(a)): a minimum quality \
            score, a pass/fail question, or none. tenderlint's own format says so on each evaluation: \
            `failure-disqualifies="true"` (a tender that fails a criterion is disqualified) or `"false"`.

            OCDS and eForms notices have no field for it, so for them the rule cannot be evaluated; it is checked \
            on tender specs, for procurements under the Act (stated, or inferred from the buyer's nation and the \
            commencement date). It is a warning: the assessment method may say it in documents the spec does not \
            hold, but the spec should record it.
            """)
        Enforces(.procurementActSection23)
        Needs(.awardCriteria, .specDocument)
        ForEachLot { lot, rule in
            guard lot.evaluation.failureDisqualifies == nil else { return }
            rule.report {
                Message("\(lot.label)'s assessment method does not say whether a tender that fails a criterion is disqualified")
                At(lot.evaluation.origin ?? lot.origin)
                Label("failure-disqualifies not stated")
                Note("the Procurement Act 2023 s.23(3)(a): the authority must say whether failing to meet a criterion disqualifies a tender")
                switch rule.spelling.form {
                case .json: Help("add \"failureDisqualifies\": true (or false) to the evaluation")
                case .xml, .notice: Help("add failure-disqualifies=\"true\" (or \"false\") to <evaluation>")
                }
            }
        }
        Examples {
            Triggering("""
                ↓<evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="60"/>
                </evaluation>
                """)
            NonTriggering("""
                <evaluation failure-disqualifies="true">
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="60"/>
                </evaluation>
                """)
            NonTriggering("""
                <evaluation failure-disqualifies="false">
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="60"/>
                </evaluation>
                """)
            // Scottish authorities are not under the Act.
            NonTriggering("""
                <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="true">
                  <buyer sector="local-government" jurisdiction="scotland">Example Council</buyer>
                  <dates publication="2026-06-01"/>
                  <evaluation>
                    <criterion id="price" kind="price" weight="40"/>
                    <criterion id="quality" kind="quality" weight="60"/>
                  </evaluation>
                </tender>
                """)
        }
    }
}
