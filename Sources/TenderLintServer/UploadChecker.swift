import Foundation
import TenderLintKit

/// Lints an upload as `tenderlint lint` would lint a file of its name in the working directory: that
/// folder's configuration (or `--config`), the command line's profile, date and catalogues.
public struct UploadChecker: Sendable {
    /// What an upload came to: its report, or the server's configuration problems in place of one.
    public enum Outcome: Sendable {
        case linted(LintResult)
        case invalidConfiguration(LintResult)

        public var result: LintResult {
            switch self {
            case .linted(let result), .invalidConfiguration(let result): result
            }
        }
    }

    public var linter: Linter
    /// The rules reports describe (the built-in set's).
    public var rules: [ReportedRule]

    /// The linter gathers each document's digest (its buyer, policies and lot shares) for the HTML report.
    public init(linter: Linter, rules: [ReportedRule]) {
        self.linter = linter
        self.linter.gathersDigests = true
        self.rules = rules
    }

    public func check(_ bytes: [UInt8], named name: String) -> Outcome {
        do {
            let report = try linter.lint(bytes: bytes, named: Self.documentName(name))
            return .linted(LintResult(report, rules: rules))
        } catch {
            return .invalidConfiguration(LintResult(diagnostics: error.diagnostics, documentCount: 0, fileCount: 0, rules: rules))
        }
    }

    /// The name an upload is linted under: the last component of what the browser or client sent (some send a
    /// whole path), with no control characters; `upload` when nothing usable is left. Relative, so the
    /// working directory's configuration applies, and never a path outside it.
    public static func documentName(_ sent: String?) -> String {
        let last = (sent ?? "").split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(String.UnicodeScalarView(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }))
            .trimmingCharacters(in: .whitespaces)
        guard !cleaned.isEmpty, cleaned != ".", cleaned != ".." else { return "upload" }
        return String(cleaned.prefix(255))
    }
}
