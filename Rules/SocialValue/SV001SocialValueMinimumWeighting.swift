import Foundation
import TenderLintKit

extension SocialValueRules {
    static let minimumWeighting = Rule("SV001", "social-value-minimum-weighting") {
        Summary("Social value carries at least the minimum share of the total score")
        Severity(.error)
        WhatItChecks("""
            Each lot's social value share of the **total score** against the minimum, **10%** by default. The \
            share is worked out through nesting: a social value sub-criterion worth 20% of a 60% quality block \
            carries 20% × 60% = **12%** of the total, and a "10% social value" question inside a 60% quality \
            block only 6%. Weights given as ranges count at their **minimum**; points count as their share of \
            the points beside them. Under the NHS guidance net zero criteria count with social value; under the \
            other policies only social value criteria count. The note lists every criterion counted with its \
            arithmetic, and the help says what would make the lot pass.

            A declared exception counts only under the policy that allows it: under PPN 06/20 an **immature \
            market**, and under PPN 002 an absolute method such as **price per quality point**, measure the \
            minimum against the **quality score** (the criteria other than price and cost); under PPN 002 a \
            justified **not relevant or not proportionate** exception lifts the requirement. Set \
            `honourDeclaredExceptions` to `false` to measure against the total score always.
            """)
        Why("""
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
            bound by none that tenderlint can name (TL015): the rule does not run for them. The exceptions' \
            wording is **unconfirmed**; the NHS guidance and NI PPN 01/21 name none.

            **PPN 026** (unconfirmed: secondary sources only) would ask central government for **20%** on \
            contracts of £5m or more, for procurements commenced from 1 January 2027. It is off unless a \
            configuration turns it on (`policies: { ppn-026: on }`); while it is off, a lot it would fail gets an \
            information finding that says so.
            """)
        NotThisRulesFinding("""
            A lot with no social value criterion at all (SV002); shares that cannot be worked out, such as \
            weights missing or not adding up (EV002, EV003); an exception declared under a policy that does not \
            allow it, or without a justification (SV004); a buyer the document does not identify (TL015).
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
        ChartsMinimum { lot, rule in
            // Under an allowed exception the minimum is measured against the quality score, not the total.
            if rule[honourDeclaredExceptions], rule.allowed(rule.tender.socialValue.exception) != nil { return nil }
            let ppn026 = rule.binds(.ppn026) ? ppn026Minimum(for: lot, rule: rule) : nil
            let policy = ppn026 != nil ? Policy.ppn026 : rule.policies.first
            return ShareMinimum(kinds: rule.countedKinds, minimum: ppn026?.share ?? rule[minimumShare],
                                policy: policy?.shortName ?? "", rule: "SV001")
        }
        minimumWeightingExamples
    }
}
