import Foundation
import Testing

/// Files the documentation and `init` give users to copy work when copied: the starter configuration with its
/// examples uncommented, and the suppressions sidecar of docs/suppressions.md beside the sample it names.
@Suite("The examples users copy from init and the docs, used as a user would")
struct DocumentationExamplesTests {
    typealias Shell = DocumentationShell

    /// `text` with every example uncommented: '# ' taken off a line that starts a top-level key
    /// ('# rules:') and off the indented lines under it ('#   SV001:').
    static func uncommented(_ text: String) -> String {
        let keys = ["profile", "extends", "as-of", "policies", "rules", "catalogues", "overrides", "vocabulary", "limits",
                    "extend-exclude", "exclude"]
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let isExample = line.hasPrefix("#   ") || keys.contains { line.hasPrefix("# \($0):") }
            return isExample ? String(line.dropFirst(2)) : String(line)
        }.joined(separator: "\n")
    }

    @Test("the file init writes, with every example uncommented, is used by config print and lint")
    func initExamplesUncommented() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try Shell.copySamples(to: scratch)
        try FileManager.default.copyItem(at: scratch.url.appendingPathComponent("tenders/wheelchair-services.json"),
                                         to: scratch.url.appendingPathComponent("tenders/a.json"))
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("catalogues"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Shell.packageRoot.appendingPathComponent("Rules/Catalogues/illustrative-toms.json"),
                                         to: scratch.url.appendingPathComponent("catalogues/our-toms-2025.json"))
        #expect(try TenderlintProcess.run(["init"], in: scratch.url).status == 0)
        let file = scratch.url.appendingPathComponent(".tenderlint.yml")
        let starter = try String(contentsOf: file, encoding: .utf8)
        let uncommented = Self.uncommented(starter)
        #expect(uncommented.contains("\noverrides:\n  - files: [\"archive/**\"]\n"))
        #expect(!uncommented.contains("[]"), "no key is given an empty value that an example below it would contradict")
        try Data(uncommented.utf8).write(to: file)

        let printed = try TenderlintProcess.run(["config", "print", "tenders/a.json"], in: scratch.url)
        #expect(printed.status == 0, "\(printed.standardError)")
        #expect(printed.standardOutput.contains("minimumShare: 15%  # from .tenderlint.yml:"))
        #expect(printed.standardOutput.contains("profile: nhs-england  # from .tenderlint.yml:"))
        let linted = try TenderlintProcess.run(["lint", "--format", "concise", "tenders"], in: scratch.url)
        #expect(linted.status == 1, "\(linted.standardError)")
        #expect(!linted.standardOutput.contains("TL012"))
    }

    @Test("the sidecar of docs/suppressions.md, beside the sample it names, suppresses the finding it is about")
    func suppressionSidecar() throws {
        let page = try Shell.page("docs/suppressions.md")
        let sidecar = try #require(Shell.blocks(of: page).first { $0.language == "yaml" && $0.text.hasPrefix("suppressions:") }?.text)
        #expect(page.contains("`Samples/hospital-catering.json.tenderlint.yml` could say:\n\n```yaml\n" + sidecar))
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch, as: "Samples")
        let before = try TenderlintProcess.run(["lint", "--format", "concise", "Samples/hospital-catering.json"], in: scratch.url)
        #expect(before.standardOutput.contains("[SV002]"))
        try scratch.write("Samples/hospital-catering.json.tenderlint.yml", sidecar)
        let after = try TenderlintProcess.run(["lint", "--format", "concise", "--waivers", "Samples/hospital-catering.json"], in: scratch.url)
        #expect(!after.standardOutput.contains("[SV002]"))
        #expect(!after.standardOutput.contains("[TL011]"), "the pointer names a node of the sample")
        #expect(after.standardOutput.contains("/lots/1 and everything under it"))
    }
    @Test("the outputs the README and docs show for a document are what tenderlint prints for it")
    func shownOutputs() throws {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch, as: "Samples")
        // The README's first example is the text report of the sample it names.
        let readme = try #require(Shell.blocks(of: try Shell.page("README.md")).first?.text)
        let sample = try TenderlintProcess.run(["lint", "Samples/wheelchair-services.json"], in: scratch.url, environment: ["NO_COLOR": "1"])
        #expect(sample.standardOutput == readme)

        // docs/diagnostics.md's text output, for a document with a trailing comma at 7:3.
        try scratch.write("that/file.json", "{\n  \"tenderSpec\": \"1\",\n  \"id\": \"T\",\n  \"title\": \"Linen\",\n  \"buyer\": { \"name\": \"Trust\" },\n  \"duration\": { \"months\": 12 }\n  ,\n}\n")
        let diagnostics = try #require(Shell.blocks(of: try Shell.page("docs/diagnostics.md")).first { $0.text.hasPrefix("that/file.json:7:3:") }?.text)
        let comma = try TenderlintProcess.run(["lint", "that/file.json"], in: scratch.url, environment: ["NO_COLOR": "1"])
        #expect(comma.standardOutput == diagnostics)

        // docs/configuration.md's error for a misspelt rule at 4:3.
        try scratch.write(".tenderlint.yml", "profile: nhs-england\nas-of: 2026-04-01\nrules:\n  SV01: warning\n")
        let configuration = try #require(Shell.blocks(of: try Shell.page("docs/configuration.md")).first { $0.text.hasPrefix(".tenderlint.yml:4:3:") }?.text)
        let misspelt = try TenderlintProcess.run(["lint", "Samples"], in: scratch.url, environment: ["NO_COLOR": "1"])
        #expect(misspelt.status == 2)
        #expect(misspelt.standardError.hasPrefix(configuration))
    }
}
