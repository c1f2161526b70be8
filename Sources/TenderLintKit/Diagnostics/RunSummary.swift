/// The closing line of a run: how many findings of each severity, over how many documents.
///
/// "2 errors, 1 warning in 3 documents", "1 error, 2 info in 1 document",
/// "no problems found in 4 documents". Counts of zero are left out. Info findings
/// are counted as "info" (no plural), the same word their headers use, so it is
/// not confused with the `note:` lines that explain other findings.
public struct RunSummary: Sendable, Hashable {
    public var errors: Int
    public var warnings: Int
    public var infos: Int
    public var documents: Int
    /// Findings counted above but not listed: folded into the last listed finding of their rule and
    /// document once the limit per rule was reached (`Diagnostic.omitted`).
    public var omitted: Int = 0

    public init(errors: Int = 0, warnings: Int = 0, infos: Int = 0, documents: Int) {
        self.errors = errors
        self.warnings = warnings
        self.infos = infos
        self.documents = documents
    }

    /// Counts `diagnostics` by severity.
    public init(diagnostics: [Diagnostic], documents: Int) {
        self.init(documents: documents)
        count(diagnostics)
    }

    /// Adds `diagnostics` to the counts, for a run reported as it goes.
    public mutating func count(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            // A finding that stands for others it folded counts them too: the gate sees every finding.
            let count = 1 + diagnostic.omitted
            omitted += diagnostic.omitted
            switch diagnostic.severity {
            case .error: errors += count
            case .warning: warnings += count
            case .info: infos += count
            }
        }
    }

    /// How many findings are at `severity` or above.
    public func count(atLeast severity: Severity) -> Int {
        switch severity {
        case .error: errors
        case .warning: errors + warnings
        case .info: errors + warnings + infos
        }
    }
}
