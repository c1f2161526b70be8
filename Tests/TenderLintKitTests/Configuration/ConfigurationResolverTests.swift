import Foundation
import Testing
@testable import TenderLintKit

private func diagnostic(_ rule: String, _ severity: Severity = .error, path documentPath: String?, file: String = "t.json") -> Diagnostic {
    Diagnostic(RuleIdentity(id: rule, name: rule.lowercased()), severity, "finding", at: .wholeFile(file), documentPath: documentPath)
}

@Suite("Configuration resolver")
struct ConfigurationResolverTests {
    // MARK: Discovery

    @Test("the nearest .tenderlint.yml wins, looking up from the document's folder")
    func nearestWins() throws {
        let scratch = try ConfigurationScratch()
        try scratch.makeDirectory("repo/.git")
        try scratch.write("repo/.tenderlint.yml", "profile: nhs-england\n")
        try scratch.write("repo/central/.tenderlint.yml", "profile: central-government\n")
        let resolver = scratch.resolver()
        let deep = try resolver.settings(for: "repo/central/2026/q1/a.json")
        #expect(deep.profile?.value == .centralGovernment)
        #expect(deep.profile?.origin.description == "repo/central/.tenderlint.yml:1")
        #expect(deep.configurationFiles == ["repo/central/.tenderlint.yml"])
        let shallow = try resolver.settings(for: "repo/nhs/a.xml")
        #expect(shallow.profile?.value == .nhsEngland)
        #expect(try resolver.configurationPath(for: "repo/a.json") == scratch.path + "/repo/.tenderlint.yml")
        // The nearest file wins outright: nothing of the outer one is merged in.
        try scratch.write("repo/other/.tenderlint.yml", "as-of: 2026-01-01\n")
        #expect(try resolver.settings(for: "repo/other/a.json").profile == nil)
    }

    @Test("discovery stops at the repository root, a folder holding .git")
    func stopsAtGit() throws {
        let scratch = try ConfigurationScratch()
        try scratch.write(".tenderlint.yml", "profile: central-government\n")
        try scratch.makeDirectory("repo/.git")
        try scratch.write("repo/tenders/a.json", "{}")
        #expect(try scratch.resolver().configurationPath(for: "repo/tenders/a.json") == nil)
        let settings = try scratch.resolver().settings(for: "repo/tenders/a.json")
        #expect(settings.profile == nil && settings.configurationFiles.isEmpty && settings.rules.isEmpty)
        // A .git file (a worktree or submodule) marks a root too; without one the walk goes on up.
        try scratch.write("work/.git", "gitdir: elsewhere\n")
        #expect(try scratch.resolver().configurationPath(for: "work/a.json") == nil)
        #expect(try scratch.resolver().configurationPath(for: "loose/a.json") == scratch.path + "/.tenderlint.yml")
        // The root's own .tenderlint.yml counts.
        try scratch.write("repo/.tenderlint.yml", "profile: nhs-england\n")
        #expect(try scratch.resolver().settings(for: "repo/tenders/a.json").profile?.value == .nhsEngland)
    }

    @Test("--config replaces discovery; a missing one is an error")
    func explicitPath() throws {
        let scratch = try ConfigurationScratch.repository()
        try scratch.write("tenders/.tenderlint.yml", "profile: nhs-england\n")
        try scratch.write("ci/strict.yml", "profile: central-government\noverrides:\n  - files: ['../tenders/**']\n    as-of: 2026-01-01\n")
        let settings = try scratch.resolver(config: "ci/strict.yml").settings(for: "tenders/a.json")
        #expect(settings.profile?.value == .centralGovernment)
        #expect(settings.asOf?.origin.description == "ci/strict.yml:4")
        let missing = scratch.resolver(config: "ci/none.yml")
        #expect(throws: ConfigurationError.self) { try missing.validateExplicitConfiguration() }
        let error = try scratch.error(resolving: "tenders/a.json", config: "ci/none.yml")
        #expect(error.diagnostics.first?.message == "the configuration file given with --config does not exist")
        #expect(error.diagnostics.first?.path == "ci/none.yml")
        #expect(throws: ConfigurationError.self) { try scratch.resolver(config: "ci").settings(for: "a.json") }
    }

