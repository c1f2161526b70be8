/// What a run found, in presentation order.
public struct LintReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var documentCount: Int
    public var fileCount: Int
    /// Findings a suppression with a reason took out.
    public var suppressedCount: Int
    /// The findings a suppression with a reason took out, with that reason (SARIF lists them as suppressed).
    public var suppressed: [SuppressedFinding] = []
    /// Every suppression in force, for the audit trail (`--waivers`).
    public var waivers: [Waiver]
    /// Each tender's digest, in file order, when the linter gathers them (`Linter.gathersDigests`).
    public var digests: [TenderDigest] = []
    /// Entries a folder walk passed over because they are not regular files (a named pipe, a device).
    public var skipped: [PathError] = []

    public init(diagnostics: [Diagnostic] = [], documentCount: Int = 0, fileCount: Int = 0,
                suppressedCount: Int = 0, waivers: [Waiver] = []) {
        self.diagnostics = diagnostics
        self.documentCount = documentCount
        self.fileCount = fileCount
        self.suppressedCount = suppressedCount
        self.waivers = waivers
    }

    mutating func add(_ other: LintReport) {
        diagnostics += other.diagnostics
        documentCount += other.documentCount
        fileCount += other.fileCount
        suppressedCount += other.suppressedCount
        suppressed += other.suppressed
        waivers += other.waivers
        digests += other.digests
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
