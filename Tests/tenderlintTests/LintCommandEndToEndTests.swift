import Foundation
import Testing

@Suite("tenderlint lint, run as a program")
struct LintCommandEndToEndTests {
    @Test("reports a stray comma at line 7 column 3 with a compiler-style header and exits 1")
    func strayComma() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("that/file.json", """
            {
              "id": "T-1",
              "evaluation": [
                { "id": "price", "weight": "40" },
                { "id": "quality", "weight": "60" }
              ]
              ,
            }
            """)
        let outcome = try TenderlintProcess.run(["lint", "that/file.json"], in: scratch.url)
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.hasPrefix("that/file.json:7:3: error:"))
        #expect(outcome.standardOutput.contains("[TL002]"))
        #expect(outcome.standardOutput.hasSuffix("1 error in 1 document\n"))
    }

    @Test("reports a mismatched XML end tag at its line and column and exits 1")
    func mismatchedEndTag() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("tenders/lot.xml", "<tender>\n  <lot>\n    <name>Lot 1</name>\n  </tender>\n</tender>\n")
        let outcome = try TenderlintProcess.run(["lint", "tenders"], in: scratch.url)
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.hasPrefix("tenders/lot.xml:4:3: error: end tag </tender> does not match the start tag <lot> [TL001]"))
    }

    @Test("ends each hostile input in a diagnostic and exit 1, without local file content")
    func hostileInputs() throws {
        let scratch = try ScratchDirectory()
        var laughs = "<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            laughs += " <!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n"
        }
        laughs += "]>\n<lolz>&lol9;</lolz>\n"
        var binary: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        for index in 0..<2048 { binary.append(UInt8(truncatingIfNeeded: index &* 97 &+ 13)) }
        let cases: [(String, [UInt8])] = [
            ("xxe.xml", Array("<!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<t>&x;</t>\n".utf8)),
            ("laughs.xml", Array(laughs.utf8)),
            ("deep.json", Array((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)),
            ("deep.xml", Array((String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)).utf8)),
            ("latin1.json", Array("{\"name\": \"caf".utf8) + [0xE9] + Array("\"}".utf8)),
            ("truncated.json", Array("{\"tender\": {\"lots\": [1, 2".utf8)),
            ("truncated.xml", Array("<tender><lot id=\"1\"><name>Comm".utf8)),
            ("empty.json", []),
            ("empty.xml", []),
            ("binary.json", binary),
            ("binary.xml", binary),
        ]
        let passwd = (try? String(contentsOfFile: "/etc/passwd", encoding: .utf8))?.split(separator: "\n").first.map(String.init)
        for (name, bytes) in cases {
            try scratch.write(name, bytes: bytes)
            let outcome = try TenderlintProcess.run(["lint", "--color", "never", name], in: scratch.url)
            #expect(outcome.status == 1, "\(name): exit \(outcome.status)")
            #expect(outcome.standardOutput.hasPrefix("\(name):"), "\(name): \(outcome.standardOutput)")
            if let passwd { #expect(!outcome.standardOutput.contains(passwd)) }
            #expect(!outcome.standardOutput.contains("\u{1B}"), "\(name) printed an escape byte")
        }
    }

    @Test("exits 0 with a summary when the documents are well-formed tenders")
    func clean() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("a.json", """
            {"tenderSpec": "1", "id": "A", "aboveThreshold": true, "buyer": {"sector": "central-government", "jurisdiction": "england"},
             "dates": {"publication": "2026-06-01"},
             "evaluation": {"failureDisqualifies": false, "criteria": [{"id": "p", "kind": "price", "weight": 33.3}, {"id": "q", "kind": "quality", "weight": "33.3"},
                                         {"id": "s", "kind": "social-value", "weight": 33.4}]}}
            """)
        try scratch.write("b.xml", """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="B" above-threshold="true"><buyer sector="nhs" jurisdiction="england"/><dates publication="2026-06-01"/>
              <social-value><theme>fighting-climate-change</theme></social-value>
              <evaluation failure-disqualifies="true"><criterion id="p" kind="price" weight="50"/><criterion id="q" kind="quality" weight="40"/>
                <criterion id="s" kind="social-value" weight="10"/></evaluation>
            </tender>
            """)
        let outcome = try TenderlintProcess.run(["lint", "."], in: scratch.url)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "no problems found in 2 documents\n")
    }

    @Test("skips a well-formed document that is no tender with an info line and exit 0")
    func notATender() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("package.json", #"{"name": "not-a-tender"}"#)
        let outcome = try TenderlintProcess.run(["lint", "--format", "concise", "package.json"], in: scratch.url)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasPrefix("package.json:1:1: info: this JSON document is not a tender document, so it was skipped [TL003]"))
        #expect(outcome.standardOutput.hasSuffix("1 info in 1 document\n"))
    }

    @Test("lints the current directory by default, walking folders but skipping hidden ones and .build")
    func directoryWalk() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("b/second.json", "{,}")
        try scratch.write("a/first.xml", "<a></b>")
        try scratch.write(".git/ignored.json", "{,}")
        try scratch.write(".build/ignored.xml", "<a></b>")
        try scratch.write("notes.txt", "not a tender")
        let outcome = try TenderlintProcess.run(["lint", "--format", "concise"], in: scratch.url)
        #expect(outcome.status == 1)
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("a/first.xml:1:4: error:"))
        #expect(lines[1].hasPrefix("b/second.json:1:2: error:"))
        #expect(lines[2] == "2 errors in 2 documents")
    }

    @Test("counts each JSON Lines line as a document with positions in the file")
    func jsonLines() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("bulk.jsonl", "{\"ocid\": \"a\"}\n{\"ocid\": \"b\",}\n\n{\"ocid\": \"c\"}\n")
        let outcome = try TenderlintProcess.run(["lint", "--format", "concise", "bulk.jsonl"], in: scratch.url)
        #expect(outcome.status == 1)
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains("bulk.jsonl:2:13: error: trailing comma before '}' is not allowed in JSON [TL002]"))
        #expect(outcome.standardOutput.hasSuffix(" in 3 documents\n"))
    }

    @Test("exits 2 with one line on standard error for a path that does not exist")
    func missingPath() throws {
        let scratch = try ScratchDirectory()
        let outcome = try TenderlintProcess.run(["lint", "nowhere.xml"], in: scratch.url)
        #expect(outcome.status == 2)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError == "tenderlint: error: nowhere.xml: no such file or directory\n")
    }

    @Test("exits 2 with one line on standard error for a usage error", arguments: [
        ["lint", "--frobnicate"], ["lint", "--format", "yaml"], ["lint", "--color", "sometimes"],
    ])
    func usageError(arguments: [String]) throws {
        let scratch = try ScratchDirectory()
        let outcome = try TenderlintProcess.run(arguments, in: scratch.url)
        #expect(outcome.status == 2)
        #expect(outcome.standardError.hasPrefix("tenderlint: error: "))
        #expect(outcome.standardError.split(separator: "\n").count == 1)
    }

    @Test("exits 2 for a named file of a kind it does not read")
    func unsupportedFile() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("notes.txt", "hello")
        let outcome = try TenderlintProcess.run(["lint", "notes.txt"], in: scratch.url)
        #expect(outcome.status == 2)
        #expect(outcome.standardError.hasPrefix("tenderlint: error: notes.txt: not a file tenderlint reads"))
    }

    @Test("prints its version and a help text a new user can follow")
    func versionAndHelp() throws {
        let scratch = try ScratchDirectory()
        let version = try TenderlintProcess.run(["--version"], in: scratch.url)
        #expect(version.status == 0)
        #expect(version.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try TenderlintProcess.run(["lint", "--help"], in: scratch.url)
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("--format"))
        #expect(help.standardOutput.contains("Exit status"))
    }

    @Test("uses colour only when asked or on a terminal, never with NO_COLOR unless forced")
    func colour() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("bad.json", "[1,]")
        let plain = try TenderlintProcess.run(["lint", "bad.json"], in: scratch.url)
        #expect(!plain.standardOutput.contains("\u{1B}["))
        let forced = try TenderlintProcess.run(["lint", "--color", "always", "bad.json"], in: scratch.url, environment: ["NO_COLOR": "1"])
        #expect(forced.standardOutput.contains("\u{1B}["))
        let never = try TenderlintProcess.run(["lint", "--color", "never", "bad.json"], in: scratch.url)
        #expect(!never.standardOutput.contains("\u{1B}["))
    }

    @Test("prints only errors and no summary with --quiet")
    func quiet() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("ok.json", "{}")
        let outcome = try TenderlintProcess.run(["lint", "--quiet", "ok.json"], in: scratch.url)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.isEmpty)
    }
}

@Suite("tenderlint lint on several cores, run as a program")
struct ParallelLintEndToEndTests {
    @Test("gives the same output, in the same order, with one job and with several")
    func sameOutput() throws {
        let scratch = try ScratchDirectory()
        for index in 0..<24 {
            try scratch.write("t\(index).json", index.isMultiple(of: 3) ? "{\"a\": 1,}" : #"{"tenderSpec": "1", "id": "T\#(index)"}"#)
            try scratch.write("x\(index).xml", index.isMultiple(of: 4) ? "<a></b>" : "<tender id=\"\(index)\"/>")
        }
        let one = try TenderlintProcess.run(["lint", "--jobs", "1", "--format", "concise", "."], in: scratch.url)
        let many = try TenderlintProcess.run(["lint", "--jobs", "4", "--format", "concise", "."], in: scratch.url)
        #expect(one.status == 1)
        #expect(one.standardOutput == many.standardOutput)
        #expect(one.status == many.status)
        #expect(try TenderlintProcess.run(["lint", "--jobs", "0", "."], in: scratch.url).status == 2)
    }
}
