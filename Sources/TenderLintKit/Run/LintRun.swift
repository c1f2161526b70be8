import Foundation

/// The run's last stage, once the arguments are read: finds the documents, lints them, gates the findings on
/// the baseline and the exit policy, and writes every report requested. A front end (the command line, an
/// editor server) sets one up and calls `run()`; everything said on the way goes to standard error.
public struct LintRun: Sendable {
    public var linter: Linter
    /// Files or directories to check.
    public var paths: [String]
    public var plan: OutputPlan
    /// The rules reports describe (SARIF's rule metadata).
    public var rules: [ReportedRule]
    public var colors: ColorPolicy = .auto
    /// Errors only, with no summary line.
    public var quiet = false
    /// The gate. A negative `maxWarnings` is refused once the documents are found.
    public var policy = ExitPolicy()
    /// `--baseline`: fail only on findings it does not hold.
    public var baselinePath: String?
    /// `--write-baseline`: record today's findings.
    public var writeBaselinePath: String?
    /// `--prune-baseline`: remove the baseline's entries that match nothing.
    public var pruneBaseline = false
    /// Whether every suppression in force is listed after the report (`--waivers`).
    public var listsWaivers = false
    public var sarif = SARIFSetup()
    /// `--statistics`: a count of findings per rule instead of the findings.
    public var statistics = false
    /// `--show-files`: the files that would be linted, each with its configuration, and nothing linted.
    public var showsFiles = false
    /// `--fix`, `--unsafe-fixes` and `--diff`: fix the documents before reporting what remains.
    public var fixes: FixRequest?
    public var environment: [String: String] = ProcessInfo.processInfo.environment
    public var workingDirectory: String = FileManager.default.currentDirectoryPath
    /// Whether standard output is a terminal, for `colors`.
    public var outputIsTerminal: Bool = isatty(STDOUT_FILENO) == 1

    public init(linter: Linter, paths: [String], plan: OutputPlan, rules: [ReportedRule]) {
        self.linter = linter
        self.paths = paths
        self.plan = plan
        self.rules = rules
    }

    /// Runs, and gives the exit status: 0 when the gate passes, 1 when it fails. Throws `RunFailure` for an
    /// invalid argument, and (already said on standard error) for a path that cannot be read, a configuration
    /// or baseline that cannot be used (whose problems still go into the reports) or an output that cannot
    /// be written.
    public func run() throws(RunFailure) -> Int32 {
        do {
            return try lint()
        } catch let stopped as StoppedRun {
            stopped.writeReports(plan, rules: rules, sarif: sarifReporter, environment: environment)
            throw .reported
        } catch let failure as RunFailure {
            throw failure
        } catch {
            // Every error above is turned into one of the two; this is for one that slips through.
            StandardError.write("tenderlint: error: \(error)")
            throw .reported
        }
    }

    private var sarifReporter: SARIFReporter {
        sarif.reporter(workingDirectory: workingDirectory, environment: environment)
    }

    private var comparesWithBaseline: Bool { baselinePath != nil || writeBaselinePath != nil }

    /// The linter as the run's reports need it: its findings' locations hold only what they print or match on
    /// (`--statistics` prints counts only).
    var reportingLinter: Linter {
        var linter = linter
        linter.locationDetail = statistics
            ? (comparesWithBaseline ? .subject : []) : plan.locationDetail(comparingWithBaseline: comparesWithBaseline)
        return linter
    }

    private func lint() throws -> Int32 {
        if let resolver = linter.configuration {
            try Self.stoppingOnLintErrors { try resolver.validateExplicitConfiguration() }
        }
        try refuseListingFormats()
        if lintsAsFound { return try lintStreamed(colors: colors.usesColor(isTerminal: outputIsTerminal, environment: environment)) { deliver in
            try reportingLinter.lintAsFound(paths: paths, deliver: deliver)
        } }
        let found = try Self.stoppingOnLintErrors { try linter.discover(paths) }
        if showsFiles { return try showFiles(found) }
        try Self.refuseOutputsOverInputs(plan, inputs: found.files)
        let colors = colors.usesColor(isTerminal: outputIsTerminal, environment: environment)
        if let maxWarnings = policy.maxWarnings, maxWarnings < 0 {
            throw RunFailure.invalidArgument("--max-warnings takes a number of warnings from 0 up, or -1 for no limit")
        }
        // Before any run, streamed or collected, so that it never passes unnoticed.
        try BaselineGate.checkArguments(baselinePath: baselinePath, prune: pruneBaseline)
        var failedWrites = false
        if let fixes {
            let fixed = try applyFixes(fixes, to: found.files)
            if let status = fixed.diffStatus { return policy.exitZero ? 0 : status }
            failedWrites = fixed.failedWrites
        }
        let status = if statistics {
            try lintStatistics(found)
        } else if !comparesWithBaseline, StreamedReport.canStream(plan) {
            try lintStreamed(colors: colors) { deliver in try reportingLinter.lint(found, deliver: deliver) }
        } else {
            try lintCollected(found, colors: colors)
        }
        // A fixed document that could not be written is an IO error, said above; the report still went out.
        if failedWrites { throw RunFailure.reported }
        return status
    }

