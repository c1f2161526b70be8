/// One line per diagnostic, `path:line:column: severity: message [RULEID]`,
/// the shape compilers print and editors, CI annotators and `grep` understand.
public struct ConciseDiagnosticsFormatter: Sendable {
    public var colors: Bool

    public init(colors: Bool = false) {
        self.colors = colors
    }

    /// Exactly one line, ending in "\n": line breaks inside the message are shown as ␊.
    public func format(_ diagnostic: Diagnostic) -> String {
        DiagnosticHeader.primary(diagnostic, style: TerminalStyle(colors: colors)) + "\n"
    }

    /// One line per diagnostic, in the order given.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { format($0) }.joined()
    }
}

/// The `path:line:column: kind: message` line that opens a diagnostic and each of its secondary notes.
enum DiagnosticHeader {
    static func primary(_ diagnostic: Diagnostic, style: TerminalStyle) -> String {
        line(
            at: diagnostic.location,
            kind: diagnostic.severity.rawValue,
            role: .severity(diagnostic.severity),
            message: diagnostic.message,
            ruleID: diagnostic.ruleID,
            style: style
        )
    }

    static func secondary(_ label: Diagnostic.Label, style: TerminalStyle) -> String {
        line(at: label.location, kind: "note", role: .note, message: label.message, ruleID: nil, style: style)
    }

    /// Bold place and message with the kind in its colour, as clang does.
    private static func line(
        at location: SourceLocation,
        kind: String,
        role: TerminalRole,
        message: String,
        ruleID: String?,
        style: TerminalStyle
    ) -> String {
        let place = "\(TerminalSanitizer.sanitize(location.path)):\(location.start.line):\(location.start.column):"
        var text = " " + TerminalSanitizer.sanitize(message)
        if let ruleID {
            text += " [\(TerminalSanitizer.sanitize(ruleID))]"
        }
        return style.paint(place, .emphasis) + " " + style.paint(kind + ":", role) + style.paint(text, .emphasis)
    }
}
