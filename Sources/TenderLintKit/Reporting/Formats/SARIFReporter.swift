/// SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it: one run, every rule described
/// once in `tool.driver.rules`, and one result per finding with its full region, related locations,
/// stable `partialFingerprints` and one `fix` per fix-it.
///
/// Within GitHub's limits (docs/ci.md): paths relative to the repository root under `uriBaseId`
/// `%SRCROOT%` when a root is given; at most `resultLimit` results (errors first), the rest counted in
/// the run's `properties` and a tool notification; descriptions in plain text of at most 1,024
/// characters, with Markdown only in `markdown` fields; the message's first sentence as the alert text.
/// Findings suppressed with a reason are listed with `suppressions`, baselined ones with `baselineState`.
///
/// Regions use the diagnostic's own units: 1-based lines, columns in Unicode code points
/// (`run.columnKind` says so) and an exclusive end.
public struct SARIFReporter: DiagnosticsReporter {
    /// The `$schema` the log names: the OASIS schema that validates it.
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The key under `partialFingerprints`; the value is `DiagnosticFingerprint`'s.
    public static let fingerprintKey = "tenderlint/v2"
    /// The key GitHub code scanning reads to follow a result from one run to the next.
    public static let lineHashKey = "primaryLocationLineHash"
    /// The base id of paths under the repository root.
    public static let sourceRootID = "%SRCROOT%"
    /// Results per run by default: the most GitHub shows of one run.
    public static let defaultResultLimit = 5_000
    /// Results per run past which GitHub refuses the upload.
    public static let gitHubResultLimit = 25_000
    /// GitHub's limit on a rule's short and full descriptions.
    public static let descriptionLimit = 1_024

    /// The tool's home page, for `tool.driver.informationUri`; left out when nil or not an absolute URI.
    public var informationURI: String?
    /// The folder `%SRCROOT%` stands for; nil writes paths as the findings give them.
    public var sourceRoot: RepositoryRoot?
    /// The folder relative paths of findings start from (the run's current directory).
    public var workingDirectory: String
    /// The most results one run holds; nil for no limit.
    public var resultLimit: Int?
    /// The rules page, for each rule's `helpUri` (the rule's anchor is added); a rule that has its own keeps it.
    public var rulesPageURL: String?

    public init(informationURI: String? = nil, sourceRoot: RepositoryRoot? = nil, workingDirectory: String = "/",
                resultLimit: Int? = SARIFReporter.defaultResultLimit, rulesPageURL: String? = nil) {
        self.informationURI = informationURI
        self.sourceRoot = sourceRoot
        self.workingDirectory = workingDirectory
        self.resultLimit = resultLimit
        self.rulesPageURL = rulesPageURL
    }

