import Foundation

/// A run stopped by a configuration or baseline that cannot be used (exit status 2). Its problems, already
/// printed on standard error, still go into every report requested: a CI job that uploads the SARIF or
/// JUnit file then shows the real error where it shows findings, instead of failing on a missing file.
struct StoppedRun: Error {
    /// Each problem at its line in the configuration or baseline file.
    var diagnostics: [Diagnostic]

    /// Writes every report of `plan` holding the problems. Text and concise output meant for standard output
    /// is left out: the same text is on standard error already.
    func writeReports(_ plan: OutputPlan, rules: [ReportedRule], sarif: SARIFReporter, environment: [String: String]) {
        let result = LintResult(diagnostics: diagnostics, documentCount: 0, fileCount: 0, rules: rules)
        for destination in plan.destinations {
            let textual = destination.format == .text || destination.format == .concise
            if destination.file == nil, textual { continue }
            let output = destination.format.reporter(colors: false, quiet: false, environment: environment, sarif: sarif).render(result)
            if let file = destination.file {
                // A report that cannot be written is said so; the status stays the usage error's.
                _ = try? OutputFile.writeOrExit(output, to: file)
            } else {
                try? StandardOutput.write(output)
            }
        }
        JobSummary(environment: environment)?.append(result, plan: plan)
    }
}
