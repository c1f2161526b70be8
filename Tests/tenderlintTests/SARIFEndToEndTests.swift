import Foundation
import Testing

/// SARIF and JUnit as the CI consumers take them, from the command line: paths relative to the repository
/// root, the cap with its warning, suppressed and baselined findings, help links, and JUnit's failing level.
@Suite("tenderlint lint --format sarif and junit, as GitHub and Jenkins take them")
struct SARIFEndToEndTests {
    /// One OCDS release a line: a central-government buyer under the Procurement Act with no social value
    /// criterion, so every line is one SV002 error.
    static func release(_ index: Int) -> String {
        #"{"ocid":"ocds-x-\#(index)","id":"\#(index)","date":"2026-09-03T00:00:00Z","tag":["tender"],"buyer":{"id":"b","name":"Museum"},"#
            + #""parties":[{"id":"b","name":"Museum","roles":["buyer"],"address":{"country":"GB","region":"UKI33"},"details":{"classifications":[{"scheme":"UK_CA_TYPE","id":"publicAuthorityCentralGovernment"}]}}],"#
            + #""tender":{"id":"t","aboveThreshold":true,"legalBasis":{"id":"2023/54","scheme":"UKPGA"},"lots":[{"id":"1","awardCriteria":{"criteria":["#
            + #"{"type":"cost","name":"Price","numbers":[{"number":30,"weight":"percentageExact"}]},{"type":"quality","name":"Quality","numbers":[{"number":70,"weight":"percentageExact"}]}]}}]}}"#
    }

    static func log(_ file: URL) throws -> [String: Any] {
        let log = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        return try #require((log["runs"] as? [[String: Any]])?.first)
    }

    static func artifacts(_ run: [String: Any]) -> [[String: String]] {
        ((run["results"] as? [[String: Any]]) ?? []).compactMap {
            ((($0["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])?["artifactLocation"] as? [String: String]
        }
    }

    @Test("paths are relative to the folder that holds .git, whatever folder the run starts in, or to --sarif-root")
    func pathsRelativeToTheRepository() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try scratch.write("tenders/2026/t.xml", GateEndToEndTests.shortfall)
        let tenders = scratch.url.appendingPathComponent("tenders")
        let outcome = try TenderlintProcess.run(["lint", "--format", "sarif:../out.sarif", "2026/t.xml"], in: tenders)
        #expect(outcome.status == 1)
        let run = try Self.log(scratch.url.appendingPathComponent("out.sarif"))
        #expect(Self.artifacts(run).first == ["uri": "tenders/2026/t.xml", "uriBaseId": "%SRCROOT%"])
        let base = try #require((run["originalUriBaseIds"] as? [String: [String: String]])?["%SRCROOT%"]?["uri"])
        #expect(base.hasPrefix("file:///") && base.hasSuffix("/"))
        #expect(URL(string: base)?.resolvingSymlinksInPath().path == scratch.url.resolvingSymlinksInPath().path)

        let rooted = try TenderlintProcess.run(["lint", "--format", "sarif:../out.sarif", "--sarif-root", "2026", "2026/t.xml"], in: tenders)
        #expect(rooted.status == 1)
        #expect(Self.artifacts(try Self.log(scratch.url.appendingPathComponent("out.sarif"))).first == ["uri": "t.xml", "uriBaseId": "%SRCROOT%"])

        let missing = try TenderlintProcess.run(["lint", "--format", "sarif:../out.sarif", "--sarif-root", "nowhere", "2026/t.xml"], in: tenders)
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("--sarif-root nowhere is not a folder"))
    }

    @Test("a bulk file with more findings than the cap gives a run within it, a warning, and the count in properties")
    func capsABulkFile() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("bulk.jsonl", (0..<300).map(Self.release).joined(separator: "\n") + "\n")
        let outcome = try TenderlintProcess.run(["lint", "--format", "sarif:out.sarif", "--sarif-max-results", "120", "bulk.jsonl"], in: scratch.url)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("tenderlint: warning: the SARIF report holds 120 of 300 results, errors first; 180 were left out"))
        let run = try Self.log(scratch.url.appendingPathComponent("out.sarif"))
        #expect((run["results"] as? [Any])?.count == 120)
        let properties = try #require(run["properties"] as? [String: Any])
        #expect(properties["results"] as? Int == 300)
        #expect(properties["resultsOmitted"] as? Int == 180)
        #expect(properties["resultLimit"] as? Int == 120)

        let bad = try TenderlintProcess.run(["lint", "--format", "sarif:out.sarif", "--sarif-max-results", "0", "bulk.jsonl"], in: scratch.url)
        #expect(bad.status == 2)
    }

