import ArgumentParser
import Foundation
import TenderLintKit

/// Where each requested format goes: `--format sarif:findings.sarif`, or `--format sarif --output findings.sarif`
/// (the n-th `--output` goes to the n-th `--format` without its own file); at most one format on standard output.
struct OutputPlan {
    struct Destination {
        var format: ReportFormat
        /// nil for standard output.
        var file: String?
    }

    let destinations: [Destination]

    init(formats: [String], outputs: [String]) throws(ValidationError) {
        var pendingOutputs = outputs[...]
        var destinations: [Destination] = []
        for written in formats.isEmpty ? ["text"] : formats {
            let parts = written.split(separator: ":", maxSplits: 1).map(String.init)
            guard let format = ReportFormat(rawValue: parts[0]) else {
                throw ValidationError("unknown format '\(parts[0])'; formats are \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let file = parts.count == 2 ? parts[1] : pendingOutputs.popFirst()
            if let file, file.isEmpty { throw ValidationError("--format \(written) names no file") }
            destinations.append(Destination(format: format, file: file))
        }
        guard pendingOutputs.isEmpty else {
            throw ValidationError("--output \(pendingOutputs.first!) has no --format to go with it")
        }
        var seen: [String: ReportFormat] = [:]
        for destination in destinations {
            guard let file = destination.file else { continue }
            let key = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath().path
            if let earlier = seen[key] {
                throw ValidationError("--format \(earlier.rawValue) and --format \(destination.format.rawValue) both write \(file); one would overwrite the other, so give each its own file")
            }
            seen[key] = destination.format
        }
        guard destinations.filter({ $0.file == nil }).count <= 1 else {
            throw ValidationError("only one format can go to standard output; give the others a file with --output or FORMAT:FILE")
        }
        self.destinations = destinations
    }
}

enum ReportFormat: String, CaseIterable {
    case text
    case concise
    case json
    case sarif
    case github
    case junit
    case checkstyle
    case gitlab

    /// `failOn` is the run's failing level (JUnit fails test cases at it); `sarif` is set up by `SARIFOptions`.
    func reporter(colors: Bool, quiet: Bool, environment: [String: String], failOn: Severity = .error,
                  sarif: SARIFReporter = SARIFReporter()) -> any DiagnosticsReporter {
        switch self {
        case .text: TextReporter(concise: false, colors: colors, quiet: quiet)
        case .concise: TextReporter(concise: true, colors: colors, quiet: quiet)
        case .json: JSONReporter()
        case .sarif: sarif
        case .github: GitHubReporter(fileLinkBase: Self.gitHubFileLinkBase(environment))
        case .junit: JUnitReporter(failingLevel: failOn)
        case .checkstyle: CheckstyleReporter()
        case .gitlab: GitLabReporter()
        }
    }

    /// Links from the job summary to the lines of a finding, inside a GitHub Actions run.
    static func gitHubFileLinkBase(_ environment: [String: String]) -> String? {
        guard let server = environment["GITHUB_SERVER_URL"], let repository = environment["GITHUB_REPOSITORY"],
              let sha = environment["GITHUB_SHA"] else { return nil }
        return "\(server)/\(repository)/blob/\(sha)"
    }
}

/// The human formats, for commands that print diagnostics without a gate (`catalogue check`).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case concise
}
