/// What tenderlint says about its own rules: the table `tenderlint rules` prints, the page `tenderlint explain`
/// prints, and docs/rules.md. Pure functions of the rule values: the same rules give the same text, so the
/// generated page can be checked for staleness.
public enum RuleDocumentation {
    public typealias Format = DocumentationFormat

    /// The command that regenerates docs/rules.md, as the staleness test and the page itself say.
    public static let regenerationCommand = "swift run tenderlint rules --format markdown --full --output docs/rules.md"

    // MARK: - Reader and model checks

    /// A check made by a reader or by the model builder rather than by a rule: TL001–TL007.
    public struct Check: Sendable {
        public var identity: RuleIdentity
        public var severity: Severity
        /// "reader" or "model".
        public var stage: String
        /// "the reader" or "the model builder", for sentences.
        var madeBy: String {
            switch stage {
            case "reader": "the reader"
            case "engine": "the engine, as it decides which policies bind the tender"
            default: "the model builder"
            }
        }
        public var summary: String
        public var explanation: String
    }

    /// What is known of each TL check; an identity without an entry here still gets a line.
    private static let checkTexts: [String: (Severity, String, String)] = [
        "TL001": (.error, "The XML is well formed and safe to read",
                  "XML that libxml2 cannot read, that is empty, in an encoding tenderlint does not read, that declares an entity, or that nests elements more than 256 deep. A document that cannot be read cannot be checked: fix it first, at the position given."),
        "TL002": (.error, "The JSON is well formed (RFC 8259)",
                  "JSON that breaks RFC 8259 (a trailing comma, a key without quotes, a comment), that is empty, is not UTF-8, or nests more than 512 deep. A document that cannot be read cannot be checked: fix it first, at the position given."),
        "TL003": (.info, "The file is a tender document tenderlint reads",
                  "A well-formed file that is neither a tender spec, an OCDS release nor an eForms notice is skipped, with this note, so that a folder of mixed files can be linted."),
        "TL004": (.error, "No JSON object names the same key twice",
                  "JSON readers disagree on which of two values for one key counts, so tenderlint refuses to guess: remove one of them."),
        "TL005": (.error, "Every value can be read as what its field needs",
                  "A weight of \"ten\", a date of 2026-13-01, a currency of GPB, an amount written as £31m: the field cannot be used, so the rules that need it cannot judge the tender. The message says what the field takes; a fix-it is offered where the intent is clear."),
        "TL006": (.warning, "Every element, attribute or key is one the format defines",
                  "A field the tender-spec format does not define is ignored, so whatever it says is not checked; it is usually a misspelling, and a did-you-mean fix-it names the field meant."),
        "TL007": (.error, "The fields the format requires are there",
                  "A tender without a buyer, a buyer without a sector, a criterion without an id or a kind: tenderlint needs these to decide which policies apply and to name what it reports."),
        "TL008": (.error, "A catalogue of measures is well formed and consistent",
                  "A catalogue file given with --catalogue (or shipped) that is malformed or contradicts itself: an unknown theme, a code given twice, a code that does not fit its framework's pattern. The TOMs rules need a sound catalogue: fix it at the position given."),
        "TL009": (.warning, "Every suppression gives its reason",
                  "Procurement is audited, so a suppression must say why (after ' -- '). One without a reason suppresses nothing and is reported, with how many findings it would have hidden. See docs/suppressions.md."),
        "TL010": (.warning, "Every suppression suppresses something",
                  "A suppression that covered no finding is stale: the problem was fixed or the directive is in the wrong place. Remove it, or move it to the element it is about. A severity a configuration limits to a document path (pointer: or path:) that names nothing in a document it applies to is reported too, at its line in the configuration."),
        "TL011": (.warning, "Every suppression is written so it can be understood",
                  "A directive that names an unknown rule, no rule, a wildcard, or has nothing to apply to; or a sidecar entry that cannot be read. The message says what is wrong, with a did-you-mean where one is close."),
        "TL012": (.error, "The configuration is well formed",
                  "A .tenderlint.yml (or --config file) with an unknown key, a misspelt rule, a bad severity, parameter or date, or a missing extends file. The run stops with exit status 2 and each problem at its line and column. See docs/configuration.md."),
        "TL013": (.error, "The baseline file is well formed",
                  "A baseline given with --baseline that cannot be read: bad JSON, another version, missing or wrong keys. See docs/baseline.md."),
        "TL015": (.info, "The document shows enough of its buyer to say which policies bind it",
                  "Where a document does not show the buyer's kind, its nation, or whether the procurement is above the threshold, and a policy a rule enforces depends on it, no policy is assumed (least of all NHS England's): the rules that need one are not applied, and this one piece of information says what was missing and the three ways to state it: the tender spec's buyer fields, `profile:` in .tenderlint.yml, or --profile. See docs/policies.md."),
        "TL016": (.warning, "Every classification, region, legal basis and notice type is a code tenderlint knows",
                  "A buyer classification (UK_CA_TYPE, TED_CA_TYPE, COFOG, eForms BT-11), a region, a legal basis or a notice type whose code tenderlint does not know says nothing about whom the policies bind. The warning points at the field and lists the codes it reads; nothing is dropped silently."),
        "TL017": (.warning, "The signals about the buyer and the procurement agree",
                  "Two signals that disagree, such as a name ending \"NHS Foundation Trust\" with a local-authority classification: the stronger is taken (a field that states the fact, then a classification code, then the publisher, then the buyer's name), and the warning says which. Signals of the same strength that contradict each other are all set aside."),
        "TL018": (.error, "Every document is within the limits one document may cost",
                  "A document larger than the byte limit (256 MiB by default) is not read: the message gives its size and the limit. One with more nodes (elements, attributes, text runs, JSON values) than the node limit (5,000,000 by default) stops being read at the node that went past it, which is where the finding points. An XML start tag with more than 10,000 attributes is refused before the XML parser, which compares each attribute with every other, reads it. Either way the document is not checked, so that one hostile file cannot take a run's time or memory. Raise the limits with limits: in .tenderlint.yml if a document is meant to be that large. See docs/limits.md."),
        "TL014": (.info, "Every baseline entry still matches a finding",
                  "An entry whose finding is gone: the problem was fixed. Remove it with --prune-baseline so the baseline does not hide it if it comes back."),
    ]

