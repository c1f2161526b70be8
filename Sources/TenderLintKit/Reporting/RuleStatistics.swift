import Foundation

/// `--statistics`: how many findings each rule made, most first, and whether `--fix` can mend them, as ruff
/// counts them.
public struct RuleStatistics: Sendable {
    public struct Row: Sendable, Hashable {
        public var count: Int
        public var rule: RuleIdentity
        /// How many of the findings have a safe fix (`--fix` applies it), and how many only an unsafe one.
        public var safelyFixable = 0
        public var unsafelyFixable = 0

        /// `[*]` where `--fix` can mend some, `[-]` where only `--unsafe-fixes` can, blank where nothing can.
        var marker: String {
            if safelyFixable > 0 { return "[*]" }
            return unsafelyFixable > 0 ? "[-]" : "   "
        }
    }

    /// By count, most first, then by id.
    public let rows: [Row]

    /// A finding that stands for others past the per-rule limit counts for them too.
    public init(_ diagnostics: [Diagnostic]) {
        var rows: [RuleIdentity: Row] = [:]
        for diagnostic in diagnostics {
            var row = rows[diagnostic.rule] ?? Row(count: 0, rule: diagnostic.rule)
            row.count += 1 + diagnostic.omitted
            if diagnostic.fixIts.contains(where: \.applicability.isSafe) {
                row.safelyFixable += 1
            } else if !diagnostic.fixIts.isEmpty {
                row.unsafelyFixable += 1
            }
            rows[diagnostic.rule] = row
        }
        self.rows = rows.values.sorted { ($0.count, $1.rule.id) > ($1.count, $0.rule.id) }
    }

    /// Aligned columns: count, id, whether `--fix` can mend them (see `Row.marker`), name; nothing when there were
    /// no findings.
    public var text: String {
        let countWidth = rows.map { String($0.count).count }.max() ?? 0
        let idWidth = rows.map(\.rule.id.count).max() ?? 0
        return rows.map { row in
            let count = String(row.count)
            let padding = String(repeating: " ", count: countWidth - count.count)
            let id = row.rule.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            return "\(padding)\(count)  \(id)  \(row.marker) \(row.rule.name)\n"
        }.joined()
    }

    /// A JSON array of `{"count", "code", "name", "fixable"}`, as ruff's `--statistics --output-format json` writes
    /// it (`fixable`: some have a safe fix), with the counts of findings `--fix` and `--unsafe-fixes` can mend.
    public var json: String {
        JSONWriter.write(.array(rows.map { row in
            .object([
                ("count", .number(String(row.count))), ("code", .string(row.rule.id)), ("name", .string(row.rule.name)),
                ("fixable", .bool(row.safelyFixable > 0)),
                ("safelyFixable", .number(String(row.safelyFixable))),
                ("unsafelyFixable", .number(String(row.unsafelyFixable))),
            ])
        })) + "\n"
    }
}
