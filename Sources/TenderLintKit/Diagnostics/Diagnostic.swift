/// One finding: what is wrong, where, why it matters and how to fix it.
///
/// A plain value: it holds everything renderers need (including the quoted
/// source lines), so documents can be released as soon as they are checked.
public struct Diagnostic: Hashable, Sendable {
    /// A second place that explains the first, such as "first defined here".
    public struct Label: Hashable, Sendable {
        public var location: SourceLocation
        public var message: String

        public init(_ message: String, at location: SourceLocation) {
            self.message = message
            self.location = location
        }
    }

    public var rule: RuleIdentity
    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    /// What the caret line under the primary range says, if anything.
    public var label: String?
    public var secondary: [Label]
    public var notes: [String]
    public var help: [String]
    public var fixIts: [FixIt]
    /// JSON Pointer or indexed XPath of the node concerned, when there is one.
    public var documentPath: String?
    public var policy: PolicyCitation?
    /// How many more findings of this rule in this document were folded into this one, the last listed, once
    /// the document reached the limit of findings per rule (see `FindingLimit` and docs/limits.md); 0 when
    /// none were. They count towards the run's totals and its exit status as listed findings do.
    public var omitted: Int = 0
    /// What the finding is about, named so that re-indenting, moving and reordering leave it unchanged (a
    /// `SubjectIdentity`, with the lot for a per-lot finding); nil for findings about the file's syntax. Baselines
    /// match on it.
    public var subjectIdentity: String?
    /// The offending value as the finding judged it (a share, a sum, a code, a year), whitespace collapsed; nil
    /// when the finding is about something missing. Baselines match on it, so a changed value is a new finding.
    public var offendingValue: String?

    public init(
        _ rule: RuleIdentity,
        _ severity: Severity,
        _ message: String,
        at location: SourceLocation,
        label: String? = nil,
        secondary: [Label] = [],
        notes: [String] = [],
        help: [String] = [],
        fixIts: [FixIt] = [],
        documentPath: String? = nil,
        policy: PolicyCitation? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.location = location
        self.label = label
        self.secondary = secondary
        self.notes = notes
        self.help = help
        self.fixIts = fixIts
        self.documentPath = documentPath
        self.policy = policy
    }

    public var ruleID: String { rule.id }
    public var path: String { location.path }
}

extension Diagnostic {
    /// The order of all output: by path, line, column, then rule id, so runs are reproducible.
    public static func presentationOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if lhs.location.start != rhs.location.start { return lhs.location.start < rhs.location.start }
        if lhs.rule.id != rhs.rule.id { return lhs.rule.id < rhs.rule.id }
        return lhs.message < rhs.message
    }
}
