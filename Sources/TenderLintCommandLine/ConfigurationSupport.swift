import TenderLintKit
import TenderLintRules

/// What the configuration commands share.
public enum ConfigurationSupport {
    /// Every rule and check a configuration may name.
    public static var knownRules: KnownRules { BuiltInRules.knownRules }

    /// Prints a configuration's problems to standard error, then a one-line summary.
    public static func report(_ error: ConfigurationError) {
        StandardError.write(error.diagnostics)
        let count = error.diagnostics.count
        let files = Set(error.diagnostics.map(\.path)).sorted().joined(separator: ", ")
        StandardError.write("tenderlint: error: invalid configuration (\(count) \(count == 1 ? "problem" : "problems") in \(files))")
    }
}
