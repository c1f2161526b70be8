/// What `--fix` or `--diff` says on standard error once the files are done: the findings fixed (or that would
/// be), by rule, and the fixes left, by why. Counts only, so a run over many files holds no file's text for it.
public struct FixSummary: Sendable {
    /// `--diff`: said as what would be fixed.
    public var hypothetical: Bool
    private var applied: [String: Int] = [:]
    private var files = 0
    private var left: [FixLeftReason: [String: Int]] = [:]

    public init(hypothetical: Bool) {
        self.hypothetical = hypothetical
    }

    /// Counts what was done to one file.
    public mutating func add(_ fix: FileFix) {
        applied.merge(fix.applied, uniquingKeysWith: +)
        if fix.appliedCount > 0 { files += 1 }
        for (rule, reason) in fix.left { left[reason, default: [:]][rule, default: 0] += 1 }
    }

    /// "fixed 3 findings in 2 files: TL006 (2), TOM001 (1)", then a line per reason fixes were left, its rules
    /// counted; "fixed nothing" when no fix applied and none was left.
    public var lines: [String] {
        let verb = hypothetical ? "would fix" : "fixed"
        let total = applied.values.reduce(0, +)
        var lines = [total == 0 ? "\(verb) nothing" : "\(verb) \(Prose.counted(total, "finding")) in \(Prose.counted(files, "file")): " + Self.byRule(applied)]
        let leftTotal = left.values.flatMap(\.values).reduce(0, +)
        if leftTotal > 0 {
            lines.append("left \(Prose.counted(leftTotal, "fix", plural: "fixes")):")
            for (reason, rules) in left.sorted(by: { $0.key < $1.key }) {
                lines.append("  \(Self.byRule(rules)): \(reason.description)")
            }
        }
        return lines
    }

    /// "TL006 (2), TOM001 (1)": most first, then by id.
    private static func byRule(_ counts: [String: Int]) -> String {
        counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
    }
}
