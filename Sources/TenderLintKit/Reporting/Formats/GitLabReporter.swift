/// GitLab Code Quality JSON (a subset of the Code Climate format), as the `codequality` report of a
/// CI job: an array with one issue per finding, in the order given.
///
/// Each issue has `description` (the message and its rule id), `check_name` (the rule id),
/// `fingerprint` (`DiagnosticFingerprint`, the same as SARIF's `partialFingerprints`, so unique in the
/// report and stable when text moves), `severity` and `location` (`path`, and `lines.begin` and
/// `lines.end`). Severities follow the convention of ESLint's GitLab formatter: error → `major`,
/// warning → `minor`, info → `info`; `critical` and `blocker` are not used.
public struct GitLabReporter: DiagnosticsReporter {
    public init() {}

    public func render(_ result: LintResult) -> String {
        let fingerprints = DiagnosticFingerprint.fingerprints(of: result.diagnostics)
        let issues: [JSONWriter.Value] = zip(result.diagnostics, fingerprints).map { diagnostic, fingerprint in
            .object([
                ("description", .string("\(diagnostic.message) [\(diagnostic.ruleID)]")),
                ("check_name", .string(diagnostic.ruleID)),
                ("fingerprint", .string(fingerprint)),
                ("severity", .string(Self.severity(diagnostic.severity))),
                ("location", .object([
                    ("path", .string(ReportPath.normalized(diagnostic.path))),
                    ("lines", .object([
                        ("begin", ReportJSON.integer(diagnostic.location.start.line)),
                        ("end", ReportJSON.integer(diagnostic.location.lastLine)),
                    ])),
                ])),
            ])
        }
        return JSONWriter.write(.array(issues)) + "\n"
    }

    /// Code Quality's word for a severity.
    public static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .info: "info"
        }
    }
}
