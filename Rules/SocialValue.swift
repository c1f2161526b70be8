import Foundation
import TenderLintKit

/// Social value rules: the 10% minimum (SV001), a social value criterion at all (SV002), the NHS theme
/// Fighting climate change (SV003), exceptions to the 10% (SV004) and Scotland's community benefits (SV005).
public enum SocialValueRules {
    public static let all: [Rule] = [minimumWeighting, criterionMissing, fightingClimateChangeMissing, baseException, communityBenefitsSummary]

    /// The policies that set a minimum weighting for social value.
    static let weightingPolicies: [Policy] = [
        .nhsNetZeroAndSocialValue, .nhsNetZeroAndSocialValueUnderPSR, .ppn0620, .ppn002, .ppn026, .niPpn0121,
    ]

    static let minimumShare = ParameterKey.percent(
        "minimumShare", default: 10, "The least share of the total score social value must carry, in percent")
    static let honourDeclaredExceptions = ParameterKey.flag(
        "honourDeclaredExceptions", default: true,
        "Whether a declared exception that the binding policy allows (PPN 06/20: immature market; PPN 002: price per quality point) lets social value be measured against the quality score; their wording is unconfirmed")
    static let ppn026MinimumShare = ParameterKey.percent(
        "ppn026MinimumShare", default: 20,
        "Under PPN 026 (unconfirmed, off unless turned on), the least share for contracts of ppn026From or more")
    static let ppn026From = ParameterKey.pounds(
        "ppn026From", default: 5_000_000, "The contract value, including VAT, from which PPN 026 asks for ppn026MinimumShare")

    // MARK: SV001

