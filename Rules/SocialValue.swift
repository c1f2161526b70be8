import Foundation
import TenderLintKit

/// Social value rules: the 10% minimum (SV001) and what surrounds it.
public enum SocialValueRules {
    public static let all: [Rule] = [minimumWeighting]

    static let minimumWeighting = Rule("SV001", "social-value-minimum-weighting") {
        Summary("Social value carries at least the minimum share of the total score")
        Severity(.error)
        Explanation("""
            Central government buyers must evaluate social value explicitly with at least **10% of the total \
            score** (PPN 06/20, then PPN 002). NHS buyers must give net zero and social value, combined, at least \
            10% of the total score (NHS net zero and social value guidance, since April 2022).

            The share is worked out per lot through nesting: a social value sub-criterion worth 20% of a 60% \
            quality block carries 12% of the total. Weights given as ranges count at their minimum. Under the \
            NHS profile, net zero criteria count with social value; under the central government profile only \
            social value counts.
            """)
        Enforces(.nhsNetZeroAndSocialValue, .ppn0620, .ppn002)
        Parameter(.percent("minimumShare", default: 10, "The least share of the total score social value must carry, in percent"))
        ForEachLot { lot, rule in
            guard rule.profile == .centralGovernment ? rule.isInForce(.ppn0620) || rule.isInForce(.ppn002)
                                                     : rule.isInForce(.nhsNetZeroAndSocialValue) else { return }
            let kinds: Set<CriterionKind> = rule.profile == .nhsEngland ? [.socialValue, .netZero] : [.socialValue]
            let counted = lot.evaluation.criteria(of: kinds)
            // No social value criterion at all is SV002's finding; unknown shares are EV003's.
            guard !counted.isEmpty, let share = lot.evaluation.share(of: kinds) else { return }
            let minimum = try rule.percent("minimumShare")
            let what = rule.profile == .nhsEngland ? "net zero and social value" : "social value"
            let shortfall = minimum - share.minimum
            let largest = counted.max { ($0.effectiveShare?.minimum ?? 0) < ($1.effectiveShare?.minimum ?? 0) }
            rule.require(share.minimum >= minimum) {
                Message("\(what) carries \(share) of the total score in \(lot.label); at least \(Share(exactly: minimum)) is required")
                At(largest?.origin ?? lot.evaluation.origin)
                Label("\(Share(exactly: share.minimum)) of the total")
                Note("counted: " + counted.map { "\($0.label) (\($0.effectiveShare?.description ?? "?"))" }.joined(separator: ", "))
                if share.minimum != share.maximum {
                    Note("weights given as ranges count at their minimum")
                }
                Help("give \(what) \(Share(exactly: shortfall)) more of the total score and take it from another criterion, so \(lot.label) still adds up to 100%")
            }
        }
        Examples {
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="52"/>
                  ↓<criterion id="social-value" kind="social-value" weight="8"/>
                </evaluation>
                """)
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="60">
                    <criterion id="delivery" kind="quality" weight="90"/>
                    ↓<criterion id="social-value" kind="social-value" weight="10"/>
                  </criterion>
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
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="54"/>
                  <criterion id="net-zero" kind="net-zero" weight="6"/>
                  <criterion id="social-value" kind="social-value" weight="4"/>
                </evaluation>
                """)
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="52"/>
                  <criterion id="social-value" kind="social-value" weight="8"/>
                </evaluation>
                """, parameters: ["minimumShare": .percent(8)])
        }
    }
}
