/// What tenderlint says about its own rules: the table `tenderlint rules` prints, the page `tenderlint explain`
/// prints, and docs/rules.md. Pure functions of the rule values: the same rules give the same text, so the
/// generated page can be checked for staleness.
public enum RuleDocumentation {
    public typealias Format = DocumentationFormat

    /// The command that regenerates docs/rules.md, as the staleness test and the page itself say.
    public static let regenerationCommand = "swift run tenderlint rules --format markdown --full --output docs/rules.md"

    // MARK: - Built-in checks

    /// A check tenderlint makes itself (TL001 onwards): `BuiltInChecks` holds them all.
    public typealias Check = BuiltInCheck

    /// Every rule and check as reports (SARIF, JSON, …) describe them.
    public static func reportedRules(_ rules: [Rule], identities: [RuleIdentity]) -> [ReportedRule] {
        let described = rules.map {
            ReportedRule(id: $0.id, name: $0.name, summary: $0.summary, explanation: $0.explanation, defaultSeverity: $0.severity)
        }
        let checks = checks(among: identities).map {
            ReportedRule(id: $0.identity.id, name: $0.identity.name, summary: $0.summary, explanation: RuleExplanation(whatItChecks: $0.explanation),
                         defaultSeverity: $0.severity)
        }
        return (checks + described).sorted { $0.id < $1.id }
    }

    /// The built-in checks among `identities`, in id order.
    public static func checks(among identities: [RuleIdentity]) -> [Check] {
        let wanted = Set(identities)
        return BuiltInChecks.all.filter { wanted.contains($0.identity) }.sorted { $0.identity.id < $1.identity.id }
    }

    // MARK: - Looking a rule up

    public enum Lookup: Sendable {
        case rule(Rule)
        case check(Check)
        /// Nothing by that id or name; the nearest id or name, if one is close.
        case unknown(suggestion: String?)
    }

    /// Finds a rule or check by id or name, ignoring case.
    public static func lookup(_ query: String, rules: [Rule], identities: [RuleIdentity]) -> Lookup {
        let wanted = query.trimmingWhitespace.lowercased()
        if let rule = rules.first(where: { $0.id.lowercased() == wanted || $0.name == wanted }) { return .rule(rule) }
        if let check = checks(among: identities).first(where: { $0.identity.id.lowercased() == wanted || $0.identity.name == wanted }) {
            return .check(check)
        }
        let ids = rules.map(\.id) + checks(among: identities).map(\.identity.id)
        let names = rules.map(\.name) + checks(among: identities).map(\.identity.name)
        let looksLikeID = wanted.first.map { $0.isLetter } == true && wanted.contains(where: \.isNumber) && !wanted.contains("-")
        let suggestion = looksLikeID
            ? Spelling.nearest(to: wanted.uppercased(), among: Set(ids))
            : Spelling.nearest(to: wanted, among: Set(names)) ?? Spelling.nearest(to: wanted.uppercased(), among: Set(ids))
        return .unknown(suggestion: suggestion)
    }

    /// The one line `tenderlint explain` prints for an unknown id.
    public static func unknownMessage(_ query: String, suggestion: String?) -> String {
        "no rule or check is called '\(TerminalSanitizer.sanitize(query))'"
            + (suggestion.map { "; did you mean \($0)?" } ?? "")
            + " (see 'tenderlint rules')"
    }

    // MARK: - The table

    /// Every rule, one per row, then the built-in checks: `tenderlint rules`.
    public static func table(_ rules: [Rule], identities: [RuleIdentity], format: Format, full: Bool = false) -> String {
        switch format {
        case .text: textTable(rules, checks: checks(among: identities))
        case .markdown: markdownTable(rules, checks: checks(among: identities), links: false)
        case .json: jsonTable(rules, checks: checks(among: identities), full: full)
        }
    }

    /// The policies a rule enforces, by short name, or "every tender" for a rule that enforces none.
    private static func binds(_ rule: Rule) -> String {
        rule.policies.isEmpty ? "every tender" : rule.policies.map(\.shortName).joined(separator: ", ")
    }

    private static func textTable(_ rules: [Rule], checks: [Check]) -> String {
        var rows: [[String]] = [["ID", "NAME", "SEVERITY", "SUMMARY"]]
        rows += rules.map { [$0.id, $0.name, $0.severity.rawValue, $0.summary] }
        var output = columns(rows)
        if !checks.isEmpty {
            output += "\nBuilt-in checks (made by tenderlint itself, not by a rule):\n"
            output += columns([["ID", "NAME", "SEVERITY", "STAGE", "SUMMARY"]]
                + checks.map { [$0.identity.id, $0.identity.name, $0.severity.rawValue, $0.stage.rawValue, $0.summary] })
        }
        output += "\n\(rules.count) rules. 'tenderlint explain ID' shows a rule's policies, parameters and examples.\n"
        return output
    }

