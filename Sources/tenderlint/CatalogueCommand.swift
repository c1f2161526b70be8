import ArgumentParser
import Foundation
import TenderLintCommandLine
import TenderLintKit

/// `tenderlint catalogue`: turn an organisation's spreadsheet of measures into a catalogue file, and check one.
struct CatalogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogue",
        abstract: "Import and check catalogues of TOMs measures (themes, outcomes and measures).",
        discussion: """
            A catalogue lists a framework's measure codes with their titles, themes, outcomes and units, so that \
            'tenderlint lint --catalogue FILE' can check the measures a tender names. The format and the CSV \
            columns are described in docs/catalogues.md.
            """,
        subcommands: [CatalogueImportCommand.self, CatalogueCheckCommand.self]
    )
}

/// `tenderlint catalogue import FILE.csv`.
struct CatalogueImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a CSV export of a measures spreadsheet into a catalogue file (JSON).",
        discussion: """
            The first row names the columns: code, title and theme are required; outcome, unit, retiredIn and \
            replacedBy are read when present; other columns (such as proxy values) are left out with a warning. \
            Fields with commas, quotes or line breaks are written in double quotes, a quote inside one twice.

            Problems are reported on standard error at the row and column where they are. The catalogue goes \
            to --output, or to standard output.

            Exit status: 0 when the catalogue was written, 1 when a row has an error (nothing is written), \
            2 for a usage error or a file that cannot be read or written.
            """
    )

    @Argument(help: "The CSV file to import.", completion: .file(extensions: ["csv"]))
    var file: String

    @Option(help: "The framework id the codes belong to, such as nhs-london-toms.")
    var framework: String

    @Option(help: "The edition of the list, such as 2024 or 2.1.")
    var edition: String

    @Option(help: "The catalogue's title; by default the framework and edition.")
    var title: String?

    @Option(name: .customLong("in-force-from"), help: "The first day the edition applies, YYYY-MM-DD.")
    var inForceFrom: String?

    @Option(help: "Where the list comes from and under what licence, in a sentence.")
    var licence: String?

    @Flag(help: "Mark the catalogue as illustrative: invented codes for examples, no official list.")
    var illustrative = false

    @Option(name: .shortAndLong, help: "Write the catalogue to this file instead of standard output.", completion: .file())
    var output: String?

    func run() throws {
        guard file.lowercased().hasSuffix(".csv") else {
            throw CatalogueFiles.usageError("\(file): not a CSV file (export the spreadsheet as 'CSV UTF-8' and give the .csv file)")
        }
        guard framework.isKebabCase else {
            throw CatalogueFiles.usageError("--framework '\(framework)' should be lower-case words joined by hyphens, such as nhs-london-toms")
        }
        var date: CalendarDate?
        if let inForceFrom {
            guard inForceFrom.count == 10, let parsed = CalendarDate(iso: inForceFrom) else {
                throw CatalogueFiles.usageError("--in-force-from '\(inForceFrom)' is not a date; write it as YYYY-MM-DD")
            }
            date = parsed
        }
        let importer = CatalogueCSVImporter(framework: framework, edition: edition, title: title, inForceFrom: date,
                                            isIllustrative: illustrative, licence: licence)
        let probe = MeasureCatalogue(framework: framework, edition: edition, title: "", isIllustrative: illustrative, measures: [])
        if let problem = CatalogueLoader.problems(in: probe).first {
            throw CatalogueFiles.usageError(problem)
        }
        let source: SourceFile
        do {
            source = try SourceFile.read(path: file)
        } catch {
            throw CatalogueFiles.usageError("\(error)")
        }
        let result = importer.importCatalogue(source)
        StandardError.write(result.diagnostics)
        guard let catalogue = result.catalogue else {
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            StandardError.write("tenderlint: error: \(file): \(errors) \(errors == 1 ? "error" : "errors"); no catalogue written")
            throw ExitCode(1)
        }
        let json = CatalogueWriter.json(catalogue)
        guard let output else {
            try StandardOutput.write(json)
            return
        }
        do {
            try OutputFile.write(json, to: output)
        } catch {
            throw CatalogueFiles.usageError("\(output): cannot be written: \(error)")
        }
        let count = catalogue.measures.count
        print("wrote \(count) \(count == 1 ? "measure" : "measures") of \(catalogue.framework) edition \(catalogue.edition) to \(output)")
    }
}

/// `tenderlint catalogue check FILE`.
struct CatalogueCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a catalogue file (JSON or YAML) and report its problems with their line and column.",
        discussion: "Exit status: 0 when the catalogue can be used (warnings allowed), 1 when it has errors, 2 for a usage error."
    )

    @Argument(help: "The catalogue file: .json, .yaml or .yml.", completion: .file(extensions: ["json", "yaml", "yml"]))
    var file: String

    @Option(help: "Output format: text (source lines, carets, notes and fixes) or concise (one line per problem).")
    var format: OutputFormat = .text

    @Option(help: "Colour: auto (only on a terminal, and not when NO_COLOR is set), always or never.")
    var color: ColorPolicy = .auto

    func run() throws {
        let result: CatalogueLoadResult
        do {
            result = try CatalogueLoader().load(path: file)
        } catch {
            throw CatalogueFiles.usageError("\(error)")
        }
        let colors = color.usesColor(isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
        var output = switch format {
        case .text: TextDiagnosticsFormatter(colors: colors).format(result.diagnostics)
        case .concise: ConciseDiagnosticsFormatter(colors: colors).format(result.diagnostics)
        }
        if format == .text, !result.diagnostics.isEmpty { output += "\n" }
        if let catalogue = result.catalogue {
            let count = catalogue.measures.count
            let retired = catalogue.measures.filter { catalogue.isRetired($0) }.count
            var line = "\(file): \(catalogue.framework) edition \(catalogue.edition)"
            if let date = catalogue.inForceFrom { line += ", in force from \(date)" }
            line += ": \(count) \(count == 1 ? "measure" : "measures")"
            if retired > 0 { line += " (\(retired) retired)" }
            if !catalogue.themes.isEmpty { line += ", \(catalogue.themes.count) \(catalogue.themes.count == 1 ? "theme" : "themes")" }
            if !catalogue.outcomes.isEmpty { line += ", \(catalogue.outcomes.count) \(catalogue.outcomes.count == 1 ? "outcome" : "outcomes")" }
            if catalogue.isIllustrative { line += "; illustrative, not an official list" }
            output += line + "\n"
        }
        output += RunSummary(diagnostics: result.diagnostics, documents: 1).formatted(colors: colors) + "\n"
        try StandardOutput.write(output)
        if result.hasErrors { throw ExitCode(1) }
    }
}
