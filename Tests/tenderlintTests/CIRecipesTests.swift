import Foundation
import Testing

/// The CI recipes of docs/ci.md (docs/ci/), run as their CI would run them: the GitHub Actions and GitLab
/// steps in a repository laid out as they expect, the pre-commit hook in a scratch git repository.
@Suite("The CI recipes of docs/ci, run as written")
struct CIRecipesTests {
    typealias Shell = DocumentationShell

    /// A repository as the recipes expect it: tenderlint built at tools/tenderlint/.build/release, tenders/.
    private func repository() throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch)
        let release = scratch.url.appendingPathComponent("tools/tenderlint/.build/release")
        try FileManager.default.createDirectory(at: release, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: release.appendingPathComponent("tenderlint"), withDestinationURL: TenderlintProcess.binary)
        return scratch
    }

    /// The text of the `run: |` script of the workflow step with this name.
    static func gitHubStep(_ name: String, in workflow: String) throws -> String {
        let lines = workflow.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0.contains("- name: \(name)") })
        let run = try #require(lines[start...].firstIndex { $0.trimmingCharacters(in: .whitespaces) == "run: |" })
        let indent = lines[run + 1].prefix { $0 == " " }.count
        return lines[(run + 1)...].prefix { $0.prefix(indent).allSatisfy { $0 == " " } && !$0.isEmpty }
            .map { String($0.dropFirst(indent)) }.joined(separator: "\n") + "\n"
    }

    @Test("GitHub Actions: the lint step writes annotations and SARIF and keeps the gate's status for the last step")
    func gitHubActions() throws {
        let script = try Self.gitHubStep("Lint the tenders", in: try Shell.page("docs/ci/github-actions.yml"))
        #expect(try Shell.page("docs/ci.md").contains(script.split(separator: "\n").map { "          " + $0 }.joined(separator: "\n")),
                "docs/ci.md quotes the workflow's lint step as it is")
        let scratch = try repository()
        let environment = scratch.url.appendingPathComponent("github-env")
        let outcome = try Shell.run(script, in: scratch.url, environment: ["GITHUB_ENV": environment.path])
        #expect(outcome.status == 0, "the step itself succeeds, so that the SARIF is uploaded")
        #expect(try String(contentsOf: environment, encoding: .utf8) == "status=1\n")
        #expect(outcome.standardOutput.contains("::error file=tenders/wheelchair-services.json,line=26,"))
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: scratch.url.appendingPathComponent("tenderlint.sarif"))) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        try Self.expectHTMLReport(in: scratch)

        // A configuration that cannot be used still leaves a SARIF file to upload, holding its error.
        try scratch.write(".tenderlint.yml", "profil: nhs-england\n")
        let stopped = try Shell.run(script, in: scratch.url, environment: ["GITHUB_ENV": environment.path])
        #expect(stopped.status == 0)
        #expect(try String(contentsOf: environment, encoding: .utf8) == "status=1\nstatus=2\n")
        #expect(stopped.standardOutput.contains("::error file=.tenderlint.yml,line=1,"))
        #expect(try String(contentsOf: scratch.url.appendingPathComponent("tenderlint.sarif"), encoding: .utf8).contains("TL012"))
    }

    @Test("GitLab CI: the script prints text and writes the code quality and JUnit reports the artifacts name")
    func gitLab() throws {
        let recipe = try Shell.page("docs/ci/gitlab-ci.yml")
        let lines = recipe.split(separator: "\n")
        let script = try #require(lines.drop { $0 != "  script:" }.dropFirst().first { $0.hasPrefix("    - ") })
        #expect(script.contains(".build/release/tenderlint lint"), "the job's script, not its set-up, which reaches the network")
        let scratch = try repository()
        guard script.contains(".build/release/tenderlint lint") else { return }
        let outcome = try Shell.run(String(script.dropFirst(6)), in: scratch.url)
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.contains("SV001"))
        for report in ["gl-code-quality-report.json", "tenderlint-junit.xml", "tenderlint-report.html"] {
            #expect(recipe.contains("\(report)\n"), "the artifacts name \(report)")
            #expect(FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent(report).path))
        }
        try Self.expectHTMLReport(in: scratch)
    }

    /// The HTML report a recipe wrote, as tenderlint-report.html: the page with the samples' findings.
    static func expectHTMLReport(in scratch: ScratchDirectory) throws {
        let page = try String(contentsOf: scratch.url.appendingPathComponent("tenderlint-report.html"), encoding: .utf8)
        #expect(page.contains("<article class=\"finding") && page.contains("data-rule=\"SV001\""), "the HTML report lists no SV001 finding")
        #expect(page.contains("data-path=\"tenders/wheelchair-services.json\""))
    }

    @Test("docs/ci.md: the HTML report as an artifact: the command writes it, and the page quotes the recipes' upload steps as they are")
    func htmlArtifact() throws {
        let page = try Shell.page("docs/ci.md")
        let blocks = Shell.blocks(of: page)
        let gitHub = try Shell.page("docs/ci/github-actions.yml"), gitLab = try Shell.page("docs/ci/gitlab-ci.yml")
        let upload = try #require(blocks.first { $0.text.contains("actions/upload-artifact") }?.text)
        #expect(gitHub.contains(upload), "docs/ci.md quotes the workflow's upload step as it is")
        let artifacts = try #require(blocks.first { $0.text.contains("expose_as") }?.text)
        for line in artifacts.split(separator: "\n") {
            #expect(gitLab.contains(line + "\n"), "docs/ci/gitlab-ci.yml has no '\(line)'")
        }
        let scratch = try repository()
        try DocumentationCommandsTests.runCommands("docs/ci.md: tenderlint lint --format text --format html:tenderlint-report.html tenders/", in: scratch)
        try Self.expectHTMLReport(in: scratch)
    }

    @Test("pre-commit: lints what is staged, not the working tree, names with spaces included, and passes once the fix is staged",
          .enabled(if: DocumentationShell.available("command -v git"), "needs git"))
    func preCommit() throws {
        let scratch = try ScratchDirectory()
        let git = "git -c user.name=Test -c user.email=test@example.invalid -c commit.gpgsign=false -c core.hooksPath=.git/hooks"
        let hook = scratch.url.appendingPathComponent(".git/hooks/pre-commit")
        #expect(try Shell.run("git init -q . && mkdir -p .git/hooks 'tenders/north east'", in: scratch.url).status == 0)
        try FileManager.default.copyItem(at: Shell.packageRoot.appendingPathComponent("docs/ci/pre-commit"), to: hook)
        #expect(try Shell.run("chmod +x .git/hooks/pre-commit", in: scratch.url).status == 0)
        let original = try Shell.page("Samples/wheelchair-services.json")
        let document = "tenders/north east/wheelchair services.json"
        try scratch.write(document, original)
        let environment = ["TENDERLINT": TenderlintProcess.binary.path]

        _ = try Shell.run("git add .", in: scratch.url)
        // git shows a hook's standard output on its standard error.
        let refused = try Shell.run("\(git) commit -q -m 'add the tender'", in: scratch.url, environment: environment)
        #expect(refused.status != 0)
        #expect(refused.standardError.contains("tenders/north east/wheelchair services.json:26:7: error: "))
        #expect(refused.standardError.contains("[SV001]"))

        // Fixed in the working tree only: the commit would still carry the staged 8%, so it is refused.
        let fixed = original
            .replacingOccurrences(of: "\"name\": \"Social value\", \"weight\": 8", with: "\"name\": \"Social value\", \"weight\": 10")
            .replacingOccurrences(of: "\"name\": \"Quality\", \"weight\": 52", with: "\"name\": \"Quality\", \"weight\": 50")
        #expect(fixed != original)
        try scratch.write(document, fixed)
        let unstaged = try Shell.run("\(git) commit -q -m 'add the tender'", in: scratch.url, environment: environment)
        #expect(unstaged.status != 0)
        #expect(unstaged.standardError.contains("[SV001]"))

        // docs/ci.md: raising social value to 10% alone would not do (the weights would add up to 102%).
        try scratch.write(document, original.replacingOccurrences(of: "\"name\": \"Social value\", \"weight\": 8", with: "\"name\": \"Social value\", \"weight\": 10"))
        _ = try Shell.run("git add .", in: scratch.url)
        let overweight = try Shell.run("\(git) commit -q -m 'add the tender'", in: scratch.url, environment: environment)
        #expect(overweight.status != 0)
        #expect(overweight.standardError.contains("[EV001]"))

        try scratch.write(document, fixed)
        _ = try Shell.run("git add .", in: scratch.url)
        let accepted = try Shell.run("\(git) commit -q -m 'add the tender'", in: scratch.url, environment: environment)
        #expect(accepted.status == 0, "\(accepted.standardOutput)\(accepted.standardError)")

        // A commit with no tender document in it is not linted.
        try scratch.write("notes.txt", "minutes")
        _ = try Shell.run("git add notes.txt", in: scratch.url)
        #expect(try Shell.run("\(git) commit -q -m notes", in: scratch.url, environment: environment).status == 0)
    }
}