    @Test("each folder is looked up and each configuration read once")
    func caching() throws {
        let scratch = try ConfigurationScratch.repository("profile: nhs-england\n")
        let resolver = scratch.resolver()
        #expect(try resolver.settings(for: "a/b/1.json").profile?.value == .nhsEngland)
        // Changes on disk after the first look are not seen: the answers are remembered.
        try scratch.write(".tenderlint.yml", "profile: central-government\n")
        try scratch.write("a/.tenderlint.yml", "as-of: 2026-01-01\n")
        #expect(try resolver.settings(for: "a/b/2.json").profile?.value == .nhsEngland)
        #expect(try resolver.settings(for: "a/3.json").profile?.value == .nhsEngland)
        // Thousands of documents in folders first seen after the change still get the remembered answer for
        // the folders above them (speed is the benchmarks' to measure, not a test's).
        for index in 0..<3000 {
            let settings = try resolver.settings(for: "a/b/c\(index % 30)/\(index).json")
            #expect(settings.profile?.value == .nhsEngland && settings.asOf == nil, "document \(index)")
        }
    }

    // MARK: Extends

    @Test("extends follows a chain of files and built-in profiles; the extending file wins")
    func extendsChain() throws {
        let scratch = try ConfigurationScratch.repository()
        try scratch.write("shared/catalogues/base.json", "{}")
        try scratch.write("shared/root.yml", """
            extends: central-government
            as-of: 2025-01-01
            catalogues: [catalogues/base.json]
            rules:
              SV001: {severity: warning, minimumShare: 12}
              NZ004: info
            vocabulary:
              social-value: [community pledge]
            """)
        try scratch.write("shared/middle.yml", """
            extends: root.yml
            rules:
              SV001:
                minimumShare: 15
            vocabulary:
              social-value: [Community Pledge, local spend]
            """)
        try scratch.write("ours.json", "{}")
        try scratch.write(".tenderlint.yml", """
            extends: [shared/middle.yml, nhs-england]
            catalogues: [ours.json]
            rules:
              NZ004: error
            """)
        let settings = try scratch.resolver().settings(for: "tenders/a.json")
        #expect(settings.configurationFiles == [".tenderlint.yml", "shared/middle.yml", "shared/root.yml"])
        #expect(settings.profile?.value == .nhsEngland)
        #expect(settings.profile?.origin.description == ".tenderlint.yml:1")
        #expect(settings.asOf?.origin.description == "shared/root.yml:2")
        #expect(settings.catalogues.map(\.value) == ["shared/catalogues/base.json", "ours.json"])
        #expect(settings.rules["SV001"]?.severity?.value == .warning)
        #expect(settings.rules["SV001"]?.severity?.origin.description == "shared/root.yml:5")
        #expect(settings.rules["SV001"]?.parameters["minimumShare"]?.value == .percent(15))
        #expect(settings.rules["SV001"]?.parameters["minimumShare"]?.origin.description == "shared/middle.yml:4")
        #expect(settings.rules["NZ004"]?.severity?.value == .error)
        #expect(settings.vocabulary[.socialValue]?.map(\.value) == ["community pledge", "local spend"])
        #expect(settings.parameterValues == ["SV001": ["minimumShare": .percent(15)]])
    }

