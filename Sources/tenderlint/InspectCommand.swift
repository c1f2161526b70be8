import ArgumentParser
import Foundation
import TenderLintCommandLine
import TenderLintKit
import TenderLintRules

/// `tenderlint inspect`: show the tender model as tenderlint understood it, to explain why a rule fired.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show a document's tenders as tenderlint understands them.",
        discussion: """
            Prints each tender's buyer, with what kind of body it is, its nation, the procurement regime, \
            threshold and stage, each with the evidence it rests on; which policies bind it as of the date it \
            is judged (--profile and --as-of change that); its lots, criteria, weights, each criterion's \
            effective share of the total score, values (with the value per annum where it is derived), social \
            value and net zero terms, and the line:column each was read from. Problems found while reading go to \
            standard error.

            Exit status: 0, or 1 when the document has errors, 2 for a usage error.
            """
    )

    @Argument(help: "The document to inspect.", completion: .file())
    var file: String

    @Option(help: "Output: json (default) or text (a readable tree).")
    var format: InspectFormat = .json

    @OptionGroup var engine: EngineOptions

    func run() throws {
        let source: SourceFile
        do {
            guard DocumentKind(path: file) != nil else {
                throw PathError(path: file, reason: "not a file tenderlint reads (it reads .json, .jsonl, .ndjson, .xml)")
            }
            source = try SourceFile.read(path: file)
        } catch {
            StandardError.write("tenderlint: error: \(error)")
            throw ExitCode(Tenderlint.usageErrorStatus)
        }
        let (tenders, diagnostics) = Linter().model(of: source)
        let settings = try engine.settings(command: "inspect")
        let inspector = TenderInspector(settings: settings, policies: BuiltInPolicies.all)
        let output = format == .json ? inspector.json(tenders, path: file) : inspector.text(tenders, path: file)
        try StandardOutput.write(output)
        if !diagnostics.isEmpty {
            StandardError.writeText(ConciseDiagnosticsFormatter().format(diagnostics))
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}

enum InspectFormat: String, ExpressibleByArgument, CaseIterable {
    case json
    case text
}
