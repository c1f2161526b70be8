/// The rules' lot conditions as a Markdown table, in each rule's order: what `tenderlint audit --conditions`
/// prints and docs/audit.md holds (a test keeps the two the same).
public enum AuditConditionsTable {
    public static func markdown(_ rules: [Rule]) -> String {
        var lines = [
            "| Rule | Condition | When not met | Met when |",
            "|---|---|---|---|",
        ]
        for rule in rules {
            lines.append("| \(rule.id) `\(rule.name)` | `stage` | not applicable | the document is a competition or the record of one (not a planning notice, a direct award or a modification) |")
            if !rule.policies.isEmpty {
                let names = rule.policies.map(\.shortName).joined(separator: ", ")
                lines.append("| \(rule.id) `\(rule.name)` | `policy` | not applicable | one of \(names) binds the buyer on the evaluation date |")
                lines.append("| \(rule.id) `\(rule.name)` | `policy-not-known` | **could not be evaluated** | the document shows enough of the buyer to say whether one of them binds it |")
            }
            if rule.conditions.isEmpty, rule.policies.isEmpty {
                lines.append("| \(rule.id) `\(rule.name)` | (none) | | every lot can be judged |")
            }
            for item in rule.conditions {
                let unmet = item.whenUnmet == .notApplicable ? "not applicable" : "**could not be evaluated**"
                lines.append("| \(rule.id) `\(rule.name)` | `\(item.condition.id)` | \(unmet) | \(item.condition.summary) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
