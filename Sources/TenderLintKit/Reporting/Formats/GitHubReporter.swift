/// GitHub Actions workflow commands, one per finding, which GitHub shows as annotations on the run
/// and on the pull request's changed files:
///
///     ::error file=tenders/a.xml,line=5,col=5,endLine=5,endColumn=66,title=SV001 social-value-weight::social value carries 8% … [SV001]
///
/// Errors come first, then warnings, then notices (info), each in the order given: the UI shows only
/// ten annotations of each kind per step. Columns are given only when the range is on one line (as
/// GitHub's annotations require); a range that ends at the start of a line ends on the line before.
/// Notes, help and policy follow the message on lines of their own.
///
/// `summaryMarkdown(_:)` is the companion Markdown for `$GITHUB_STEP_SUMMARY`.
public struct GitHubReporter: DiagnosticsReporter {
    /// Most findings listed in the Markdown summary; the rest are counted. GitHub accepts at most
    /// 1 MiB of summary per step.
    public var summaryFindingLimit: Int
    /// Where files are browsed, such as `https://github.com/OWNER/REPO/blob/SHA`
    /// (`$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$GITHUB_SHA`): the summary then links each
    /// location to its lines. Nil: no links.
    public var fileLinkBase: String?

    public init(summaryFindingLimit: Int = 500, fileLinkBase: String? = nil) {
        self.summaryFindingLimit = summaryFindingLimit
        self.fileLinkBase = fileLinkBase
    }

    public func render(_ result: LintResult) -> String {
        Self.bySeverity(result.diagnostics).map { Self.command(for: $0) + "\n" }.joined()
    }

    /// The workflow command's name for a severity.
    public static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// One workflow command, without its line end.
    public static func command(for diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        var properties: [(String, String)] = [("file", ReportPath.normalized(location.path)), ("line", String(location.start.line))]
        let lastLine = location.lastLine
        if lastLine == location.start.line {
            properties.append(("col", String(location.start.column)))
        }
        if location.start != location.end {
            properties.append(("endLine", String(lastLine)))
            if location.end.line == location.start.line {
                properties.append(("endColumn", String(location.end.column)))
            }
        }
        properties.append(("title", "\(diagnostic.ruleID) \(diagnostic.rule.name)"))
        let list = properties.map { "\($0)=\(escapeProperty($1))" }.joined(separator: ",")
        return "::\(command(diagnostic.severity)) \(list)::\(escapeData(annotationMessage(diagnostic)))"
    }

