import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// docs/rules.md is generated from the rule values; it must say what the rules say now.
@Suite("Rules documentation")
struct RulesDocumentationTests {
    static let packageRoot = PackageFolder.root

    static var page: URL { packageRoot.appendingPathComponent("docs/rules.md") }

    static func generated() -> String {
        RuleDocumentation.reference(
            BuiltInRules.ruleSet.rules, identities: BuiltInRules.identities,
            runner: RuleExampleRunner(catalogues: BuiltInRules.exampleCatalogues)
        )
    }

    @Test("docs/rules.md is what the rule set generates now")
    func upToDate() throws {
        let written = try String(contentsOf: Self.page, encoding: .utf8)
        let generated = Self.generated()
        guard written != generated else { return }
        let writtenLines = written.split(separator: "\n", omittingEmptySubsequences: false)
        let generatedLines = generated.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(writtenLines, generatedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(writtenLines.count, generatedLines.count)
        let was = first < writtenLines.count ? String(writtenLines[first]) : "(end of file)"
        let now = first < generatedLines.count ? String(generatedLines[first]) : "(end of file)"
        Issue.record("""
            docs/rules.md is stale: it first differs at line \(first + 1).
              written:   \(was)
              generated: \(now)
            Regenerate it from the package root with:
              \(RuleDocumentation.regenerationCommand)
            """)
    }

    @Test("every rule explains itself in the three fixed sections: what it checks, why, and what is not its finding",
          arguments: BuiltInRules.ruleSet.rules.map(\.id))
    func explanationSections(id: String) throws {
        let rule = try #require(BuiltInRules.ruleSet.rules.first { $0.id == id })
        #expect(rule.explanation.sections.map(\.title) == [
            RuleExplanation.whatItChecksTitle, RuleExplanation.whyTitle, RuleExplanation.notThisRulesFindingTitle,
        ])
        // The last section names the rules or checks that do report what this one leaves, by id.
        let names = rule.explanation.notThisRulesFinding.contains { $0.isNumber }
            || rule.explanation.notThisRulesFinding.localizedCaseInsensitiveContains("no rule")
        #expect(names, "\(id): \(rule.explanation.notThisRulesFinding)")
    }

    @Test("docs/rules.md has every rule and check, each with its examples rendered as tenderlint reports them")
    func complete() {
        let page = Self.generated()
        for rule in BuiltInRules.ruleSet.rules {
            #expect(page.contains("## \(rule.id) \(rule.name)\n"), "\(rule.id) has no section")
            #expect(page.contains("[\(rule.id)](#\(rule.id.lowercased())-\(rule.name))"), "\(rule.id) is not in the table")
            if rule.examples.contains(where: { $0.kind == .triggering }) {
                #expect(page.contains(": \(rule.severity.rawValue): ") && page.contains("[\(rule.id)]\n"), "\(rule.id) shows no reported example")
            }
        }
        for identity in BuiltInRules.identities where identity.id.hasPrefix("TL") {
            #expect(page.contains("### \(identity.id) \(identity.name)\n"), "\(identity.id) has no section")
        }
        #expect(page.contains(RuleDocumentation.regenerationCommand))
    }

    @Test("the table lists every rule in text, Markdown and JSON")
    func table() throws {
        let rules = BuiltInRules.ruleSet.rules
        let identities = BuiltInRules.identities
        let text = RuleDocumentation.table(rules, identities: identities, format: .text)
        let markdown = RuleDocumentation.table(rules, identities: identities, format: .markdown)
        let json = RuleDocumentation.table(rules, identities: identities, format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let listed = try #require(object["rules"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(listed == rules.map(\.id))
        let checks = try #require(object["checks"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(checks == ["TL001", "TL002", "TL003", "TL004", "TL005", "TL006", "TL007", "TL008", "TL009", "TL010", "TL011", "TL012", "TL013", "TL014",
                           "TL015", "TL016", "TL017", "TL018"])
        for rule in rules {
            #expect(text.split(separator: "\n").contains { $0.split(separator: " ").prefix(3) == [Substring(rule.id), Substring(rule.name), Substring(rule.severity.rawValue)] },
                    "\(rule.id) is not in the text table")
            #expect(markdown.contains("| \(rule.id) | `\(rule.name)` | \(rule.severity.rawValue) |"), "\(rule.id) is not in the Markdown table")
        }
    }

    @Test("docs/policies.md is what the policy packs generate now")
    func policiesUpToDate() throws {
        let written = try String(contentsOf: Self.packageRoot.appendingPathComponent("docs/policies.md"), encoding: .utf8)
        let generated = PolicyDocumentation.render(BuiltInRules.policies, rules: BuiltInRules.ruleSet.rules, format: .markdown)
        guard written != generated else { return }
        let writtenLines = written.split(separator: "\n", omittingEmptySubsequences: false)
        let generatedLines = generated.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(writtenLines, generatedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(writtenLines.count, generatedLines.count)
        Issue.record("""
            docs/policies.md is stale: it first differs at line \(first + 1).
            Regenerate it from the package root with:
              \(PolicyDocumentation.regenerationCommand)
            """)
    }

    @Test("docs/policies.md lists every policy with whom it binds, its dates, exceptions, status, source and rules")
    func policiesComplete() {
        let page = PolicyDocumentation.render(BuiltInRules.policies, rules: BuiltInRules.ruleSet.rules, format: .markdown)
        for policy in BuiltInRules.policies {
            #expect(page.contains("<a id=\"\(policy.id)\"></a>\n### \(policy.shortName)\n"), "\(policy.id)")
            #expect(page.contains("- **Binds:** \(policy.binds.summary)."), "\(policy.id)")
            #expect(page.contains("- **Source:** \(policy.source)."), "\(policy.id)")
        }
        #expect(page.contains("- **Exceptions a tender may declare:** `price-per-quality-point` (price per quality point), `not-relevant-or-proportionate` (not relevant or not proportionate)."))
        #expect(page.contains("- **Status:** unconfirmed: off unless `policies: { ppn-026: on }` turns it on."))
        #expect(page.contains("- **Enforced by:** [SV005](rules.md#sv005-community-benefits-summary)."))
        let json = PolicyDocumentation.render(BuiltInRules.policies, rules: BuiltInRules.ruleSet.rules, format: .json)
        #expect(json.contains(#""id":"ppn-002""#) || json.contains(#""id": "ppn-002""#))
    }

    @Test("finds a rule by id or name in any case, and suggests the nearest for a typo")
    func lookup() {
        let rules = BuiltInRules.ruleSet.rules
        let identities = BuiltInRules.identities
        for query in ["SV001", "sv001", "social-value-minimum-weighting", "Social-Value-Minimum-Weighting"] {
            guard case .rule(let rule) = RuleDocumentation.lookup(query, rules: rules, identities: identities) else {
                Issue.record("\(query) was not found")
                continue
            }
            #expect(rule.id == "SV001")
        }
        guard case .check(let check) = RuleDocumentation.lookup("tl006", rules: rules, identities: identities) else {
            Issue.record("TL006 was not found")
            return
        }
        #expect(check.identity.name == "unknown-field")
        guard case .unknown(let suggestion) = RuleDocumentation.lookup("SV01", rules: rules, identities: identities) else {
            Issue.record("SV01 was found")
            return
        }
        #expect(suggestion == "SV001")
        guard case .unknown(let named) = RuleDocumentation.lookup("social-value-minimum-weigting", rules: rules, identities: identities) else {
            Issue.record("a misspelt name was found")
            return
        }
        #expect(named == "social-value-minimum-weighting")
        #expect(RuleDocumentation.unknownMessage("SV01", suggestion: "SV001") == "no rule or check is called 'SV01'; did you mean SV001? (see 'tenderlint rules')")
    }

    @Test("explains a rule with its explanation, policies, parameters and examples as tenderlint reports them")
    func explain() throws {
        let rule = try #require(BuiltInRules.ruleSet.rule("SV001"))
        let runner = RuleExampleRunner(catalogues: BuiltInRules.exampleCatalogues)
        let text = RuleDocumentation.explainText(rule, runner: runner)
        #expect(text.hasPrefix("SV001 social-value-minimum-weighting (error)\n\(rule.summary)\n"))
        #expect(text.contains("PPN 06/20: "))
        #expect(text.contains("Binds UK central government (departments, agencies, NDPBs) under the Public Contracts Regulations 2015, above the procurement threshold; procurements commenced from 2021-01-01 until 2025-02-23"))
        #expect(text.contains("PPN 026: Social value at 20% for central government contracts of £5m and above. Binds UK central government (departments, agencies, NDPBs) under the Procurement Act 2023; procurements commenced from 2027-01-01 (unconfirmed, off by default)"))
        #expect(text.contains("minimumShare = 10% (percent)"))
        #expect(text.contains("\nexample.xml:7:5: error: "))
        #expect(text.contains("passes: tenderlint reports nothing for SV001 here"))
        #expect(text.contains("(with minimumShare = 8%)"))
        let markdown = RuleDocumentation.explainMarkdown(rule, runner: runner)
        #expect(markdown.hasPrefix("# SV001 social-value-minimum-weighting\n"))
        #expect(markdown.contains("| [PPN 002](policies.md#ppn-002) | UK central government (departments, agencies, NDPBs) under the Procurement Act 2023, above the procurement threshold | from 2025-10-01 | mandatory |"))
        #expect(markdown.contains("```text\nexample.xml:7:5: error: "))
    }
}
