import Foundation
import Testing

/// `lint --fix`, `--unsafe-fixes` and `--diff` on copies of the samples, as a buyer would run them.
@Suite("lint --fix and --diff, end to end")
struct FixEndToEndTests {
    typealias Shell = DocumentationShell

    /// Every file under `folder`, by path relative to it, with its bytes.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        while let relative = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = folder.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    /// The fixes of a JSON report's findings, each as (rule, applicability).
    static func fixes(inReport json: String) throws -> [(rule: String, applicability: String)] {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        return diagnostics.flatMap { diagnostic in
            (diagnostic["fixIts"] as? [[String: Any]] ?? []).map { (diagnostic["ruleId"] as? String ?? "", $0["applicability"] as? String ?? "") }
        }
    }

    @Test("--fix fixes every safe finding of the samples, says what it fixed and left, and exits as a run on what remains would")
    func fixesTheSamples() throws {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch)
        let before = try Self.fixes(inReport: TenderlintProcess.run(["lint", "--format", "json", "tenders"], in: scratch.url).standardOutput)
        #expect(before.contains { $0.applicability == "safe" } && before.contains { $0.applicability == "unsafe" })

        let fixed = try TenderlintProcess.run(["lint", "--fix", "tenders"], in: scratch.url)
        let plain = try TenderlintProcess.run(["lint", "tenders"], in: scratch.url)
        #expect(fixed.status == 1 && fixed.status == plain.status, "errors without a safe fix remain")
        #expect(fixed.standardOutput == plain.standardOutput, "the report is what a run on the fixed files prints")
        #expect(fixed.standardError.contains("tenderlint: fixed 2 findings in 2 files: TL002 (1), TOM002 (1)"))
        #expect(fixed.standardError.contains("  NZ004 (1): unsafe (it changes the year suppliers must reach net zero by): --unsafe-fixes applies it"))

        let after = try Self.fixes(inReport: TenderlintProcess.run(["lint", "--format", "json", "tenders"], in: scratch.url).standardOutput)
        #expect(!after.contains { $0.applicability == "safe" }, "still a safe fix: \(after)")
        #expect(after.count == before.count - 2)