    public func render(_ result: LintResult) -> String {
        let rules = Self.describedRules(result).map { rule in
            var rule = rule
            if rule.helpURI == nil, let rulesPageURL {
                rule.helpURI = rulesPageURL + "#" + RuleDocumentation.anchor(RuleIdentity(id: rule.id, name: rule.name))
            }
            return rule
        }
        let indexByID = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let entries = Self.entries(result)
        let lineHashes = lineHashes(of: entries.map(\.diagnostic))
        let kept = keptIndices(entries)
        let results = kept.map { index in
            self.result(entries[index], ruleIndex: indexByID[entries[index].diagnostic.ruleID],
                        fingerprint: entries[index].fingerprint, lineHash: lineHashes[index],
                        comparedWithBaseline: result.comparedWithBaseline || !result.baselined.isEmpty)
        }

        var driver: [(String, JSONWriter.Value)] = [
            ("name", .string("tenderlint")),
            ("version", .string(result.toolVersion)),
        ]
        if let informationURI, ReportPath.hasScheme(informationURI) {
            driver.append(("informationUri", .string(informationURI)))
        }
        driver.append(("rules", .array(rules.map(Self.rule))))

        var run: [(String, JSONWriter.Value)] = [("tool", .object([("driver", .object(driver))]))]
        if kept.count < entries.count {
            // The cap said where GitHub shows it: a warning about the run itself.
            run.append(("invocations", .array([.object([
                ("executionSuccessful", .bool(true)),
                ("toolExecutionNotifications", .array([.object([
                    ("level", .string("warning")),
                    ("message", .object([("text", .string(Self.capWarning(total: entries.count, kept: kept.count)))])),
                ])])),
            ])])))
        }
        if let sourceRoot {
            run.append(("originalUriBaseIds", .object([(Self.sourceRootID, .object([("uri", .string(sourceRoot.uri))]))])))
        }
        run += [
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
        ]
        var properties: [(String, JSONWriter.Value)] = [
            ("documents", ReportJSON.integer(result.documentCount)),
            ("files", ReportJSON.integer(result.fileCount)),
            ("suppressed", ReportJSON.integer(result.suppressedCount)),
            ("baselined", ReportJSON.integer(result.baselinedCount)),
            ("omitted", ReportJSON.integer(result.diagnostics.reduce(0) { $0 + $1.omitted })),
            ("results", ReportJSON.integer(entries.count)),
            ("resultsOmitted", ReportJSON.integer(entries.count - kept.count)),
        ]
        if let resultLimit {
            properties.append(("resultLimit", ReportJSON.integer(resultLimit)))
        }
        run.append(("properties", .object(properties)))
        let log: JSONWriter.Value = .object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
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

    /// Whether `uri` is absolute (has a scheme), as `helpUri` needs.
    public static func isAbsoluteURI(_ uri: String) -> Bool { ReportPath.hasScheme(uri) }

    // MARK: - The cap

    /// How many results `render` leaves out of `result` for the limit (0 when it keeps them all).
    public func omittedResultCount(_ result: LintResult) -> Int {
        guard let resultLimit else { return 0 }
        return max(0, result.diagnostics.count + result.suppressed.count + result.baselined.count - resultLimit)
    }

    /// What standard error says when `render` leaves results of `result` out; nil when it keeps them all.
    public func capWarning(_ result: LintResult) -> String? {
        let omitted = omittedResultCount(result)
        guard omitted > 0 else { return nil }
        let total = result.diagnostics.count + result.suppressed.count + result.baselined.count
        return Self.capWarning(total: total, kept: total - omitted)
    }

    /// What the log and standard error say when results were left out.
    public static func capWarning(total: Int, kept: Int) -> String {
        "the SARIF report holds \(Prose.grouped(kept)) of \(Prose.grouped(total)) results, errors first; "
            + "\(Prose.grouped(total - kept)) were left out (--sarif-max-results sets the limit; GitHub shows "
            + "\(Prose.grouped(defaultResultLimit)) results of a run and refuses more than \(Prose.grouped(gitHubResultLimit)))"
    }

    /// The indices of the entries kept, in report order: new findings before suppressed or baselined ones,
    /// errors before warnings before notes, then report order.
    func keptIndices(_ entries: [Entry]) -> [Int] {
        guard let resultLimit, entries.count > resultLimit else { return Array(entries.indices) }
        let ranked = entries.indices.sorted { left, right in
            let (a, b) = (entries[left], entries[right])
            if a.state.isNew != b.state.isNew { return a.state.isNew }
            if a.diagnostic.severity != b.diagnostic.severity { return a.diagnostic.severity > b.diagnostic.severity }
            return left < right
        }
        return ranked.prefix(max(0, resultLimit)).sorted()
    }

    // MARK: - Entries

    /// A finding as the log lists it, with what the gate did with it.
    struct Entry {
        enum State {
            case new
            case baselined
            case suppressed(reason: String, inSource: Bool)

            var isNew: Bool { if case .new = self { true } else { false } }
        }

        var diagnostic: Diagnostic
        var state: State
        var fingerprint = ""
    }

    /// Every finding of the run, those the gate took out included, in presentation order.
    static func entries(_ result: LintResult) -> [Entry] {
        var all = result.diagnostics.map { Entry(diagnostic: $0, state: .new) }
            + result.baselined.map { Entry(diagnostic: $0, state: .baselined) }
            + result.suppressed.map { Entry(diagnostic: $0.diagnostic, state: .suppressed(reason: $0.reason, inSource: $0.inSource)) }
        // Counted with the listed findings first, so that theirs are the JSON report's and GitLab's.
        for (index, fingerprint) in DiagnosticFingerprint.fingerprints(of: all.map(\.diagnostic)).enumerated() {
            all[index].fingerprint = fingerprint
        }
        guard !result.baselined.isEmpty || !result.suppressed.isEmpty else { return all }
        return all.enumerated().sorted { left, right in
            if Diagnostic.presentationOrder(left.element.diagnostic, right.element.diagnostic) { return true }
            if Diagnostic.presentationOrder(right.element.diagnostic, left.element.diagnostic) { return false }
            return left.offset < right.offset
        }.map(\.element)
    }
}
