import ArgumentParser
import Foundation
import TenderLintKit
import TenderLintRules

/// The options that say how documents are judged (`--profile`, `--as-of`, `--catalogue`), and the engine
/// settings they make, for every command that runs the rules.
public struct EngineOptions: ParsableArguments {
    public init() {}

    @Option(help: ArgumentHelp(
        "Judge every document as if its buyer were this kind of body in this nation. By default each document says who its buyer is, and a buyer it does not identify is bound by no policy (TL015).",
        valueName: "profile"))
    public var profile: Profile?

    @Option(name: .customLong("as-of"), help: "Judge documents as of this date (YYYY-MM-DD) instead of their planned publication or procurement start date.")
    public var asOf: String?

    @Option(name: .customLong("catalogue"), help: ArgumentHelp("A catalogue of TOMs measures (JSON or YAML) to check measure codes against; repeat for several. See docs/catalogues.md.", valueName: "file"), completion: .file(extensions: ["json", "yaml", "yml"]))
    public var catalogueFiles: [String] = []

    /// `--as-of` as a date. Exits with status 2, naming the command's help, when it is not one.
    public func asOfDate(command: String) throws -> CalendarDate? {
        guard let asOf else { return nil }
        guard asOf.count == 10, let date = CalendarDate(iso: asOf) else {
            StandardError.write("tenderlint: error: --as-of '\(asOf)' is not a date; write it as YYYY-MM-DD (see 'tenderlint \(command) --help')")
            throw ExitCode(RunFailure.usageErrorStatus)
        }
        return date
    }

    /// The settings: the profile, the date and the shipped catalogues with `--catalogue` files preferred.
    /// Exits with status 2 for an invalid date or catalogue.
    public func settings(command: String) throws -> EngineSettings {
        var settings = EngineSettings(profile: profile, profileSetter: profile.map { "--profile \($0.rawValue)" })
        settings.asOf = try asOfDate(command: command)
        settings.catalogues = BuiltInRules.shippedCatalogues.preferring(try CatalogueFiles.load(catalogueFiles))
        return settings
    }
}

extension Profile: ExpressibleByArgument {}