    /// A report written over a document being linted would destroy it, so such a run is refused before it starts.
    /// Files are compared by device and inode, so a link or another spelling of the path is caught too.
    private static func refuseOutputsOverInputs(_ plan: OutputPlan, inputs: [String]) throws(RunFailure) {
        let outputs = plan.destinations.compactMap(\.file).compactMap { path in FileIdentity(path).map { (path, $0) } }
        guard !outputs.isEmpty else { return }
        for input in inputs {
            guard let identity = FileIdentity(input), let output = outputs.first(where: { $0.1 == identity }) else { continue }
            StandardError.write("tenderlint: error: \(output.0): is \(input == output.0 ? "" : "the same file as \(input), ")one of the documents being linted; write the report somewhere else")
            throw .reported
        }
    }

    /// Runs `work`, turning an invalid configuration into a `StoppedRun` that puts its problems in the reports,
    /// and an unreadable path into a message.
    static func stoppingOnLintErrors<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as ConfigurationError {
            StandardError.write(error.diagnostics)
            StandardError.write("tenderlint: error: the configuration is invalid (\(error.diagnostics.count) \(error.diagnostics.count == 1 ? "problem" : "problems") above); see docs/configuration.md")
            throw StoppedRun(diagnostics: error.diagnostics)
        } catch let error as RunFailure {
            throw error
        } catch {
            StandardError.write("tenderlint: error: \(error)")
            throw RunFailure.reported
        }
    }

    /// Whether files are linted while the walk still finds them: for text or concise output to standard output
    /// with nothing that needs every file first (a report written to a file must first be checked against the
    /// inputs) and no argument that could be refused once the files are found.
    private var lintsAsFound: Bool {
        StreamedReport.canStream(plan) && plan.destinations.allSatisfy { $0.file == nil } && !showsFiles && fixes == nil
            && !statistics && !comparesWithBaseline && !pruneBaseline && (policy.maxWarnings ?? 0) >= 0
            && !paths.contains(StandardInput.argument)
    }

    /// Text and concise output written as files (and a JSON Lines file's documents) are done; `lint` lints,
    /// handing each part of the findings on as it is known.
    private func lintStreamed(colors: Bool, _ lint: (@escaping @Sendable (LintReport) -> Void) throws -> LintReport) throws -> Int32 {
        let report: StreamedReport
        do {
            report = try StreamedReport(plan: plan, colors: colors, quiet: quiet)
        } catch {
            StandardError.write("tenderlint: error: \(error.path): \(error.reason)")
            throw RunFailure.reported
        }
        let totals = try Self.stoppingOnLintErrors { try lint { report.write($0) } }
        do {
            try report.finish(totals)
        } catch {
            StandardError.write("tenderlint: error: \(error.path): \(error.reason)")
            throw RunFailure.reported
        }
        try finish(skipped: totals.skipped, waivers: totals.waivers)
        if let reason = policy.reason(for: report.counts) { StandardError.write("tenderlint: \(reason)") }
        return policy.status(for: report.counts)
    }

    /// Every finding gathered first, for the formats and the baseline that need them all.
    private func lintCollected(_ found: FileDiscovery.Found, colors: Bool) throws -> Int32 {
        var linter = reportingLinter
        // Only the HTML report draws buyers, policies and charts; the other formats need only the findings.
        linter.gathersDigests = plan.destinations.contains { $0.format == .html }
        let report = try Self.stoppingOnLintErrors { [linter] in try linter.lint(found) }
        let gated = try BaselineGate(baselinePath: baselinePath, writePath: writeBaselinePath, prune: pruneBaseline)
            .apply(to: report.diagnostics, linted: found.linted)
        var result = LintResult(report, rules: rules)
        result.diagnostics = gated.diagnostics
        result.baselinedCount = gated.baselinedCount
        result.baselined = gated.baselined
        result.comparedWithBaseline = comparesWithBaseline
        try write(result, colors: colors)
        try finish(skipped: report.skipped, waivers: report.waivers)
        if let reason = policy.reason(for: result.diagnostics) { StandardError.write("tenderlint: \(reason)") }
        return policy.status(for: result.diagnostics)
    }

    /// Every report of the plan, then the job summary.
    private func write(_ result: LintResult, colors: Bool) throws(RunFailure) {
        let sarif = sarifReporter
        for destination in plan.destinations {
            let reporter = destination.format.reporter(
                colors: destination.file == nil && colors, quiet: quiet, environment: environment, failOn: policy.failOn,
                maxWarnings: policy.maxWarnings, sarif: sarif
            )
            if destination.format == .sarif, let warning = sarif.capWarning(result) {
                StandardError.write("tenderlint: warning: " + warning)
            }
            let output = reporter.render(result)
            if let file = destination.file {
                try OutputFile.writeOrExit(output, to: file)
            } else {
                try StandardOutput.write(output)
            }
        }
        JobSummary(environment: environment)?.append(result, plan: plan)
    }

    /// Notes the entries of a walked folder that are not regular files (passed over), then the waivers if asked.
    func finish(skipped: [PathError], waivers: [Waiver]) throws(RunFailure) {
        for entry in skipped { StandardError.write("tenderlint: note: \(entry.path): \(entry.reason)") }
        if listsWaivers {
            try StandardOutput.write("\n" + WaiverListing.text(waivers))
        }
    }
}
