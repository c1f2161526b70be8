/// SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it: one run, every rule described
/// once in `tool.driver.rules`, and one result per finding with its full region, related locations,
/// a stable `partialFingerprints` entry and `fixes` from its fix-its.
///
/// Regions use the diagnostic's own units: 1-based lines, columns in Unicode code points
/// (`run.columnKind` says so) and an exclusive end. File paths become relative URI references
/// (forward slashes, percent-encoded); an absolute path becomes a `file://` URI.
public struct SARIFReporter: DiagnosticsReporter {
    /// The `$schema` the log names: the OASIS schema that validates it.
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The key under `partialFingerprints`; the value is `DiagnosticFingerprint`'s.
    public static let fingerprintKey = "tenderlint/v1"

    /// The tool's home page, for `tool.driver.informationUri`; left out when nil or not an absolute URI.
    public var informationURI: String?

    public init(informationURI: String? = nil) {
        self.informationURI = informationURI
    }

    public func render(_ result: LintResult) -> String {
        let rules = Self.describedRules(result)
        let indexByID = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let fingerprints = DiagnosticFingerprint.fingerprints(of: result.diagnostics)
        let results = zip(result.diagnostics, fingerprints).map { diagnostic, fingerprint in
            Self.result(diagnostic, ruleIndex: indexByID[diagnostic.ruleID], fingerprint: fingerprint)
        }

        var driver: [(String, JSONWriter.Value)] = [
            ("name", .string("tenderlint")),
            ("version", .string(result.toolVersion)),
        ]
        if let informationURI, ReportPath.hasScheme(informationURI) {
            driver.append(("informationUri", .string(informationURI)))
        }
        driver.append(("rules", .array(rules.map(Self.rule))))

        let run: JSONWriter.Value = .object([
            ("tool", .object([("driver", .object(driver))])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
            ("properties", .object([
                ("documents", ReportJSON.integer(result.documentCount)),
                ("files", ReportJSON.integer(result.fileCount)),
                ("suppressed", ReportJSON.integer(result.suppressedCount)),
                ("baselined", ReportJSON.integer(result.baselinedCount)),
                ("omitted", ReportJSON.integer(result.diagnostics.reduce(0) { $0 + $1.omitted })),
            ])),
        ])
        let log: JSONWriter.Value = .object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
        return JSONWriter.write(log) + "\n"
    }

    /// SARIF's word for a severity.
    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    // MARK: - Rules

    /// The result's rules in the order given (the first of any repeated id), then, sorted by id, any
    /// rule a diagnostic names that the result does not describe, so that every result has a rule.
    static func describedRules(_ result: LintResult) -> [ReportedRule] {
        var seen = Set<String>()
        var rules: [ReportedRule] = []
        for rule in result.rules where seen.insert(rule.id).inserted {
            rules.append(rule)
        }
        var missing: [String: ReportedRule] = [:]
        for diagnostic in result.diagnostics where !seen.contains(diagnostic.ruleID) && missing[diagnostic.ruleID] == nil {
            missing[diagnostic.ruleID] = ReportedRule(
                id: diagnostic.ruleID,
                name: diagnostic.rule.name,
                summary: diagnostic.rule.name,
                explanation: "",
                defaultSeverity: diagnostic.severity
            )
        }
        return rules + missing.keys.sorted().compactMap { missing[$0] }
    }

    private static func rule(_ rule: ReportedRule) -> JSONWriter.Value {
        let summary = rule.summary.isEmpty ? rule.name : rule.summary
        let full = rule.explanation.isEmpty ? summary : rule.explanation
        let helpURI = rule.helpURI.flatMap { ReportPath.hasScheme($0) ? $0 : nil }

        var helpText = "\(rule.id) \(rule.name): \(summary)"
        var helpMarkdown = "**\(rule.id) \(rule.name)**: \(summary)"
        if !rule.explanation.isEmpty {
            helpText += "\n\n" + rule.explanation
            helpMarkdown += "\n\n" + rule.explanation
        }
        if let reference = rule.helpURI {
            helpText += "\n\nMore: " + reference
            helpMarkdown += helpURI.map { "\n\n[More about \(rule.id)](\($0))" } ?? "\n\nMore: " + reference
        }

        var members: [(String, JSONWriter.Value)] = [
            ("id", .string(rule.id)),
            ("name", .string(rule.name)),
            ("shortDescription", .object([("text", .string(summary))])),
            ("fullDescription", .object([("text", .string(full))])),
            ("help", .object([("text", .string(helpText)), ("markdown", .string(helpMarkdown))])),
        ]
        if let helpURI {
            members.append(("helpUri", .string(helpURI)))
        }
        members.append(("defaultConfiguration", .object([("level", .string(level(rule.defaultSeverity)))])))
        return .object(members)
    }

    // MARK: - Results

    private static func result(_ diagnostic: Diagnostic, ruleIndex: Int?, fingerprint: String) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = [("ruleId", .string(diagnostic.ruleID))]
        if let ruleIndex {
            members.append(("ruleIndex", ReportJSON.integer(ruleIndex)))
        }
        members += [
            ("level", .string(level(diagnostic.severity))),
            ("message", .object([("text", .string(messageText(diagnostic)))])),
            ("locations", .array([.object([("physicalLocation", physicalLocation(diagnostic.location))])])),
        ]
        if !diagnostic.secondary.isEmpty {
            members.append(("relatedLocations", .array(diagnostic.secondary.enumerated().map { index, label in
                .object([
                    ("id", ReportJSON.integer(index + 1)),
                    ("physicalLocation", physicalLocation(label.location)),
                    ("message", .object([("text", .string(label.message))])),
                ])
            })))
        }
        members.append(("partialFingerprints", .object([(fingerprintKey, .string(fingerprint))])))
        if !diagnostic.fixIts.isEmpty {
            // Each fix-it is an alternative way to resolve the finding: one fix each.
            members.append(("fixes", .array(diagnostic.fixIts.map { fixIt in
                .object([
                    ("description", .object([("text", .string(fixIt.summary))])),
                    ("artifactChanges", .array([.object([
                        ("artifactLocation", artifactLocation(fixIt.location.path)),
                        ("replacements", .array([.object([
                            ("deletedRegion", region(fixIt.location)),
                            ("insertedContent", .object([("text", .string(fixIt.replacement))])),
                        ])])),
                    ])])),
                ])
            })))
        }
        var properties: [(String, JSONWriter.Value)] = []
        if let documentPath = diagnostic.documentPath {
            properties.append(("documentPath", .string(documentPath)))
        }
        if let label = diagnostic.label {
            properties.append(("label", .string(label)))
        }
        if let policy = diagnostic.policy {
            properties.append(("policy", .object([("name", .string(policy.shortName)), ("detail", ReportJSON.optionalString(policy.detail))])))
        }
        if diagnostic.omitted > 0 {
            // Findings of the same rule and document folded into this one (docs/limits.md).
            properties.append(("omitted", ReportJSON.integer(diagnostic.omitted)))
        }
        if !properties.isEmpty {
            members.append(("properties", .object(properties)))
        }
        return .object(members)
    }

    /// The message, then its notes, help and policy on lines of their own, as the text format prints them.
    static func messageText(_ diagnostic: Diagnostic) -> String {
        var lines = [diagnostic.message]
        lines += diagnostic.notes.map { "note: " + $0 }
        lines += diagnostic.help.map { "help: " + $0 }
        if let policy = diagnostic.policy {
            lines.append("policy: " + policy.shortName + (policy.detail.map { " (\($0))" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }

    private static func physicalLocation(_ location: SourceLocation) -> JSONWriter.Value {
        .object([
            ("artifactLocation", artifactLocation(location.path)),
            ("region", region(location)),
        ])
    }

    private static func artifactLocation(_ path: String) -> JSONWriter.Value {
        .object([("uri", .string(ReportPath.uriReference(path)))])
    }

    private static func region(_ location: SourceLocation) -> JSONWriter.Value {
        .object([
            ("startLine", ReportJSON.integer(location.start.line)),
            ("startColumn", ReportJSON.integer(location.start.column)),
            ("endLine", ReportJSON.integer(location.end.line)),
            ("endColumn", ReportJSON.integer(location.end.column)),
        ])
    }
}
