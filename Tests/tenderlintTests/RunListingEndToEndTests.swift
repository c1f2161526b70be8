import Foundation
import Testing

/// A scratch repository: one sample reporting SV001 (error), one TOM002 and TOM007, and one with a configuration
/// of its own.
private func repository() throws -> ScratchDirectory {
    let scratch = try ScratchDirectory.repository(samples: [
        "recovery-college.json": "recovery-college.json", "interpreting-services.json": "interpreting-services.json",
        "wales/wheelchair-services.json": "wheelchair-services.json",
    ])
    try scratch.write("tenders/wales/.tenderlint.yml", "rules:\n  SV001: warning\n")
    return scratch
}

@Suite("--exit-zero, --statistics, --show-files and the familiar output names, run as a program")
struct RunListingEndToEndTests {
    @Test("--exit-zero reports the findings and exits 0; a usage error still exits 2")
    func exitZero() throws {
        let scratch = try repository()
        let failing = try TenderlintProcess.run(["lint", "--format", "concise", "tenders/interpreting-services.json"], in: scratch.url)
        #expect(failing.status == 1)
        let passing = try TenderlintProcess.run(["lint", "--format", "concise", "--exit-zero", "tenders/interpreting-services.json"], in: scratch.url)
        #expect(passing.status == 0)
        #expect(passing.standardOutput == failing.standardOutput)
        let warnings = try TenderlintProcess.run(["lint", "--exit-zero", "--max-warnings", "0", "tenders/recovery-college.json", "tenders/wales"], in: scratch.url)
        #expect(warnings.status == 0)
        #expect(!warnings.standardError.contains("--max-warnings"))
        #expect(try TenderlintProcess.run(["lint", "--exit-zero", "missing"], in: scratch.url).status == 2)
    }

    @Test("--statistics counts findings per rule, most first, in text or JSON, and exits as the run would")
    func statistics() throws {
        let scratch = try repository()
        let text = try TenderlintProcess.run(["lint", "--statistics", "tenders"], in: scratch.url)
        #expect(text.status == 1)
        #expect(text.standardOutput == """
            2  SV001       social-value-minimum-weighting
            1  TOM002      malformed-measure-reference
            1  TOM007      nhs-london-theme

            """)
        let json = try TenderlintProcess.run(["lint", "--statistics", "--output-format", "json", "--select", "TOM007", "tenders"], in: scratch.url)
        #expect(json.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["code"] as? String == "TOM007")
        #expect(rows.first?["count"] as? Int == 1)
        #expect(rows.first?["name"] as? String == "nhs-london-theme")
        let sarif = try TenderlintProcess.run(["lint", "--statistics", "--format", "sarif", "tenders"], in: scratch.url)
        #expect(sarif.status == 2)
        #expect(sarif.standardError == "tenderlint: error: --statistics writes text or json, not sarif (see 'tenderlint lint --help')\n")
    }

    @Test("--show-files lists each file with the configuration that applies, lints nothing and exits 0")
    func showFiles() throws {
        let scratch = try repository()
        let text = try TenderlintProcess.run(["lint", "--show-files", "tenders"], in: scratch.url)
        #expect(text.status == 0)
        #expect(text.standardOutput == """
            tenders/interpreting-services.json\tno configuration
            tenders/recovery-college.json\tno configuration
            tenders/wales/wheelchair-services.json\ttenders/wales/.tenderlint.yml

            """)
        let json = try TenderlintProcess.run(["lint", "--show-files", "--format", "json", "--output-file", "files.json", "tenders/wales"], in: scratch.url)
        #expect(json.status == 0 && json.standardOutput.isEmpty)
        let written = try String(contentsOf: scratch.url.appendingPathComponent("files.json"), encoding: .utf8)
        #expect(written == """
            [
              {
                "path": "tenders/wales/wheelchair-services.json",
                "configuration": "tenders/wales/.tenderlint.yml"
              }
            ]

            """)
        let bare = try TenderlintProcess.run(["lint", "--show-files", "--no-config", "tenders/wales"], in: scratch.url)
        #expect(bare.standardOutput == "tenders/wales/wheelchair-services.json\tno configuration\n")
        let both = try TenderlintProcess.run(["lint", "--show-files", "--statistics", "tenders"], in: scratch.url)
        #expect(both.status == 2)
    }

    @Test("--output-format, --output-file and -o are other names for --format and --output")
    func familiarNames() throws {
        let scratch = try repository()
        let long = try TenderlintProcess.run(
            ["lint", "--output-format", "concise", "--output-file", "long.txt", "tenders/recovery-college.json"], in: scratch.url)
        let short = try TenderlintProcess.run(["lint", "--output-format", "concise", "-o", "short.txt", "tenders/recovery-college.json"], in: scratch.url)
        #expect(long.status == 0 && short.status == 0)
        let written = try String(contentsOf: scratch.url.appendingPathComponent("long.txt"), encoding: .utf8)
        #expect(written.contains("[TOM007]"))
        #expect(try String(contentsOf: scratch.url.appendingPathComponent("short.txt"), encoding: .utf8) == written)
    }
}
