import Foundation
import Testing

/// A scratch repository holding the sample that reports TOM002 (info) and TOM007 (warning), and the one that
/// reports SV001 (error).
private func repository() throws -> ScratchDirectory {
    try .repository(samples: ["recovery-college.json": "recovery-college.json", "interpreting-services.json": "interpreting-services.json"])
}

private func rules(_ outcome: TenderlintProcess.Outcome) -> [String] {
    outcome.standardOutput.split(separator: "\n").compactMap { line in
        guard line.hasSuffix("]"), let open = line.lastIndex(of: "[") else { return nil }
        return String(line[line.index(after: open)..<line.index(before: line.endIndex)])
    }
}

@Suite("--select, --extend-select and --ignore, run as a program")
struct RuleSelectionEndToEndTests {
    @Test("--select runs only what it names, --ignore takes away, and the more specific selector wins")
    func selects() throws {
        let scratch = try repository()
        let all = try TenderlintProcess.run(["lint", "--format", "concise", "tenders"], in: scratch.url)
        #expect(rules(all) == ["SV001", "TOM002", "TOM007"])
        let tom = try TenderlintProcess.run(["lint", "--format", "concise", "--select", "tom", "tenders"], in: scratch.url)
        #expect(rules(tom) == ["TOM002", "TOM007"])
        #expect(tom.status == 0, "a warning and an info do not fail the run")
        let ignored = try TenderlintProcess.run(["lint", "--format", "concise", "--ignore", "TOM", "--select", "ALL", "--ignore", "SV001"], in: scratch.url)
        #expect(rules(ignored).isEmpty)
        let specific = try TenderlintProcess.run(
            ["lint", "--format", "concise", "--select", "SV,nhs-london-theme", "--ignore", "S,TOM", "tenders"], in: scratch.url)
        #expect(rules(specific) == ["SV001", "TOM007"])
    }

    @Test("the command line beats the configuration's off, and config print shows which option decided")
    func overridesConfiguration() throws {
        let scratch = try repository()
        try scratch.write(".tenderlint.yml", "rules:\n  TOM007: off\n  SV001: warning\n")
        let configured = try TenderlintProcess.run(["lint", "--format", "concise", "tenders"], in: scratch.url)
        #expect(rules(configured) == ["SV001", "TOM002"])
        let extended = try TenderlintProcess.run(["lint", "--format", "concise", "--extend-select", "TOM007", "tenders"], in: scratch.url)
        #expect(rules(extended) == ["SV001", "TOM002", "TOM007"])
        #expect(extended.standardOutput.contains("warning: net zero and social value carries 6%"), "SV001 keeps the configured severity")

        let printed = try TenderlintProcess.run(
            ["config", "print", "tenders/recovery-college.json", "--select", "TOM,SV001", "--ignore", "TOM002"], in: scratch.url)
        #expect(printed.status == 0, "\(printed.standardError)")
        let lines = printed.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("# rules chosen on the command line (--select TOM,SV001 --ignore TOM002) beat the configuration's") })
        #expect(lines.contains("    severity: off  # --ignore TOM002"))
        #expect(lines.contains("    severity: warning  # --select TOM, over off from .tenderlint.yml:2"))
        #expect(lines.contains("    severity: warning  # from .tenderlint.yml:3; runs by --select SV001"))
        #expect(lines.contains("    severity: off  # not in --select"))
        #expect(!lines.contains { $0.hasPrefix("  TL001:") }, "a check that always runs is not the selection's to show")
    }

    @Test("a selector that names nothing is a usage error with a did-you-mean, before anything is linted")
    func unknownSelector() throws {
        let scratch = try repository()
        let outcome = try TenderlintProcess.run(["lint", "--select", "SV00,TOMM", "tenders"], in: scratch.url)
        #expect(outcome.status == 2)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError == "tenderlint: error: --select TOMM: no rule has this id or name, and no id starts with it; did you mean 'TOM'? (see 'tenderlint lint --help')\n")
        let config = try TenderlintProcess.run(["config", "print", "tenders/recovery-college.json", "--ignore", "TL001"], in: scratch.url)
        #expect(config.status == 2)
        #expect(config.standardError.hasPrefix("tenderlint: error: --ignore TL001: TL001 is always reported"))
    }

    @Test("a malformed document is reported whatever is selected")
    func readingChecksAlwaysRun() throws {
        let scratch = try repository()
        try scratch.write("tenders/broken.json", "{\"tender\": ,}")
        let outcome = try TenderlintProcess.run(["lint", "--format", "concise", "--select", "SV001", "--ignore", "TL", "tenders"], in: scratch.url)
        #expect(rules(outcome) == ["TL002", "SV001"])
        #expect(outcome.status == 1)
    }

    @Test("audit takes the same selectors, narrowing --rule, and refuses a choice that leaves no rule")
    func audit() throws {
        let scratch = try repository()
        let run = try TenderlintProcess.run(["audit", "tenders", "--select", "TOM,SV001", "--ignore", "tom00", "--output-format", "json"], in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect((report["rules"] as? [[String: Any]])?.map { $0["ruleId"] as? String } == ["SV001"])
        let narrowed = try TenderlintProcess.run(["audit", "tenders", "--rule", "SV001", "--rule", "NZ001", "--ignore", "NZ", "--format", "json"], in: scratch.url)
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(narrowed.standardOutput.utf8)) as? [String: Any])["rules"]
        #expect((rules as? [[String: Any]])?.map { $0["ruleId"] as? String } == ["SV001"])
        let none = try TenderlintProcess.run(["audit", "tenders", "--rule", "SV001", "--select", "TOM"], in: scratch.url)
        #expect(none.status == 2)
        #expect(none.standardError == "tenderlint: error: --rule, --select and --ignore leave no rule to audit (see 'tenderlint audit --help')\n")
        let unknown = try TenderlintProcess.run(["audit", "tenders", "--ignore", "NZ9"], in: scratch.url)
        #expect(unknown.status == 2)
        #expect(unknown.standardError.hasSuffix("did you mean 'NZ'? (see 'tenderlint audit --help')\n"))
    }

    @Test("a suppression of a rule the command line turned off is not called unused, since the rule did not run")
    func suppressionsOfDeselectedRules() throws {
        let scratch = try ScratchDirectory()
        let sample = try DocumentationShell.page("Samples/staff-bank.xml")
        try scratch.write("t.xml", sample.replacingOccurrences(of: "<title>", with: "<?tenderlint disable-next TL006 -- kept for the archive?>\n  <title>"))
        let all = try TenderlintProcess.run(["lint", "--format", "concise", "t.xml"], in: scratch.url)
        #expect(rules(all) == ["TL010", "SV003"])
        let ignored = try TenderlintProcess.run(["lint", "--format", "concise", "--ignore", "TL006", "t.xml"], in: scratch.url)
        #expect(rules(ignored) == ["SV003"])
        let selected = try TenderlintProcess.run(["lint", "--format", "concise", "--select", "SV,TL010", "t.xml"], in: scratch.url)
        #expect(rules(selected) == ["SV003"])
    }
}
