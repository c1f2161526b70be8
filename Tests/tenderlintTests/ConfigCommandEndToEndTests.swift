import Foundation
import Testing

@Suite("tenderlint config print and init, run as a program")
struct ConfigCommandEndToEndTests {
    @Test("init writes a commented starter file, then refuses to overwrite it unless --force")
    func initRefusesToOverwrite() throws {
        let scratch = try ScratchDirectory()
        let first = try TenderlintProcess.run(["init"], in: scratch.url)
        #expect(first.status == 0)
        #expect(first.standardOutput.hasPrefix("wrote .tenderlint.yml"))
        let file = scratch.url.appendingPathComponent(".tenderlint.yml")
        let starter = try String(contentsOf: file, encoding: .utf8)
        #expect(starter.hasPrefix("# tenderlint configuration."))
        #expect(starter.contains("# profile: nhs-england"))
        #expect(starter.contains("#   ppn-026: on"))

        try Data("profile: nhs-england\n".utf8).write(to: file)
        let again = try TenderlintProcess.run(["init"], in: scratch.url)
        #expect(again.status == 2)
        #expect(again.standardOutput.isEmpty)
        #expect(again.standardError == "tenderlint: error: .tenderlint.yml already exists; use --force to replace it\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "profile: nhs-england\n")

        let forced = try TenderlintProcess.run(["init", "--force"], in: scratch.url)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8) == starter)

        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("sub"), withIntermediateDirectories: true)
        #expect(try TenderlintProcess.run(["init", "sub"], in: scratch.url).status == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("sub/.tenderlint.yml").path))
    }

    @Test("the starter file is valid against the real rules: config print shows every default")
    func starterIsValid() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try scratch.write("tenders/a.json", "{}")
        #expect(try TenderlintProcess.run(["init"], in: scratch.url).status == 0)
        let outcome = try TenderlintProcess.run(["config", "print", "tenders/a.json"], in: scratch.url)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardError.isEmpty)
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.prefix(2) == ["# effective configuration for tenders/a.json", "# configuration: .tenderlint.yml"])
        #expect(lines.contains("profile: null  # default: each document says who its buyer is"))
        #expect(lines.contains("  ppn-026: off  # default: unconfirmed"))
        #expect(lines.contains("  ppn-002: on  # default"))
        #expect(lines.contains("  SV001:  # social-value-minimum-weighting"))
        #expect(lines.contains("    minimumShare: 10%  # default"))
        #expect(!lines.contains { $0.contains("# from") })
    }

    @Test("config print shows each effective value and the file and line that set it")
    func printsProvenance() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try scratch.write("catalogues/ours.json", "{}")
        try scratch.write("shared/base.yml", """
            extends: central-government
            rules:
              SV001:
                minimumShare: 15%

            """)
        try scratch.write(".tenderlint.yml", """
            extends: shared/base.yml
            as-of: 2026-04-01
            catalogues: [catalogues/ours.json]
            rules:
              NZ004: warning
              nhs-london-theme:
                severity: off
                reason: "we do not use the NHS London TOMs"
            overrides:
              - files: ["tenders/**"]
                rules:
                  SV001:
                    severity: off
                    pointer: /tender/lots/2
                    reason: lot 3 is a call-off
              - files: ["elsewhere/**"]
                profile: nhs-england
            vocabulary:
              social-value: [community pledge]

            """)
        try scratch.write("tenders/a.json", "{}")
        let outcome = try TenderlintProcess.run(["config", "print", "tenders/a.json"], in: scratch.url)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        let expected = [
            "# configuration: .tenderlint.yml, extending shared/base.yml",
            "profile: central-government  # from shared/base.yml:1",
            "as-of: 2026-04-01  # from .tenderlint.yml:2",
            "catalogues:",
            "  - catalogues/ours.json  # from .tenderlint.yml:3",
            "    severity: warning  # from .tenderlint.yml:5",
            "    latestYear: 2050  # default",
            "    severity: off  # from .tenderlint.yml:7",
            "    reason: \"we do not use the NHS London TOMs\"  # from .tenderlint.yml:8",
            "    minimumShare: 15%  # from shared/base.yml:4",
            "document-paths:",
            "  - rule: SV001  # social-value-minimum-weighting",
            "    pointer: /tender/lots/2  # from .tenderlint.yml:14",
            "    severity: off  # from .tenderlint.yml:13",
            "    reason: \"lot 3 is a call-off\"  # from .tenderlint.yml:15",
            "    - \"community pledge\"  # from .tenderlint.yml:19",
        ]
        for line in expected {
            #expect(lines.contains(line), "missing: \(line)")
        }
        // Outside tenders/ the override does not apply.
        try scratch.write("other/b.json", "{}")
        let other = try TenderlintProcess.run(["config", "print", "other/b.json"], in: scratch.url)
        #expect(!other.standardOutput.contains("document-paths:"))
    }

    @Test("config print shows what a walk leaves out: the default folders, or exclude and extend-exclude with where each is set")
    func printsExclusions() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try scratch.write("tenders/a.json", "{}")
        let defaults = try TenderlintProcess.run(["config", "print", "tenders/a.json"], in: scratch.url)
        #expect(defaults.status == 0)
        #expect(defaults.standardOutput.contains("""
            exclude:  # default: folders that never hold tenders
              - node_modules
            """))
        #expect(defaults.standardOutput.contains("\nextend-exclude: []  # default\n"))

        try scratch.write(".tenderlint.yml", "exclude: [archive]\nextend-exclude:\n  - \"drafts/**\"\n")
        let configured = try TenderlintProcess.run(["config", "print", "tenders/a.json"], in: scratch.url)
        #expect(configured.status == 0)
        #expect(configured.standardOutput.contains("""
            exclude:
              - archive  # from .tenderlint.yml:1
            extend-exclude:
              - drafts/**  # from .tenderlint.yml:3
            """), "\(configured.standardOutput)")
        #expect(!configured.standardOutput.contains("node_modules"))
    }

    @Test("--config replaces discovery; no configuration at all prints the defaults")
    func explicitAndNone() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try scratch.write("a.json", "{}")
        let none = try TenderlintProcess.run(["config", "print", "a.json"], in: scratch.url)
        #expect(none.status == 0)
        #expect(none.standardOutput.contains("# no .tenderlint.yml applies"))
        try scratch.write("ci/strict.yml", "profile: central-government\n")
        let explicit = try TenderlintProcess.run(["config", "print", "a.json", "--config", "ci/strict.yml"], in: scratch.url)
        #expect(explicit.status == 0)
        #expect(explicit.standardOutput.contains("profile: central-government  # from ci/strict.yml:1"))
        let missing = try TenderlintProcess.run(["config", "print", "a.json", "--config", "ci/none.yml"], in: scratch.url)
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("the configuration file given with --config does not exist"))
        let noFile = try TenderlintProcess.run(["config", "print", "gone.json"], in: scratch.url)
        #expect(noFile.status == 2)
        #expect(noFile.standardError == "tenderlint: error: gone.json: no such file or directory\n")
    }

    @Test("an invalid configuration stops with exit 2 and each problem at its line and column")
    func invalidConfiguration() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try scratch.write("a.json", "{}")
        try scratch.write(".tenderlint.yml", """
            profle: nhs-england
            rules:
              SV01: warning
              SV002: warn
              SV001:
                minimumShare: 150%
            as-of: 2026-02-30

            """)
        let outcome = try TenderlintProcess.run(["config", "print", "a.json"], in: scratch.url)
        #expect(outcome.status == 2)
        #expect(outcome.standardOutput.isEmpty)
        let error = outcome.standardError
        #expect(error.contains(".tenderlint.yml:1:1: error: 'profle' is not a key of a configuration; did you mean 'profile'? [TL012]"))
        #expect(error.contains(".tenderlint.yml:3:3: error: 'SV01' is not a rule; did you mean 'SV001'? [TL012]"))
        #expect(error.contains(".tenderlint.yml:4:10: error: 'warn' is not a severity"))
        #expect(error.contains(".tenderlint.yml:6:19: error: SV001: minimumShare must be between 0% and 100% [TL012]"))
        #expect(error.contains(".tenderlint.yml:7:8: error: '2026-02-30' is not a date"))
        #expect(error.contains("fix-it: rename it 'profile'"))
        #expect(error.hasSuffix("tenderlint: error: invalid configuration (5 problems in .tenderlint.yml)\n"))
    }
}
