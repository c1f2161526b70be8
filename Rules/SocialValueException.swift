import Foundation
import TenderLintKit

/// SV004: social value measured against the quality score needs a declared and justified exception.
extension SocialValueRules {
    // MARK: SV004

    static let baseException = Rule("SV004", "social-value-base-exception") {
        Summary("Social value taken from the quality score has a declared and justified exception")
        Severity(.error)
        Explanation("""
            The minimum is **10% of the total score** (PPN 06/20, PPN 002; for the NHS, net zero and social value \
            combined). Two departures are known, both from secondary sources, so their wording is **unconfirmed**:
            - under PPN 06/20, where pre-market engagement shows the **market is immature**, 10% of the *quality* \
            score;
            - under PPN 002, where an absolute method such as **price per quality point** is used, 10% of the \
            quality (non-price) score.

            The NHS guidance names no exception as far as is known; tenderlint accepts one declared in an NHS \
            tender and holds it to the same test. What the model lets this rule check:
            - an exception declared with **no justification** (the `<exception>` text, or `justification` in \
            JSON): say what the market engagement found, or why the method was chosen;
            - a lot scored by **price per quality point** (methodology `price-per-quality-point`, or price scored by \
            a formula beside weighted criteria) with **no exception declared**: social value can then only be a \
            share of the quality score (the parameter `pricePerQualityPointNeedsException` turns this off);
            - a **price-per-quality-point** exception declared while no lot is scored that way.

            A social value criterion worth 10% of a quality block but less than 10% of the total, with no \
            exception, is SV001's finding: its note says that only an exception would let it count. Whether a \
            market really is immature cannot be checked from the document.
            """)
        Enforces(.ppn0620, .ppn002, .nhsNetZeroAndSocialValue)
        Parameter(RuleParameter(
            "pricePerQualityPointNeedsException", default: .flag(true),
            "Whether a lot scored by price per quality point must declare the exception (PPN 002 wording, unconfirmed)"
        ))
        AppliesOnlyWhen(.socialValuePolicyInForce)
        Check { rule in
            guard rule.socialValuePolicyInForce else { return }
            let tender = rule.tender
            if let exception = tender.socialValue.exception {
                checkDeclared(exception, in: tender, rule: rule)
                return
            }
            guard try rule.flag("pricePerQualityPointNeedsException") else { return }
            for lot in tender.lots where lot.evaluation.usesPricePerQualityPoint {
                guard !lot.evaluation.counted(of: rule.profile.countedKinds).isEmpty else { continue }
                let methodology = lot.evaluation.methodology?.value == .pricePerQualityPoint ? lot.evaluation.methodology : nil
                let origin = methodology?.origin ?? lot.evaluation.pricedByFormula?.weight?.origin
                rule.report {
                    Message("\(lot.label) scores price per quality point, so \(rule.profile.socialValueWords) can only be a share of the quality score, but no exception is declared")
                    At(origin ?? lot.evaluation.origin)
                    Label("price per quality point")
                    Note("price carries no weight of its own here, so there is no total score for social value to be 10% of")
                    switch rule.spelling.form {
                    case .xml:
                        Help("declare it in <social-value>: <exception kind=\"price-per-quality-point\">why this method was chosen</exception>")
                    case .json:
                        Help("declare it: \"socialValue\": { \"exception\": { \"kind\": \"price-per-quality-point\", \"justification\": \"why this method was chosen\" } }")
                    case .notice:
                        Help("state in the tender documents that social value is weighted against the quality score, and why price per quality point is used")
                    }
                }
            }
        }
        Examples {
            Triggering("""
                <social-value>
                  ↓<exception kind="price-per-quality-point"/>
                </social-value>
                <evaluation methodology="price-per-quality-point">
                  <criterion id="price" kind="price" formula="price / quality points"/>
                  <criterion id="quality" kind="quality" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """)
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
                """)
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
                """)
            NonTriggering("""
                <social-value>
                  <exception kind="price-per-quality-point">Price per quality point: the specification fixes the service level, so bids compete on quality per pound.</exception>
                </social-value>
                <evaluation methodology="price-per-quality-point">
                  <criterion id="price" kind="price" formula="price / quality points"/>
                  <criterion id="quality" kind="quality" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """)
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
                """, parameters: ["pricePerQualityPointNeedsException": .flag(false)])
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
        }
    }
}
