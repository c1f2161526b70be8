/// Everything a machine-readable report needs about a run: the findings, what was checked, and the rules
/// that could have been reported (SARIF and others describe each rule once).
public struct LintResult: Sendable {
    /// In presentation order, after suppressions and the baseline have taken theirs.
    public var diagnostics: [Diagnostic]
    public var documentCount: Int
    public var fileCount: Int
    public var rules: [ReportedRule]
    public var toolVersion: String
    /// Findings left out because a suppression with a reason covered them.
    public var suppressedCount: Int
    /// Findings left out because the baseline holds them.
    public var baselinedCount: Int
    /// The findings counted in `suppressedCount`, with their reasons: SARIF lists them, marked suppressed.
    public var suppressed: [SuppressedFinding] = []
    /// The findings counted in `baselinedCount`: SARIF lists them with `baselineState` "unchanged".
    public var baselined: [Diagnostic] = []
    /// Whether a baseline was compared with the run, so that each finding is new or unchanged.
    public var comparedWithBaseline = false
    /// Each tender's digest, when the linter gathered them (the HTML report draws its summaries and charts from these).
    public var documents: [TenderDigest] = []

    public init(diagnostics: [Diagnostic], documentCount: Int, fileCount: Int, rules: [ReportedRule],
                toolVersion: String = TenderLintVersion.current, suppressedCount: Int = 0, baselinedCount: Int = 0) {
        self.diagnostics = diagnostics
        self.documentCount = documentCount
        self.fileCount = fileCount
        self.rules = rules
        self.toolVersion = toolVersion
        self.suppressedCount = suppressedCount
        self.baselinedCount = baselinedCount
    }

    /// What a lint found, as the formats take it: the findings, the counts, what suppressions took out, and the
    /// digests when they were gathered.
    public init(_ report: LintReport, rules: [ReportedRule]) {
        self.init(diagnostics: report.diagnostics, documentCount: report.documentCount, fileCount: report.fileCount,
                  rules: rules, suppressedCount: report.suppressedCount)
        suppressed = report.suppressed
        documents = report.digests
    }

    public func rule(_ id: String) -> ReportedRule? { rules.first { $0.id == id } }
}

/// A rule or check as reports describe it.
public struct ReportedRule: Sendable, Hashable {
    public var id: String
    public var name: String
    public var summary: String
    public var explanation: RuleExplanation
    public var defaultSeverity: Severity
    /// Where a person reads more: the rule's section of docs/rules.md.
    public var helpURI: String?

    public init(id: String, name: String, summary: String, explanation: RuleExplanation, defaultSeverity: Severity, helpURI: String? = nil) {
        self.id = id
        self.name = name
        self.summary = summary
        self.explanation = explanation
        self.defaultSeverity = defaultSeverity
        self.helpURI = helpURI
    }
}

/// A machine or human format a run can be reported in.
public protocol DiagnosticsReporter: Sendable {
    /// The whole report, ready to write to a file or standard output.
    func render(_ result: LintResult) -> String
}
