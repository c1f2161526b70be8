/// The audit as CSV (RFC 4180): a header row, then one row per rule (`level` "rule", buyer and year empty)
/// and one per rule × buyer × year (`level` "group"). CRLF line ends; shares are decimals between 0 and 1
/// with four places, empty where no lot was checked.
public struct AuditCSVFormatter: Sendable {
    public static let header = [
        "level", "rule", "name", "buyer", "year", "documents", "lots", "passing", "failing", "not_evaluable",
        "not_applicable", "share_passing", "share_failing", "share_not_evaluable", "share_not_applicable",
    ]

    public init() {}

    public func render(_ report: AuditReport) -> String {
        var lines = [Self.header]
        let names = Dictionary(uniqueKeysWithValues: report.rules.map { ($0.identity.id, $0.identity.name) })
        for (rule, counts) in report.ruleRows {
            lines.append(["rule", rule.identity.id, rule.identity.name, "", ""] + cells(counts))
        }
        for (key, counts) in report.groupRows {
            lines.append(["group", key.rule, names[key.rule] ?? "", key.buyer ?? "", key.year ?? ""] + cells(counts))
        }
        return lines.map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    private func cells(_ counts: AuditCounts) -> [String] {
        let share = { (value: Int) in counts.share(value).map { "\($0)" } ?? "" }
        return ["\(counts.documents)", "\(counts.lots)", "\(counts.passing)", "\(counts.failing)",
                "\(counts.notEvaluable)", "\(counts.notApplicable)", share(counts.passing), share(counts.failing),
                share(counts.notEvaluable), share(counts.notApplicable)]
    }

    /// A field quoted where RFC 4180 needs it: a comma, a double quote or a line break; quotes doubled.
    /// A leading =, +, - or @ is kept as written: buyers' names are data, and spreadsheets are warned of in the docs.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
