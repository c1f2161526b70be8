import Foundation
import Testing

/// `tenderlint audit` run as an auditor would: on the real published fixtures as they are, and on a generated
/// JSON Lines bulk file whose outcomes are known.
@Suite("tenderlint audit, end to end")
struct AuditCommandEndToEndTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `../shared/fixtures/real`, beside the package root; tests that need it are skipped where it is absent.
    static let fixtures = repository.deletingLastPathComponent().appendingPathComponent("shared/fixtures/real").path
    static let hasFixtures = FileManager.default.fileExists(atPath: fixtures)

    /// One OCDS release a line, in cycles of six: SV001 passing (10%), failing (5%), not evaluable (no weights),
    /// not applicable (no social value criterion), then a malformed line and a document that is no tender.
    /// Even lines are "Test  Trust " (grouped as "Test Trust"), odd ones "Other Board"; the first half is 2023.
    static func bulk(lines: Int) -> String {
        func release(_ index: Int, _ criteria: String) -> String {
            let buyer = index % 2 == 0 ? "Test  Trust " : "Other Board"
            let year = index < lines / 2 ? 2023 : 2024
            return #"{"ocid":"ocds-test-\#(index)","id":"r\#(index)","date":"\#(year)-05-01T00:00:00Z","tag":["tender"],"buyer":{"name":"\#(buyer)"},"tender":{"id":"t\#(index)","awardCriteria":{"criteria":[\#(criteria)]}}}"#
        }
        func criterion(_ type: String, _ name: String, _ weight: Int?) -> String {
            let numbers = weight.map { #","numbers":[{"number":\#($0),"weight":"percentageExact"}]"# } ?? ""
            return #"{"type":"\#(type)","name":"\#(name)"\#(numbers)}"#
        }
        return (0..<lines).map { index in
            switch index % 6 {
            case 0: release(index, [criterion("price", "Price", 40), criterion("quality", "Quality", 50), criterion("quality", "Social value", 10)].joined(separator: ","))
            case 1: release(index, [criterion("price", "Price", 40), criterion("quality", "Quality", 55), criterion("quality", "Social value", 5)].joined(separator: ","))
            case 2: release(index, [criterion("price", "Price", nil), criterion("quality", "Social value", nil)].joined(separator: ","))
            case 3: release(index, [criterion("price", "Price", 40), criterion("quality", "Quality", 60)].joined(separator: ","))
            case 4: #"{"ocid": "ocds-broken", "#
            default: #"{"hello": "world"}"#
            }
        }.joined(separator: "\n") + "\n"
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("a generated bulk file of 3,000 releases gives the counts it was built with, as JSON")
    func bulkFile() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("bulk.jsonl", Self.bulk(lines: 3_000))
        // The releases name their buyers but say nothing of their kind or nation: no policy can be said to bind
        // them, so every lot with a social value criterion could not be evaluated, for that reason; a lot without
        // one is no concern of SV001's whoever the buyer is.
        let unknown = try TenderlintProcess.run(["audit", "bulk.jsonl", "--rule", "SV001", "--as-of", "2024-06-01", "--format", "json"], in: scratch.url)
        let unknownRule = try #require((try Self.json(unknown.standardOutput)["rules"] as? [[String: Any]])?.first)
        #expect([unknownRule["lots"], unknownRule["notEvaluable"], unknownRule["notApplicable"]].map { $0 as? Int } == [2_000, 1_500, 500])
        #expect((unknownRule["notEvaluableBecause"] as? [[String: Any]])?.map { $0["condition"] as? String } == ["policy-not-known"])
        // As NHS England bodies:
        let run = try TenderlintProcess.run(["audit", "bulk.jsonl", "--rule", "SV001", "--as-of", "2024-06-01", "--profile", "nhs-england", "--format", "json"],
                                            in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.isEmpty)  // no progress bar when standard error is not a terminal
        let report = try Self.json(run.standardOutput)
        #expect(report["summary"] as? [String: Int] == ["files": 1, "documents": 3_000, "unreadable": 500, "notTenders": 500, "tenders": 2_000, "lots": 2_000])
        let rule = try #require((report["rules"] as? [[String: Any]])?.first)
        #expect(rule["ruleId"] as? String == "SV001")
        #expect([rule["documents"], rule["lots"], rule["passing"], rule["failing"], rule["notEvaluable"], rule["notApplicable"]].map { $0 as? Int }
                == [2_000, 2_000, 500, 500, 500, 500])
        #expect((rule["notEvaluableBecause"] as? [[String: Any]])?.map { $0["condition"] as? String } == ["social-value-share"])
        #expect((rule["notApplicableBecause"] as? [[String: Any]])?.map { $0["condition"] as? String } == ["social-value-criterion"])
        let groups = try #require(report["groups"] as? [[String: Any]])
        let rows = groups.map { group in
            "\(group["buyer"] as? String ?? "?") \(group["year"] as? String ?? "?") \(group["documents"] as? Int ?? -1) "
                + "\(group["passing"] as? Int ?? -1)/\(group["failing"] as? Int ?? -1)/\(group["notEvaluable"] as? Int ?? -1)/\(group["notApplicable"] as? Int ?? -1)"
        }
        #expect(rows == [
            "Other Board 2023 500 0/250/0/250", "Other Board 2024 500 0/250/0/250",
            "Test Trust 2023 500 250/0/250/0", "Test Trust 2024 500 250/0/250/0",
        ])
    }

    @Test("files audited in parallel give the same report as one at a time")
    func parallel() throws {
        let scratch = try ScratchDirectory()
        let lines = Self.bulk(lines: 600).split(separator: "\n")
        for part in 0..<4 {
            try scratch.write("part-\(part).ndjson", lines[(part * 150)..<((part + 1) * 150)].joined(separator: "\n"))
        }
        let one = try TenderlintProcess.run(["audit", ".", "--jobs", "1", "--format", "csv", "--as-of", "2024-06-01", "--profile", "nhs-england"], in: scratch.url)
        let four = try TenderlintProcess.run(["audit", ".", "-j", "4", "--format", "csv", "--as-of", "2024-06-01", "--profile", "nhs-england"], in: scratch.url)
        #expect(one.status == 0 && four.status == 0)
        #expect(one.standardOutput == four.standardOutput)
        #expect(one.standardOutput.hasPrefix("level,rule,name,buyer,year,documents,lots,"))
    }

    @Test("the real OCDS and eForms fixtures are audited as they are, agreeing with lint, in every format",
          .enabled(if: hasFixtures, "needs ../shared/fixtures/real beside the package (CI has it)"))
    func realFixtures() throws {
        let directory = URL(fileURLWithPath: Self.fixtures)
        // As published, none of these buyers is an NHS body in England or UK central government: nothing fails,
        // and where a notice does not show who the buyer is, the policy rules could not be evaluated.
        let asPublished = try Self.json(try TenderlintProcess.run(["audit", Self.fixtures, "--as-of", "2025-06-01", "--format", "json"], in: directory).standardOutput)
        let published = try #require(asPublished["rules"] as? [[String: Any]])
        #expect(published.allSatisfy { $0["failing"] as? Int == 0 })
        let sv002 = try #require(published.first { $0["ruleId"] as? String == "SV002" })
        #expect((sv002["notEvaluableBecause"] as? [[String: Any]])?.map { $0["condition"] as? String } == ["policy-not-known"])
        // As if every buyer were an NHS body in England:
        let json = try TenderlintProcess.run(["audit", Self.fixtures, "--as-of", "2025-06-01", "--profile", "nhs-england", "--format", "json"], in: directory)
        #expect(json.status == 0)
        let report = try Self.json(json.standardOutput)
        #expect(report["summary"] as? [String: Int] == ["files": 8, "documents": 8, "unreadable": 0, "notTenders": 0, "tenders": 8, "lots": 9])
        let rules = try #require(report["rules"] as? [[String: Any]])
        let failing = Dictionary(uniqueKeysWithValues: rules.map { ($0["ruleId"] as? String ?? "", $0["failing"] as? Int ?? -1) })
        // lint --as-of 2025-06-01 --profile nhs-england reports SV002 on six lots, SV003 on seven tenders (eight lots; UKRI's
        // "sustainability projects" is only a weak mention), NZ001 on one.
        // NZ002 fails none: until April 2026 the commitment binds only above the threshold, which these notices do not state.
        #expect(failing["SV002"] == 6 && failing["SV003"] == 8 && failing["NZ001"] == 1 && failing["NZ002"] == 0)
        #expect(failing.filter { !["SV002", "SV003", "NZ001"].contains($0.key) }.values.allSatisfy { $0 == 0 })
        let nz001 = try #require(rules.first { $0["ruleId"] as? String == "NZ001" })
        #expect(nz001["notEvaluable"] as? Int == 4)  // lots with no value in pounds a year
        let nz002 = try #require(rules.first { $0["ruleId"] as? String == "NZ002" })
        #expect((nz002["notEvaluableBecause"] as? [[String: Any]])?.compactMap { $0["condition"] as? String }.sorted() == ["policy-not-known", "value-in-pounds"])
        let text = try TenderlintProcess.run(["audit", Self.fixtures, "--as-of", "2025-06-01", "--profile", "nhs-england"], in: directory)
        #expect(text.status == 0)
        #expect(text.standardOutput.contains("SV002   social-value-criterion-missing                     8     9    66.7%          22.2%    11.1%            0.0%"))
        #expect(text.standardOutput.contains("UK Research and Innovation"))
        let csv = try TenderlintProcess.run(["audit", Self.fixtures, "--format", "csv", "--group-by", "none"], in: directory)
        #expect(csv.standardOutput.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1 + 25)
    }

    @Test("unreadable documents are counted, not fatal: binary, empty, malformed XML and UTF-16")
    func unreadableDocuments() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("binary.xml", bytes: (0..<4_096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        try scratch.write("empty.json", "")
        try scratch.write("broken.xml", "<ContractNotice><unclosed></ContractNotice>")
        try scratch.write("utf16.jsonl", bytes: [0xFF, 0xFE] + Array("{\"a\":1}\n".utf8).flatMap { [$0, 0] })
        let run = try TenderlintProcess.run(["audit", ".", "--format", "json"], in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        let summary = try #require(try Self.json(run.standardOutput)["summary"] as? [String: Int])
        #expect(summary["files"] == 4 && summary["unreadable"] == 4 && summary["tenders"] == 0)
    }

    @Test("usage errors and unreadable paths exit with status 2 and a message naming the problem")
    func usageErrors() throws {
        let directory = Self.repository
        let cases: [([String], String)] = [
            (["audit"], "give the files or directories to audit"),
            (["audit", "missing-folder"], "missing-folder: no such file or directory"),
            (["audit", ".", "--group-by", "region"], "--group-by 'region' is not buyer, year, buyer,year or none"),
            (["audit", ".", "--rule", "SV999"], "--rule 'SV999' is not a rule id"),
            (["audit", ".", "--as-of", "2024-13-01"], "--as-of '2024-13-01' is not a date"),
            (["audit", ".", "--jobs", "0"], "--jobs must be at least 1"),
            (["audit", ".", "--format", "xml"], "xml"),
            (["audit", ".", "--output", "/nonexistent-dir/out.csv"], "/nonexistent-dir/out.csv: cannot be written"),
        ]
        for (arguments, message) in cases {
            let run = try TenderlintProcess.run(arguments, in: directory)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.standardError.contains(message), "\(arguments): \(run.standardError)")
            #expect(run.standardOutput.isEmpty, "\(arguments)")
        }
    }

    @Test("--output writes the report to a file and nothing to standard output", .enabled(if: hasFixtures, "needs ../shared/fixtures/real beside the package (CI has it)"))
    func outputFile() throws {
        let scratch = try ScratchDirectory()
        let run = try TenderlintProcess.run(["audit", Self.fixtures, "--format", "csv", "--output", "audit.csv", "--no-progress"], in: scratch.url)
        #expect(run.status == 0 && run.standardOutput.isEmpty)
        let written = try String(contentsOf: scratch.url.appendingPathComponent("audit.csv"), encoding: .utf8)
        #expect(written.hasPrefix("level,rule,"))
    }

    @Test("docs/audit.md holds the conditions table exactly as audit --conditions prints it")
    func conditionsDocumented() throws {
        let run = try TenderlintProcess.run(["audit", "--conditions"], in: Self.repository)
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix("| Rule | Condition |"))
        let docs = try String(contentsOf: Self.repository.appendingPathComponent("docs/audit.md"), encoding: .utf8)
        #expect(docs.contains(run.standardOutput), "regenerate the table in docs/audit.md with: swift run tenderlint audit --conditions")
    }
}
