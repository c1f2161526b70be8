/// The audit as aligned tables for a terminal: the run, each rule's totals, why lots could not be evaluated,
/// then each rule × buyer × year. Percentages are of the lots checked, with one decimal.
public struct AuditTextFormatter: Sendable {
    /// Buyer names longer than this are cut short (with "…") so the table stays readable.
    public var buyerWidth: Int

    public init(buyerWidth: Int = 40) {
        self.buyerWidth = max(8, buyerWidth)
    }

    public func render(_ report: AuditReport) -> String {
        let run = report.run
        var output = "Audited \(Prose.counted(run.files, "file")): \(Prose.counted(run.documents, "document")), "
            + "\(run.unreadable) unreadable, \(run.notTenders) not tender documents; "
            + "\(Prose.counted(run.tenders, "tender")) with \(Prose.counted(run.lots, "lot")).\n"
        output += "Profile: \(report.profile?.rawValue ?? "none: each document says who its buyer is"); "
            + "judged as of \(report.asOf.map { "\($0)" } ?? "each document's own dates").\n\n"
        let outcomes = ["DOCUMENTS", "LOTS", "FAILING", "NOT EVALUATED", "PASSING", "NOT APPLICABLE"]
        var ruleTable = AlignedTable(header: ["RULE", "NAME"] + outcomes, rightAligned: Set(2..<8))
        for (rule, counts) in report.ruleRows {
            ruleTable.add([rule.identity.id, rule.identity.name] + cells(counts))
        }
        output += ruleTable.render()
        let reasons = report.rules.flatMap { rule in
            report.reasons(for: rule.identity.id, .notEvaluable).map { [rule.identity.id, $0.condition, Prose.counted($0.lots, "lot")] }
        }
        if !reasons.isEmpty {
            output += "\nCould not be evaluated, because the lot lacks (see docs/audit.md):\n"
            var table = AlignedTable(header: ["RULE", "NEEDS", "LOTS"], rightAligned: [2])
            reasons.forEach { table.add($0) }
            output += table.render()
        }
        let grouped = report.grouping.names
        guard !grouped.isEmpty, !report.groupRows.isEmpty else { return output }
        output += "\nBy " + grouped.joined(separator: " and ") + ":\n"
        let header = ["RULE"] + (report.grouping.byBuyer ? ["BUYER"] : []) + (report.grouping.byYear ? ["YEAR"] : [])
        var table = AlignedTable(header: header + outcomes, rightAligned: Set(header.count..<(header.count + outcomes.count)))
        for (key, counts) in report.groupRows {
            let names = [key.buyer.map(shortened), key.year].compactMap { $0 }
            table.add([key.rule] + names + cells(counts))
        }
        return output + table.render()
    }

    private func cells(_ counts: AuditCounts) -> [String] {
        let percent = { (value: Int) in counts.percent(value).map { $0 + "%" } ?? "–" }
        return ["\(counts.documents)", "\(counts.lots)", percent(counts.failing), percent(counts.notEvaluable),
                percent(counts.passing), percent(counts.notApplicable)]
    }

    private func shortened(_ buyer: String) -> String {
        guard DisplayWidth.of(buyer) > buyerWidth else { return buyer }
        var result = ""
        for character in buyer {
            guard DisplayWidth.of(result) + DisplayWidth.of(character) < buyerWidth else { break }
            result.append(character)
        }
        return result + "…"
    }

}

/// Columns padded to their widest cell, counted in terminal cells; two spaces between columns.
struct AlignedTable {
    let header: [String]
    let rightAligned: Set<Int>
    private var rows: [[String]] = []

    init(header: [String], rightAligned: Set<Int>) {
        self.header = header
        self.rightAligned = rightAligned
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render() -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return all.map { row in
            row.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - DisplayWidth.of(row[column]))
                if rightAligned.contains(column) { return padding + row[column] }
                return column == row.count - 1 ? row[column] : row[column] + padding
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
