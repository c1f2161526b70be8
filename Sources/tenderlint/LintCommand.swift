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
            (such as .git and .build) are skipped. Each line of a .jsonl or .ndjson file is one document.

            Positions are line:column, counting columns in characters (Unicode code points), not bytes.

            Exit status: 0 when nothing at error level was found, 1 when something was \
            (a malformed document counts), 2 for a usage error or a path that cannot be read.
            """
    )

    @Argument(help: "Files or directories to check.", completion: .file())
    var paths: [String] = ["."]

    @Option(help: "Output format: text (source lines, carets, notes and fixes) or concise (one line per problem).")
    var format: OutputFormat = .text

    @Option(help: "Colour: auto (only on a terminal, and not when NO_COLOR is set), always or never.")
    var color: ColorPolicy = .auto

    @Flag(name: .shortAndLong, help: "Report errors only, with no summary line.")
    var quiet = false

    @Option(help: "Check every document under this profile: nhs-england or central-government. By default the buyer's sector decides (NHS profile unless the buyer is central government).")
    var profile: Profile?

    @Option(name: .customLong("as-of"), help: "Judge documents as of this date (YYYY-MM-DD) instead of their planned publication or procurement start date.")
    var asOf: String?

    @Option(name: .customLong("catalogue"), help: ArgumentHelp("A catalogue of TOMs measures (JSON or YAML) to check measure codes against; repeat for several. See docs/catalogues.md.", valueName: "file"), completion: .file(extensions: ["json", "yaml", "yml"]))
    var catalogueFiles: [String] = []

    func run() throws {
        var settings = EngineSettings(profile: profile)
        if let asOf {
            guard asOf.count == 10, let date = CalendarDate(iso: asOf) else {
                StandardError.write("tenderlint: error: --as-of '\(asOf)' is not a date; write it as YYYY-MM-DD (see 'tenderlint lint --help')")
                throw ExitCode(Tenderlint.usageErrorStatus)
            }
            settings.asOf = date
        }
        settings.catalogues = BuiltInRules.shippedCatalogues.preferring(try CatalogueFiles.load(catalogueFiles))
        let report: LintReport
        do {
            report = try Linter(engine: RuleEngine(ruleSet: BuiltInRules.ruleSet, settings: settings)).lint(paths: paths)
        } catch {
            StandardError.write("tenderlint: error: \(error)")
            throw ExitCode(Tenderlint.usageErrorStatus)
        }
        let colors = color.usesColor(
            isTerminal: isatty(STDOUT_FILENO) == 1,
            environment: ProcessInfo.processInfo.environment
        )
        let shown = quiet ? report.diagnostics.filter { $0.severity == .error } : report.diagnostics
        var output = switch format {
        case .text: TextDiagnosticsFormatter(colors: colors).format(shown)
        case .concise: ConciseDiagnosticsFormatter(colors: colors).format(shown)
        }
        if !quiet {
            if format == .text, !shown.isEmpty { output += "\n" }
            output += RunSummary(diagnostics: report.diagnostics, documents: report.documentCount).formatted(colors: colors) + "\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if report.hasErrors { throw ExitCode(1) }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case concise
}

extension ColorPolicy: ExpressibleByArgument {}
extension Profile: ExpressibleByArgument {}
