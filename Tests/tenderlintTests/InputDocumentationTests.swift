import Foundation
import Testing

/// The commands the README and docs/configuration.md show for standard input and exclusions, run as written.
@Suite("The input and exclusion commands of the docs, run as written")
struct InputDocumentationTests {
    typealias Shell = DocumentationShell

    @Test("README: a sample piped in with its name reports exactly what linting the sample does")
    func readmeStandardInput() throws {
        let key = "README.md: cat Samples/wheelchair-services.json | tenderlint lint - --stdin-filename Samples/wheelchair-services.json"
        let block = try #require(try DocumentationCommandsTests.allShBlocks()[key])
        let piped = try Shell.run(block, in: Shell.packageRoot)
        let file = try Shell.run("tenderlint lint Samples/wheelchair-services.json", in: Shell.packageRoot)
        #expect(piped.status == 1 && piped.status == file.status)
        #expect(piped.standardOutput == file.standardOutput && piped.standardOutput.contains("Samples/wheelchair-services.json:26:7: error:"))
    }

    @Test("docs/configuration.md: --exclude, --no-respect-gitignore and --force-exclude leave out what the page says")
    func exclusionCommands() throws {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch)
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try scratch.write(".gitignore", "tenders/drafts/\n")
        try scratch.write("tenders/archive/old.json", "{ broken")
        try scratch.write("tenders/a.draft.json", "{ broken")
        try scratch.write("node_modules/pkg/package.json", "{ broken")
        try FileManager.default.copyItem(at: scratch.url.appendingPathComponent("tenders/wheelchair-services.json"),
                                         to: scratch.url.appendingPathComponent("tenders/a.json"))
        let commands = DocumentationCommandsTests.commands(try #require(
            try DocumentationCommandsTests.allShBlocks()["docs/configuration.md: tenderlint lint --exclude 'tenders/archive/**' --exclude '*.draft.json'"]))
        #expect(commands.count == 3)
        let outcomes = try commands.map { try Shell.run($0 + " --format concise", in: scratch.url) }
        // Everything but the archive, the drafts .gitignore lists, *.draft.json and node_modules.
        #expect(outcomes[0].status == 1 && outcomes[0].standardOutput.contains("tenders/a.json:26:7:"))
        for left in ["archive", "draft", "node_modules"] { #expect(!outcomes[0].standardOutput.contains(left)) }
        // The drafts folder again, since .gitignore is not read; the defaults still leave node_modules out.
        #expect(outcomes[1].standardOutput.contains("tenders/drafts/unfinished-draft.json") && !outcomes[1].standardOutput.contains("node_modules"))
        // Named files: node_modules/pkg/package.json is left out even so.
        #expect(outcomes[2].standardOutput.hasPrefix("tenders/a.json:26:7:") && !outcomes[2].standardOutput.contains("node_modules"))
    }
}
