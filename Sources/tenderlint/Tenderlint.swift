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
        subcommands: [LintCommand.self, AuditCommand.self, InspectCommand.self, RulesCommand.self, PoliciesCommand.self, ExplainCommand.self, CatalogueCommand.self, ConfigCommand.self, InitCommand.self],
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

    /// Exit status for a usage error. ArgumentParser's own default is 64; tenderlint promises 2.
    static let usageErrorStatus: Int32 = 2

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
            if StandardError.failed { Foundation.exit(usageErrorStatus) }
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
            let message = self.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
            StandardError.write("tenderlint: error: \(message) (see '\(helpCommand)')")
            Foundation.exit(usageErrorStatus)
        }
    }
}

/// Standard error: a message that cannot be written there (a full disk, a closed descriptor) is lost, never a
/// crash; the run then ends with the usage-error status, since what it had to say went unheard.
enum StandardError {
    private static let failure = FailureFlag()
    /// Whether anything meant for standard error was lost.
    static var failed: Bool { failure.isSet }

    static func write(_ line: String) {
        writeText(line + "\n")
    }

    static func writeText(_ text: String) {
        do {
            try StreamWriter.write(Data(text.utf8), to: STDERR_FILENO)
        } catch {
            failure.set()
        }
    }
}

/// Standard output: where it cannot be written (a full disk, a closed descriptor), the run ends with one line on
/// standard error and the usage-error status instead of a crash.
enum StandardOutput {
    static func write(_ text: String) throws(ExitCode) {
        do {
            try StreamWriter.write(Data(text.utf8), to: STDOUT_FILENO)
        } catch {
            StandardError.write("tenderlint: error: standard output cannot be written (\(error))")
            throw ExitCode(Tenderlint.usageErrorStatus)
        }
    }
}

/// A flag any thread may raise, read once the run is over.
private final class FailureFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false

    var isSet: Bool { lock.withLock { raised } }

    func set() { lock.withLock { raised = true } }
}
