import Foundation
import TenderLintKit

// Help lines of the evaluation rules, in the document's own spelling.
extension DocumentSpelling {
    /// How to show the criteria's relative importance (EV005).
    var relativeImportanceHelp: String {
        switch self {
        case .xml, .json:
            "weight each criterion (weight=\"…\"), or rank them (order=\"1\", \"2\", …) with methodology=\"order-of-importance\""
        case .notice:
            "publish each criterion's weighting as a percentage, or their order of importance"
        }
    }

    /// How to say whether failing a criterion disqualifies a tender (EV006). A notice states it where the
    /// tender spec would, so it is told the tender spec's words.
    var failureDisqualifiesHelp: String {
        switch self {
        case .json: "add \"failureDisqualifies\": true (or false) to the evaluation"
        case .xml, .notice: "add failure-disqualifies=\"true\" (or \"false\") to <evaluation>"
        }
    }
}
