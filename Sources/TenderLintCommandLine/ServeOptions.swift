import ArgumentParser
import Foundation
import TenderLintKit
import TenderLintRules

/// `tenderlint serve`'s options: parsed by `tenderlint` (for its help, man page and usage errors) and again by
/// `tenderlint-serve`, which it runs, so that the server is linked into that program alone.
public struct ServeOptions: ParsableArguments {
    public init() {}

    @Option(help: "The address to listen on; 0.0.0.0 or :: listens on every interface, which other machines can reach.")
    public var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 takes any free port (the listening line names it).")
    public var port = 8080

    @Option(name: .customLong("config"), help: ArgumentHelp("Use this configuration for every upload instead of the working directory's .tenderlint.yml.", valueName: "file"))
    public var configPath: String?

    @Flag(name: .customLong("no-config"), help: "Ignore .tenderlint.yml files.")
    public var noConfig = false

    @Option(name: .customLong("max-body-size"), help: ArgumentHelp("The largest request accepted, such as 20MB or 512KB (KB, MB, GB count in 1024s); larger ones are answered 413.", valueName: "size"))
    public var maxBodySize = "20MB"

    @Option(help: ArgumentHelp("Seconds one document may take to check; past it the request is answered 503.", valueName: "seconds"))
    public var timeout: Double = 30

    @Option(name: .customLong("max-concurrent"), help: ArgumentHelp("How many documents are checked at once (default: twice the cores); one more is answered 503 with Retry-After.", valueName: "n"))
    public var maxConcurrent: Int?

    @OptionGroup public var engineOptions: EngineOptions

    public func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port takes a port number from 0 to 65535, not \(port)") }
        guard maximumBodyBytes != nil else {
            throw ValidationError("--max-body-size takes a size such as 20MB, 512KB or a number of bytes, not '\(maxBodySize)'")
        }
        guard timeout > 0, timeout <= 86_400 else { throw ValidationError("--timeout takes a number of seconds above 0 and at most a day, not \(timeout)") }
        if let maxConcurrent, maxConcurrent < 1 { throw ValidationError("--max-concurrent must be at least 1") }
        if noConfig, configPath != nil { throw ValidationError("--config and --no-config cannot be used together") }
    }

    /// `--max-body-size` in bytes; nil when it is not a size.
    public var maximumBodyBytes: Int? { ByteSize(maxBodySize)?.bytes }

    /// The linter `lint` would build from the same options. Exits with status 2 for an invalid date or
    /// catalogue, or a --config file that cannot be used; a discovered configuration is checked per upload.
    public func makeLinter() throws -> Linter {
        var linter = Linter(
            engine: RuleEngine(ruleSet: BuiltInRules.ruleSet, settings: try engineOptions.settings(command: "serve")),
            knownRules: BuiltInRules.identities
        )
        linter.jobs = 1  // requests run side by side; each document on one thread
        if !noConfig {
            let resolver = ConfigurationResolver(explicitPath: configPath, knownRules: ConfigurationSupport.knownRules)
            do {
                try resolver.validateExplicitConfiguration()
            } catch {
                ConfigurationSupport.report(error)
                throw ExitCode(RunFailure.usageErrorStatus)
            }
            linter.configuration = resolver
        }
        return linter
    }
}
