import Foundation

/// `--statistics` and `--show-files`: runs that print a listing (text, or JSON with `--format json`) in place of
/// the findings.
extension LintRun {
    /// Only text, concise and JSON make sense for a listing; any other format asked for is a usage error.
    func refuseListingFormats() throws(RunFailure) {
        guard statistics || showsFiles else { return }
        let option = showsFiles ? "--show-files" : "--statistics"
        if showsFiles, statistics { throw .invalidArgument("--show-files lints nothing, so it cannot be given with --statistics") }
        for destination in plan.destinations where ![.text, .concise, .json].contains(destination.format) {
            throw .invalidArgument("\(option) writes text or json, not \(destination.format.rawValue)")
        }
    }

    /// Counts the findings per rule (after the baseline, when one is given) and gives the gate's status.
    func lintStatistics(_ found: FileDiscovery.Found) throws -> Int32 {
        let report = try Self.stoppingOnLintErrors { try reportingLinter.lint(found) }
        let gated = try BaselineGate(baselinePath: baselinePath, writePath: writeBaselinePath, prune: pruneBaseline)
            .apply(to: report.diagnostics, linted: found.linted)
        let counted = quiet ? gated.diagnostics.filter { $0.severity == .error } : gated.diagnostics
        let statistics = RuleStatistics(counted)
        try writeListing { $0 == .json ? statistics.json : statistics.text }
        try finish(skipped: report.skipped, waivers: report.waivers)
        if let reason = policy.reason(for: gated.diagnostics) { StandardError.write("tenderlint: \(reason)") }
        return policy.status(for: gated.diagnostics)
    }

    /// Lists the files a run would lint, each with the configuration that applies, and lints nothing.
    func showFiles(_ found: FileDiscovery.Found) throws -> Int32 {
        var rows: [(file: String, configuration: String?)] = []
        for file in found.linted {
            let path = try Self.stoppingOnLintErrors { try linter.configuration?.configurationPath(for: file) }
            rows.append((file, path.map { ConfigurationPaths.display($0, workingDirectory: linter.configuration?.workingDirectory ?? workingDirectory) }))
        }
        try writeListing { format in
            if format == .json {
                return JSONWriter.write(.array(rows.map { row in
                    .object([("path", .string(row.file)), ("configuration", row.configuration.map { .string($0) } ?? .null)])
                })) + "\n"
            }
            return rows.map { "\($0.file)\t\($0.configuration ?? "no configuration")\n" }.joined()
        }
        try finish(skipped: found.skipped, waivers: [])
        return 0
    }

    /// Writes a listing to each destination of the plan, in its format.
    private func writeListing(_ render: (ReportFormat) -> String) throws(RunFailure) {
        for destination in plan.destinations {
            let output = render(destination.format)
            if let file = destination.file {
                try OutputFile.writeOrExit(output, to: file)
            } else {
                try StandardOutput.write(output)
            }
        }
    }
}
