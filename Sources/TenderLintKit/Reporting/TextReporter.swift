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
        var output = renderDiagnostics(result.diagnostics)
        guard !quiet else { return output }
        let anyShown = !output.isEmpty
        output += renderSummary(
            RunSummary(diagnostics: result.diagnostics, documents: result.documentCount),
            suppressedCount: result.suppressedCount, baselinedCount: result.baselinedCount, anyShown: anyShown
        )
        return output
    }

    /// Findings as `render` shows them, without the summary: for a report written as the run goes.
    public func renderDiagnostics(_ diagnostics: [Diagnostic]) -> String {
        let shown = quiet ? diagnostics.filter { $0.severity == .error } : diagnostics
        return concise
            ? ConciseDiagnosticsFormatter(colors: colors).format(shown)
            : TextDiagnosticsFormatter(colors: colors).format(shown)
    }

    /// The summary line that ends the report (nothing when quiet); `anyShown` says whether findings stand above it.
    public func renderSummary(_ counts: RunSummary, suppressedCount: Int, baselinedCount: Int, anyShown: Bool) -> String {
        guard !quiet else { return "" }
        var summary = counts.formatted(colors: colors)
        var left: [String] = []
        if suppressedCount > 0 { left.append("\(suppressedCount) suppressed") }
        if baselinedCount > 0 { left.append("\(baselinedCount) in the baseline") }
        if !left.isEmpty { summary += " (" + left.joined(separator: ", ") + ")" }
        return (!concise && anyShown ? "\n" : "") + summary + "\n"
    }
}
