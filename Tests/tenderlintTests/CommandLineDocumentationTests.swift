import Foundation
import Testing

/// The commands the README, docs/configuration.md, docs/ci.md and docs/shell.md show for choosing rules, the
/// listings, completions and the man page, run as written.
@Suite("The command-line options' examples in the docs, run as written")
struct CommandLineDocumentationTests {
    typealias Shell = DocumentationShell
    typealias Commands = DocumentationCommandsTests

    /// Every line of the text block after `marker` that is not an ellipsis, so a page may shorten its output.
    private func shownLines(after marker: String, in page: String) throws -> [String] {
        let shown = try #require(Shell.block(after: marker, in: try Shell.page(page)), "no output shown after \(marker) in \(page)")
        return shown.split(separator: "\n").map(String.init).filter { $0.trimmingCharacters(in: .whitespaces) != "…" }
    }

    /// Runs a block's commands from the package root with a scratch folder as HOME, which it gives back.
    private func runInScratchHome(_ key: String) throws -> ScratchDirectory {
        let home = try ScratchDirectory()
        for command in Commands.commands(try #require(try Commands.allShBlocks()[key])) {
            let outcome = try Shell.run(command, in: Shell.packageRoot, environment: ["HOME": home.url.path])
            #expect(outcome.status == 0, "\(command): \(outcome.standardError)")
        }
        return home
    }

    @Test("README.md: --statistics and --show-files print what the README shows")
    func statisticsAndShowFiles() throws {
        let key = "README.md: tenderlint lint --statistics Samples"
        var output = ""
        for command in Commands.commands(try #require(try Commands.allShBlocks()[key])) {
            let outcome = try Shell.run(command, in: Shell.packageRoot)
            #expect([0, 1].contains(outcome.status), "\(command): \(outcome.standardError)")
            output += outcome.standardOutput
        }
        let lines = output.split(separator: "\n").map(String.init)
        for line in try shownLines(after: "tenderlint lint --statistics Samples", in: "README.md") {
            #expect(lines.contains(line), "the README shows '\(line)', which the commands do not print")
        }
        #expect(lines.first == "2  SV001       social-value-minimum-weighting")
    }

    @Test("docs/configuration.md: --select, --extend-select, --ignore, and config print showing the choice")
    func ruleSelectionCommands() throws {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch)
        let key = "docs/configuration.md: tenderlint lint --select SV,NZ001 tenders/                       # only the SV rules and NZ001"
        try Commands.runCommands(key, in: scratch)
        let printed = try Shell.run("tenderlint config print tenders/recovery-college.json --select TOM --ignore TOM002", in: scratch.url)
        let lines = printed.standardOutput.split(separator: "\n").map(String.init)
        for line in try shownLines(after: "tenderlint config print tenders/recovery-college.json --select TOM", in: "docs/configuration.md") {
            #expect(lines.contains(line), "docs/configuration.md shows '\(line)', which config print does not print")
        }
        let selected = try Shell.run("tenderlint lint --format concise --select SV,NZ001 tenders/", in: scratch.url)
        #expect(selected.standardOutput.contains("[SV001]") && !selected.standardOutput.contains("[TOM"))
        let ignored = try Shell.run("tenderlint lint --format concise --ignore TOM007 --extend-select TL006 tenders/", in: scratch.url)
        #expect(ignored.standardOutput.contains("[TOM002]") && !ignored.standardOutput.contains("[TOM007]"))
    }

    @Test("docs/ci.md: a report that never fails, and a gate on some families")
    func ciReportingCommands() throws {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch)
        let report = try Shell.run("tenderlint lint --exit-zero --statistics tenders/", in: scratch.url)
        #expect(report.status == 0)
        #expect(report.standardOutput.hasPrefix("2  SV001       social-value-minimum-weighting\n"))
        try Commands.runCommands("docs/ci.md: tenderlint lint --exit-zero --statistics tenders/", in: scratch)
        let sarif = try String(contentsOf: scratch.url.appendingPathComponent("findings.sarif"), encoding: .utf8)
        #expect(sarif.contains("\"SV001\"") && !sarif.contains("\"ruleId\": \"TOM"))
    }

    @Test("docs/shell.md: the completion scripts install where each shell looks")
    func completionInstall() throws {
        let home = try runInScratchHome("docs/shell.md: mkdir -p ~/.local/share/bash-completion/completions")
        for (file, word) in [(".local/share/bash-completion/completions/tenderlint", "--select"), (".zfunc/_tenderlint", "--select"),
                             (".config/fish/completions/tenderlint.fish", "-l 'select'")] {
            let script = try String(contentsOf: home.url.appendingPathComponent(file), encoding: .utf8)
            #expect(script.contains(word), "\(file) does not offer --select")
        }
    }

    @Test("docs/shell.md: the man page installs for the user as committed")
    func manualInstall() throws {
        let home = try runInScratchHome("docs/shell.md: mkdir -p ~/.local/share/man/man1")
        let installed = try String(contentsOf: home.url.appendingPathComponent(".local/share/man/man1/tenderlint.1"), encoding: .utf8)
        #expect(installed == (try Shell.page("docs/man/tenderlint.1")))
        #expect(installed.contains(".Nm tenderlint"))
    }
}
