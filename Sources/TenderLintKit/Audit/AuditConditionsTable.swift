/// The rules' lot conditions as a Markdown table, in each rule's order: what `tenderlint audit --conditions`
/// prints and docs/audit.md holds (a test keeps the two the same).
public enum AuditConditionsTable {
    public static func markdown(_ rules: [Rule]) -> String {
        var lines = [
            "| Rule | Condition | When not met | Met when |",
            "|---|---|---|---|",
        ]
        for rule in rules {
            let profiles = rule.profiles == Profile.allCases ? nil : rule.profiles.map(\.rawValue).joined(separator: ", ")
            if let profiles {
                lines.append("| \(rule.id) `\(rule.name)` | `profile` | not applicable | the tender is checked under \(profiles) |")
            }
            if rule.conditions.isEmpty, profiles == nil {
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
