import TenderLintKit

/// The HTML report an upload is answered with, its stylesheet linked from `/report.css` so that the page needs
/// no inline style under the server's Content-Security-Policy.
/// Until the kit's HTMLReporter lands (issue 16's lead part), there is no HTML report to give: nil.
enum ReportPage {
    static func html(_ result: LintResult) -> String? {
        nil
    }

    static var stylesheet: String? { nil }
}
