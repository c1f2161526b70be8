/// `tool.driver.rules`: each rule once, its descriptions in plain text within GitHub's 1,024 characters
/// (Markdown beside them in `markdown`), its whole explanation, section by section, in `help`, and `helpUri` to its page.
extension SARIFReporter {
    /// The result's rules in the order given (the first of any repeated id), then, sorted by id, any
    /// rule a diagnostic names that the result does not describe, so that every result has a rule.
    static func describedRules(_ result: LintResult) -> [ReportedRule] {
        var seen = Set<String>()
        var rules: [ReportedRule] = []
        for rule in result.rules where seen.insert(rule.id).inserted {
            rules.append(rule)
        }
        var missing: [String: ReportedRule] = [:]
        let listed = result.diagnostics + result.baselined + result.suppressed.map(\.diagnostic)
        for diagnostic in listed where !seen.contains(diagnostic.ruleID) && missing[diagnostic.ruleID] == nil {
            missing[diagnostic.ruleID] = ReportedRule(
                id: diagnostic.ruleID,
                name: diagnostic.rule.name,
                summary: diagnostic.rule.name,
                explanation: RuleExplanation(whatItChecks: ""),
                defaultSeverity: diagnostic.severity
            )
        }
        return rules + missing.keys.sorted().compactMap { missing[$0] }
    }

    static func rule(_ rule: ReportedRule) -> JSONWriter.Value {
        let summary = rule.summary.isEmpty ? rule.name : rule.summary
        // The full description is what the rule checks; why, and what is not its finding, are in `help`.
        let full = rule.explanation.whatItChecks.isEmpty ? summary : rule.explanation.whatItChecks
        let helpURI = rule.helpURI.flatMap { ReportPath.hasScheme($0) ? $0 : nil }

        var helpText = "\(rule.id) \(rule.name): \(ReportText.plain(summary))"
        var helpMarkdown = "**\(rule.id) \(rule.name)**: \(summary)"
        if !rule.explanation.isEmpty {
            helpText += "\n\n" + rule.explanation.text(plain: ReportText.plain)
            helpMarkdown += "\n\n" + rule.explanation.markdown(headingLevel: 3)
        }
        if let reference = rule.helpURI {
            helpText += "\n\nMore: " + reference
            helpMarkdown += helpURI.map { "\n\n[More about \(rule.id)](\($0))" } ?? "\n\nMore: " + reference
        }

        var members: [(String, JSONWriter.Value)] = [
            ("id", .string(rule.id)),
            ("name", .string(rule.name)),
            ("shortDescription", description(summary)),
            ("fullDescription", description(full)),
            ("help", .object([("text", .string(helpText)), ("markdown", .string(helpMarkdown))])),
        ]
        if let helpURI {
            members.append(("helpUri", .string(helpURI)))
        }
        members.append(("defaultConfiguration", .object([("level", .string(level(rule.defaultSeverity)))])))
        return .object(members)
    }

    /// A description GitHub accepts: plain text within the limit, and the Markdown (within it too) only
    /// when it differs. Cut text ends with an ellipsis; the whole explanation is in `help`.
    static func description(_ markdown: String) -> JSONWriter.Value {
        let text = ReportText.bounded(ReportText.plain(markdown), utf8Limit: descriptionLimit)
        let bounded = ReportText.bounded(markdown, utf8Limit: descriptionLimit)
        var members: [(String, JSONWriter.Value)] = [("text", .string(text))]
        if bounded != text {
            members.append(("markdown", .string(bounded)))
        }
        return .object(members)
    }
}
