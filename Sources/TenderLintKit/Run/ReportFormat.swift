import Foundation

/// The report formats a run writes, and the reporter each is written by.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text
    case concise
    case json
    case sarif
    case github
    case junit
    case checkstyle
    case gitlab
    case html

    /// `failOn` and `maxWarnings` are the run's (JUnit fails test cases at the one and the run past the other);
    /// `sarif` is set up by `SARIFSetup`.
    public func reporter(colors: Bool, quiet: Bool, environment: [String: String], failOn: Severity = .error,
                         maxWarnings: Int? = nil, sarif: SARIFReporter = SARIFReporter()) -> any DiagnosticsReporter {
        switch self {
        case .text: TextReporter(concise: false, colors: colors, quiet: quiet)
        case .concise: TextReporter(concise: true, colors: colors, quiet: quiet)
        case .json: JSONReporter()
        case .sarif: sarif
        case .github: GitHubReporter(fileLinkBase: Self.gitHubFileLinkBase(environment))
        case .junit: JUnitReporter(failingLevel: failOn, maxWarnings: maxWarnings)
        case .checkstyle: CheckstyleReporter()
        case .gitlab: GitLabReporter()
        case .html: HTMLReporter()
        }
    }

    /// What this format prints or matches on beyond a finding's positions: `text` and `html` quote source
    /// lines; `json` prints each finding's subject, and it, `sarif` and `gitlab` fingerprint findings by it.
    public var locationDetail: LocationDetail {
        switch self {
        case .text, .html: .excerpt
        case .json, .sarif, .gitlab: .subject
        case .concise, .github, .junit, .checkstyle: []
        }
    }

    /// Links from the job summary to the lines of a finding, inside a GitHub Actions run.
    public static func gitHubFileLinkBase(_ environment: [String: String]) -> String? {
        guard let server = environment["GITHUB_SERVER_URL"], let repository = environment["GITHUB_REPOSITORY"],
              let sha = environment["GITHUB_SHA"] else { return nil }
        return "\(server)/\(repository)/blob/\(sha)"
    }
}
