import Foundation
import FuzzSupport
import TenderLintKit

/// Every `--format` of `tenderlint lint` (Sources/tenderlint/OutputPlan.swift), rendered and checked:
/// JSON, SARIF and GitLab must parse as JSON, JUnit and Checkstyle as XML, and GitHub's workflow
/// commands must stay one per line.
enum AllFormats {
    static func check(_ result: LintResult) {
        // text and concise, written whole and, as StreamedReport writes them, in parts then a summary.
        for concise in [false, true] {
            for colors in [false, true] {
                let reporter = TextReporter(concise: concise, colors: colors, quiet: false)
                _ = reporter.render(result)
                var summary = RunSummary(documents: result.documentCount)
                summary.count(result.diagnostics)
                _ = reporter.renderDiagnostics(result.diagnostics)
                _ = reporter.renderSummary(summary, suppressedCount: result.suppressedCount, baselinedCount: 0,
                                           anyShown: !result.diagnostics.isEmpty)
            }
        }
        _ = TextReporter(concise: false, colors: false, quiet: true).render(result)

        ReportChecks.requireJSON(JSONReporter().render(result), what: "--format json")
        checkSARIF(SARIFReporter(informationURI: "https://example.invalid/tenderlint").render(result), count: result.diagnostics.count)
        ReportChecks.requireJSON(GitLabReporter().render(result), what: "--format gitlab")
        ReportChecks.requireWellFormedXML(JUnitReporter().render(result), what: "--format junit")
        ReportChecks.requireWellFormedXML(CheckstyleReporter().render(result), what: "--format checkstyle")

        let github = GitHubReporter(fileLinkBase: "https://github.com/owner/repo/blob/0123abcd")
        checkWorkflowCommands(github.render(result), count: result.diagnostics.count)
        _ = github.summaryMarkdown(result)
    }

    /// A SARIF log with one result per finding.
    private static func checkSARIF(_ text: String, count: Int) {
        ReportChecks.requireJSON(text, what: "--format sarif")
        let log = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let runs = log?["runs"] as? [[String: Any]]
        let results = runs?.first?["results"] as? [Any]
        guard results?.count == count else {
            fatalError("--format sarif has \(results?.count ?? -1) results for \(count) findings:\n\(text.prefix(2000))")
        }
    }

    /// One workflow command per finding, each on its own line: a line end inside a message must be escaped,
    /// or the rest of it would be read as a command of its own.
    private static func checkWorkflowCommands(_ text: String, count: Int) {
        // Bytes, not Characters: CR LF is one Character and would hide a bare line end.
        let bytes = Array(text.utf8)
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
        let prefix = Array("::".utf8)
        guard lines.count == count, lines.allSatisfy({ $0.starts(with: prefix) }), !bytes.contains(0x0D) else {
            fatalError("--format github is not one workflow command per finding (\(lines.count) lines, \(count) findings):\n\(text.prefix(2000))")
        }
    }
}
