import Foundation
import Testing

@Suite("tenderlint rules and explain, run as a program")
struct RulesCommandEndToEndTests {
    @Test("rules prints a table of every rule and check")
    func text() throws {
        let scratch = try ScratchDirectory()
        let outcome = try TenderlintProcess.run(["rules"], in: scratch.url)
        #expect(outcome.status == 0)
        #expect(outcome.standardError.isEmpty)
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("ID") == true)
        #expect(lines.contains { $0.hasPrefix("SV001") && $0.contains("social-value-minimum-weighting") && $0.contains("error") })
        #expect(lines.contains { $0.hasPrefix("TL002") && $0.contains("json-well-formed") })
    }

    @Test("rules --format markdown prints a Markdown table")
    func markdown() throws {
        let scratch = try ScratchDirectory()
        let outcome = try TenderlintProcess.run(["rules", "--format", "markdown"], in: scratch.url)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasPrefix("| ID | Name | Severity | Enforces | Summary |\n|---|---|---|---|---|\n"))
        #expect(outcome.standardOutput.contains("| SV001 | `social-value-minimum-weighting` | error |"))
    }

    @Test("policies prints every policy, whom it binds and the rules that enforce it")
    func policies() throws {
        let scratch = try ScratchDirectory()
        let text = try TenderlintProcess.run(["policies"], in: scratch.url)
        #expect(text.status == 0)
        #expect(text.standardOutput.contains("ppn-002  PPN 002 [mandatory]\n  binds UK central government (departments, agencies, NDPBs) under the Procurement Act 2023, above the procurement threshold; procurements commenced from 2025-10-01\n  enforced by EV003, SV001, SV002, SV004"))
        let json = try TenderlintProcess.run(["policies", "--format", "json"], in: scratch.url)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let policies = try #require(object["policies"] as? [[String: Any]])
        #expect(policies.first { $0["id"] as? String == "scotland-community-benefits" }?["rules"] as? [String] == ["SV005"])
        #expect(try TenderlintProcess.run(["policies", "--format", "xml"], in: scratch.url).status == 2)
    }

    @Test("rules --format json prints every rule with its policies and parameters")
    func json() throws {
        let scratch = try ScratchDirectory()
        let outcome = try TenderlintProcess.run(["rules", "--format", "json"], in: scratch.url)
        #expect(outcome.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let rules = try #require(object["rules"] as? [[String: Any]])
        let rule = try #require(rules.first { $0["id"] as? String == "SV001" })
        #expect(rule["name"] as? String == "social-value-minimum-weighting")
        #expect((rule["policies"] as? [[String: Any]])?.contains { $0["name"] as? String == "PPN 06/20" } == true)
        #expect((rule["parameters"] as? [[String: Any]])?.first?["default"] as? String == "10%")
        #expect((object["checks"] as? [[String: Any]])?.count == 18)
        let policy = try #require((rule["policies"] as? [[String: Any]])?.first { $0["id"] as? String == "ppn-002" })
        #expect((policy["binds"] as? [String: Any])?["buyerKinds"] as? [String] == ["central-government"])
        #expect((policy["binds"] as? [String: Any])?["threshold"] as? String == "above")
        #expect(policy["appliesFrom"] as? String == "2025-10-01")
    }

    @Test("rules --format markdown --full --output writes the reference page")
    func fullReference() throws {
        let scratch = try ScratchDirectory()
        let outcome = try TenderlintProcess.run(["rules", "--format", "markdown", "--full", "--output", "rules.md"], in: scratch.url)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.isEmpty)
        let page = try String(contentsOf: scratch.url.appendingPathComponent("rules.md"), encoding: .utf8)
        #expect(page.hasPrefix("# tenderlint rules\n"))
        #expect(page.contains("## SV001 social-value-minimum-weighting\n"))
    }

    @Test("explain SV001 prints the explanation in its three sections, the policies and the examples as lint reports them")
    func explain() throws {
        let scratch = try ScratchDirectory()
        let outcome = try TenderlintProcess.run(["explain", "SV001"], in: scratch.url)
        #expect(outcome.status == 0)
        #expect(outcome.standardError.isEmpty)
        let page = outcome.standardOutput
        #expect(page.hasPrefix("SV001 social-value-minimum-weighting (error)\n"))
        #expect(page.contains("\nWhat it checks\nEach lot's social value share of the total score"))
        #expect(page.contains("\nWhy\nBuyers bound by a social value policy"))
        #expect(page.contains("\nWhat is not this rule's finding\nA lot with no social value criterion at all (SV002)"))
        #expect(page.contains("PPN 06/20: Taking account of social value"))
        #expect(page.contains("minimumShare = 10%"))
        let header = try #require(page.split(separator: "\n").first { $0.hasPrefix("example.xml:") })
        #expect(header.wholeMatch(of: /example\.xml:\d+:\d+: error: .+ \[SV001\]/) != nil, "\(header)")
        #expect(page.contains("passes: tenderlint reports nothing for SV001 here"))
    }

    @Test("explain takes a name in any case and explains reader checks too")
    func names() throws {
        let scratch = try ScratchDirectory()
        let byName = try TenderlintProcess.run(["explain", "Social-Value-Minimum-Weighting"], in: scratch.url)
        #expect(byName.status == 0)
        #expect(byName.standardOutput.hasPrefix("SV001 social-value-minimum-weighting (error)\n"))
        let check = try TenderlintProcess.run(["explain", "tl002"], in: scratch.url)
        #expect(check.status == 0)
        #expect(check.standardOutput.hasPrefix("TL002 json-well-formed (error)\n"))
        let markdown = try TenderlintProcess.run(["explain", "SV001", "--format", "markdown"], in: scratch.url)
        #expect(markdown.standardOutput.hasPrefix("# SV001 social-value-minimum-weighting\n"))
    }

    @Test("explain of an unknown id exits 2 with one line that suggests the nearest")
    func unknown() throws {
        let scratch = try ScratchDirectory()
        let outcome = try TenderlintProcess.run(["explain", "SV01"], in: scratch.url)
        #expect(outcome.status == 2)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError == "tenderlint: error: no rule or check is called 'SV01'; did you mean SV001? (see 'tenderlint rules')\n")
    }
}