        let unsafe = try TenderlintProcess.run(["lint", "--fix", "--unsafe-fixes", "tenders"], in: scratch.url)
        #expect(unsafe.standardError.contains("fixed 3 findings in 3 files: NZ003 (1), NZ004 (1), TOM003 (1)"), "\(unsafe.standardError)")
        #expect(try Self.fixes(inReport: TenderlintProcess.run(["lint", "--format", "json", "tenders"], in: scratch.url).standardOutput).isEmpty)
    }

    /// A copy of the samples at `tenders/` with every fix applied, and the path of the schema `name`.
    static func fixedSamples(schema name: String) throws -> (scratch: ScratchDirectory, schema: String) {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch)
        _ = try TenderlintProcess.run(["lint", "--fix", "--unsafe-fixes", "tenders"], in: scratch.url)
        return (scratch, Shell.packageRoot.appendingPathComponent("docs/schemas/" + name).path)
    }

    @Test("every sample fixed, safe and unsafe fixes alike, is still valid against the XML schema",
          .enabled(if: Shell.available("command -v xmllint"), "xmllint is not installed here"))
    func fixedXMLSamplesAreValid() throws {
        let (scratch, schema) = try Self.fixedSamples(schema: "tender-spec-1.xsd")
        let samples = try Self.snapshot(scratch.url.appendingPathComponent("tenders")).keys.filter { $0.hasSuffix(".xml") }.sorted()
        #expect(samples.count >= 10)
        for sample in samples {
            let outcome = try Shell.run("xmllint --noout --schema '\(schema)' 'tenders/\(sample)'", in: scratch.url)
            #expect(outcome.status == 0, "\(sample): \(outcome.standardError)")
        }
    }

    @Test("every sample fixed, safe and unsafe fixes alike, is still valid against the JSON schema",
          .enabled(if: Shell.available("python3 -c 'import jsonschema'"), "python3 with jsonschema is not installed here"))
    func fixedJSONSamplesAreValid() throws {
        let (scratch, schema) = try Self.fixedSamples(schema: "tender-spec-1.schema.json")
        let script = """
            import glob, json, sys
            from jsonschema import Draft202012Validator as V
            v = V(json.load(open(sys.argv[1])), format_checker=V.FORMAT_CHECKER)
            paths = [p for p in sorted(glob.glob('tenders/*.json'))]
            bad = [(p, e.message) for p in paths for e in v.iter_errors(json.load(open(p)))]
            print(len(paths), bad)
            sys.exit(1 if bad or len(paths) < 10 else 0)
            """
        try scratch.write("validate.py", script)
        let outcome = try Shell.run("python3 validate.py '\(schema)'", in: scratch.url)
        #expect(outcome.status == 0, "\(outcome.standardOutput)\(outcome.standardError)")
    }

    @Test("--fix and --diff touch only the rules the run checks: --select and --ignore choose the fixes too")
    func fixesFollowTheSelection() throws {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch)
        let ignored = try TenderlintProcess.run(["lint", "--diff", "--ignore", "TOM002", "tenders"], in: scratch.url)
        #expect(!ignored.standardOutput.contains("sterile-services.json"), "TOM002's fix is made though --ignore TOM002")
        #expect(ignored.standardError.hasPrefix("tenderlint: would fix 1 finding in 1 file: TL002 (1)\n"), "\(ignored.standardError)")
        let selected = try TenderlintProcess.run(["lint", "--fix", "--select", "SV001", "tenders"], in: scratch.url)
        #expect(!selected.standardError.contains("TOM002") && !selected.standardError.contains("NZ003"), "\(selected.standardError)")
    }

    @Test("--diff prints a unified diff of what --fix would do, changes no byte, and exits 1, then 0 once fixed")
    func diffChangesNothing() throws {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch)
        let before = try Self.snapshot(scratch.url)
        let diff = try TenderlintProcess.run(["lint", "--diff", "tenders"], in: scratch.url)
        #expect(diff.status == 1)
        #expect(try Self.snapshot(scratch.url) == before, "--diff changed a file")
        #expect(diff.standardOutput.hasPrefix("--- a/tenders/drafts/unfinished-draft.json\n+++ b/tenders/drafts/unfinished-draft.json\n@@ -4,6 +4,6 @@\n"))
        #expect(diff.standardOutput.contains("--- a/tenders/sterile-services.json\n+++ b/tenders/sterile-services.json\n"))
        #expect(!diff.standardOutput.contains("imaging-equipment"), "an unsafe fix is not in the diff without --unsafe-fixes")
        #expect(diff.standardError == "tenderlint: would fix 2 findings in 2 files: TL002 (1), TOM002 (1)\n" + """
            tenderlint: left 3 fixes:
              NZ003 (1): unsafe (it changes the emissions suppliers' plans must cover): --unsafe-fixes applies it
              NZ004 (1): unsafe (it changes the year suppliers must reach net zero by): --unsafe-fixes applies it
              TOM003 (1): unsafe (the measure that replaces it may ask for something else, or count in another unit): --unsafe-fixes applies it

            """)
        let unsafe = try TenderlintProcess.run(["lint", "--diff", "--unsafe-fixes", "tenders/imaging-equipment.xml"], in: scratch.url)
        #expect(unsafe.status == 1 && unsafe.standardOutput.contains("+        net-zero-by=\"2045\" global=\"false\"/>\n"))

        #expect(try TenderlintProcess.run(["lint", "--diff", "--exit-zero", "tenders"], in: scratch.url).status == 0)

        // --diff wins over --fix: still nothing written.
        #expect(try TenderlintProcess.run(["lint", "--fix", "--diff", "tenders"], in: scratch.url).standardOutput == diff.standardOutput)
        #expect(try Self.snapshot(scratch.url) == before)

        // Applied with git, the diff is what --fix writes.
        _ = try TenderlintProcess.run(["lint", "--fix", "tenders"], in: scratch.url)
        let clean = try TenderlintProcess.run(["lint", "--diff", "tenders"], in: scratch.url)
        #expect(clean.status == 0 && clean.standardOutput.isEmpty)
        #expect(clean.standardError.hasPrefix("tenderlint: would fix nothing\n"))
    }

    @Test("a read-only file is left untouched with a clear message and exit status 2; a writable one keeps its permissions")
    func readOnlyFile() throws {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch)
        let locked = scratch.url.appendingPathComponent("tenders/sterile-services.json")
        let original = try Data(contentsOf: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: locked.path)
        let outcome = try TenderlintProcess.run(["lint", "--fix", "tenders/sterile-services.json"], in: scratch.url)
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("tenderlint: error: tenders/sterile-services.json: cannot write the fixed document: "))
        #expect(outcome.standardError.contains("  TOM002 (1): the file cannot be written: "))
        #expect(outcome.standardOutput.contains("[TOM002]"), "the report still says what is wrong")
        #expect(try Data(contentsOf: locked) == original)

        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: locked.path)
        #expect(try TenderlintProcess.run(["lint", "--fix", "tenders/sterile-services.json"], in: scratch.url).status == 0)
        #expect(try Data(contentsOf: locked) != original)
        let permissions = try FileManager.default.attributesOfItem(atPath: locked.path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: locked.deletingLastPathComponent().path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "no temporary file is left beside it")
    }

    @Test("a JSON Lines file is fixed a line at a time")
    func jsonLines() throws {
        let scratch = try ScratchDirectory()
        let sample = try String(contentsOf: Shell.packageRoot.appendingPathComponent("Samples/sterile-services.json"), encoding: .utf8)
        let line = sample.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        try scratch.write("bulk.jsonl", line + "\n" + line + "\n")
        let outcome = try TenderlintProcess.run(["lint", "--fix", "bulk.jsonl"], in: scratch.url)
        #expect(outcome.status == 0, "\(outcome.standardOutput)\(outcome.standardError)")
        #expect(outcome.standardError.contains("fixed 2 findings in 1 file: TOM002 (2)"))
        let fixed = try String(contentsOf: scratch.url.appendingPathComponent("bulk.jsonl"), encoding: .utf8)
        #expect(fixed.components(separatedBy: "\"MAC 4.1\"").count == 3 && fixed.split(separator: "\n").count == 2)
    }

    @Test("usage errors: --unsafe-fixes alone, standard input, a report or a baseline with --diff, --show-files with --fix")
    func usageErrors() throws {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch)
        let cases: [([String], String)] = [
            (["lint", "--unsafe-fixes", "tenders"], "--unsafe-fixes applies with --fix or --diff"),
            (["lint", "--fix", "-"], "--fix works on files; standard input ('-') cannot be fixed"),
            (["lint", "--diff", "--format", "json", "tenders"], "--diff prints a diff, not a report"),
            (["lint", "--diff", "--write-baseline", "b.json", "tenders"], "--diff changes nothing"),
            (["lint", "--diff", "--statistics", "tenders"], "--diff prints a diff, not a report"),
            (["lint", "--fix", "--show-files", "tenders"], "--show-files lints nothing, so it fixes nothing"),
        ]
        for (arguments, message) in cases {
            let outcome = try TenderlintProcess.run(arguments, in: scratch.url)
            #expect(outcome.status == 2, "\(arguments)")
            #expect(outcome.standardError.contains(message), "\(arguments): \(outcome.standardError)")
        }
    }
}
