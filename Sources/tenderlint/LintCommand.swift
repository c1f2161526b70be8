import ArgumentParser
import TenderLintCommandLine
import TenderLintKit
import TenderLintRules

/// `tenderlint lint`: read every document under the given paths and report what is wrong.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check tender documents and report problems with their exact position.",
        discussion: """
            Directories are searched for .xml, .json, .jsonl and .ndjson files; hidden folders \
            (such as .git and .build), what .gitignore and .ignore files list, node_modules and other \
            folders that never hold tenders, and what exclude/extend-exclude in .tenderlint.yml or \
            --exclude name are skipped. A file named on the command line is checked even so, unless \
            --force-exclude. - reads one document from standard input. Each line of a .jsonl or .ndjson file is one document; \
            such files stream from disk, so a bulk file of any size is linted in bounded memory. \
            Text and concise output is written as the run goes.

            Each policy binds particular buyers (a kind of body, a nation, a regime, a threshold, a \
            date). tenderlint reads who the buyer is from each document and applies only the policies \
            that bind it; where a document does not show enough, no policy is assumed and TL015 says what \
            is missing. --profile, or profile: in .tenderlint.yml, says who the buyer is instead. \
            'tenderlint policies' lists every policy and whom it binds; 'tenderlint inspect FILE' shows \
            what a document says of its buyer, with the evidence.

            Positions are line:column, counting columns in characters (Unicode code points), not bytes.

            --select, --extend-select and --ignore choose the rules for this run over what the configuration \
            turns on or off (its severities still apply to the rules that run); 'tenderlint config print FILE' \
            with the same options shows the result. Checks without which a document or the run cannot be read \
            (TL001, TL002, TL004, TL008, TL012, TL013, TL014, TL018) always run. See docs/configuration.md.

            --fix applies the safe fixes (--unsafe-fixes: every fix) and reports what remains; --diff shows \
            what it would change and changes nothing (docs/fixes.md).

            Exit status: 0 when nothing at error level was found, 1 when something was \
            (a malformed document counts), 2 for a usage error, a path that cannot be read or a fixed \
            file that cannot be written. --exit-zero makes it 0 in place of 1; --show-files always exits 0 \
            when the paths can be read. After --fix, the status is that of what remains; --diff exits 1 \
            when it would change something.
            """
    )

    @Argument(help: "Files or directories to check; - reads one document from standard input.", completion: .file())
    var paths: [String] = ["."]

    @Option(name: [.customLong("format"), .customLong("output-format")], help: ArgumentHelp(
        "Output format: text (source lines, carets, notes and fixes), concise (one line per problem), json, sarif, github (workflow commands), junit, checkstyle, gitlab (code quality) or html (a page for people: charts, findings, policies; docs/report.md). Repeat it to write several in one run; all but one need a file, given as FORMAT:FILE or with --output.",
        valueName: "format[:file]"))
    var formats: [String] = []

    @Option(name: [.customLong("output"), .customLong("output-file"), .customShort("o")], help: ArgumentHelp("Write the preceding --format to this file instead of standard output (matched to --format options in order).", valueName: "file"))
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

    @OptionGroup(title: "Rule selection") var ruleSelection: RuleSelectionOptions

    @OptionGroup var listingOptions: RunListingOptions

    @OptionGroup(title: "Fixes") var fixOptions: FixOptions

    @OptionGroup(title: "Input") var inputOptions: InputOptions

    @OptionGroup(title: "SARIF") var sarifOptions: SARIFOptions

    func validate() throws {
        try fixOptions.validate(paths: paths, reports: !formats.isEmpty || !outputs.isEmpty || listingOptions.statistics,
                                baseline: writeBaselinePath != nil || pruneBaseline, showsFiles: listingOptions.showFiles)
    }

    func run() throws {
        let plan = try OutputPlan(formats: formats, outputs: outputs)
        var run = LintRun(linter: try makeLinter(), paths: paths, plan: plan, rules: BuiltInRules.reportedRules)
        run.colors = color
        run.quiet = quiet
        run.policy = ExitPolicy(failOn: strict ? min(failOn, .warning) : failOn, maxWarnings: maxWarnings == -1 ? nil : maxWarnings,
                                exitZero: listingOptions.exitZero)
        run.statistics = listingOptions.statistics
        run.showsFiles = listingOptions.showFiles
        run.baselinePath = baselinePath
        run.writeBaselinePath = writeBaselinePath
        run.pruneBaseline = pruneBaseline
        run.listsWaivers = waivers
        run.sarif = sarifOptions.setup
        run.fixes = fixOptions.request
        let status = try run.run()
        if status != 0 { throw ExitCode(status) }
    }

    /// The linter the options ask for. Exits with status 2 for an invalid date or catalogue; the run checks the
    /// configuration.
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
        linter.selection = try ruleSelection.selection(known: ConfigurationSupport.knownRules)
        if !noConfig {
            linter.configuration = ConfigurationResolver(explicitPath: configPath, knownRules: ConfigurationSupport.knownRules)
        }
        try inputOptions.apply(to: &linter, paths: paths)
        return linter
    }
}

extension ColorPolicy: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
