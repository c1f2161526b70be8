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
        let keys = ["profile", "extends", "as-of", "policies", "rules", "catalogues", "overrides", "vocabulary", "limits"]
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
}