    @Test("an extends cycle is reported at the entry that closes it, naming the loop")
    func extendsCycle() throws {
        let scratch = try ConfigurationScratch.repository("profile: nhs-england\nextends: a.yml\n")
        try scratch.write("a.yml", "extends: b.yml\n")
        try scratch.write("b.yml", "rules:\n  SV001: off\nextends:\n  - a.yml\n")
        let error = try scratch.error(resolving: "x.json")
        let problem = try #require(error.diagnostics.first)
        #expect(error.diagnostics.count == 1)
        #expect(problem.rule == ConfigurationRule.invalidConfiguration)
        #expect(problem.path == "b.yml")
        #expect(problem.configPosition == "4:5")
        #expect(problem.message == "'extends' makes a cycle: a.yml → b.yml → a.yml")
        #expect(problem.secondary.map(\.location.path) == ["a.yml"])
        try scratch.write("self/.tenderlint.yml", "extends: ./.tenderlint.yml\n")
        #expect(throws: ConfigurationError.self) { try scratch.resolver().settings(for: "self/x.json") }
    }

    @Test("a problem in an extended file is reported in that file")
    func problemInBase() throws {
        let scratch = try ConfigurationScratch.repository("extends: base.yml\n")
        try scratch.write("base.yml", "rules:\n  SV001: sometimes\n")
        let error = try scratch.error(resolving: "x.json")
        #expect(error.diagnostics.map(\.path) == ["base.yml"])
        #expect(error.diagnostics.first?.configPosition == "2:10")
        #expect(error.description == "base.yml:2:10: 'sometimes' is not a severity; write off, info, warning or error")
    }

    // MARK: Overrides

    @Test("overrides apply to matching files in order, a later one winning")
    func overridesInOrder() throws {
        let scratch = try ConfigurationScratch.repository("""
            as-of: 2026-01-01
            rules:
              SV001: error
            overrides:
              - files: ["tenders/**"]
                as-of: 2025-01-01
                rules:
                  SV001: warning
              - files: ["tenders/archive/**", "*.jsonl"]
                profile: central-government
                rules:
                  SV001: off
              - files: ["tenders/archive/keep.json"]
                rules:
                  SV001: info
            """)
        let resolver = scratch.resolver()
        let plain = try resolver.settings(for: "other/a.json")
        #expect(plain.asOf?.origin.line == 1)
        #expect(plain.severity(of: "SV001") == .error)
        let tender = try resolver.settings(for: "tenders/2026/a.json")
        #expect(tender.asOf?.origin.line == 6)
        #expect(tender.severity(of: "SV001") == .warning)
        #expect(tender.profile == nil)
        let archived = try resolver.settings(for: "tenders/archive/old.json")
        #expect(archived.severity(of: "SV001") == .off)
        #expect(archived.severity(of: "SV001").flatMap(\.severity) == nil)
        #expect(!archived.runs("SV001"))
        #expect(archived.profile?.origin.line == 10)
        #expect(archived.asOf?.origin.line == 6)
        #expect(try resolver.settings(for: "tenders/archive/keep.json").severity(of: "SV001") == .info)
        #expect(try resolver.settings(for: "feeds/x.jsonl").severity(of: "SV001") == .off)
    }

    @Test("an extended file's overrides are relative to that file, and apply before the extending file")
    func overridesInBases() throws {
        let scratch = try ConfigurationScratch.repository()
        try scratch.write("shared/base.yml", """
            overrides:
              - files: ["*.xml"]
                rules: {TOM007: off}
              - files: ["tenders/**"]
                rules: {TOM007: error}
            """)
        try scratch.write(".tenderlint.yml", "extends: shared/base.yml\nrules:\n  NZ004: warning\n")
        let resolver = scratch.resolver()
        #expect(try resolver.settings(for: "tenders/a.xml").severity(of: "TOM007") == .off)
        #expect(try resolver.settings(for: "shared/tenders/a.json").severity(of: "TOM007") == .error)
        #expect(try resolver.settings(for: "tenders/a.json").severity(of: "TOM007") == nil)
    }

    // MARK: Document paths