    @Test("findings suppressed with a reason are listed as suppressed, baselined ones as unchanged, new ones as new")
    func suppressedAndBaselined() throws {
        let scratch = try ScratchDirectory()
        let justified = GateEndToEndTests.shortfall.replacingOccurrences(
            of: "    <criterion id=\"social-value\"",
            with: "    <?tenderlint disable-next SV001 -- market engagement found an immature market?>\n    <criterion id=\"social-value\"")
        try scratch.write("justified.xml", justified)
        try scratch.write("old.xml", GateEndToEndTests.shortfall)
        let recorded = try TenderlintProcess.run(["lint", "--write-baseline", "baseline.json", "old.xml"], in: scratch.url)
        #expect(recorded.status == 0)
        try scratch.write("new.xml", GateEndToEndTests.shortfall)
        let outcome = try TenderlintProcess.run(
            ["lint", "--format", "sarif:out.sarif", "--baseline", "baseline.json", "justified.xml", "old.xml", "new.xml"], in: scratch.url)
        #expect(outcome.status == 1)
        let results = try #require(try Self.log(scratch.url.appendingPathComponent("out.sarif"))["results"] as? [[String: Any]])
        let sv001 = results.filter { $0["ruleId"] as? String == "SV001" }
        func state(_ file: String) -> [String: Any]? {
            sv001.first { (((($0["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])?["artifactLocation"] as? [String: String])?["uri"] == file }
        }
        let suppression = (state("justified.xml")?["suppressions"] as? [[String: String]])?.first
        #expect(suppression == ["kind": "inSource", "status": "accepted", "justification": "market engagement found an immature market"])
        #expect(state("old.xml")?["baselineState"] as? String == "unchanged")
        #expect(state("new.xml")?["baselineState"] as? String == "new")
    }

    @Test("helpUri links to the repository's docs/rules.md on GitHub, or to --rules-url")
    func helpLinks() throws {
        let scratch = try ScratchDirectory()
        try scratch.write(".git/config", "[remote \"origin\"]\n\turl = git@github.com:acme/tenders.git\n")
        try scratch.write("docs/rules.md", "# tenderlint rules\n")
        try scratch.write("t.xml", GateEndToEndTests.shortfall)
        func helpURI(_ arguments: [String]) throws -> String? {
            _ = try TenderlintProcess.run(["lint", "--format", "sarif:out.sarif"] + arguments + ["t.xml"], in: scratch.url)
            let rules = (((try Self.log(scratch.url.appendingPathComponent("out.sarif"))["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]) ?? []
            return rules.first { $0["id"] as? String == "SV001" }?["helpUri"] as? String
        }
        #expect(try helpURI([]) == "https://github.com/acme/tenders/blob/HEAD/docs/rules.md#sv001-social-value-minimum-weighting")
        #expect(try helpURI(["--rules-url", "https://example.org/rules.html"]) == "https://example.org/rules.html#sv001-social-value-minimum-weighting")
        let relative = try TenderlintProcess.run(["lint", "--format", "sarif:out.sarif", "--rules-url", "docs/rules.md", "t.xml"], in: scratch.url)
        #expect(relative.status == 2)
    }

    @Test("every built-in rule's descriptions are plain text within GitHub's 1,024 characters, and every alert is one sentence")
    func builtInRulesWithinLimits() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("t.xml", GateEndToEndTests.shortfall)
        _ = try TenderlintProcess.run(["lint", "--format", "sarif:out.sarif", "t.xml"], in: scratch.url)
        let run = try Self.log(scratch.url.appendingPathComponent("out.sarif"))
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.count > 40)
        for rule in rules {
            for key in ["shortDescription", "fullDescription"] {
                let text = try #require((rule[key] as? [String: String])?["text"])
                #expect(text.count <= 1_024, "\(rule["id"] ?? "") \(key) has \(text.count) characters")
                #expect(!text.contains("**") && !text.contains("`"), "\(rule["id"] ?? "") \(key) has Markdown: \(text)")
            }
        }
        for result in (run["results"] as? [[String: Any]]) ?? [] {
            let text = try #require((result["message"] as? [String: String])?["text"])
            #expect(!text.contains("\n") && !text.contains("note: ") && !text.contains("policy: "))
        }
    }

    @Test("JUnit fails test cases at the run's failing level: warnings are skipped unless --fail-on warning")
    func junitFailingLevel() throws {
        let scratch = try ScratchDirectory()
        // A misspelt attribute is a warning (TL006); the tender is otherwise sound.
        try scratch.write("t.xml", GateEndToEndTests.shortfall
            .replacingOccurrences(of: "weight=\"52\"", with: "weight=\"50\"")
            .replacingOccurrences(of: "weight=\"8\"", with: "weight=\"10\"")
            .replacingOccurrences(of: "<criterion id=\"price\"", with: "<criterion colour=\"red\" id=\"price\""))
        let lenient = try TenderlintProcess.run(["lint", "--format", "junit:out.xml", "t.xml"], in: scratch.url)
        #expect(lenient.status == 0)
        let junit = try String(contentsOf: scratch.url.appendingPathComponent("out.xml"), encoding: .utf8)
        #expect(junit.contains("<skipped message=\"warning: "))
        #expect(!junit.contains("<failure"))
        let strict = try TenderlintProcess.run(["lint", "--format", "junit:out.xml", "--fail-on", "warning", "t.xml"], in: scratch.url)
        #expect(strict.status == 1)
        #expect(try String(contentsOf: scratch.url.appendingPathComponent("out.xml"), encoding: .utf8).contains("<failure message="))
    }
}
