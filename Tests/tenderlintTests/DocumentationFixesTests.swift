import Foundation
import Testing

/// The commands of docs/fixes.md and the README's fixes, run as written on a copy of the samples.
extension DocumentationCommandsTests {
    @Test("docs/fixes.md and the README: --diff, --fix and --unsafe-fixes run as written, and --diff prints what the page shows")
    func fixCommands() throws {
        for key in ["README.md: tenderlint lint --diff tenders/                # what --fix would change; exit 1 if anything would",
                    "docs/fixes.md: tenderlint lint --diff tenders/                    # show what --fix would change; change nothing"] {
            let scratch = try ScratchDirectory()
            try Shell.copySamples(to: scratch)
            try Self.runCommands(key, in: scratch)
        }
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch)
        let page = try Shell.page("docs/fixes.md")
        let command = "tenderlint lint --diff tenders/sterile-services.json"
        let outcome = try Shell.run(command, in: scratch.url)
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput + outcome.standardError == Shell.block(after: command, in: page))

        // The summary the page shows is what --fix says of the samples it names.
        let summary = try #require(Shell.blocks(of: page).first { $0.text.hasPrefix("tenderlint: fixed") }?.text)
        let fixed = try Shell.run("tenderlint lint --fix tenders/sterile-services.json tenders/imaging-equipment.xml tenders/courier-logistics.xml", in: scratch.url)
        #expect(fixed.standardError == summary)
        #expect(page.contains("`tenderlint lint --fix tenders/sterile-services.json tenders/imaging-equipment.xml tenders/courier-logistics.xml`"))
    }
}
