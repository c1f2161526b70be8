import ArgumentParser
import Foundation
import TenderLintCommandLine
import TenderLintKit
import TenderLintRules

/// `tenderlint audit`: sweep published notices and print how often each rule passes, fails or cannot be judged.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Sweep published documents (OCDS bulk files, folders of eForms notices) and tabulate compliance per rule, buyer and year.",
        discussion: """
            Each lot of each tender gets, per rule, one outcome: passing, failing (an error or warning on it), \
            could not be evaluated (the lot lacks what the rule needs, such as usable weights or a value) or not \
            applicable (the rule does not concern it). Shares are of the lots checked. See docs/audit.md.

            Documents stream one at a time: a JSON Lines file of several gigabytes is read a line at a time. \
            Documents that cannot be read are counted, not fatal.

            Exit status: 0 when the audit ran (what it finds in published data is its result, not a failure), \
            2 for a usage error or a path that cannot be read.
            """
    )

    @Argument(help: "Files or directories to audit.", completion: .file())
    var paths: [String] = []

    @Option(name: [.long, .customLong("output-format")], help: "Output format: text (aligned tables), json or csv.")
    var format: AuditFormat = .text

    @Option(name: [.long, .customLong("output-file"), .customShort("o")], help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var engineOptions: EngineOptions

    @Option(name: .customLong("rule"), help: ArgumentHelp("Audit only this rule; repeat for several (default: every rule).", valueName: "id"))
    var rules: [String] = []

    @OptionGroup(title: "Rule selection") var ruleSelection: RuleSelectionOptions

    @Option(name: .customLong("group-by"), help: ArgumentHelp("Group rows by buyer, year, both (buyer,year: the default) or none.", valueName: "columns"))
    var groupBy: String = "buyer,year"

    @Option(name: [.customShort("j"), .customLong("jobs")], help: "How many files to audit at once (default: one per core). One file is always one stream.")
    var jobs: Int?

    @Flag(name: .customLong("no-progress"), help: "Never show the progress bar (it shows only when standard error is a terminal).")
    var noProgress = false

    @Flag(help: "Print what each rule needs of a lot (the conditions behind 'could not be evaluated' and 'not applicable') and stop.")
    var conditions = false

    func run() throws {
        let ruleSet = BuiltInRules.ruleSet
        if conditions {
            try StandardOutput.write(AuditConditionsTable.markdown(ruleSet.rules))
            return
        }
        guard !paths.isEmpty else { throw usage("give the files or directories to audit") }
        let grouping = try parsedGrouping()
        let selected = try selectedRules(in: ruleSet)
        if selected?.isEmpty == true { throw usage("--rule, --select and --ignore leave no rule to audit") }
        if let jobs, jobs < 1 { throw usage("--jobs must be at least 1") }
        var settings = try engineOptions.settings(command: "audit")
        settings.onlyRules = selected
        let engine = RuleEngine(ruleSet: ruleSet, settings: settings)
        let auditor = Auditor(engine: engine, grouping: grouping, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let tally: AuditTally
        do {
            let (files, bytes, skipped) = try Auditor.files(in: paths)
            for entry in skipped { StandardError.write("tenderlint: note: \(entry.path): \(entry.reason)") }
            tally = try auditor.audit(files: files, progress: progressBar(totalBytes: bytes))
        } catch {
            StandardError.write("tenderlint: error: \(error)")
            throw ExitCode(Tenderlint.usageErrorStatus)
        }
        let report = AuditReport(tally: tally, rules: engine.selectedRules, profile: settings.profile, asOf: settings.asOf)
        let text = switch format {
        case .text: AuditTextFormatter().render(report)
        case .json: AuditJSONFormatter().render(report)
        case .csv: AuditCSVFormatter().render(report)
        }
        guard let output else {
            try StandardOutput.write(text)
            return
        }
        try OutputFile.writeOrExit(text, to: output)
    }

    private func parsedGrouping() throws -> AuditGrouping {
        let names = groupBy.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if names == ["none"] { return AuditGrouping(byBuyer: false, byYear: false) }
        guard !names.isEmpty, names.allSatisfy({ $0 == "buyer" || $0 == "year" }) else {
            throw usage("--group-by '\(groupBy)' is not buyer, year, buyer,year or none")
        }
        return AuditGrouping(byBuyer: names.contains("buyer"), byYear: names.contains("year"))
    }

    /// `--rule` ids, upper-cased, and what `--select`, `--extend-select` and `--ignore` leave of every rule; nil
    /// for every rule.
    private func selectedRules(in ruleSet: RuleSet) throws -> Set<String>? {
        let known = ruleSet.rules.map(\.id)
        let chosen = try ruleSelection.selection(known: ConfigurationSupport.knownRules).map { selection in
            Set(known.filter { selection.choices[$0]?.runs ?? true })
        }
        guard !rules.isEmpty else { return chosen }
        var selected: Set<String> = []
        for given in rules {
            let id = given.uppercased()
            guard known.contains(id) else {
                throw usage("--rule '\(given)' is not a rule id such as SV001; 'tenderlint rules' lists them")
            }
            selected.insert(id)
        }
        return chosen.map { selected.intersection($0) } ?? selected
    }

    /// A bar on standard error when it is a terminal (never in a CI log or a pipe) and not turned off.
    private func progressBar(totalBytes: Int) -> AuditProgress? {
        let environment = ProcessInfo.processInfo.environment
        guard !noProgress, isatty(STDERR_FILENO) == 1, environment["TERM"] != "dumb", environment["CI"] == nil else { return nil }
        return AuditProgress(totalBytes: totalBytes) { snapshot in
            // Drawn over itself; the final drawing is cleared so only the report remains.
            let line = snapshot.isFinished ? "" : AuditProgress.line(snapshot)
            StandardError.writeText("\r" + line + "\u{1B}[K")
        }
    }

    private func usage(_ message: String) -> ExitCode {
        StandardError.write("tenderlint: error: \(message) (see 'tenderlint audit --help')")
        return ExitCode(Tenderlint.usageErrorStatus)
    }
}

enum AuditFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}
