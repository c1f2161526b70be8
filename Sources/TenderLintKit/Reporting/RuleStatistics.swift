import Foundation

/// `--statistics`: how many findings each rule made, most first, as ruff counts them.
public struct RuleStatistics: Sendable {
    public struct Row: Sendable, Hashable {
        public var count: Int
        public var rule: RuleIdentity
    }

    /// By count, most first, then by id.
    public let rows: [Row]

    /// A finding that stands for others past the per-rule limit counts for them too.
    public init(_ diagnostics: [Diagnostic]) {
        var counts: [RuleIdentity: Int] = [:]
        for diagnostic in diagnostics { counts[diagnostic.rule, default: 0] += 1 + diagnostic.omitted }
        rows = counts.map { Row(count: $0.value, rule: $0.key) }
            .sorted { ($0.count, $1.rule.id) > ($1.count, $0.rule.id) }
    }

    /// Aligned columns: count, id, name; nothing when there were no findings.
    public var text: String {
        let countWidth = rows.map { String($0.count).count }.max() ?? 0
        let idWidth = rows.map(\.rule.id.count).max() ?? 0
        return rows.map { row in
            let count = String(row.count)
            let padding = String(repeating: " ", count: countWidth - count.count)
            let id = row.rule.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            return "\(padding)\(count)  \(id)  \(row.rule.name)\n"
        }.joined()
    }

    /// A JSON array of `{"count", "code", "name"}`, as ruff's `--statistics --output-format json` writes it.
    public var json: String {
        JSONWriter.write(.array(rows.map { row in
            .object([("count", .number(String(row.count))), ("code", .string(row.rule.id)), ("name", .string(row.rule.name))])
        })) + "\n"
    }
}
