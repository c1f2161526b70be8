import Foundation
import TenderLintKit

// Help lines of the social value rules, in the document's own spelling.
extension DocumentSpelling {
    /// How to add a social value criterion to a lot that has none (SV002); `words` names what it scores.
    func socialValueCriterionHelp(for lot: Lot, words: String) -> String {
        switch self {
        case .xml:
            "add <criterion id=\"social-value\" kind=\"social-value\" weight=\"10\"/> and lower the other criteria so \(lot.label) still adds up to 100%"
        case .json:
            "add { \"id\": \"social-value\", \"kind\": \"social-value\", \"weight\": 10 } to the criteria and lower the others so \(lot.label) still adds up to 100%"
        case .notice:
            "add an award criterion for \(words), named so (such as \"Social value\"), weighted at least 10% of the total score"
        }
    }

    /// How to declare the price-per-quality-point exception (SV004).
    var pricePerQualityPointExceptionHelp: String {
        switch self {
        case .xml:
            "declare it in <social-value>: <exception kind=\"price-per-quality-point\">why this method was chosen</exception>"
        case .json:
            "declare it: \"socialValue\": { \"exception\": { \"kind\": \"price-per-quality-point\", \"justification\": \"why this method was chosen\" } }"
        case .notice:
            "state in the tender documents that social value is weighted against the quality score, and why price per quality point is used"
        }
    }

    /// How to justify a declared exception of `kind` (SV004); `reason` says what the justification should say.
    func justificationHelp(kind: String, reason: String) -> String {
        switch self {
        case .xml: "say why as the exception's text: <exception kind=\"\(kind)\">\(reason)</exception>"
        case .json, .notice: "say why in \"justification\": \(reason)"
        }
    }

    /// How to summarise the community benefit requirements, or give the reasons for none (SV005).
    var communityBenefitsHelp: String {
        switch self {
        case .xml:
            "add <community-benefits included=\"true\">a summary of the requirements</community-benefits> to <social-value>, or included=\"false\" with the reasons"
        case .json:
            "add \"communityBenefits\": { \"included\": true, \"statement\": \"a summary of the requirements\" } to \"socialValue\", or \"included\": false with the reasons"
        case .notice:
            "summarise the community benefit requirements in the contract notice, or give the reasons for including none"
        }
    }

    /// How to cover the theme Fighting climate change (SV003).
    var fightingClimateChangeHelp: String {
        switch self {
        case .xml:
            "add <theme>fighting-climate-change</theme> to <social-value>, or a net zero criterion (kind=\"net-zero\") to the evaluation"
        case .json:
            "add \"fighting-climate-change\" to \"socialValue\": { \"themes\": [...] }, or a net zero criterion (\"kind\": \"net-zero\") to the evaluation"
        case .notice:
            "state Fighting climate change in the specification, or score net zero in the social value criteria"
        }
    }
}
