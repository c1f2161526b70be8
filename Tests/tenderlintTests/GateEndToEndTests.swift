import Foundation
import Testing

/// tenderlint as a CI gate: several formats in one run, suppressions with reasons, baselines, exit status.
@Suite("tenderlint lint as a CI gate, run as a program")
struct GateEndToEndTests {
    static let shortfall = """
        <tender xmlns="urn:tenderlint:tender-spec:1" id="T" above-threshold="true"><buyer sector="nhs" jurisdiction="england">Trust</buyer><dates publication="2026-06-01"/>
          <social-value><theme>fighting-climate-change</theme></social-value>
          <evaluation failure-disqualifies="true">
            <criterion id="price" kind="price" weight="40"/>
            <criterion id="quality" kind="quality" weight="52"/>
            <criterion id="social-value" kind="social-value" weight="8"/>
          </evaluation>
        </tender>
        """

    @Test("writes SARIF and JUnit to files and text to standard output in one run")
    func severalFormats() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("t.xml", Self.shortfall)
        let outcome = try TenderlintProcess.run(
            ["lint", "--format", "sarif", "--output", "out.sarif", "--format", "junit:out.xml", "--format", "concise", "t.xml"], in: scratch.url)
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.hasPrefix("t.xml:6:5: error: "))
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: scratch.url.appendingPathComponent("out.sarif"))) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        let junit = try String(contentsOf: scratch.url.appendingPathComponent("out.xml"), encoding: .utf8)
        #expect(junit.contains("SV001"))
    }

    @Test("refuses two formats on standard output, with exit 2")
    func twoOnStandardOutput() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("t.xml", Self.shortfall)
        let outcome = try TenderlintProcess.run(["lint", "--format", "json", "--format", "text", "t.xml"], in: scratch.url)
        #expect(outcome.status == 2)
        #expect(outcome.standardError.split(separator: "\n").count == 1)
    }

    @Test("honours a suppression with a reason, reports one without, and lists the waivers")
    func suppressions() throws {
        let scratch = try ScratchDirectory()
        let justified = Self.shortfall.replacingOccurrences(
            of: "    <criterion id=\"social-value\"",
            with: "    <?tenderlint disable-next SV001 -- market engagement found an immature market, see annex B?>\n    <criterion id=\"social-value\"")
        try scratch.write("justified.xml", justified)
        let outcome = try TenderlintProcess.run(["lint", "--format", "concise", "--waivers", "justified.xml"], in: scratch.url)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("(1 suppressed)"))
        #expect(outcome.standardOutput.contains("market engagement found an immature market"))

        try scratch.write("unjustified.xml", justified.replacingOccurrences(of: " -- market engagement found an immature market, see annex B", with: ""))
        let bare = try TenderlintProcess.run(["lint", "--format", "concise", "unjustified.xml"], in: scratch.url)
        #expect(bare.status == 1)
        #expect(bare.standardOutput.contains("[TL009]"))
        #expect(bare.standardOutput.contains("[SV001]"))
    }

    /// A tender whose quality block nests social value; its weights are `price`, `quality` and `socialValue`.
    static func nested(id: String, price: Int = 40, quality: Int = 60, socialValue: Int = 10) -> String {
        """
        {"tenderSpec": "1", "id": "\(id)", "aboveThreshold": true,
         "buyer": {"name": "Trust", "sector": "nhs", "jurisdiction": "england"}, "dates": {"publication": "2026-06-01"},
         "socialValue": {"themes": ["fighting-climate-change"]},
         "evaluation": {"failureDisqualifies": true, "criteria": [
           {"id": "price", "kind": "price", "weight": \(price)},
           {"id": "quality", "kind": "quality", "weight": \(quality), "criteria": [
             {"id": "delivery", "kind": "quality", "weight": \(100 - socialValue)},
             {"id": "social-value", "kind": "social-value", "weight": \(socialValue)}]}]}}
        """
    }

    @Test("a repository with a baseline, re-indented and reordered files and one worsened value fails on exactly that value")
    func baselineByMeaning() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("tenders/a.json", Self.nested(id: "A"))                 // 6% social value
        try scratch.write("tenders/b.json", Self.nested(id: "B", socialValue: 15)) // 9%
        try scratch.write("tenders/c.xml", Self.shortfall)                          // 8%
        let record = try TenderlintProcess.run(["lint", "--write-baseline", "baseline.json", "tenders"], in: scratch.url)
        #expect(record.status == 0)
        let baseline = try String(contentsOf: scratch.url.appendingPathComponent("baseline.json"), encoding: .utf8)
        #expect(baseline.contains(#""value": "6%""#))

        // a.json re-indented, one key per line, criteria reversed; c.xml criteria reordered and moved down.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(Self.nested(id: "A").utf8)) as? [String: Any])
        var evaluation = try #require(object["evaluation"] as? [String: Any])
        evaluation["criteria"] = Array(try #require(evaluation["criteria"] as? [Any]).reversed())
        var reordered = object
        reordered["evaluation"] = evaluation
        try scratch.write("tenders/a.json", String(decoding: try JSONSerialization.data(withJSONObject: reordered, options: [.prettyPrinted, .sortedKeys]), as: UTF8.self))
        let price = "    <criterion id=\"price\" kind=\"price\" weight=\"40\"/>\n"
        try scratch.write("tenders/c.xml", "\n\n" + Self.shortfall.replacingOccurrences(of: price, with: "")
            .replacingOccurrences(of: "  </evaluation>", with: price + "  </evaluation>"))
        // b.json's social value worsens from 9% to 3%.
        try scratch.write("tenders/b.json", Self.nested(id: "B", price: 40, quality: 60, socialValue: 5))

        let gated = try TenderlintProcess.run(["lint", "--baseline", "baseline.json", "--format", "concise", "tenders"], in: scratch.url)
        #expect(gated.status == 1)
        let findings = gated.standardOutput.split(separator: "\n").filter { $0.contains(": error: ") || $0.contains(": warning: ") }
        #expect(findings.count == 1, "only the worsened value: \(gated.standardOutput)")
        #expect(findings.first?.hasPrefix("tenders/b.json:") == true)
        #expect(findings.first?.contains("3% of the total score") == true)
        #expect(gated.standardOutput.contains("(2 in the baseline)"))
    }

    @Test("pruning after linting one file keeps the entries of every other file, and reports none of them stale")
    func pruneOneFile() throws {
        let scratch = try ScratchDirectory()
        for name in ["a", "b", "c"] { try scratch.write("tenders/\(name).xml", Self.shortfall) }
        #expect(try TenderlintProcess.run(["lint", "--write-baseline", "baseline.json", "tenders"], in: scratch.url).status == 0)
        let before = try String(contentsOf: scratch.url.appendingPathComponent("baseline.json"), encoding: .utf8)

        let subset = try TenderlintProcess.run(["lint", "--baseline", "baseline.json", "--format", "concise", "tenders/a.xml"], in: scratch.url)
        #expect(subset.status == 0)
        #expect(!subset.standardOutput.contains("[TL014]"), "entries of files not linted are not stale")
        #expect(try TenderlintProcess.run(["lint", "--baseline", "baseline.json", "--prune-baseline", "tenders/a.xml"], in: scratch.url).status == 0)
        #expect(try String(contentsOf: scratch.url.appendingPathComponent("baseline.json"), encoding: .utf8) == before)
    }

    @Test("fails only on findings the baseline does not hold, and reports stale entries")
    func baseline() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("tenders/t.xml", Self.shortfall)
        let record = try TenderlintProcess.run(["lint", "--write-baseline", ".tenderlint-baseline.json", "tenders"], in: scratch.url)
        #expect(record.status == 0)
        let gated = try TenderlintProcess.run(["lint", "--baseline", ".tenderlint-baseline.json", "--format", "concise", "tenders"], in: scratch.url)
        #expect(gated.status == 0)
        #expect(gated.standardOutput.contains("(1 in the baseline)"))
        // Moving the text down does not break the match.
        try scratch.write("tenders/t.xml", "\n\n" + Self.shortfall)
        #expect(try TenderlintProcess.run(["lint", "--baseline", ".tenderlint-baseline.json", "tenders"], in: scratch.url).status == 0)
        // Fixing the finding leaves a stale entry, reported as info; pruning removes it.
        try scratch.write("tenders/t.xml", Self.shortfall.replacingOccurrences(of: "weight=\"52\"", with: "weight=\"50\"").replacingOccurrences(of: "weight=\"8\"", with: "weight=\"10\""))
        let stale = try TenderlintProcess.run(["lint", "--baseline", ".tenderlint-baseline.json", "--format", "concise", "tenders"], in: scratch.url)
        #expect(stale.status == 0)
        #expect(stale.standardOutput.contains("[TL014]"))
        _ = try TenderlintProcess.run(["lint", "--baseline", ".tenderlint-baseline.json", "--prune-baseline", "tenders"], in: scratch.url)
        let pruned = try TenderlintProcess.run(["lint", "--baseline", ".tenderlint-baseline.json", "--format", "concise", "tenders"], in: scratch.url)
        #expect(!pruned.standardOutput.contains("[TL014]"))
    }

    @Test("fails on warnings with --strict and on too many warnings with --max-warnings")
    func exitPolicy() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("t.xml", Self.shortfall.replacingOccurrences(of: "weight=\"8\"", with: "weight=\"8\" wieght=\"1\"")
            .replacingOccurrences(of: "weight=\"52\"", with: "weight=\"50\"").replacingOccurrences(of: "weight=\"8\"", with: "weight=\"10\""))
        #expect(try TenderlintProcess.run(["lint", "t.xml"], in: scratch.url).status == 0)
        #expect(try TenderlintProcess.run(["lint", "--strict", "t.xml"], in: scratch.url).status == 1)
        #expect(try TenderlintProcess.run(["lint", "--max-warnings", "0", "t.xml"], in: scratch.url).status == 1)
        #expect(try TenderlintProcess.run(["lint", "--max-warnings", "1", "t.xml"], in: scratch.url).status == 0)
        #expect(try TenderlintProcess.run(["lint", "--strict", "--max-warnings=-1", "t.xml"], in: scratch.url).status == 1)
        #expect(try TenderlintProcess.run(["lint", "--max-warnings=-1", "t.xml"], in: scratch.url).status == 0, "-1 is no limit")
        let refused = try TenderlintProcess.run(["lint", "--max-warnings=-2", "t.xml"], in: scratch.url)
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("--max-warnings takes a number of warnings from 0 up, or -1 for no limit"))
    }

    @Test("the severities a configuration gives the suppression checks TL009–TL011 are the ones lint reports")
    func suppressionCheckSeverities() throws {
        let scratch = try ScratchDirectory()
        try scratch.write(".git/HEAD", "ref: refs/heads/main\n")
        let document = Self.shortfall.replacingOccurrences(
            of: "<criterion id=\"price\"", with: "<?tenderlint disable-next NZ001 -- nothing to suppress here?>\n<criterion id=\"price\"")
        try scratch.write("t.xml", document)
        let before = try TenderlintProcess.run(["lint", "--format", "concise", "t.xml"], in: scratch.url)
        #expect(before.standardOutput.contains("warning:") && before.standardOutput.contains("[TL010]"), "\(before.standardOutput)")
        try scratch.write(".tenderlint.yml", "rules:\n  TL010: error\n")
        let raised = try TenderlintProcess.run(["lint", "--format", "concise", "t.xml"], in: scratch.url)
        #expect(raised.standardOutput.contains("error: ") && raised.standardOutput.split(separator: "\n").contains { $0.contains("error:") && $0.hasSuffix("[TL010]") },
                "\(raised.standardOutput)")
        try scratch.write(".tenderlint.yml", "rules:\n  unused-suppression: off\n")
        let off = try TenderlintProcess.run(["lint", "--format", "concise", "t.xml"], in: scratch.url)
        #expect(!off.standardOutput.contains("[TL010]"), "\(off.standardOutput)")
    }

    @Test("a severity for a check about the run itself (TL012–TL014) is refused at its line, not ignored",
          arguments: ["TL012", "TL013", "TL014"])
    func runCheckSeverityRefused(id: String) throws {
        let scratch = try ScratchDirectory()
        try scratch.write(".git/HEAD", "ref: refs/heads/main\n")
        try scratch.write(".tenderlint.yml", "rules:\n  SV001: error\n  \(id): off\n")
        try scratch.write("t.xml", Self.shortfall)
        let outcome = try TenderlintProcess.run(["lint", "--format", "concise", "t.xml"], in: scratch.url)
        #expect(outcome.status == 2)
        #expect(outcome.standardError.hasPrefix(".tenderlint.yml:3:3: error: \(id) cannot be configured: "), "\(outcome.standardError)")
    }

    @Test("a folder that holds no document fails the run unless --allow-empty says it may")
    func emptyFolder() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("tenders/t.xml", Self.shortfall)
        try scratch.write("tendres/notes.txt", "a folder with a mistyped name and no documents in it\n")
        let empty = try TenderlintProcess.run(["lint", "tendres"], in: scratch.url)
        #expect(empty.status == 2)
        #expect(empty.standardError.hasPrefix("tenderlint: error: tendres: holds no document tenderlint reads ("), "\(empty.standardError)")
        #expect(empty.standardError.contains("pass --allow-empty if that is expected"))
        #expect(try TenderlintProcess.run(["lint", "--allow-empty", "tendres"], in: scratch.url).status == 0)
        #expect(try TenderlintProcess.run(["lint", "tenders", "tendres"], in: scratch.url).status == 2, "one empty folder among others still fails")
    }

    @Test("two formats written to one file is a usage error, however the file is spelt")
    func twoFormatsOneFile() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("t.xml", Self.shortfall)
        for arguments in [["--format", "json:out.txt", "--format", "sarif:out.txt"], ["--format", "json:out.txt", "--format", "junit:./out.txt"]] {
            let outcome = try TenderlintProcess.run(["lint", "t.xml"] + arguments, in: scratch.url)
            #expect(outcome.status == 2)
            #expect(outcome.standardError.contains("both write"), "\(outcome.standardError)")
            #expect(!FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("out.txt").path))
        }
    }

    @Test("gates a repository with a configuration and overrides, a suppression, an unused one and a baseline")
    func repository() throws {
        let scratch = try ScratchDirectory()
        try scratch.write(".git/HEAD", "ref: refs/heads/main\n")
        try scratch.write(".tenderlint.yml", """
            profile: nhs-england
            rules:
              TOM001: warning
            overrides:
              - files: ["legacy/**"]
                rules:
                  SV001: warning
            """)
        // legacy/: SV001 is only a warning there.
        try scratch.write("legacy/old.xml", Self.shortfall)
        // current/: a justified suppression covers SV001; an unused one is reported.
        try scratch.write("current/new.xml", Self.shortfall.replacingOccurrences(
            of: "    <criterion id=\"social-value\"",
            with: "    <?tenderlint disable-next SV001 -- market engagement found an immature market?>\n    <?tenderlint disable-next NZ001 -- no value is given?>\n    <criterion id=\"social-value\""))
        let first = try TenderlintProcess.run(["lint", "--format", "concise", "."], in: scratch.url)
        #expect(first.status == 0, "\(first.standardOutput)")
        #expect(first.standardOutput.contains("legacy/old.xml:6:5: warning: "))
        #expect(first.standardOutput.contains("[TL010]"))
        #expect(!first.standardOutput.contains("current/new.xml:8:5"))
        // Strict: the warnings fail the gate, until a baseline adopts them.
        #expect(try TenderlintProcess.run(["lint", "--strict", "."], in: scratch.url).status == 1)
        #expect(try TenderlintProcess.run(["lint", "--write-baseline", ".tenderlint-baseline.json", "."], in: scratch.url).status == 0)
        #expect(try TenderlintProcess.run(["lint", "--strict", "--baseline", ".tenderlint-baseline.json", "."], in: scratch.url).status == 0)
        // A new problem fails again; a broken configuration stops the run with exit 2.
        try scratch.write("current/another.xml", Self.shortfall)
        #expect(try TenderlintProcess.run(["lint", "--baseline", ".tenderlint-baseline.json", "."], in: scratch.url).status == 1)
        try scratch.write(".tenderlint.yml", "rules:\n  SV0001: off\n")
        let broken = try TenderlintProcess.run(["lint", "."], in: scratch.url)
        #expect(broken.status == 2)
        #expect(broken.standardError.contains(".tenderlint.yml:2:3: error: 'SV0001' is not a rule; did you mean 'SV001'? [TL012]"))
    }
}
