import Foundation
import Testing

@Suite("Completions, the man page and advice for unknown options, run as a program")
struct CommandLineNamesEndToEndTests {
    @Test("an option typed from another linter's habits gets tenderlint's option, never one merely spelt alike",
          arguments: [
            ("--rule", "Unknown option '--rule'; to choose rules, use --select RULES to run only those, or --extend-select RULES to add them to the configuration's"),
            ("--only", "Unknown option '--only'; to run only some rules, use --select RULES (ids, prefixes or names, comma-separated)"),
            ("--disable", "Unknown option '--disable'; to leave rules out, use --ignore RULES"),
            ("--exclude-rule", "Unknown option '--exclude-rule'; to leave rules out, use --ignore RULES"),
            ("--reporter", "Unknown option '--reporter'; to choose the output, use --format (or --output-format)"),
            ("--stats", "Unknown option '--stats'; to count findings per rule, use --statistics"),
            ("--no-color", "Unknown option '--no-color'; to turn colour off, use --color never"),
            ("--fromat", "Unknown option '--fromat'. Did you mean '--format'?"),
            ("--selcet", "Unknown option '--selcet'. Did you mean '--select'?"),
            ("--rul", "Unknown option '--rul'"),
          ])
    func unknownOptions(typed: String, message: String) throws {
        let scratch = try ScratchDirectory()
        let outcome = try TenderlintProcess.run(["lint", typed, "SV001", "."], in: scratch.url)
        #expect(outcome.status == 2)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError == "tenderlint: error: \(message) (see 'tenderlint lint --help')\n")
    }

    @Test("advice names an option of the command it is for")
    func adviceForTheCommand() throws {
        let scratch = try ScratchDirectory()
        let config = try TenderlintProcess.run(["config", "print", "--rules", "SV001", "a.json"], in: scratch.url)
        #expect(config.standardError.hasPrefix("tenderlint: error: Unknown option '--rules'; to run only some rules, use --select"))
        // explain has no --statistics, so --stats there gets no advice to use it.
        let explain = try TenderlintProcess.run(["explain", "--stats", "SV001"], in: scratch.url)
        #expect(explain.status == 2)
        #expect(!explain.standardError.contains("--statistics"))
    }

    @Test("a completion script is generated for each shell, knowing lint and --select", arguments: ["bash", "zsh", "fish"])
    func completions(shell: String) throws {
        let scratch = try ScratchDirectory()
        let outcome = try TenderlintProcess.run(["--generate-completion-script", shell], in: scratch.url)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("lint"))
        #expect(outcome.standardOutput.contains(shell == "fish" ? "-l 'select'" : "--select"))
        #expect(outcome.standardOutput.contains("extend-select"))
    }

    @Test("docs/man/tenderlint.1 has every command, option and option help the program has now")
    func manualIsCurrent() throws {
        let scratch = try ScratchDirectory()
        let dump = try TenderlintProcess.run(["--experimental-dump-help"], in: scratch.url)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.standardOutput.utf8)) as? [String: Any])
        let page = try DocumentationShell.page("docs/man/tenderlint.1")
        // Each option's names on its `.It Fl` line: `.It Fl o , -output , -output-file Ar file...`.
        let names = Set(page.split(separator: "\n").filter { $0.hasPrefix(".It Fl ") }.flatMap { $0.split(separator: " ").map(String.init) })
        var missing: [String] = []
        func visit(_ command: [String: Any], path: String) {
            for argument in command["arguments"] as? [[String: Any]] ?? [] where argument["shouldDisplay"] as? Bool != false {
                for name in argument["names"] as? [[String: Any]] ?? [] where name["kind"] as? String == "long" {
                    let option = "-\(name["name"] as? String ?? "")"
                    if !names.contains(option) { missing.append("\(path): -\(option)") }
                }
                // The generator drops what is not ASCII.
                let help = String(String.UnicodeScalarView((argument["abstract"] as? String ?? "").unicodeScalars.filter(\.isASCII)))
                if !help.isEmpty, !page.contains(help) { missing.append("\(path): \(help)") }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                let name = sub["commandName"] as? String ?? ""
                if name != "help", !page.contains(".It Em \(name)") && !page.contains("Nm \(name)") { missing.append("\(path) \(name)") }
                visit(sub, path: "\(path) \(name)")
            }
        }
        visit(try #require(root["command"] as? [String: Any]), path: "tenderlint")
        #expect(missing.isEmpty, "regenerate the page as docs/shell.md says: \(missing.prefix(5))")
    }
}
