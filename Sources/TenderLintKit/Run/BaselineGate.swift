import Foundation

/// `--baseline`, `--write-baseline` and `--prune-baseline`: which findings a run still fails on.
public struct BaselineGate: Sendable {
    public var baselinePath: String?
    public var writePath: String?
    public var prune: Bool

    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        /// The findings the baseline holds (or, when recording, all of them): SARIF lists them as unchanged.
        public var baselined: [Diagnostic] = []
        public var baselinedCount: Int { baselined.count }
    }

    public init(baselinePath: String?, writePath: String?, prune: Bool) throws(RunFailure) {
        try Self.checkArguments(baselinePath: baselinePath, prune: prune)
        self.baselinePath = baselinePath
        self.writePath = writePath
        self.prune = prune
    }

    /// Pruning needs a baseline to prune: refused before a run starts, streamed or not.
    public static func checkArguments(baselinePath: String?, prune: Bool) throws(RunFailure) {
        if prune, baselinePath == nil { throw .invalidArgument("--prune-baseline needs --baseline FILE") }
    }

    /// `linted` is every file the run read: entries for other files are left alone, neither stale nor pruned.
    /// Throws `StoppedRun` for a baseline that cannot be read, `RunFailure` for one that cannot be written.
    func apply(to diagnostics: [Diagnostic], linted: [String]) throws -> Outcome {
        if let writePath {
            // Recording adopts today's findings: nothing is new afterwards.
            try write(Baseline(diagnostics: diagnostics), to: writePath)
            return Outcome(diagnostics: [], baselined: diagnostics)
        }
        guard let baselinePath else { return Outcome(diagnostics: diagnostics) }
        let baseline: Baseline
        do {
            baseline = try Baseline.load(path: baselinePath)
        } catch {
            if !error.diagnostics.isEmpty {
                StandardError.writeText(TextDiagnosticsFormatter().format(error.diagnostics))
            }
            StandardError.write("tenderlint: error: \(baselinePath): \(error.reason)")
            throw StoppedRun(diagnostics: error.diagnostics.isEmpty
                ? [Diagnostic(BaselineRule.invalidBaseline, .error, error.reason, at: .wholeFile(baselinePath))] : error.diagnostics)
        }
        let outcome = baseline.apply(to: diagnostics, linted: linted)
        if prune {
            try write(baseline.pruned(keeping: outcome), to: baselinePath)
            return Outcome(diagnostics: outcome.new, baselined: outcome.baselined)
        }
        let stale = baseline.staleDiagnostics(for: outcome)
        return Outcome(
            diagnostics: (outcome.new + stale).sorted(by: Diagnostic.presentationOrder), baselined: outcome.baselined
        )
    }

    private func write(_ baseline: Baseline, to path: String) throws(RunFailure) {
        try OutputFile.writeOrExit(baseline.serialized(), to: path, what: "the baseline")
    }
}
