/// docs/policies.md and `tenderlint policies`: every policy, whom it binds, from and until when, its thresholds,
/// the exceptions it allows, its status and source, and the rules that enforce it.
public enum PolicyDocumentation {
    public static let regenerationCommand = "swift run tenderlint policies --format markdown --output docs/policies.md"

    public typealias Format = DocumentationFormat

    public static func render(_ policies: [Policy], rules: [Rule], format: Format) -> String {
        switch format {
        case .text: text(policies, rules: rules)
        case .markdown: markdown(policies, rules: rules)
        case .json: json(policies, rules: rules)
        }
    }

    /// The ids of the rules that enforce a policy.
    static func enforcers(of policy: Policy, in rules: [Rule]) -> [String] {
        rules.filter { $0.policies.contains(policy) }.map(\.id)
    }

    static func status(_ policy: Policy) -> String {
        switch policy.status {
        case .mandatory: "mandatory"
        case .goodPractice: "good practice: findings are information"
        case .unconfirmed: "unconfirmed: off unless `policies: { \(policy.id): on }` turns it on"
        }
    }

    // MARK: Markdown

    static func markdown(_ policies: [Policy], rules: [Rule]) -> String {
        var lines = [
            "# tenderlint policies",
            "",
            "<!-- Generated from the policy packs; do not edit. Regenerate with: \(regenerationCommand) -->",
            "",
            "Every policy tenderlint knows: whom it binds, which procurements (by the day they commenced), its "
                + "thresholds, the exceptions a tender may declare under it, how firmly it is known, where it comes "
                + "from, and the rules that enforce it: reference for checking a tender, not legal advice.",
            "",
            "**Whom a policy binds is decided per document, never assumed.** tenderlint reads the buyer's kind, its "
                + "nation, the procurement regime, the threshold and the stage from the document (the tender spec's "
                + "`sector`, `jurisdiction`, `above-threshold` and `regime`; OCDS classifications, regions, the "
                + "publisher and `aboveThreshold`; eForms buyer legal type, country, NUTS, notice type and legal "
                + "basis), each with its evidence (`tenderlint inspect` shows them). A rule runs only where one of its "
                + "policies binds the buyer; a buyer the document does not identify is bound by none that tenderlint "
                + "can name, and gets TL015 instead. `--profile` and `profile:` say who the buyer is when the "
                + "document does not.",
            "",
        ]
        lines += ["| Policy | Binds | Procurements commenced | Status | Rules |", "|---|---|---|---|---|"]
        for policy in policies {
            let enforcedBy = enforcers(of: policy, in: rules).joined(separator: ", ")
            lines.append("| [\(cell(policy.shortName))](#\(policy.id)) | \(cell(policy.binds.summary)) | \(policy.commencementRange) | \(policy.status.rawValue) | \(enforcedBy.isEmpty ? "none yet" : enforcedBy) |")
        }
        lines.append("")
        for pack in PolicyPack.allCases {
            let members = policies.filter { $0.pack == pack }
            guard !members.isEmpty else { continue }
            lines += ["## \(pack.title)", ""]
            for policy in members {
                lines += ["<a id=\"\(policy.id)\"></a>", "### \(policy.shortName)", "", "**\(policy.title).** `\(policy.id)`", ""]
                lines.append("- **Binds:** \(policy.binds.summary).")
                lines.append("- **Applies to:** procurements commenced \(policy.commencementRange).")
                if !policy.thresholds.isEmpty { lines.append("- **Thresholds:** " + policy.thresholds.joined(separator: "; ") + ".") }
                lines.append("- **Requires:** \(policy.requirement)")
                let exceptions = policy.exceptionKinds.map { "`\($0.rawValue)` (\($0.title))" }
                lines.append("- **Exceptions a tender may declare:** " + (exceptions.isEmpty ? "none." : exceptions.joined(separator: ", ") + "."))
                lines.append("- **Status:** \(status(policy)).")
                if policy.graceYearsForSmallSuppliers > 0 {
                    lines.append("- **Small suppliers:** \(policy.graceYearsForSmallSuppliers) years' grace for lots reserved for SMEs or VCSEs, unconfirmed: off unless a rule's `smallSupplierGrace` parameter turns it on.")
                }
                let enforcedBy = enforcers(of: policy, in: rules).map { "[\($0)](rules.md#\(ruleAnchor($0, rules)))" }
                lines.append("- **Enforced by:** " + (enforcedBy.isEmpty ? "no rule yet." : enforcedBy.joined(separator: ", ") + "."))
                lines.append("- **Source:** \(policy.source).")
                lines.append("")
            }
        }
        lines += [
            "## Not encoded",
            "",
            "- **Social Partnership and Public Procurement (Wales) Act 2023, s.24**: a socially responsible procurement "
                + "duty tied to the well-being goals, with no weighting to check.",
            "- **NI PPN 01/21's rise to 20%**: announced \"subject to review\"; the 10% is applied.",
            "",
        ]
        return lines.joined(separator: "\n")
    }

    static func ruleAnchor(_ id: String, _ rules: [Rule]) -> String {
        rules.first { $0.id == id }.map { "\($0.id.lowercased())-\($0.name)" } ?? id.lowercased()
    }

    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    // MARK: Text

    static func text(_ policies: [Policy], rules: [Rule]) -> String {
        var lines: [String] = []
        for policy in policies {
            lines.append("\(policy.id)  \(policy.shortName) [\(policy.status.rawValue)]")
            lines.append("  binds \(policy.binds.summary); procurements commenced \(policy.commencementRange)")
            let enforcedBy = enforcers(of: policy, in: rules)
            lines.append("  enforced by " + (enforcedBy.isEmpty ? "no rule yet" : enforcedBy.joined(separator: ", ")))
        }
        lines.append("")
        lines.append("\(policies.count) policies. docs/policies.md says what each requires and where it comes from.")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: JSON

    static func json(_ policies: [Policy], rules: [Rule]) -> String {
        let values: [JSONWriter.Value] = policies.map { policy in
            guard case .object(var members) = RuleDocumentation.policyJSON(policy) else { return .null }
            members.append(("rules", .array(enforcers(of: policy, in: rules).map { .string($0) })))
            return .object(members)
        }
        return JSONWriter.write(.object([("policies", .array(values))])) + "\n"
    }
}