    /// Every rule and check as reports (SARIF, JSON, …) describe them.
    public static func reportedRules(_ rules: [Rule], identities: [RuleIdentity]) -> [ReportedRule] {
        let described = rules.map {
            ReportedRule(id: $0.id, name: $0.name, summary: $0.summary, explanation: $0.explanation, defaultSeverity: $0.severity)
        }
        let checks = checks(among: identities).map {
            ReportedRule(id: $0.identity.id, name: $0.identity.name, summary: $0.summary, explanation: $0.explanation, defaultSeverity: $0.severity)
        }
        return (checks + described).sorted { $0.id < $1.id }
    }

    /// The reader and model checks among `identities` (ids starting TL), in id order.
    public static func checks(among identities: [RuleIdentity]) -> [Check] {
        identities.filter { $0.id.hasPrefix("TL") }.sorted { $0.id < $1.id }.map { identity in
            let (severity, summary, explanation) = checkTexts[identity.id]
                ?? (.error, "A check made while reading documents", "See docs/diagnostics.md.")
            let stage = ReaderRule.all.contains(identity) ? "reader" : identity == ApplicabilityRule.buyerNotIdentified ? "engine" : "model"
            return Check(identity: identity, severity: severity, stage: stage, summary: summary, explanation: explanation)
        }
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

    /// Every rule, one per row, then the reader and model checks: `tenderlint rules`.
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
            output += "\nReader and model checks (made before any rule runs):\n"
            output += columns([["ID", "NAME", "SEVERITY", "STAGE", "SUMMARY"]]
                + checks.map { [$0.identity.id, $0.identity.name, $0.severity.rawValue, $0.stage, $0.summary] })
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
            lines += ["", "Reader and model checks, made before any rule runs:", ""]
            lines += ["| ID | Name | Severity | Stage | Summary |", "|---|---|---|---|---|"]
            for check in checks {
                let id = links ? "[\(check.identity.id)](#\(anchor(check.identity)))" : check.identity.id
                lines.append("| \(id) | `\(check.identity.name)` | \(check.severity.rawValue) | \(check.stage) | \(cell(check.summary)) |")
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
            if full { members.append(("explanation", .string(rule.explanation))) }
            return .object(members)
        }
        let checkValues: [JSONWriter.Value] = checks.map { check in
            var members: [(String, JSONWriter.Value)] = [
                ("id", .string(check.identity.id)),
                ("name", .string(check.identity.name)),
                ("severity", .string(check.severity.rawValue)),
                ("stage", .string(check.stage)),
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
            do {
                let outcome = try runner.run(rule, example: example)
                let diagnostics = (outcome.diagnostics + outcome.otherDiagnostics).sorted(by: Diagnostic.presentationOrder)
                report = TextDiagnosticsFormatter(colors: false).format(diagnostics)
            } catch {
                report = "(the example could not be run: \(error))\n"
            }
            return RenderedExample(number: index + 1, example: example, document: document, report: report, conditions: conditions)
        }
    }

    private static func policyLine(_ policy: Policy) -> String {
        var line = "\(policy.shortName): \(policy.title). Binds \(policy.binds.summary); procurements commenced \(policy.commencementRange)"
        if policy.status != .mandatory { line += " (\(policy.status.rawValue)\(policy.status == .unconfirmed ? ", off by default" : ""))" }
        return line
    }

    /// Markdown emphasis and code marks taken out, for a terminal.
    private static func plain(_ markdown: String) -> String {
        markdown.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
    }

    private static func indented(_ text: String, by spaces: Int = 4) -> String {
        let padding = String(repeating: " ", count: spaces)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : padding + $0 }.joined(separator: "\n")
    }

