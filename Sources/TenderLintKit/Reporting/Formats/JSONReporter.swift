/// tenderlint's own JSON report, version 1: every finding with everything a diagnostic holds, and
/// a summary of the run. Documented in docs/json-report.md; its JSON Schema is
/// docs/schemas/tenderlint-report-1.schema.json.
///
/// Keys always appear, in a fixed order (absent values are `null` or `[]`), and the same result
/// always gives byte-identical output: no timestamps, no absolute paths the input did not have.
public struct JSONReporter: DiagnosticsReporter {
    /// The report's `version`. Adding a key is not a new version; removing, renaming or changing
    /// the meaning of one is.
    public static let schemaVersion = "1"

    public init() {}

    public func render(_ result: LintResult) -> String {
        let fingerprints = DiagnosticFingerprint.fingerprints(of: result.diagnostics)
        let diagnostics = zip(result.diagnostics, fingerprints).map { Self.diagnostic($0, fingerprint: $1) }
        let counts = RunSummary(diagnostics: result.diagnostics, documents: result.documentCount)
        let report: JSONWriter.Value = .object([
            ("version", .string(Self.schemaVersion)),
            ("tool", .object([
                ("name", .string("tenderlint")),
                ("version", .string(result.toolVersion)),
            ])),
            ("diagnostics", .array(diagnostics)),
            ("summary", .object([
                ("total", ReportJSON.integer(result.diagnostics.count)),
                ("bySeverity", .object([
                    ("error", ReportJSON.integer(counts.errors)),
                    ("warning", ReportJSON.integer(counts.warnings)),
                    ("info", ReportJSON.integer(counts.infos)),
                ])),
                ("documents", ReportJSON.integer(result.documentCount)),
                ("files", ReportJSON.integer(result.fileCount)),
                ("suppressed", ReportJSON.integer(result.suppressedCount)),
                ("baselined", ReportJSON.integer(result.baselinedCount)),
                ("omitted", ReportJSON.integer(counts.omitted)),
            ])),
        ])
        return JSONWriter.write(report) + "\n"
    }

    private static func diagnostic(_ diagnostic: Diagnostic, fingerprint: String) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = [
            ("ruleId", .string(diagnostic.ruleID)),
            ("name", .string(diagnostic.rule.name)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
        ]
        members += place(diagnostic.location)
        members += [
            ("documentPath", ReportJSON.optionalString(diagnostic.documentPath)),
            ("subject", .string(diagnostic.location.subject)),
            ("label", ReportJSON.optionalString(diagnostic.label)),
            ("notes", .array(diagnostic.notes.map { .string($0) })),
            ("help", .array(diagnostic.help.map { .string($0) })),
            ("fixIts", .array(diagnostic.fixIts.map { fixIt in
                // The first edit's place and text stay at the top for consumers of fixes of one edit.
                .object([("summary", .string(fixIt.summary)), ("applicability", .string(fixIt.applicability.name)),
                         ("unsafeBecause", ReportJSON.optionalString(fixIt.applicability.reason))] + place(fixIt.location) + [
                    ("replacement", .string(fixIt.replacement)),
                    ("edits", .array(fixIt.edits.map { edit in .object(place(edit.location) + [("replacement", .string(edit.replacement))]) })),
                ])
            })),
            ("secondaryLocations", .array(diagnostic.secondary.map { label in
                .object([("message", .string(label.message))] + place(label.location))
            })),
            ("policy", diagnostic.policy.map { policy in
                .object([("name", .string(policy.shortName)), ("detail", ReportJSON.optionalString(policy.detail))])
            } ?? .null),
            ("fingerprint", .string(fingerprint)),
            ("identity", identity(diagnostic)),
            ("omitted", ReportJSON.integer(diagnostic.omitted)),
        ]
        return .object(members)
    }

    /// What a baseline entry for the finding would hold: what it is about and the value it judged.
    private static func identity(_ diagnostic: Diagnostic) -> JSONWriter.Value {
        let identity = DiagnosticIdentity(diagnostic)
        return .object([("subject", .string(identity.subject)), ("value", ReportJSON.optionalString(identity.value))])
    }

    /// `file`, `line`, `column`, `endLine`, `endColumn`: the end is exclusive, columns count code points.
    private static func place(_ location: SourceLocation) -> [(String, JSONWriter.Value)] {
        [
            ("file", .string(location.path)),
            ("line", ReportJSON.integer(location.start.line)),
            ("column", ReportJSON.integer(location.start.column)),
            ("endLine", ReportJSON.integer(location.end.line)),
            ("endColumn", ReportJSON.integer(location.end.column)),
        ]
    }
}