    static let minimumWeighting = Rule("SV001", "social-value-minimum-weighting") {
        Summary("Social value carries at least the minimum share of the total score")
        Severity(.error)
        Explanation("""
            Buyers bound by a social value policy must give social value at least **10% of the total score**; a \
            higher weighting may be used. Who is bound, and from when (procurements commenced on or after):
            - **UK central government** (departments, agencies, NDPBs), above the procurement threshold: PPN 06/20 \
            under the PCR 2015 from 1 January 2021, then PPN 002 under the Procurement Act 2023, mandatory from \
            1 October 2025;
            - **NHS bodies in England**: the NHS net zero and social value guidance, from 1 April 2022, for net zero \
            and social value **combined**;
            - **Northern Ireland departments, agencies and NDPBs**, at or above the thresholds: NI PPN 01/21, from \
            1 June 2022.

            Other buyers (Welsh and Scottish bodies, NHS Wales and NHS Scotland, local government, universities, \
            housing associations) are bound by none of these, and a buyer the document does not identify is \
            bound by none that tenderlint can name (TL015): the rule does not run for them.

            The share is worked out per lot through nesting: a social value sub-criterion worth 20% of a 60% \
            quality block carries 20% × 60% = **12%** of the total, and a "10% social value" question inside a 60% \
            quality block only 6%. Weights given as ranges count at their **minimum**; points count as their share \
            of the points beside them. Under the NHS guidance, net zero criteria count with social value; under the \
            others only social value criteria count. The note lists every criterion counted with its arithmetic, \
            and the help says what would make the lot pass.

            Exceptions count only under the policy that allows them: under PPN 06/20 an **immature market**, and \
            under PPN 002 an absolute method such as **price per quality point**, measure the minimum against the \
            **quality score** (the criteria other than price and cost); under PPN 002 a justified **not relevant \
            or not proportionate** exception lifts the requirement. The exceptions' wording is **unconfirmed**, \
            the NHS guidance and NI PPN 01/21 name none, and SV004 reports an exception declared under a policy \
            that does not allow it. Set `honourDeclaredExceptions` to `false` to measure against the total score \
            always.

            **PPN 026** (unconfirmed: secondary sources only) would ask central government for **20%** on \
            contracts of £5m or more, for procurements commenced from 1 January 2027. It is off unless a \
            configuration turns it on (`policies: { ppn-026: on }`); while it is off, a lot it would fail gets an \
            information finding that says so.

            Not this rule's findings: a lot with no social value criterion at all (SV002), shares that cannot be \
            worked out (EV003).
            """)
        Enforces(.nhsNetZeroAndSocialValue, .nhsNetZeroAndSocialValueUnderPSR, .ppn0620, .ppn002, .ppn026, .niPpn0121)
        Parameter(minimumShare)
        Parameter(honourDeclaredExceptions)
        Parameter(ppn026MinimumShare)
        Parameter(ppn026From)
        Parameter(NetZeroRules.vatRate)
        AppliesOnlyWhen(.noJustifiedSocialValueException, .socialValueCriterion)
        Needs(.socialValueShare)
        ForEachLot { lot, rule in
            let counted = lot.evaluation.counted(of: rule.countedKinds)
            guard let share = lot.evaluation.share(of: rule.countedKinds) else { return }
            let ppn026 = ppn026Minimum(for: lot, rule: rule)
            let minimum = rule.binds(.ppn026) ? ppn026?.share ?? rule[minimumShare] : rule[minimumShare]
            let exception = rule[honourDeclaredExceptions] ? rule.allowed(rule.tender.socialValue.exception) : nil
            let ofQuality = qualityScoreShare(share, in: lot.evaluation)
            if let exception {
                guard let ofQuality, ofQuality < minimum else { return }
                reportAgainstQualityScore(lot, counted: counted, share: share, ofQuality: ofQuality, minimum: minimum, exception: exception, rule: rule)
                return
            }
            guard share.minimum < minimum else {
                if let ppn026, !rule.binds(.ppn026), share.minimum < ppn026.share {
                    reportUnderPPN026(lot, counted: counted, share: share, ppn026: ppn026, rule: rule)
                }
                return
            }
            reportAgainstTotal(lot, counted: counted, share: share, ofQuality: ofQuality, minimum: minimum, rule: rule,
                               ppn026: rule.binds(.ppn026) ? nil : ppn026)
        }
        Examples {
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="52"/>
                  ↓<criterion id="social-value" kind="social-value" weight="8"/>
                </evaluation>
                """)
            // 10% of a 60% quality block is 6% of the total.
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="60">
                    <criterion id="delivery" kind="quality" weight="90"/>
                    ↓<criterion id="social-value" kind="social-value" weight="10"/>
                  </criterion>
                </evaluation>
                """)
            // 33.3% of a 30% block is 9.99%: just short.
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="70"/>
                  <criterion id="quality" kind="quality" weight="30">
                    <criterion id="service" kind="quality" weight="33.3"/>
                    <criterion id="staff" kind="quality" weight="33.4"/>
                    ↓<criterion id="social-value" kind="social-value" weight="33.3"/>
                  </criterion>
                </evaluation>
                """)
            // A range counts at its minimum: 8%.
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="35-40"/>
                  <criterion id="quality" kind="quality" weight="45-50"/>
                  ↓<criterion id="social-value" kind="social-value" weight="8-15"/>
                </evaluation>
                """)
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="0.4" weight-unit="fraction"/>
                  <criterion id="quality" kind="quality" weight="0.52" weight-unit="fraction"/>
                  ↓<criterion id="social-value" kind="social-value" weight="0.08" weight-unit="fraction"/>
                </evaluation>
                """)
            // Points: 8 of 100 points.
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" points="40"/>
                  <criterion id="quality" kind="quality" points="52"/>
                  ↓<criterion id="social-value" kind="social-value" points="8"/>
                </evaluation>
                """)
            // Central government: net zero does not count with social value (4%, not 10%).
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="net-zero" kind="net-zero" weight="6"/>
                  ↓<criterion id="social-value" kind="social-value" weight="4"/>
                </evaluation>
                """, profile: .centralGovernment)
            // Each lot on its own: lot 2 falls short.
            Triggering("""
                <lot id="1">
                  <evaluation>
                    <criterion id="price" kind="price" weight="40"/>
                    <criterion id="quality" kind="quality" weight="50"/>
                    <criterion id="social-value" kind="social-value" weight="10"/>
                  </evaluation>
                </lot>
                <lot id="2">
                  <evaluation>
                    <criterion id="price" kind="price" weight="50"/>
                    <criterion id="quality" kind="quality" weight="45"/>
                    ↓<criterion id="social-value" kind="social-value" weight="5"/>
                  </evaluation>
                </lot>
                """)
            // Two criteria counted, 3% + 4.5%: the diagnostic lands on the larger.
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="57">
                    <criterion id="delivery" kind="quality" weight="92.1"/>
                    ↓<criterion id="social-value" kind="social-value" weight="7.9"/>
                  </criterion>
                  <criterion id="carbon" kind="net-zero" weight="3"/>
                </evaluation>
                """)
            // A declared exception measures against the quality score: 5 of 65 is 7.7%.
            Triggering("""
                <social-value>
                  <exception kind="immature-market">Pre-market engagement in March found two suppliers, neither able to measure social value yet.</exception>
                </social-value>
                <evaluation>
                  <criterion id="price" kind="price" weight="35"/>
                  <criterion id="quality" kind="quality" weight="60"/>
                  ↓<criterion id="social-value" kind="social-value" weight="5"/>
                </evaluation>
                """, profile: .centralGovernment, asOf: "2024-06-01")
            // With exceptions not honoured, 6% of the total is short although it is 10% of the quality score.
            Triggering("""
                <social-value>
                  <exception kind="immature-market">Pre-market engagement in March found two suppliers, neither able to measure social value yet.</exception>
                </social-value>
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="54"/>
                  ↓<criterion id="social-value" kind="social-value" weight="6"/>
                </evaluation>
                """, profile: .centralGovernment, asOf: "2024-06-01", parameters: [honourDeclaredExceptions.name: .flag(false)])
            // Exactly 10%.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """)
            // NHS: net zero and social value combine, 6% + 4%.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="net-zero" kind="net-zero" weight="6"/>
                  <criterion id="social-value" kind="social-value" weight="4"/>
                </evaluation>
                """)
            // Through nesting: 20% of 60% is 12%; a social value block's own sub-criteria are not counted twice.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="60">
                    <criterion id="delivery" kind="quality" weight="80"/>
                    <criterion id="social-value" kind="social-value" weight="20">
                      <criterion id="commitments" kind="social-value" weight="40"/>
                      <criterion id="delivery-plan" kind="social-value" weight="60"/>
                    </criterion>
                  </criterion>
                </evaluation>
                """)
            // 33.4% of 30% is 10.02%.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="70"/>
                  <criterion id="quality" kind="quality" weight="30">
                    <criterion id="service" kind="quality" weight="33.3"/>
                    <criterion id="staff" kind="quality" weight="33.3"/>
                    <criterion id="social-value" kind="social-value" weight="33.4"/>
                  </criterion>
                </evaluation>
                """)
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="30-40"/>
                  <criterion id="quality" kind="quality" weight="45-55"/>
                  <criterion id="social-value" kind="social-value" weight="10-15"/>
                </evaluation>
                """)
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="0.4" weight-unit="fraction"/>
                  <criterion id="quality" kind="quality" weight="0.5" weight-unit="fraction"/>
                  <criterion id="social-value" kind="social-value" weight="0.1" weight-unit="fraction"/>
                </evaluation>
                """)
            // Before the NHS guidance applied (2022-04-01).
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="52"/>
                  <criterion id="social-value" kind="social-value" weight="8"/>
                </evaluation>
                """, asOf: "2022-03-31")
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="52"/>
                  <criterion id="social-value" kind="social-value" weight="8"/>
                </evaluation>
                """, parameters: [minimumShare.name: .percent(8)])
            // A declared exception: 6 of the 60 points outside price is 10% of the quality score.
            NonTriggering("""
                <social-value>
                  <exception kind="immature-market">Pre-market engagement in March found two suppliers, neither able to measure social value yet.</exception>
                </social-value>
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="54"/>
                  <criterion id="social-value" kind="social-value" weight="6"/>
                </evaluation>
                """, profile: .centralGovernment, asOf: "2024-06-01")
            // Price per quality point: the weighted criteria are the quality score, and social value is 10% of it.
            NonTriggering("""
                <social-value>
                  <exception kind="price-per-quality-point">Price is divided by quality points, so it carries no weight of its own.</exception>
                </social-value>
                <evaluation methodology="price-per-quality-point">
                  <criterion id="price" kind="price" formula="price / quality points"/>
                  <criterion id="quality" kind="quality" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """, profile: .centralGovernment)
        }
    }

    // MARK: SV002

    static let criterionMissing = Rule("SV002", "social-value-criterion-missing") {
        Summary("A lot has a social value criterion where a policy that binds the buyer requires one")
        Severity(.error)
        Explanation("""
            Where a social value policy binds the buyer, every lot must **evaluate** social value with its own \
            award criterion: UK central government above the threshold from 1 January 2021 (PPN 06/20, then \
            PPN 002), NHS bodies in England from 1 April 2022 (the NHS net zero and social value guidance, where a \
            **net zero** criterion counts too), Northern Ireland departments from 1 June 2022 (NI PPN 01/21). This \
            rule reports a lot whose criteria include none at all; SV001 checks the weight of those there are. It \
            does not run for buyers none of these policies binds, nor for buyers the document does not identify \
            (TL015 says what is missing).

            In tenderlint's own format a criterion says what it is (`kind="social-value"` or `"net-zero"`). \
            OCDS releases and eForms notices have no such field: a criterion counts when its name or description \
            uses the words of social value or net zero ("social value", "community benefits", "fair work", \
            "carbon", …), whole words only, whatever type the notice gives it. A notice that mentions social value \
            only in its description, as contract conditions, still has no criterion that **scores** it: the note \
            says so. Lots that publish no award criteria at all are not reported, since there is nothing to judge. \
            Under PPN 002 a justified **not relevant or not proportionate** exception lifts the requirement.

            Some publishers (Public Contracts Scotland, Sell2Wales) publish only price and one other criterion, \
            whose weights add up to less than 100%: the rest are in the tender documents. There the missing \
            criterion is not a fact tenderlint can assert, so the rule says, as a warning, that the lot **cannot \
            be evaluated** (an audit counts it so: `incomplete-criteria`), and EV001 reports the weights.
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
                switch rule.spelling.form {
                case .xml:
                    Help("add <criterion id=\"social-value\" kind=\"social-value\" weight=\"10\"/> and lower the other criteria so \(lot.label) still adds up to 100%")
                case .json:
                    Help("add { \"id\": \"social-value\", \"kind\": \"social-value\", \"weight\": 10 } to the criteria and lower the others so \(lot.label) still adds up to 100%")
                case .notice:
                    Help("add an award criterion for \(words), named so (such as \"Social value\"), weighted at least 10% of the total score")
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
