import Foundation
import TenderLintKit

extension EvaluationRules {
    static let disqualificationNotStated = Rule("EV006", "disqualification-not-stated") {
        Summary("The assessment method says whether failing a criterion disqualifies a tender")
        Severity(.warning)
        WhatItChecks("""
            Whether each evaluation says **whether a tender that fails to meet a criterion is disqualified**. \
            tenderlint's own format says so on each evaluation: `failure-disqualifies="true"` (a tender that \
            fails a criterion is disqualified) or `"false"` (`failureDisqualifies` in JSON).

            OCDS and eForms notices have no field for it, so for them the rule cannot be evaluated; it is checked \
            on tender specs only. It is a warning: the assessment method may say it in documents the spec does \
            not hold, but the spec should record it.
            """)
        Why("""
            Under the Procurement Act 2023 the authority must describe how tenders will be assessed and say \
            whether a tender that fails to meet a criterion is disqualified (s.23(3)(a)): a minimum quality \
            score, a pass/fail question, or none. The rule runs for procurements under the Act (procurements \
            commenced from 24 February 2025: stated, or inferred from the buyer's nation and the commencement \
            date); Scottish authorities are not under it.
            """)
        NotThisRulesFinding("""
            Several criteria with no indication of their relative importance (EV005); a criterion without a \
            weight beside weighted ones (EV002). OCDS releases and eForms notices: no rule, since they have no \
            field for it (an audit counts them as not evaluable).
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
                Help(rule.spelling.failureDisqualifiesHelp)
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
