import Foundation
import Mustache

/// `--format html`: one self-contained page a buyer can open offline: per document, the verdict, who the buyer
/// is and which policies bind it, each lot's shares as a chart against the minimum, and every finding in plain
/// English with its source lines, notes, fix and policy; waivers and baselined findings apart; the rules'
/// explanations at the end. No script, no request of any kind; every piece of document text is escaped by the
/// templates (swift-mustache), never written into the page by hand.
public struct HTMLReporter: DiagnosticsReporter {
    /// Where the page's CSS comes from.
    public enum Stylesheet: Sendable, Hashable {
        /// In the page, so that the file stands alone (`--format html:report.html`).
        case inline
        /// A link to the stylesheet at this address, so that a server's Content-Security-Policy needs no
        /// 'unsafe-inline' (`tenderlint serve` serves `stylesheetText` there).
        case linked(String)
    }

    public var stylesheet: Stylesheet
    /// What the banner says of where the check ran: true of a file written by `lint`, not of a server's page.
    public var origin: String
    /// A link back to where another document can be checked (a server's form); nil for a file.
    public var checkAnother: String?
    /// How many documents are shown in full; the index lists every one. Keeps a report of a large corpus a
    /// reasonable size (docs/report.md).
    public var detailedDocuments: Int

    public init(stylesheet: Stylesheet = .inline, detailedDocuments: Int = 500,
                origin: String = "Checked on this computer; nothing was sent anywhere.", checkAnother: String? = nil) {
        self.stylesheet = stylesheet
        self.detailedDocuments = detailedDocuments
        self.origin = origin
        self.checkAnother = checkAnother
    }

    /// The CSS every report uses, for a server to serve at the linked address.
    public static var stylesheetText: String { HTMLStylesheet.text }

    public func render(_ result: LintResult) -> String {
        var context = HTMLReportPage(result, detailedDocuments: detailedDocuments, stylesheet: stylesheet).context
        context["origin"] = origin
        if let checkAnother { context["checkAnother"] = checkAnother }
        return HTMLTemplates.library.render(context, withTemplate: "page") ?? ""
    }
}