    /// `tenderlint explain ID` in a terminal.
    public static func explainText(_ rule: Rule, runner: RuleExampleRunner) -> String {
        var lines = ["\(rule.id) \(rule.name) (\(rule.severity.rawValue))", rule.summary, ""]
        if !rule.explanation.isEmpty { lines += [plain(rule.explanation), ""] }
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
        for rendered in render(rule, runner: runner) {
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
        if !rule.explanation.isEmpty { lines += [rule.explanation, ""] }
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
        lines += ["\(subheading) Examples", ""]
        for rendered in render(rule, runner: runner) {
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

                Severity: \(check.severity.rawValue) · Made by \(check.madeBy), before any rule runs; it applies to every document and has no parameters.

                \(check.explanation)

                See [Diagnostics and positions](diagnostics.md).

                """
        case .text, .json:
            return """
                \(check.identity.id) \(check.identity.name) (\(check.severity.rawValue))
                \(check.summary)

                Made by \(check.madeBy), before any rule runs; it applies to every document and has no parameters.

                \(check.explanation)

                See docs/diagnostics.md.

                """
        }
    }

    // MARK: - docs/rules.md

    /// The whole reference: the table, then every rule's page with its examples as tenderlint reports them,
    /// then the reader and model checks.
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
            var lines = ["## Reader and model checks", ""]
            for check in checks {
                lines += [
                    "### \(check.identity.id) \(check.identity.name)", "",
                    "**\(check.summary).** Severity: \(check.severity.rawValue); made by \(check.madeBy).", "",
                    check.explanation, "",
                ]
            }
            lines.append("See [Diagnostics and positions](diagnostics.md) for how diagnostics are printed.")
            parts.append(lines.joined(separator: "\n") + "\n")
        }
        return parts.joined(separator: "\n")
    }
}
