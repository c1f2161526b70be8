import Foundation
import Testing

/// The HTML report's commands in the README and docs/report.md, run as written, and the page they write.
@Suite("The HTML report's documented commands")
struct HTMLReportDocumentationTests {
    typealias Shell = DocumentationShell
    @Test("README.md: --format html:report.html Samples writes one page with every finding of the samples")
    func readmeCommand() throws {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch, as: "Samples")
        try DocumentationCommandsTests.runCommands("README.md: tenderlint lint --format html:report.html Samples   # then open report.html in a browser", in: scratch)
        let page = try String(contentsOf: scratch.url.appendingPathComponent("report.html"), encoding: .utf8)
        let json = try Shell.run("tenderlint lint --format json Samples", in: scratch.url)
        let findings = json.standardOutput.components(separatedBy: #""ruleId""#).count - 1
        #expect(findings > 20)
        #expect(page.components(separatedBy: #"<article class="finding "#).count - 1 == findings)
        #expect(page.contains(#"data-path="Samples/wheelchair-services.json""#))
        #expect(!page.contains("<script"))
    }

    @Test("docs/report.md: the command for a folder of tenders")
    func reportPageCommand() throws {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch)
        try DocumentationCommandsTests.runCommands("docs/report.md: tenderlint lint --format html:report.html tenders/", in: scratch)
        let page = try String(contentsOf: scratch.url.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(page.contains(#"<nav id="index""#))
    }

    @Test("the README's picture and docs/report.md's are a committed PNG")
    func pictureIsCommitted() throws {
        let data = try Data(contentsOf: Shell.packageRoot.appendingPathComponent("docs/report.png"))
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}
