import ArgumentParser
import Foundation
import TenderLintKit

/// The `tenderlint` command. Exit status: 0 clean, 1 errors found, 2 usage error or unreadable path.
@main
struct Tenderlint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tenderlint",
        abstract: "Checks public-sector tender documents against UK social value and net zero procurement policy.",
        discussion: """
            tenderlint reads tender specifications (XML or JSON), OCDS releases and eForms notices \
            and reports problems the way a compiler does: file, line, column, what is wrong and how to fix it.

            Start with:  tenderlint lint path/to/tenders
            """,
        version: TenderLintVersion.current,
        subcommands: [LintCommand.self, AuditCommand.self, InspectCommand.self, RulesCommand.self, PoliciesCommand.self, ExplainCommand.self, CatalogueCommand.self, ConfigCommand.self, InitCommand.self, ServeCommand.self],
        defaultSubcommand: LintCommand.self
    )

    /// The help to point a usage error at: the subcommand's, when one was named (lint is the default).
    static var helpCommand: String {
        let names = configuration.subcommands.map { $0.configuration.commandName ?? "" }
        let arguments = CommandLine.arguments.dropFirst()
        let named = arguments.first { names.contains($0) } ?? "lint"
        if named == "catalogue", let sub = arguments.first(where: { ["import", "check"].contains($0) }) {
            return "tenderlint catalogue \(sub) --help"
        }
        if named == "config", arguments.contains("print") { return "tenderlint config print --help" }
        return "tenderlint \(named) --help"
    }

    /// The command whose options a usage error is about (lint is the default).
    static var helpCommandType: ParsableCommand.Type {
        let arguments = CommandLine.arguments.dropFirst()
        let subcommands = configuration.subcommands
        let named = arguments.lazy.compactMap { word in subcommands.first { $0.configuration.commandName == word } }.first ?? LintCommand.self
        if named == ConfigCommand.self, arguments.contains("print") { return ConfigPrintCommand.self }
        return named
    }

    /// Exit status for a usage error. ArgumentParser's own default is 64; tenderlint promises 2.
    static let usageErrorStatus = RunFailure.usageErrorStatus

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
            if StandardError.failed { Foundation.exit(usageErrorStatus) }
        } catch let failure as RunFailure {
            switch failure {
            case .invalidArgument(let message): usageError(message)
            case .reported: Foundation.exit(usageErrorStatus)
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version.
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if let exitCode = error as? ExitCode {
                Foundation.exit(StandardError.failed ? usageErrorStatus : exitCode.rawValue)
            }
            let first = self.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
            usageError(OptionSuggestions.rewrite(first, command: helpCommandType))
        }
    }

    /// Says what is wrong and where help is, and ends with the usage-error status.
    private static func usageError(_ message: String) -> Never {
        StandardError.write("tenderlint: error: \(message) (see '\(helpCommand)')")
        Foundation.exit(usageErrorStatus)
    }
}
