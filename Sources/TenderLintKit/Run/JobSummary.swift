import Foundation

/// The GitHub Actions job summary (`GITHUB_STEP_SUMMARY`): a run that writes the github format adds its
/// findings there as Markdown.
struct JobSummary {
    /// The file the summary is appended to.
    let path: String
    let environment: [String: String]

    /// nil outside GitHub Actions, where there is no summary to add to.
    init?(environment: [String: String]) {
        guard let path = environment["GITHUB_STEP_SUMMARY"], !path.isEmpty else { return nil }
        self.path = path
        self.environment = environment
    }

    /// Appends the result's summary when `plan` writes the github format; a summary that cannot be written is
    /// a warning, never the run's failure.
    func append(_ result: LintResult, plan: OutputPlan) {
        guard plan.destinations.contains(where: { $0.format == .github }) else { return }
        append(GitHubReporter(fileLinkBase: ReportFormat.gitHubFileLinkBase(environment)).summaryMarkdown(result))
    }

    private func append(_ markdown: String) {
        guard let handle = FileHandle(forWritingAtPath: path) ?? {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            return FileHandle(forWritingAtPath: path)
        }() else {
            StandardError.write("tenderlint: warning: cannot write the job summary to \(path)")
            return
        }
        defer { try? handle.close() }
        _ = try? handle.seekToEnd()
        try? handle.write(contentsOf: Data((markdown + "\n").utf8))
    }
}
