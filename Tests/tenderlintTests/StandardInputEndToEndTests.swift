import Foundation
import Testing

/// `tenderlint lint -`: a document piped in, as an editor or a hook sends it.
@Suite("Linting standard input")
struct StandardInputEndToEndTests {
    typealias Shell = DocumentationShell

    static let samples: [String] = {
        let folder = Shell.packageRoot.appendingPathComponent("Samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".xml") }.sorted().map { "Samples/" + $0 } + ["Samples/drafts/unfinished-draft.json"]
    }()

    @Test("cat Samples/x | tenderlint lint - --stdin-filename Samples/x reports exactly what linting the file does, in every format",
          arguments: ["text", "concise", "json", "sarif", "github", "junit", "checkstyle", "gitlab"])
    func sameAsTheFile(format: String) throws {
        #expect(Self.samples.count >= 25)
        for sample in Self.samples {
            let file = try Shell.run("tenderlint lint --format \(format) \(sample)", in: Shell.packageRoot)
            let piped = try Shell.run("cat \(sample) | tenderlint lint - --format \(format) --stdin-filename \(sample)", in: Shell.packageRoot)
            #expect(piped.status == file.status, "\(sample) as \(format)")
            #expect(piped.standardOutput == file.standardOutput, "\(sample) as \(format)")
            #expect(piped.standardError == file.standardError, "\(sample) as \(format)")
        }
    }

    @Test("without a name, reports say - and the kind is told from the content: XML, JSON, or JSON Lines")
    func withoutAName() throws {
        let xml = try Shell.run("tenderlint lint - --format concise < Samples/crisis-line.xml", in: Shell.packageRoot)
        #expect(xml.status == 1)
        #expect(xml.standardOutput.hasPrefix("-:39:52: error: the measure code 'ILLUS-NT42'"))
        let scratch = try ScratchDirectory()
        let line = try String(contentsOf: Shell.packageRoot.appendingPathComponent("Samples/wheelchair-services.json"), encoding: .utf8)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        try scratch.write("bulk.jsonl", "{\"name\": \"not a tender\"}\n" + line + "\n")
        let lines = try Shell.run("tenderlint lint - --format concise < bulk.jsonl", in: scratch.url)
        let named = try Shell.run("tenderlint lint bulk.jsonl --format concise", in: scratch.url)
        #expect(lines.standardOutput.replacingOccurrences(of: "-:", with: "bulk.jsonl:") == named.standardOutput)
        #expect(lines.standardOutput.contains("-:2:") && lines.standardOutput.contains("in 2 documents"))
    }

    @Test("the configuration is the one the named file's folder gets, its overrides matched against the name")
    func configurationOfTheName() throws {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch)
        try scratch.write("tenders/.tenderlint.yml", "overrides:\n  - files: [\"wheelchair-*.json\"]\n    rules:\n      SV001: off\n")
        let named = try Shell.run("tenderlint lint - --stdin-filename tenders/wheelchair-services.json < tenders/wheelchair-services.json", in: scratch.url)
        #expect(named.status == 0, "\(named.standardOutput)")
        let elsewhere = try Shell.run("tenderlint lint - --stdin-filename wheelchair-services.json --format concise < tenders/wheelchair-services.json", in: scratch.url)
        #expect(elsewhere.status == 1 && elsewhere.standardOutput.contains("[SV001]"))
    }

    @Test("past the configured document size, standard input gets TL018 as a file does")
    func sizeLimit() throws {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch)
        try scratch.write(".tenderlint.yml", "limits:\n  document-bytes: 1000\n")
        let piped = try Shell.run("tenderlint lint - --stdin-filename tenders/crisis-line.xml < tenders/crisis-line.xml", in: scratch.url)
        let file = try Shell.run("tenderlint lint tenders/crisis-line.xml", in: scratch.url)
        #expect(piped.status == 1 && piped.standardOutput.contains("[TL018]"))
        #expect(piped.standardOutput == file.standardOutput)
    }

    @Test("empty or binary standard input is a positioned TL002 or TL001, as the same file would be")
    func emptyOrBinary() throws {
        let empty = try Shell.run("tenderlint lint - --format concise < /dev/null", in: Shell.packageRoot)
        #expect(empty.status == 1)
        #expect(empty.standardOutput.hasPrefix("-:1:1: error: the file is empty: expected a JSON value [TL002]"))
        let binary = try Shell.run("printf '\\000\\001\\377' | tenderlint lint - --stdin-filename draft.xml --format concise", in: Shell.packageRoot)
        #expect(binary.status == 1)
        #expect(binary.standardOutput.hasPrefix("draft.xml:1:1: error: this file starts with a NUL byte") && binary.standardOutput.contains("[TL001]"))
    }

    @Test("--stdin-filename without -, and - given twice, are usage errors (exit 2)")
    func usageErrors() throws {
        let unnamed = try Shell.run("tenderlint lint Samples --stdin-filename Samples/a.json", in: Shell.packageRoot)
        #expect(unnamed.status == 2)
        #expect(unnamed.standardError.contains("--stdin-filename names the document read from standard input; give - among the paths"))
        let twice = try Shell.run("tenderlint lint - - < Samples/crisis-line.xml", in: Shell.packageRoot)
        #expect(twice.status == 2)
        #expect(twice.standardError.contains("tenderlint: error: -: is given more than once"))
    }

    @Test("with --force-exclude, a name that is excluded is not linted: pre-commit and editors pass every file")
    func forceExcludedName() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("node_modules/x/broken.json", "{ bad")
        let piped = try Shell.run("tenderlint lint - --stdin-filename node_modules/x/broken.json --force-exclude --format concise < node_modules/x/broken.json", in: scratch.url)
        #expect(piped.status == 0)
        #expect(!piped.standardOutput.contains("TL002"))
        let unforced = try Shell.run("tenderlint lint - --stdin-filename node_modules/x/broken.json --format concise < node_modules/x/broken.json", in: scratch.url)
        #expect(unforced.status == 1)
    }
}
