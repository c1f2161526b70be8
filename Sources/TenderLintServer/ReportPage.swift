import TenderLintKit

/// The HTML report an upload is answered with, its stylesheet linked from `/report.css` so that the page needs
/// no inline style under the server's Content-Security-Policy.
enum ReportPage {
    static func html(_ result: LintResult) -> String {
        HTMLReporter(stylesheet: .linked("/report.css"),
                     origin: "Checked by the tenderlint checker at this address; the document was not stored.",
                     checkAnother: "/").render(result)
    }

    static var stylesheet: String { HTMLReporter.stylesheetText }
}
