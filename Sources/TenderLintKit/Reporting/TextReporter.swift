/// The human formats as reporters: `text` (source lines, carets, notes, fixes) and `concise` (one line each),
/// both ending with the summary line.
public struct TextReporter: DiagnosticsReporter {
    public var concise: Bool
    public var colors: Bool
    /// Show errors only and no summary (`--quiet`).
    public var quiet: Bool

    public init(concise: Bool = false, colors: Bool = false, quiet: Bool = false) {
        self.concise = concise
        self.colors = colors
        self.quiet = quiet
    }

    public func render(_ result: LintResult) -> String {
        let shown = quiet ? result.diagnostics.filter { $0.severity == .error } : result.diagnostics
        var output = concise
            ? ConciseDiagnosticsFormatter(colors: colors).format(shown)
            : TextDiagnosticsFormatter(colors: colors).format(shown)
        guard !quiet else { return output }
        if !concise, !shown.isEmpty { output += "\n" }
        var summary = RunSummary(diagnostics: result.diagnostics, documents: result.documentCount).formatted(colors: colors)
        var left: [String] = []
        if result.suppressedCount > 0 { left.append("\(result.suppressedCount) suppressed") }
        if result.baselinedCount > 0 { left.append("\(result.baselinedCount) in the baseline") }
        if !left.isEmpty { summary += " (" + left.joined(separator: ", ") + ")" }
        return output + summary + "\n"
    }
}
