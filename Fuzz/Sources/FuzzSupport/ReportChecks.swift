import Foundation
import TenderLintKit

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Checks that rendered output is what its format promises. A failure is a bug in a reporter (or in what
/// a reader put in a diagnostic), so it stops the run with `fatalError`, which libFuzzer records as a crash.
public enum ReportChecks {
    /// Renders diagnostics in both text styles; a bad position or range would trap here.
    public static func render(_ diagnostics: [Diagnostic]) {
        _ = TextReporter(concise: false, colors: true).renderDiagnostics(diagnostics)
        _ = TextReporter(concise: true).renderDiagnostics(diagnostics)
    }

    /// The text must be one JSON document (an object or an array).
    public static func requireJSON(_ text: String, what: String) {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            fatalError("\(what) is not valid JSON (\(error)):\n\(text.prefix(2000))")
        }
    }

    /// The text must be a well-formed XML document.
    public static func requireWellFormedXML(_ text: String, what: String) {
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else {
            let reason = parser.parserError.map { "\($0)" } ?? "unknown error"
            fatalError("\(what) is not well-formed XML at line \(parser.lineNumber), column \(parser.columnNumber) (\(reason)):\n\(text.prefix(2000))")
        }
    }
}
