import Foundation
import TenderLintKit

extension SocialValueRules {
    static let criterionMissing = Rule("SV002", "social-value-criterion-missing") {
        Summary("A lot has a social value criterion where a policy that binds the buyer requires one")
        Severity(.error)
        WhatItChecks("""
            Each lot's award criteria, for at least one that **evaluates** social value (under the NHS guidance a \
            **net zero** criterion counts too). The rule reports a lot whose criteria include none at all.

            In tenderlint's own format a criterion says what it is (`kind="social-value"` or `"net-zero"`). \
            OCDS releases and eForms notices have no such field: a criterion counts when its name or description \
            uses the words of social value or net zero ("social value", "community benefits", "fair work", \
            "carbon", …), whole words only, whatever type the notice gives it. A notice that mentions social value \
            only in its description, as contract conditions, still has no criterion that **scores** it: the note \
            says so.

            Some publishers (Public Contracts Scotland, Sell2Wales) publish only price and one other criterion, \
            whose weights add up to less than 100%: the rest are in the tender documents. There the missing \
            criterion is not a fact tenderlint can assert, so the rule says, as a warning, that the lot **cannot \
            be evaluated** (an audit counts it so: `incomplete-criteria`).
            """)
        Why("""
            Where a social value policy binds the buyer, every lot must **evaluate** social value with its own \
            award criterion:
            - **UK central government** above the threshold, from 1 January 2021 (PPN 06/20, then PPN 002);
            - **NHS bodies in England**, from 1 April 2022 (the NHS net zero and social value guidance, where a \
            **net zero** criterion counts too);
            - **Northern Ireland departments**, from 1 June 2022 (NI PPN 01/21).

            Under PPN 002 a justified **not relevant or not proportionate** exception lifts the requirement. The \
            rule does not run for buyers none of these policies binds, nor for buyers the document does not \
            identify.
            """)
        NotThisRulesFinding("""
            The weight of the social value criteria a lot does have (SV001); a social value share that cannot be \
            worked out from the weights (EV003); the weights of a lot whose published criteria look incomplete \
            (EV001); whether a declared exception is one the policy allows, and is justified (SV004); an NHS \
            tender that does not cover the theme Fighting climate change (SV003); a buyer the document does not \
            identify (TL015 says what is missing). A lot that publishes no award criteria at all: no rule reports \
            it, since there is nothing to judge.
            """)
        Enforces(.nhsNetZeroAndSocialValue, .nhsNetZeroAndSocialValueUnderPSR, .ppn0620, .ppn002, .ppn026, .niPpn0121)
        AppliesOnlyWhen(.noJustifiedSocialValueException)
        Needs(.awardCriteria)
        ForEachLot { lot, rule in
            guard lot.evaluation.counted(of: rule.countedKinds).isEmpty else { return }
            let words = rule.socialValueWords
            if let incomplete = lot.evaluation.incompleteCriteria {
                rule.report {
                    Message("the published criteria of \(lot.label) look incomplete, so whether \(words) carries at least 10% of the total score cannot be evaluated")
                    CannotEvaluate(because: "incomplete-criteria")
                    At(lot.evaluation.origin ?? lot.origin)
                    Label("criteria look incomplete")
                    Note("\(incomplete.description): the others are probably in the tender documents")
                    Help("publish every award criterion with its weight, including one for \(words) of at least 10% of the total score")
                }
                return
            }
            let criteria = lot.evaluation.allCriteria
            let netZero = criteria.filter { $0.kind.value == .netZero }
            let mentions = rule.tender.socialValue.recognitions.filter(\.isStrong)
            let kinds = rule.countsNetZeroAsSocialValue ? "social value or net zero" : "social value"
            rule.report {
                Message("\(lot.label) has no \(kinds) criterion; \(rule.socialValuePolicyPhrase) requires \(words) to carry at least 10% of the total score")
                At(lot.evaluation.origin ?? lot.origin)
                Label("no \(kinds) criterion")
                Note("the criteria are: " + lot.evaluation.criteria.map { "\($0.label) (\($0.effectiveShare?.description ?? $0.weight?.value.description ?? "no weight"))" }.joined(separator: ", "))
                if !netZero.isEmpty {
                    Note("\(Prose.list(netZero.map(\.label))) \(netZero.count == 1 ? "is a net zero criterion" : "are net zero criteria"): under \(rule.socialValuePolicyName) only social value criteria count; one that scores the Social Value Model's Fighting climate change theme may be marked as social value")
                }
                if let mention = mentions.first {
                    Note("the notice mentions social value (\(mention)), but no award criterion scores it: contract conditions alone do not meet the weighting")
                }
                Help(rule.spelling.socialValueCriterionHelp(for: lot, words: words))
            }
        }
        Examples {
            Triggering("""
                ↓<evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="60"/>
                </evaluation>
                """)
            // Central government, under PPN 06/20.
            Triggering("""
                <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="true">
                  <buyer sector="central-government" jurisdiction="england">Example Department</buyer>
                  <dates publication="2021-06-01"/>
                  ↓<evaluation>
                    <criterion id="price" kind="price" weight="70"/>
                    <criterion id="quality" kind="quality" weight="30"/>
                  </evaluation>
                </tender>
                """)
            // Per lot: lot 2 has none.
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
                    <criterion id="quality" kind="quality" weight="60"/>
                  </evaluation>
                </lot>
                """)
            // Central government: a net zero criterion alone is not a social value criterion.
            Triggering("""
                ↓<evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="carbon" kind="net-zero" weight="10"/>
                </evaluation>
                """, profile: .centralGovernment)
            // Ranked criteria without social value.
            Triggering("""
                ↓<evaluation methodology="order-of-importance">
                  <criterion id="quality" kind="quality" order="1"/>
                  <criterion id="price" kind="price" order="2"/>
                </evaluation>
                """)
            // NHS: a net zero criterion counts.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="carbon" kind="net-zero" weight="10"/>
                </evaluation>
                """)
            // Nested inside quality: a criterion exists (its weight is SV001's to check).
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="60">
                    <criterion id="delivery" kind="quality" weight="95"/>
                    <criterion id="social-value" kind="social-value" weight="5"/>
                  </criterion>
                </evaluation>
                """)
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="60"/>
                </evaluation>
                """, asOf: "2022-03-31")
            NonTriggering("""
                <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="true">
                  <buyer sector="central-government" jurisdiction="england">Example Department</buyer>
                  <dates publication="2020-12-31"/>
                  <evaluation>
                    <criterion id="price" kind="price" weight="70"/>
                    <criterion id="quality" kind="quality" weight="30"/>
                  </evaluation>
                </tender>
                """)
        }
    }
}
