/// When a run fails a CI gate: findings at or above a level, or more warnings than allowed.
public struct ExitPolicy: Sendable, Hashable {
    /// Findings at or above this severity fail the run (`--fail-on`; `--strict` is `warning`).
    public var failOn: Severity
    /// More warnings than this fail the run (`--max-warnings`), whatever `failOn` says.
    public var maxWarnings: Int?
    /// `--exit-zero`: report as usual, but never fail on findings (usage and input errors still exit 2).
    public var exitZero = false

    public init(failOn: Severity = .error, maxWarnings: Int? = nil, exitZero: Bool = false) {
        self.failOn = failOn
        self.maxWarnings = maxWarnings
        self.exitZero = exitZero
    }

    /// Exit status 0 (pass) or 1 (the gate fails). Usage and configuration errors (2) are decided before linting.
    public func status(for diagnostics: [Diagnostic]) -> Int32 {
        status(for: RunSummary(diagnostics: diagnostics, documents: 0))
    }

    /// Why the run failed, in a line for the end of the text output; nil when it passed.
    public func reason(for diagnostics: [Diagnostic]) -> String? {
        reason(for: RunSummary(diagnostics: diagnostics, documents: 0))
    }

    /// The status from counts alone, for a run whose findings were reported as it went.
    public func status(for counts: RunSummary) -> Int32 {
        if exitZero { return 0 }
        if counts.count(atLeast: failOn) > 0 { return 1 }
        if let maxWarnings, counts.warnings > maxWarnings { return 1 }
        return 0
    }

    /// The reason from counts alone.
    public func reason(for counts: RunSummary) -> String? {
        if exitZero { return nil }
        if let maxWarnings, counts.warnings > maxWarnings, counts.count(atLeast: failOn) == 0 {
            return "\(counts.warnings) warnings is more than the \(maxWarnings) allowed by --max-warnings"
        }
        return nil
    }
}
