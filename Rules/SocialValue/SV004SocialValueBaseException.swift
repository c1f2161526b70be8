import Foundation
import TenderLintKit

/// SV004: an exception to the social value minimum is one the binding policy allows, declared and justified.
extension SocialValueRules {
    static let pricePerQualityPointNeedsException = ParameterKey.flag(
        "pricePerQualityPointNeedsException", default: true,
        "Whether a lot scored by price per quality point must declare the exception where the binding policy allows it (PPN 002 wording, unconfirmed)")

    static let baseException = Rule("SV004", "social-value-base-exception") {
        Summary("An exception to the social value minimum is one the binding policy allows, declared and justified")
        Severity(.error)
        WhatItChecks("""
            The exception to the social value minimum a tender declares, and the lots scored by price per quality \
            point. This rule reports:
            - an exception the policy that binds the buyer does **not allow** (an NHS tender declaring an immature \
            market; a PPN 002 tender declaring one): SV001 then measures against the total score;
            - an exception declared with **no justification** (the `<exception>` text, or `justification` in \
            JSON): say what the market engagement found, or why the method was chosen, or why social value is not \
            relevant or proportionate;
            - a lot scored by **price per quality point** (methodology `price-per-quality-point`, or price scored by \
            a formula beside weighted criteria) with **no exception declared**, where the policy allows that \
            exception: social value can then only be a share of the quality score (the parameter \
            `pricePerQualityPointNeedsException` turns this off);
            - a **price-per-quality-point** exception declared while no lot is scored that way.
            """)
        Why("""
            The minimum is **10% of the total score** (PPN 06/20, PPN 002, NI PPN 01/21; for the NHS, net zero and \
            social value combined; SV001 says whom each binds and from when). Each policy allows only its own \
            exceptions, all known from secondary sources, so their wording is **unconfirmed**:
            - **PPN 06/20**: where pre-market engagement shows the **market is immature**, 10% of the *quality* \
            score (`immature-market`);
            - **PPN 002**: where an absolute method such as **price per quality point** is used, 10% of the \
            quality (non-price) score (`price-per-quality-point`); and where social value requirements would **not \
            be relevant** to the subject matter **or proportionate**, none (`not-relevant-or-proportionate`);
            - the **NHS** guidance and **NI PPN 01/21** name no exception.

            An exception lowers or lifts the minimum, so it must be one the binding policy allows, and the \
            tender must say why it applies.
            """)
        NotThisRulesFinding("""
            A social value criterion worth 10% of a quality block but less than 10% of the total, with no \
            exception (SV001: its note says that only an exception would let it count); a lot scored by price per \
            quality point with no social value criterion at all (SV002). Whether a market really is immature: no \
            rule, since it cannot be checked from the document.
            """)
        Enforces(.nhsNetZeroAndSocialValue, .nhsNetZeroAndSocialValueUnderPSR, .ppn0620, .ppn002, .ppn026, .niPpn0121)
        Parameter(pricePerQualityPointNeedsException)
        Check { rule in
            let tender = rule.tender
            if let exception = tender.socialValue.exception {
                guard rule.allowed(exception) != nil else {
                    reportNotAllowed(exception, rule: rule)
                    return
                }
                checkDeclared(exception, in: tender, rule: rule)
                return
            }
            guard rule[pricePerQualityPointNeedsException], rule.allows(.pricePerQualityPoint) else { return }
            for lot in rule.lots where lot.evaluation.usesPricePerQualityPoint {
                guard !lot.evaluation.counted(of: rule.countedKinds).isEmpty else { continue }
                let methodology = lot.evaluation.methodology?.value == .pricePerQualityPoint ? lot.evaluation.methodology : nil
                let origin = methodology?.origin ?? lot.evaluation.pricedByFormula?.weight?.origin
                rule.report {
                    Message("\(lot.label) scores price per quality point, so \(rule.socialValueWords) can only be a share of the quality score, but no exception is declared")
                    At(origin ?? lot.evaluation.origin)
                    Label("price per quality point")
                    Note("price carries no weight of its own here, so there is no total score for social value to be 10% of")
                    Help(rule.spelling.pricePerQualityPointExceptionHelp)
                }
            }
        }
        Examples {
            // PPN 002 allows price per quality point, but not without a reason.
            Triggering("""
                <social-value>
                  ↓<exception kind="price-per-quality-point"/>
                </social-value>
                <evaluation methodology="price-per-quality-point">
                  <criterion id="price" kind="price" formula="price / quality points"/>
                  <criterion id="quality" kind="quality" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """, profile: .centralGovernment)
            Triggering("""
                <social-value>
                  ↓<exception kind="immature-market">   </exception>
                </social-value>
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="54"/>
                  <criterion id="social-value" kind="social-value" weight="6"/>
                </evaluation>
                """, profile: .centralGovernment, asOf: "2024-06-01")
            Triggering("""
                <evaluation methodology="↓price-per-quality-point">
                  <criterion id="price" kind="price" formula="price / quality points"/>
                  <criterion id="quality" kind="quality" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """, profile: .centralGovernment)
            // Price scored by a formula beside weighted criteria, though the methodology is not named.
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" formula="↓lowest price / price × 100 per quality point"/>
                  <criterion id="quality" kind="quality" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """, profile: .centralGovernment)
            // The exception names a method no lot uses.
            Triggering("""
                <social-value>
                  <exception kind="↓price-per-quality-point">Price per quality point gives the best value.</exception>
                </social-value>
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """, profile: .centralGovernment)
            // The NHS guidance names no exception.
            Triggering("""
                <social-value>
                  <exception kind="↓immature-market">Market engagement found no supplier able to report social value yet.</exception>
                </social-value>
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="54"/>
                  <criterion id="social-value" kind="social-value" weight="6"/>
                </evaluation>
                """)
            // An immature market was PPN 06/20's exception, not PPN 002's.
            Triggering("""
                <social-value>
                  <exception kind="↓immature-market">Market engagement found no supplier able to report social value yet.</exception>
                </social-value>
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="54"/>
                  <criterion id="social-value" kind="social-value" weight="6"/>
                </evaluation>
                """, profile: .centralGovernment)
            NonTriggering("""
                <social-value>
                  <exception kind="price-per-quality-point">Price per quality point: the specification fixes the service level, so bids compete on quality per pound.</exception>
                </social-value>
                <evaluation methodology="price-per-quality-point">
                  <criterion id="price" kind="price" formula="price / quality points"/>
                  <criterion id="quality" kind="quality" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """, profile: .centralGovernment)
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """)
            NonTriggering("""
                <evaluation methodology="price-per-quality-point">
                  <criterion id="price" kind="price" formula="price / quality points"/>
                  <criterion id="quality" kind="quality" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """, profile: .centralGovernment, parameters: [pricePerQualityPointNeedsException.name: .flag(false)])
            // Before any social value policy applied.
            NonTriggering("""
                <social-value>
                  <exception kind="price-per-quality-point"/>
                </social-value>
                <evaluation methodology="price-per-quality-point">
                  <criterion id="price" kind="price" formula="price / quality points"/>
                  <criterion id="quality" kind="quality" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """, asOf: "2022-03-31")
            NonTriggering("""
                <social-value>
                  <exception kind="immature-market">Market engagement (12 suppliers, May 2024) found none able to report social value outcomes yet.</exception>
                </social-value>
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="54"/>
                  <criterion id="social-value" kind="social-value" weight="6"/>
                </evaluation>
                """, profile: .centralGovernment, asOf: "2024-06-01")
            // PPN 002: social value is not relevant to a contract for a single piece of specialist equipment.
            NonTriggering("""
                <social-value>
                  <exception kind="not-relevant-or-proportionate">A one-off purchase of a single calibrated instrument from the manufacturer: no workforce, supply chain or delivery in the UK to which social value could relate.</exception>
                </social-value>
                <evaluation>
                  <criterion id="price" kind="price" weight="60"/>
                  <criterion id="quality" kind="quality" weight="40"/>
                </evaluation>
                """, profile: .centralGovernment)
            // NHS Wales is bound by neither policy, whatever it declares.
            NonTriggering("""
                <social-value>
                  <exception kind="immature-market"/>
                </social-value>
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="54"/>
                  <criterion id="social-value" kind="social-value" weight="6"/>
                </evaluation>
                """, profile: .nhsWales)
        }
    }

    /// An exception the policy that binds the buyer does not allow.
    static func reportNotAllowed(_ exception: DeclaredException, rule: RuleContext) {
        let kind = exception.kind.value
        let allowing = BuiltInPolicies.all.filter { $0.exceptions.contains(kind) && weightingPolicies.contains($0) }.map(\.shortName)
        rule.report {
            Message("the tender declares the \(kind.rawValue) exception, which \(rule.socialValuePolicyPhrase) does not allow; \(rule.socialValueWords) must carry at least 10% of the total score")
            At(exception.kind.origin ?? exception.origin)
            Label("not allowed under \(rule.socialValuePolicyName)")
            if allowing.isEmpty {
                Note("no social value policy allows this exception")
            } else {
                Note("only \(Prose.list(allowing)) \(allowing.count == 1 ? "allows" : "allow") it (wording unconfirmed), and \(allowing.count == 1 ? "it does" : "they do") not bind this buyer")
            }
            Help("remove the exception and give \(rule.socialValueWords) at least 10% of the total score; if tenderlint has the buyer wrong, correct the buyer's sector and jurisdiction")
        }
    }
}
