import ArgumentParser
import Foundation
import TenderLintKit
import TenderLintRules

/// `tenderlint lint`: read every document under the given paths and report what is wrong.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check tender documents and report problems with their exact position.",
        discussion: """
            Directories are searched for .xml, .json, .jsonl and .ndjson files; hidden folders \
            (such as .git and .build) are skipped. Each line of a .jsonl or .ndjson file is one document; \
            such files stream from disk, so a bulk file of any size is linted in bounded memory. \
            Text and concise output is written as the run goes.

            Each policy binds particular buyers (a kind of body, a nation, a regime, a threshold, a \
            date). tenderlint reads who the buyer is from each document and applies only the policies \
            that bind it; where a document does not show enough, no policy is assumed and TL015 says what \
            is missing. --profile, or profile: in .tenderlint.yml, says who the buyer is instead. \
            'tenderlint policies' lists every policy and whom it binds; 'tenderlint inspect FILE' shows \
            what a document says of its buyer, with the evidence.

            Positions are line:column, counting columns in characters (Unicode code points), not bytes.

            Exit status: 0 when nothing at error level was found, 1 when something was \
            (a malformed document counts), 2 for a usage error or a path that cannot be read.
            """
    )

    @Argument(help: "Files or directories to check.", completion: .file())
    var paths: [String] = ["."]

    @Option(name: .customLong("format"), help: ArgumentHelp(
        "Output format: text (source lines, carets, notes and fixes), concise (one line per problem), json, sarif, github (workflow commands), junit, checkstyle or gitlab (code quality). Repeat it to write several in one run; all but one need a file, given as FORMAT:FILE or with --output.",
        valueName: "format[:file]"))
    var formats: [String] = []

    @Option(name: .customLong("output"), help: ArgumentHelp("Write the preceding --format to this file instead of standard output (matched to --format options in order).", valueName: "file"))
    var outputs: [String] = []

    @Option(help: "Colour: auto (only on a terminal, and not when NO_COLOR is set), always or never.")
    var color: ColorPolicy = .auto

    @Flag(name: .shortAndLong, help: "Report errors only, with no summary line.")
    var quiet = false

    @Option(name: .customLong("fail-on"), help: "Fail (exit 1) on findings at or above this level: error (default), warning or info.")
    var failOn: Severity = .error

    @Flag(help: "Fail on warnings too (the same as --fail-on warning).")
    var strict = false

    @Option(name: .customLong("max-warnings"), help: "Fail when there are more warnings than this (-1: no limit).")
    var maxWarnings: Int?

    @Flag(name: .customLong("allow-empty"), help: "Let a folder that holds no document pass; by default it is an error, since a mistyped path would otherwise pass unchecked.")
    var allowEmpty = false

    @Option(name: .customLong("baseline"), help: ArgumentHelp("Fail only on findings this baseline does not hold; entries that match nothing are reported.", valueName: "file"))
    var baselinePath: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Record today's findings in this file, to adopt tenderlint on an existing repository.", valueName: "file"))
    var writeBaselinePath: String?

    @Flag(name: .customLong("prune-baseline"), help: "With --baseline: remove its entries that match nothing, and save it.")
    var pruneBaseline = false

    @Option(name: .customLong("config"), help: ArgumentHelp("Use this configuration for every file instead of the nearest .tenderlint.yml.", valueName: "file"))
    var configPath: String?

    @Flag(name: .customLong("no-config"), help: "Ignore .tenderlint.yml files.")
    var noConfig = false

    @Option(name: [.customShort("j"), .customLong("jobs")], help: "How many threads check files, and the lines of a JSON Lines file (default: one per core).")
    var jobs: Int?

    @Flag(help: "List every suppression in force with its rule, place and reason: the audit trail.")
    var waivers = false

    @Flag(name: .customLong("no-suppressions"), help: "Ignore suppressions in documents and sidecar files (to see everything).")
    var ignoreSuppressions = false

    @OptionGroup var engineOptions: EngineOptions

    @OptionGroup(title: "SARIF") var sarifOptions: SARIFOptions

    func run() throws {
        let plan = try OutputPlan(formats: formats, outputs: outputs)
        do {
            try lint(plan)
        } catch let stopped as StoppedRun {
            stopped.writeReports(plan, sarif: sarifOptions.reporter(workingDirectory: FileManager.default.currentDirectoryPath,
                                                                    environment: ProcessInfo.processInfo.environment))
            throw ExitCode(Tenderlint.usageErrorStatus)
        }
    }

    private func lint(_ plan: OutputPlan) throws {
        let linter = try makeLinter()
        let found = try Self.exitingOnLintErrors { try linter.discover(paths) }
        try Self.refuseOutputsOverInputs(plan, inputs: found.files)
        let colors = color.usesColor(
            isTerminal: isatty(STDOUT_FILENO) == 1,
            environment: ProcessInfo.processInfo.environment
        )
        if let maxWarnings, maxWarnings < -1 {
            throw ValidationError("--max-warnings takes a number of warnings from 0 up, or -1 for no limit")
        }
        let policy = ExitPolicy(failOn: strict ? min(failOn, .warning) : failOn, maxWarnings: maxWarnings == -1 ? nil : maxWarnings)
        let status: Int32
        if StreamedReport.canStream(plan, baseline: baselinePath != nil || writeBaselinePath != nil) {
            status = try lintStreamed(linter, found, plan: plan, colors: colors, policy: policy)
        } else {
            status = try lintCollected(linter, found, plan: plan, colors: colors, policy: policy)
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// A report written over a document being linted would destroy it, so such a run is refused before it starts.
    /// Files are compared by device and inode, so a link or another spelling of the path is caught too.
    private static func refuseOutputsOverInputs(_ plan: OutputPlan, inputs: [String]) throws {
        let outputs = plan.destinations.compactMap(\.file).compactMap { path in FileIdentity(path).map { (path, $0) } }
        guard !outputs.isEmpty else { return }
        for input in inputs {
            guard let identity = FileIdentity(input), let output = outputs.first(where: { $0.1 == identity }) else { continue }
            StandardError.write("tenderlint: error: \(output.0): is \(input == output.0 ? "" : "the same file as \(input), ")one of the documents being linted; write the report somewhere else")
            throw ExitCode(Tenderlint.usageErrorStatus)
        }
    }

    /// The linter the options ask for. Exits with status 2 for an invalid date, catalogue or configuration.
    private func makeLinter() throws -> Linter {
        let settings = try engineOptions.settings(command: "lint")
        var linter = Linter(
            engine: RuleEngine(ruleSet: BuiltInRules.ruleSet, settings: settings),
            suppressions: !ignoreSuppressions, knownRules: BuiltInRules.identities
        )
        if let jobs {
            guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
            linter.jobs = jobs
        }
        linter.allowsEmptyFolders = allowEmpty
        if !noConfig {
            let resolver = ConfigurationResolver(
                explicitPath: configPath,
                knownRules: KnownRules(rules: BuiltInRules.ruleSet.rules, checks: BuiltInRules.identities, policies: BuiltInRules.policies)
            )
            try Self.exitingOnLintErrors { try resolver.validateExplicitConfiguration() }
            linter.configuration = resolver
        }
        return linter
    }

    /// Runs `work`, turning an invalid configuration or an unreadable path into a message and status 2
    /// (for the configuration, a `StoppedRun` that puts its problems in the reports).
    private static func exitingOnLintErrors<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as ConfigurationError {
            CatalogueFiles.printToStandardError(error.diagnostics)
            StandardError.write("tenderlint: error: the configuration is invalid (\(error.diagnostics.count) \(error.diagnostics.count == 1 ? "problem" : "problems") above); see docs/configuration.md")
            throw StoppedRun(diagnostics: error.diagnostics)
        } catch let error as ExitCode {
            throw error
        } catch {
            StandardError.write("tenderlint: error: \(error)")
            throw ExitCode(Tenderlint.usageErrorStatus)
        }
    }

    /// Text and concise output written as files (and a JSON Lines file's documents) are done.
    private func lintStreamed(_ linter: Linter, _ found: FileDiscovery.Found, plan: OutputPlan, colors: Bool, policy: ExitPolicy) throws -> Int32 {
        let report: StreamedReport
        do {
            report = try StreamedReport(plan: plan, colors: colors, quiet: quiet)
        } catch {
            StandardError.write("tenderlint: error: \(error.path): \(error.reason)")
            throw ExitCode(Tenderlint.usageErrorStatus)
        }
        let totals = try Self.exitingOnLintErrors { try linter.lint(found) { report.write($0) } }
        do {
            try report.finish(totals)
        } catch {
            StandardError.write("tenderlint: error: \(error.path): \(error.reason)")
            throw ExitCode(Tenderlint.usageErrorStatus)
        }
        Self.noteSkipped(totals.skipped)
        if waivers {
            try StandardOutput.write("\n" + WaiverListing.text(totals.waivers))
        }
        if let reason = policy.reason(for: report.counts) { StandardError.write("tenderlint: \(reason)") }
        return policy.status(for: report.counts)
    }

    /// Entries of a walked folder that are not regular files: passed over, and said so.
    private static func noteSkipped(_ skipped: [PathError]) {
        for entry in skipped { StandardError.write("tenderlint: note: \(entry.path): \(entry.reason)") }
    }

    /// Every finding gathered first, for the formats and the baseline that need them all.
    private func lintCollected(_ linter: Linter, _ found: FileDiscovery.Found, plan: OutputPlan, colors: Bool, policy: ExitPolicy) throws -> Int32 {
        let report = try Self.exitingOnLintErrors { try linter.lint(found) }
        let gated = try BaselineGate(baselinePath: baselinePath, writePath: writeBaselinePath, prune: pruneBaseline)
            .apply(to: report.diagnostics, linted: found.files)
        var result = LintResult(
            diagnostics: gated.diagnostics, documentCount: report.documentCount, fileCount: report.fileCount,
            rules: BuiltInRules.reportedRules, suppressedCount: report.suppressedCount, baselinedCount: gated.baselinedCount
        )
        result.suppressed = report.suppressed
        result.baselined = gated.baselined
        result.comparedWithBaseline = baselinePath != nil || writeBaselinePath != nil
        let environment = ProcessInfo.processInfo.environment
        let sarif = sarifOptions.reporter(workingDirectory: FileManager.default.currentDirectoryPath, environment: environment)
        for destination in plan.destinations {
            let reporter = destination.format.reporter(
                colors: destination.file == nil && colors, quiet: quiet, environment: environment, failOn: policy.failOn, sarif: sarif
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
        if plan.destinations.contains(where: { $0.format == .github }), let summary = environment["GITHUB_STEP_SUMMARY"], !summary.isEmpty {
            appendJobSummary(GitHubReporter(fileLinkBase: ReportFormat.gitHubFileLinkBase(environment)).summaryMarkdown(result), to: summary)
        }
        Self.noteSkipped(report.skipped)
        if waivers {
            try StandardOutput.write("\n" + WaiverListing.text(report.waivers))
        }
        if let reason = policy.reason(for: result.diagnostics) { StandardError.write("tenderlint: \(reason)") }
        return policy.status(for: result.diagnostics)
    }
}

func appendJobSummary(_ markdown: String, to path: String) {
    guard let handle = FileHandle(forWritingAtPath: path) ?? {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        return FileHandle(forWritingAtPath: path)
    }() else {
        StandardError.write("tenderlint: warning: cannot write the job summary to \(path)")
        return
    }
    defer { try? handle.close() }
    _ = try? handle.seekToEnd()
    try? handle.write(contentsOf: Data((markdown + "\n").utf8))
}

extension ColorPolicy: ExpressibleByArgument {}
extension Profile: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
