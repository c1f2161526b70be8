/// The audit as JSON, version 1 (docs/audit.md): keys always present and in the same order, shares as
/// decimals between 0 and 1 with four places (null where no lot was checked), no timestamps.
public struct AuditJSONFormatter: Sendable {
    public static let version = "1"

    public init() {}

    public func render(_ report: AuditReport) -> String {
        let root: JSONWriter.Value = .object([
            ("version", .string(Self.version)),
            ("kind", .string("tenderlint-audit")),
            ("tool", .object([("name", .string("tenderlint")), ("version", .string(TenderLintVersion.current))])),
            ("settings", settings(report)),
            ("summary", summary(report.run)),
            ("rules", .array(report.ruleRows.map { rule(report, $0.rule, $0.counts) })),
            ("groups", .array(report.groupRows.map { group($0.key, $0.counts) })),
        ])
        return JSONWriter.write(root) + "\n"
    }

    private func settings(_ report: AuditReport) -> JSONWriter.Value {
        let profile: JSONWriter.Value = report.profile.map { .string($0.rawValue) } ?? .null
        let asOf: JSONWriter.Value = report.asOf.map { .string("\($0)") } ?? .null
        return .object([
            ("profile", profile),
            ("asOf", asOf),
            ("groupBy", .array(report.grouping.names.map { .string($0) })),
            ("rules", .array(report.rules.map { .string($0.identity.id) })),
        ])
    }

    private func summary(_ run: AuditRunCounts) -> JSONWriter.Value {
        .object([
            ("files", number(run.files)), ("documents", number(run.documents)),
            ("unreadable", number(run.unreadable)), ("notTenders", number(run.notTenders)),
            ("tenders", number(run.tenders)), ("lots", number(run.lots)),
        ])
    }

    private func rule(_ report: AuditReport, _ rule: AuditReport.RuleInfo, _ counts: AuditCounts) -> JSONWriter.Value {
        let id = rule.identity.id
        let head: [(String, JSONWriter.Value)] = [
            ("ruleId", .string(id)), ("name", .string(rule.identity.name)), ("summary", .string(rule.summary)),
        ]
        let tail: [(String, JSONWriter.Value)] = [
            ("notEvaluableBecause", reasons(report, id, .notEvaluable)),
            ("notApplicableBecause", reasons(report, id, .notApplicable)),
        ]
        return .object(head + fields(counts) + tail)
    }

    private func group(_ key: AuditKey, _ counts: AuditCounts) -> JSONWriter.Value {
        let buyer: JSONWriter.Value = key.buyer.map { .string($0) } ?? .null
        let year: JSONWriter.Value = key.year.map { .string($0) } ?? .null
        return .object([("ruleId", .string(key.rule)), ("buyer", buyer), ("year", year)] + fields(counts))
    }

    private func fields(_ counts: AuditCounts) -> [(String, JSONWriter.Value)] {
        let share = { (value: Int) -> JSONWriter.Value in counts.share(value).map { .number("\($0)") } ?? .null }
        return [
            ("documents", number(counts.documents)), ("lots", number(counts.lots)),
            ("passing", number(counts.passing)), ("failing", number(counts.failing)),
            ("notEvaluable", number(counts.notEvaluable)), ("notApplicable", number(counts.notApplicable)),
            ("shares", .object([
                ("passing", share(counts.passing)), ("failing", share(counts.failing)),
                ("notEvaluable", share(counts.notEvaluable)), ("notApplicable", share(counts.notApplicable)),
            ])),
        ]
    }

    private func reasons(_ report: AuditReport, _ rule: String, _ outcome: Rule.Condition.Unmet) -> JSONWriter.Value {
        .array(report.reasons(for: rule, outcome).map { .object([("condition", .string($0.condition)), ("lots", number($0.lots))]) })
    }

    private func number(_ value: Int) -> JSONWriter.Value { .number("\(value)") }
}
