import ArgumentParser
import Foundation
import TenderLintCommandLine
import TenderLintKit
import TenderLintRules
import TenderLintServer

/// `tenderlint-serve`: the web checker `tenderlint serve` runs, with the same options. Exit status: 0 once
/// stopped by SIGINT or SIGTERM, 2 for an option, a configuration or an address it cannot use.
@main
struct ServeProgram: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tenderlint-serve",
        abstract: "The local web checker that 'tenderlint serve' runs; see 'tenderlint serve --help'.",
        version: TenderLintVersion.current
    )

    @OptionGroup var options: ServeOptions

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as RunFailure {
            if case .invalidArgument(let message) = failure { StandardError.write("tenderlint: error: \(message)") }
            Foundation.exit(RunFailure.usageErrorStatus)
        } catch {
            exit(withError: error)
        }
    }

    func run() throws {
        var settings = ServerSettings(host: options.host, port: options.port, timeout: .milliseconds(Int64(options.timeout * 1000)))
        settings.maximumBodyBytes = options.maximumBodyBytes ?? ServerSettings.defaultMaximumBodyBytes
        if let maxConcurrent = options.maxConcurrent { settings.maximumConcurrent = maxConcurrent }
        let checker = WebChecker(settings: settings, checker: UploadChecker(linter: try options.makeLinter(), rules: BuiltInRules.reportedRules))
        if !settings.isLoopback {
            StandardError.write("tenderlint serve: warning: listening on \(options.host), which other machines may reach: anyone who can reach it can have documents checked here (see docs/serve.md)")
        }
        do {
            try checker.serveUntilStopped { address in
                StandardError.write("tenderlint serve: listening on \(address)")
            }
        } catch {
            throw RunFailure.invalidArgument("cannot serve on \(options.host) port \(options.port): \(error)")
        }
    }
}