    @Test("a severity limited to a JSON Pointer applies to findings at or under it")
    func pointerScope() throws {
        let scratch = try ConfigurationScratch.repository("""
            rules:
              SV001: warning
            overrides:
              - files: ["*.json"]
                rules:
                  SV001:
                    severity: off
                    pointer: /tender/lots/1
                    reason: lot 2 is a call-off
              - files: ["*.json"]
                rules:
                  SV001:
                    severity: info
                    pointer: /tender/lots/1/awardCriteria
            """)
        let settings = try scratch.resolver().settings(for: "a.json")
        #expect(settings.scopedSeverities.count == 2)
        #expect(settings.severity(of: diagnostic("SV001", path: "/tender/lots/1")) == nil)
        #expect(settings.severity(of: diagnostic("SV001", path: "/tender/lots/1/value/amount")) == nil)
        #expect(settings.severity(of: diagnostic("SV001", path: "/tender/lots/1/awardCriteria/0")) == .info)
        #expect(settings.severity(of: diagnostic("SV001", path: "/tender/lots/10")) == .warning)
        #expect(settings.severity(of: diagnostic("SV001", path: "/tender")) == .warning)
        #expect(settings.severity(of: diagnostic("SV001", path: nil)) == .warning)
        #expect(settings.severity(of: diagnostic("NZ004", path: "/tender/lots/1")) == .error)
        #expect(settings.scopedSeverity(for: diagnostic("SV001", path: "/tender/lots/1"))?.reason?.value == "lot 2 is a call-off")
        let kept = settings.applying(to: [diagnostic("SV001", path: "/tender/lots/1"), diagnostic("SV001", path: "/tender/lots/0")])
        #expect(kept.map(\.documentPath) == ["/tender/lots/0"])
        #expect(kept.first?.severity == .warning)
        // Only JSON files get the override.
        #expect(try scratch.resolver().settings(for: "a.xml").scopedSeverities.isEmpty)
    }

    @Test("a document path in an XPath covers every position of a step written without one")
    func xpathScope() {
        let lot = DocumentPathScope(.path, "/ContractNotice/cac:ProcurementProjectLot")
        #expect(lot.contains("/ContractNotice/cac:ProcurementProjectLot[2]/cac:TenderingTerms"))
        #expect(lot.contains("/ContractNotice/cac:ProcurementProjectLot"))
        #expect(!lot.contains("/ContractNotice/cac:ProcurementProject"))
        let second = DocumentPathScope(.path, "/ContractNotice/cac:ProcurementProjectLot[2]")
        #expect(second.contains("/ContractNotice/cac:ProcurementProjectLot[2]/cbc:ID"))
        #expect(!second.contains("/ContractNotice/cac:ProcurementProjectLot[1]"))
        #expect(!second.contains("/ContractNotice/cac:ProcurementProjectLot[20]"))
        let first = DocumentPathScope(.path, "/tender/lot[1]")
        #expect(first.contains("/tender/lot/evaluation"))
        let any = DocumentPathScope(.pointer, "/tender/lots/*/awardCriteria")
        #expect(any.contains("/tender/lots/3/awardCriteria/0"))
        #expect(!any.contains("/tender/lots/3/value"))
        #expect(DocumentPathScope(.pointer, "").contains("/anything"))
        #expect(!DocumentPathScope(.pointer, "/lots/1").contains("/lots/1[1]"))
    }

    @Test("a document path can turn on a rule that is off for the file; it beats the file's severity")
    func scopedBeatsFile() throws {
        let scratch = try ConfigurationScratch.repository("""
            overrides:
              - files: ["*.xml"]
                rules:
                  TOM007:
                    severity: error
                    path: /tender/lot[2]
            rules:
              TOM007: off
            """)
        let settings = try scratch.resolver().settings(for: "a.xml")
        #expect(settings.severity(of: "TOM007") == .off)
        #expect(settings.runs("TOM007"))
        #expect(settings.severity(of: diagnostic("TOM007", .warning, path: "/tender/lot[2]/measure")) == .error)
        #expect(settings.severity(of: diagnostic("TOM007", .warning, path: "/tender/lot[1]/measure")) == nil)
    }