    /// The message with its rule id, then notes, help and policy.
    static func annotationMessage(_ diagnostic: Diagnostic) -> String {
        var lines = ["\(diagnostic.message) [\(diagnostic.ruleID)]"]
        lines += diagnostic.notes.map { "note: " + $0 }
        lines += diagnostic.help.map { "help: " + $0 }
        if let policy = diagnostic.policy {
            lines.append("policy: " + policy.shortName + (policy.detail.map { " (\($0))" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }

    /// Errors, then warnings, then info; the given order within each.
    static func bySeverity(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        [Severity.error, .warning, .info].flatMap { severity in diagnostics.filter { $0.severity == severity } }
    }

    /// A command's message: `%`, CR and LF escaped as GitHub's runner reads them back. Other control
    /// characters, bidi overrides and line separators are shown as `TerminalSanitizer` shows them
    /// (ESC as ␛), so that nothing a document says can colour, hide or reorder the log.
    public static func escapeData(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default:
                if let placeholder = TerminalSanitizer.placeholder(for: scalar) {
                    result += placeholder
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// A property value: as data, and `:` and `,` too, which would otherwise end the value.
    public static func escapeProperty(_ text: String) -> String {
        var result = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": result += "%3A"
            case ",": result += "%2C"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    // MARK: - Job summary

    /// Markdown for `$GITHUB_STEP_SUMMARY`: a table of counts, then a table of findings (errors first),
    /// each rule linked to its documentation when it has an absolute help URI and each location
    /// linked to its lines when `fileLinkBase` is set. Everything taken from documents is escaped, so a
    /// message quoting `<element>` or `a | b` reads as written.
    public func summaryMarkdown(_ result: LintResult) -> String {
        let counts = RunSummary(diagnostics: result.diagnostics, documents: result.documentCount)
        var lines: [String] = ["## tenderlint", ""]
        lines.append(Self.escapeMarkdown(counts.line + (result.fileCount == 1 ? " (1 file)" : " (\(result.fileCount) files)")))
        lines += ["", "| | Count |", "| --- | ---: |"]
        lines.append("| Errors | \(counts.errors) |")
        lines.append("| Warnings | \(counts.warnings) |")
        lines.append("| Info | \(counts.infos) |")
        lines.append("| Documents | \(result.documentCount) |")
        lines.append("| Files | \(result.fileCount) |")
        lines.append("| Suppressed (with a reason) | \(result.suppressedCount) |")
        lines.append("| Baselined | \(result.baselinedCount) |")

        let ordered = Self.bySeverity(result.diagnostics)
        if !ordered.isEmpty {
            lines += ["", "### Findings", "", "| Severity | Rule | Location | Message |", "| --- | --- | --- | --- |"]
            for diagnostic in ordered.prefix(max(0, summaryFindingLimit)) {
                lines.append("| \(diagnostic.severity.rawValue) | \(ruleCell(diagnostic, result)) | \(locationCell(diagnostic.location)) | \(messageCell(diagnostic)) |")
            }
            let left = ordered.count - max(0, summaryFindingLimit)
            if left > 0 {
                lines += ["", "… and \(left) more \(left == 1 ? "finding" : "findings") not listed here: see the full report."]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func ruleCell(_ diagnostic: Diagnostic, _ result: LintResult) -> String {
        let text = Self.escapeMarkdown("\(diagnostic.ruleID) \(diagnostic.rule.name)")
        guard let uri = result.rule(diagnostic.ruleID)?.helpURI, ReportPath.hasScheme(uri) else { return text }
        return "[\(text)](\(Self.escapeLinkDestination(uri)))"
    }

    private func locationCell(_ location: SourceLocation) -> String {
        let text = Self.escapeMarkdown("\(location.path):\(location.start.line):\(location.start.column)")
        guard let fileLinkBase, !ReportPath.isAbsolute(ReportPath.normalized(location.path)) else { return text }
        let base = fileLinkBase.hasSuffix("/") ? String(fileLinkBase.dropLast()) : fileLinkBase
        let lastLine = location.lastLine
        let anchor = lastLine > location.start.line ? "#L\(location.start.line)-L\(lastLine)" : "#L\(location.start.line)"
        let target = base + "/" + ReportPath.uriReference(location.path) + anchor
        return "[\(text)](\(Self.escapeLinkDestination(target)))"
    }

    private func messageCell(_ diagnostic: Diagnostic) -> String {
        var parts = [Self.escapeMarkdown(diagnostic.message)]
        parts += diagnostic.help.map { "help: " + Self.escapeMarkdown($0) }
        return parts.joined(separator: "<br>")
    }

    /// Text for a Markdown table cell: HTML and Markdown punctuation escaped, line breaks as `<br>`,
    /// other invisible characters as `TerminalSanitizer` shows them.
    static func escapeMarkdown(_ text: String) -> String {
        var result = ""
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\r":
                result += "<br>"
                if pending == "\n" { pending = scalars.next() }
            case "\n": result += "<br>"
            case "\\", "`", "*", "_", "[", "]", "|", "~":
                result += "\\"
                result.unicodeScalars.append(scalar)
            default:
                if let placeholder = TerminalSanitizer.placeholder(for: scalar) {
                    result += escapeMarkdown(placeholder)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// A link destination inside `(…)`: spaces and parentheses would end it.
    static func escapeLinkDestination(_ uri: String) -> String {
        uri.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
    }
}
