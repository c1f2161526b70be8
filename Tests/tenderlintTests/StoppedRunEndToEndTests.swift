import Foundation
import Testing

/// A run that stops with exit status 2 on its configuration or baseline still writes every report it was asked
/// for, holding the error at its line, so a CI job uploads it instead of failing on a missing file.
@Suite("tenderlint lint stopped by its configuration or baseline, run as a program")
struct StoppedRunEndToEndTests {
    static let tender = GateEndToEndTests.shortfall

    /// Every machine format to its own file, and GitHub's annotations on standard output.
    static let everyReport = [
        "--format", "sarif:out.sarif", "--format", "junit:out.xml", "--format", "gitlab:gl.json",
        "--format", "json:report.json", "--format", "checkstyle:cs.xml", "--format", "text:out.txt", "--format", "github",
    ]
    static let files = ["out.sarif", "out.xml", "gl.json", "report.json", "cs.xml", "out.txt"]

    private func read(_ name: String, in scratch: ScratchDirectory) throws -> String {
        try String(contentsOf: scratch.url.appendingPathComponent(name), encoding: .utf8)
    }

    @Test("an invalid .tenderlint.yml is in every requested report at its line, annotated for GitHub, with exit 2")
    func invalidConfiguration() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("tenders/t.xml", Self.tender)
        try scratch.write(".tenderlint.yml", "profile: nhs-england\nrulez:\n  SV001: warning\n")
        let outcome = try TenderlintProcess.run(["lint"] + Self.everyReport + ["tenders"], in: scratch.url)
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains(".tenderlint.yml:2:1: error: "))
        #expect(outcome.standardError.contains("the configuration is invalid"))
        #expect(outcome.standardOutput.contains("::error file=.tenderlint.yml,line=2,"))
        #expect(outcome.standardOutput.contains("TL012"))
        for name in Self.files {
            let report = try read(name, in: scratch)
            #expect(report.contains("TL012"), "\(name) holds the configuration error")
            #expect(report.contains(".tenderlint.yml"), "\(name) names the configuration file")
        }
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(read("out.sarif", in: scratch).utf8)) as? [String: Any])
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        #expect(result["ruleId"] as? String == "TL012")
        let region = ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(region?["startLine"] as? Int == 2)
    }

    @Test("an invalid configuration met only as the documents are read still fills a text report file")
    func nestedConfiguration() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("tenders/t.xml", Self.tender)
        try scratch.write("tenders/.tenderlint.yml", "profile: nowhere\n")
        let outcome = try TenderlintProcess.run(["lint", "--format", "concise:out.txt", "tenders"], in: scratch.url)
        #expect(outcome.status == 2)
        #expect(try read("out.txt", in: scratch).contains("tenders/.tenderlint.yml:1:"))
    }

    @Test("a baseline that is not JSON, or is missing, is in every requested report with exit 2")
    func invalidBaseline() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("tenders/t.xml", Self.tender)
        try scratch.write("baseline.json", "{ \"tenderlintBaseline\": \"1\",\n  \"entries\": [ oops ] }\n")
        let broken = try TenderlintProcess.run(["lint", "--baseline", "baseline.json"] + Self.everyReport + ["tenders"], in: scratch.url)
        #expect(broken.status == 2)
        #expect(broken.standardError.contains("tenderlint: error: baseline.json: "))
        #expect(broken.standardOutput.contains("::error file=baseline.json,line=2,"))
        for name in Self.files {
            #expect(try read(name, in: scratch).contains("baseline.json"), "\(name) names the baseline")
        }

        let missing = try TenderlintProcess.run(["lint", "--baseline", "absent.json"] + Self.everyReport + ["tenders"], in: scratch.url)
        #expect(missing.status == 2)
        #expect(missing.standardOutput.contains("::error file=absent.json"))
        for name in Self.files {
            let report = try read(name, in: scratch)
            #expect(report.contains("TL013") && report.contains("absent.json"), "\(name) holds the baseline error")
        }
    }

    @Test("a usage error writes no report")
    func usageError() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("t.xml", Self.tender)
        let outcome = try TenderlintProcess.run(["lint", "--format", "sarif:out.sarif", "--jobs", "0", "t.xml"], in: scratch.url)
        #expect(outcome.status == 2)
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("out.sarif").path))
    }
}