    @Test("a finding its rule reports below the rule's own severity stays at most that severe")
    func milderFindings() throws {
        let scratch = try ConfigurationScratch.repository("rules:\n  NZ004: warning\n  TL003: error\n")
        let settings = try scratch.resolver().settings(for: "a.json")
        #expect(settings.severity(of: diagnostic("NZ004", .error, path: nil)) == .warning)
        #expect(settings.severity(of: diagnostic("NZ004", .info, path: nil)) == .info)
        #expect(settings.severity(of: diagnostic("TL003", .info, path: nil)) == .error)
    }

    // MARK: Engine settings and vocabulary

    @Test("engine settings take the configuration's profile, date and parameters; command-line values are kept")
    func engineSettings() throws {
        let scratch = try ConfigurationScratch.repository("profile: central-government\nas-of: 2026-04-01\nrules:\n  SV001: {minimumShare: 20%}\n")
        let settings = try scratch.resolver().settings(for: "a.json")
        let today = CalendarDate(year: 2026, month: 6, day: 1)!
        let filled = settings.applied(to: EngineSettings(today: today))
        #expect(filled.profile == .centralGovernment)
        #expect(filled.profileSetter == "profile: central-government in .tenderlint.yml:1")
        #expect(filled.asOf == CalendarDate(year: 2026, month: 4, day: 1))
        #expect(filled.parameters["SV001"]?["minimumShare"] == .percent(20))
        let commandLine = settings.applied(to: EngineSettings(profile: .nhsEngland, asOf: today, today: today))
        #expect(commandLine.profile == .nhsEngland && commandLine.asOf == today)
    }

    @Test("policies are turned on or off by the configuration, an override's word last; the command line's are kept")
    func policies() throws {
        let scratch = try ConfigurationScratch.repository("""
            policies:
              test-unconfirmed: on
              test-central-new: off
            overrides:
              - files: ["drafts/**"]
                policies: { test-central-new: on }
            """)
        let today = CalendarDate(year: 2026, month: 6, day: 1)!
        let settings = try scratch.resolver().settings(for: "a.json")
        #expect(settings.policies.mapValues(\.value) == ["test-unconfirmed": true, "test-central-new": false])
        #expect(settings.applied(to: EngineSettings(today: today)).policySwitches == ["test-unconfirmed": true, "test-central-new": false])
        let draft = try scratch.resolver().settings(for: "drafts/b.json")
        #expect(draft.policies["test-central-new"]?.value == true)
        let commandLine = settings.applied(to: EngineSettings(today: today, policySwitches: ["test-unconfirmed": false]))
        #expect(commandLine.policySwitches["test-unconfirmed"] == false)
    }

    @Test("vocabulary additions are recognised alongside tenderlint's own phrases")
    func vocabulary() throws {
        let scratch = try ConfigurationScratch.repository("""
            vocabulary:
              social-value: ["Community Pledge"]
              net-zero-commitment: [pledge to reach zero, net zero commitment]
            """)
        let settings = try scratch.resolver().settings(for: "a.json")
        #expect(settings.vocabulary[.socialValue]?.first?.origin.description == ".tenderlint.yml:2")
        let vocabulary = settings.vocabulary(extending: .english)
        #expect(vocabulary.phrase(of: .socialValue, in: "Our COMMUNITY PLEDGE scheme") == "community pledge")
        #expect(vocabulary.phrase(of: .socialValue, in: "social value") == "social value")
        #expect(vocabulary.phrase(of: .netZeroCommitment, in: "a pledge to reach zero by 2045") == "pledge to reach zero")
        #expect(vocabulary.phrases[.netZeroCommitment]?.filter { $0.text == "net zero commitment" }.count == 1)
        #expect(Vocabulary.english.phrase(of: .socialValue, in: "Our community pledge") == nil)
    }
}
