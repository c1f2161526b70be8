import Foundation

/// Why a configuration cannot be used: every problem found, each at its line and column in the file
/// that has it. A run that gets one stops with exit status 2.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted(by: Diagnostic.presentationOrder)
    }

    /// A problem with no place in a file, such as a `--config` file that does not exist.
    public init(path: String, message: String, help: [String] = []) {
        self.init([Diagnostic(ConfigurationRule.invalidConfiguration, .error, message, at: .wholeFile(path), help: help)])
    }

    /// One line per problem: `path:line:column: message`.
    public var description: String {
        diagnostics.map { "\($0.path):\($0.location.start.line):\($0.location.start.column): \($0.message)" }
            .joined(separator: "\n")
    }
}