    /// Left-aligned columns two spaces apart; the last column is not padded.
    private static func columns(_ rows: [[String]]) -> String {
        guard let width = rows.first?.count else { return "" }
        let widths = (0..<width).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column + 1 < width ? cell.padding(toLength: widths[column] + 2, withPad: " ", startingAt: 0) : cell
            }.joined()
        }.joined(separator: "\n") + "\n"
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// GitHub's anchor for a heading "SV001 social-value-minimum-weighting".
    static func anchor(_ identity: RuleIdentity) -> String {
        "\(identity.id.lowercased())-\(identity.name)"
    }

    private static func markdownTable(_ rules: [Rule], checks: [Check], links: Bool) -> String {
        var lines = ["| ID | Name | Severity | Enforces | Summary |", "|---|---|---|---|---|"]
        for rule in rules {
            let id = links ? "[\(rule.id)](#\(anchor(rule.identity)))" : rule.id
            lines.append("| \(id) | `\(rule.name)` | \(rule.severity.rawValue) | \(cell(binds(rule))) | \(cell(rule.summary)) |")
        }
        if !checks.isEmpty {
            lines += ["", "Built-in checks, made by tenderlint itself rather than by a rule:", ""]
            lines += ["| ID | Name | Severity | Stage | Summary |", "|---|---|---|---|---|"]
            for check in checks {
                let id = links ? "[\(check.identity.id)](#\(anchor(check.identity)))" : check.identity.id
                lines.append("| \(id) | `\(check.identity.name)` | \(check.severity.rawValue) | \(check.stage.rawValue) | \(cell(check.summary)) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func jsonTable(_ rules: [Rule], checks: [Check], full: Bool) -> String {
        let ruleValues: [JSONWriter.Value] = rules.map { rule in
            var members: [(String, JSONWriter.Value)] = [
                ("id", .string(rule.id)),
                ("name", .string(rule.name)),
                ("severity", .string(rule.severity.rawValue)),
                ("summary", .string(rule.summary)),
                ("policies", .array(rule.policies.map(policyJSON))),
                ("parameters", .array(rule.parameters.map { parameter in
                    .object([
                        ("name", .string(parameter.name)),
                        ("kind", .string(parameter.defaultValue.kind)),
                        ("default", .string(parameter.defaultValue.description)),
                        ("documentation", .string(parameter.documentation)),
                    ])
                })),
                ("examples", .object([
                    ("triggering", .number(String(rule.examples.count { $0.kind == .triggering }))),
                    ("nonTriggering", .number(String(rule.examples.count { $0.kind == .nonTriggering }))),
                ])),
            ]
            if full {
                members.append(("explanation", .object([
                    ("whatItChecks", .string(rule.explanation.whatItChecks)),
                    ("why", .string(rule.explanation.why)),
                    ("notThisRulesFinding", .string(rule.explanation.notThisRulesFinding)),
                ])))
            }
            return .object(members)
        }
        let checkValues: [JSONWriter.Value] = checks.map { check in
            var members: [(String, JSONWriter.Value)] = [
                ("id", .string(check.identity.id)),
                ("name", .string(check.identity.name)),
                ("severity", .string(check.severity.rawValue)),
                ("stage", .string(check.stage.rawValue)),
                ("summary", .string(check.summary)),
            ]
            if full { members.append(("explanation", .string(check.explanation))) }
            return .object(members)
        }
        return JSONWriter.write(.object([("rules", .array(ruleValues)), ("checks", .array(checkValues))])) + "\n"
    }

    static func policyJSON(_ policy: Policy) -> JSONWriter.Value {
        let exceptions: [JSONWriter.Value] = policy.exceptionKinds.map { .string($0.rawValue) }
        let binds: JSONWriter.Value = .object([
            ("summary", .string(policy.binds.summary)),
            ("buyerKinds", .array(BuyerKind.allCases.filter(policy.binds.buyerKinds.contains).map { .string($0.rawValue) })),
            ("jurisdictions", .array(Jurisdiction.allCases.filter(policy.binds.jurisdictions.contains).map { .string($0.rawValue) })),
            ("regimes", .array(Regime.allCases.filter(policy.binds.regimes.contains).map { .string($0.rawValue) })),
            ("threshold", policy.binds.threshold.map { .string($0.rawValue) } ?? .null),
        ])
        return .object([
            ("id", .string(policy.id)),
            ("name", .string(policy.shortName)),
            ("title", .string(policy.title)),
            ("pack", .string(policy.pack.rawValue)),
            ("status", .string(policy.status.rawValue)),
            ("binds", binds),
            ("appliesFrom", .string(policy.appliesFrom.description)),
            ("appliesUntil", policy.appliesUntil.map { .string($0.description) } ?? .null),
            ("requirement", .string(policy.requirement)),
            ("thresholds", .array(policy.thresholds.map { .string($0) })),
            ("exceptions", .array(exceptions)),
            ("source", .string(policy.source)),
        ])
    }

    // MARK: - One rule's page

    /// One example as tenderlint runs and reports it.
    struct RenderedExample {
        var number: Int
        var example: RuleExample
        /// The document as linted, markers removed.
        var document: String
        /// What tenderlint prints, or "" when it reports nothing.
        var report: String
        /// How the run differs from a plain `tenderlint lint`: profile, date, parameters.
        var conditions: [String]
        /// The fixes of the rule's findings in it.
        var fixes: [Diagnostic.FixIt] = []
    }

    static func render(_ rule: Rule, runner: RuleExampleRunner) -> [RenderedExample] {
        rule.examples.enumerated().map { index, example in
            let document = RuleExampleRunner.removeMarkers(from: example.document).text
            var conditions: [String] = []
            if let profile = example.profile { conditions.append("under the \(profile.rawValue) profile") }
            if let asOf = example.asOf { conditions.append("as of \(asOf)") }
            for (name, value) in example.parameters.sorted(by: { $0.key < $1.key }) { conditions.append("with \(name) = \(value)") }
            for (id, on) in example.policies.sorted(by: { $0.key < $1.key }) { conditions.append("with the policy \(id) \(on ? "on" : "off")") }
            let report: String
            var fixes: [Diagnostic.FixIt] = []
            do {
                let outcome = try runner.run(rule, example: example)
                let diagnostics = (outcome.diagnostics + outcome.otherDiagnostics).sorted(by: Diagnostic.presentationOrder)
                report = TextDiagnosticsFormatter(colors: false).format(diagnostics)
                fixes = outcome.diagnostics.flatMap(\.fixIts)
            } catch {
                report = "(the example could not be run: \(error))\n"
            }
            return RenderedExample(number: index + 1, example: example, document: document, report: report, conditions: conditions, fixes: fixes)
        }
    }

    private static func policyLine(_ policy: Policy) -> String {
        var line = "\(policy.shortName): \(policy.title). Binds \(policy.binds.summary); procurements commenced \(policy.commencementRange)"
        if policy.status != .mandatory { line += " (\(policy.status.rawValue)\(policy.status == .unconfirmed ? ", off by default" : ""))" }
        return line
    }

    private static func indented(_ text: String, by spaces: Int = 4) -> String {
        let padding = String(repeating: " ", count: spaces)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : padding + $0 }.joined(separator: "\n")
    }

    /// `tenderlint explain ID` in a terminal.
    public static func explainText(_ rule: Rule, runner: RuleExampleRunner) -> String {
        var lines = ["\(rule.id) \(rule.name) (\(rule.severity.rawValue))", rule.summary, ""]
        if !rule.explanation.isEmpty { lines += [rule.explanation.text(plain: ReportText.plain), ""] }
        if rule.policies.isEmpty {
            lines.append("Policies: none; this check applies to every tender, whoever the buyer is")
        } else {
            lines += ["Policies (the rule runs on a tender only where one of them binds; see docs/policies.md):"]
            lines += rule.policies.map { "  " + policyLine($0) }
        }
        lines += ["", "Parameters:"]
        if rule.parameters.isEmpty {
            lines.append("  none")
        } else {
            lines += rule.parameters.map { "  \($0.name) = \($0.defaultValue) (\($0.defaultValue.kind)): \($0.documentation)" }
        }
        let examples = render(rule, runner: runner)
        lines += ["", "Fixes: " + fixes(examples, plain: true)]
        for rendered in examples {
            let verdict = rendered.example.kind == .triggering ? "reported" : "passes"
            var heading = "Example \(rendered.number): \(verdict)"
            if !rendered.conditions.isEmpty { heading += " (" + rendered.conditions.joined(separator: ", ") + ")" }
            lines += ["", heading, "", indented(rendered.document), ""]
            if rendered.report.isEmpty {
                lines.append("passes: tenderlint reports nothing for \(rule.id) here")
            } else {
                lines.append("tenderlint reports:")
                lines.append(String(rendered.report.dropLast()))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A rule's page in Markdown: `tenderlint explain ID --format markdown` and a section of docs/rules.md.
    public static func explainMarkdown(_ rule: Rule, runner: RuleExampleRunner, headingLevel: Int = 1) -> String {
        let heading = String(repeating: "#", count: headingLevel)
        let subheading = heading + "#"
        var lines = ["\(heading) \(rule.id) \(rule.name)", "", "**\(rule.summary).**", ""]
        lines.append("Severity: \(rule.severity.rawValue)")
        lines.append("")
        if !rule.explanation.isEmpty { lines += [rule.explanation.markdown(headingLevel: headingLevel + 1), ""] }
        lines += ["\(subheading) Policies", ""]
        if rule.policies.isEmpty {
            lines += ["None: this check applies to every tender, whoever the buyer is.", ""]
        } else {
            lines += ["The rule runs on a tender only where one of these binds it ([all policies](policies.md)).", ""]
            lines += ["| Policy | Binds | Procurements commenced | Status |", "|---|---|---|---|"]
            for policy in rule.policies {
                lines.append("| [\(cell(policy.shortName))](policies.md#\(policy.id)) | \(cell(policy.binds.summary)) | \(policy.commencementRange) | \(policy.status.rawValue) |")
            }
            lines.append("")
        }
        lines += ["\(subheading) Parameters", ""]
        if rule.parameters.isEmpty {
            lines += ["None.", ""]
        } else {
            lines += ["| Parameter | Default | Kind | What it sets |", "|---|---|---|---|"]
            lines += rule.parameters.map { "| `\($0.name)` | \(cell($0.defaultValue.description)) | \($0.defaultValue.kind) | \(cell($0.documentation)) |" }
            lines.append("")
        }
        let examples = render(rule, runner: runner)
        lines += ["\(subheading) Fixes", "", fixes(examples, plain: false).prefix(1).uppercased() + fixes(examples, plain: false).dropFirst() + ".", ""]
        lines += ["\(subheading) Examples", ""]
        for rendered in examples {
            let verdict = rendered.example.kind == .triggering ? "reported" : "passes"
            var title = "\(subheading)# Example \(rendered.number): \(verdict)"
            if !rendered.conditions.isEmpty { title += " (" + rendered.conditions.joined(separator: ", ") + ")" }
            lines += [title, "", "```xml", rendered.document, "```", ""]
            if rendered.report.isEmpty {
                lines += ["tenderlint reports nothing for \(rule.id) here.", ""]
            } else {
                lines += ["tenderlint reports:", "", "```text", String(rendered.report.dropLast()), "```", ""]
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A reader or model check's page, briefly.
    public static func explain(_ check: Check, format: Format) -> String {
        switch format {
        case .markdown:
            return """
                # \(check.identity.id) \(check.identity.name)

                **\(check.summary).**

                Severity: \(check.severity.rawValue) · Made by \(check.stage.madeBy); it applies whoever the buyer is and has no parameters.

                \(check.explanation)

                See [Diagnostics and positions](diagnostics.md).

                """
        case .text, .json:
            return """
                \(check.identity.id) \(check.identity.name) (\(check.severity.rawValue))
                \(check.summary)

                Made by \(check.stage.madeBy); it applies whoever the buyer is and has no parameters.

                \(check.explanation)

                See docs/diagnostics.md.

                """
        }
    }

    // MARK: - docs/rules.md

    /// The whole reference: the table, then every rule's page with its examples as tenderlint reports them,
    /// then the built-in checks.
    public static func reference(_ rules: [Rule], identities: [RuleIdentity], runner: RuleExampleRunner) -> String {
        let checks = checks(among: identities)
        var parts = [
            """
            # tenderlint rules

            <!-- Generated from the rule set; do not edit. Regenerate with: \(regenerationCommand) -->

            Every check tenderlint makes, with the policies behind it, the parameters that tune it and its \
            examples, each run and reported exactly as `tenderlint lint` reports it (the examples are also the \
            rules' tests). `tenderlint explain ID` prints one rule's page; `tenderlint rules` prints the table.

            Examples are tender specs (see [the tender-spec format](tender-spec.md)) checked as of their \
            publication date. Measure codes in them come from an illustrative catalogue and are not official codes.

            """,
            markdownTable(rules, checks: checks, links: true),
        ]
        for rule in rules {
            parts.append(explainMarkdown(rule, runner: runner, headingLevel: 2))
        }
        if !checks.isEmpty {
            var lines = ["## Built-in checks", ""]
            for check in checks {
                lines += [
                    "### \(check.identity.id) \(check.identity.name)", "",
                    "**\(check.summary).** Severity: \(check.severity.rawValue); made by \(check.stage.madeBy).", "",
                    check.explanation, "",
                ]
            }
            lines.append("See [Diagnostics and positions](diagnostics.md) for how diagnostics are printed.")
            parts.append(lines.joined(separator: "\n") + "\n")
        }
        return parts.joined(separator: "\n")
    }
}
