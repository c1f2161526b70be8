import Foundation
import TenderLintKit

/// Social value rules: the 10% minimum (SV001), a social value criterion at all (SV002), the NHS theme
/// Fighting climate change (SV003), exceptions to the 10% (SV004) and Scotland's community benefits (SV005).
public enum SocialValueRules {
    /// The family's rules in the order the rule set runs them (BuiltInRules); each is declared in its own
    /// <ID><Name>.swift beside this file.
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
}
