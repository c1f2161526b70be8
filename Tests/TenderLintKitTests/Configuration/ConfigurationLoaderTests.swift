import Foundation
import Testing
@testable import TenderLintKit

/// Loads `text` as `.tenderlint.yml` in a scratch folder (so relative paths can be checked).
private func load(_ text: String, in scratch: ConfigurationScratch? = nil) throws -> Configuration {
    let folder = try scratch ?? ConfigurationScratch()
    let path = try folder.write(".tenderlint.yml", text)
    return try ConfigurationLoader(knownRules: ConfigurationTestRules.known, workingDirectory: folder.path).load(path: path)
}

/// The problems loading `text` reports; fails the test when it loads.
private func problems(_ text: String, in scratch: ConfigurationScratch? = nil) throws -> [Diagnostic] {
    do {
        _ = try load(text, in: scratch)
    } catch let error as ConfigurationError {
        #expect(error.diagnostics.allSatisfy { $0.rule == ConfigurationRule.invalidConfiguration && $0.severity == .error })
        return error.diagnostics
    }
    Issue.record("the configuration loaded without problems")
    return []
}

private func only(_ text: String, in scratch: ConfigurationScratch? = nil) throws -> Diagnostic {
    let found = try problems(text, in: scratch)
    #expect(found.count == 1, "\(found.map(\.message))")
    return try #require(found.first)
}

@Suite("Configuration loader")
struct ConfigurationLoaderTests {
    // MARK: Valid files

    @Test("reads every key into the configuration, each value with its line and column")
    func fullFile() throws {
        let scratch = try ConfigurationScratch()
        try scratch.write("catalogues/ours.json", "{}")
        try scratch.write("base.yml", "")
        let configuration = try load("""
            # comment
            profile: central-government
            extends: [nhs-england, base.yml]
            as-of: 2026-04-01
            rules:
              SV001: warning
              net-zero-target-year:
                severity: info
                latestYear: 2045
                evergreenFrom: 2031-01-01
                strict: true
                fromPerAnnum: "£20,000"
              TOM007: {severity: off, reason: not our framework}
              TL003: off
            catalogues:
              - catalogues/ours.json
            overrides:
              - files: ["archive/**", "*.xml"]
                profile: nhs-england
                as-of: 2024-01-01
                rules:
                  SV001:
                    severity: off
                    pointer: /tender/lots/2
                    reason: a call-off
            vocabulary:
              social-value: ["Community Pledge", local spend]
              evergreen: evergreen plus
            """, in: scratch)
        #expect(configuration.path == ".tenderlint.yml")
        #expect(configuration.settings.profile?.value == .centralGovernment)
        #expect(configuration.settings.profile?.origin == ConfigurationOrigin(path: ".tenderlint.yml", line: 2, column: 10))
        #expect(configuration.extends.map(\.base) == [.profile(.nhsEngland), .file(scratch.path + "/base.yml")])
        #expect(configuration.settings.asOf?.value == CalendarDate(year: 2026, month: 4, day: 1))
        #expect(configuration.settings.asOf?.origin.line == 4)

        let rules = configuration.settings.rules
        #expect(rules.map(\.ruleID) == ["SV001", "NZ004", "TOM007", "TL003"])
        #expect(rules[0].severity?.value == .warning)
        #expect(rules[0].severity?.origin.description == ".tenderlint.yml:6")
        #expect(rules[1].severity?.value == .info)
        #expect(rules[1].parameters["latestYear"]?.value == .year(2045))
        #expect(rules[1].parameters["latestYear"]?.origin == ConfigurationOrigin(path: ".tenderlint.yml", line: 9, column: 17))
        #expect(rules[1].parameters["evergreenFrom"]?.value == .date(CalendarDate(year: 2031, month: 1, day: 1)!))
        #expect(rules[1].parameters["strict"]?.value == .flag(true))
        #expect(rules[1].parameters["fromPerAnnum"]?.value == .pounds(20_000))
        #expect(rules[2].severity?.value == .off)
        #expect(rules[2].reason?.value == "not our framework")
        #expect(rules[3].severity?.value == .off)

        #expect(configuration.settings.catalogues.map(\.value) == ["catalogues/ours.json"])
        let override = try #require(configuration.overrides.first)
        #expect(override.files.map(\.value.pattern) == ["archive/**", "*.xml"])
        #expect(override.directory == scratch.path)
        #expect(override.settings.profile?.value == .nhsEngland)
        #expect(override.settings.asOf?.origin.line == 20)
        let scoped = try #require(override.settings.rules.first)
        #expect(scoped.scope?.value == DocumentPathScope(.pointer, "/tender/lots/2"))
        #expect(scoped.severity?.value == .off)
        #expect(scoped.reason?.value == "a call-off")

        #expect(configuration.settings.vocabulary[.socialValue]?.map(\.value) == ["Community Pledge", "local spend"])
        #expect(configuration.settings.vocabulary[.evergreen]?.map(\.value) == ["evergreen plus"])
    }

    @Test("an empty file, a file of comments and keys left empty are all valid")
    func emptyFiles() throws {
        #expect(try load("").settings.rules.isEmpty)
        #expect(try load("# nothing yet\n").overrides.isEmpty)
        let configuration = try load("rules:\ncatalogues:\noverrides:\nvocabulary:\nprofile:\nas-of:\n")
        #expect(configuration.settings.rules.isEmpty && configuration.settings.profile == nil && configuration.settings.asOf == nil)
    }

    @Test("rules are found by id or name in any case, and keep their canonical id")
    func ruleNames() throws {
        let configuration = try load("rules:\n  sv001: info\n  NHS-London-Theme: off\n")
        #expect(configuration.settings.rules.map(\.ruleID) == ["SV001", "TOM007"])
    }

    @Test("the starter file written by init loads and changes nothing")
    func starter() throws {
        let configuration = try load(Configuration.starter)
        #expect(configuration.settings.rules.isEmpty)
        #expect(configuration.settings.profile == nil)
        #expect(configuration.extends.isEmpty && configuration.overrides.isEmpty)
        #expect(configuration.settings.vocabulary.isEmpty && configuration.settings.catalogues.isEmpty)
        // Every key the starter mentions, commented or not, is one the loader knows.
        let keys = Configuration.starter.split(separator: "\n").compactMap { line -> String? in
            let text = line.hasPrefix("# ") && !line.hasPrefix("#  ") ? String(line.dropFirst(2)) : String(line)
            guard let match = text.wholeMatch(of: /([a-z-]+):( .*)?/) else { return nil }
            return String(match.1)
        }
        #expect(Set(keys) == Set(ConfigurationLoader.topLevelKeys))
    }

    // MARK: Unknown keys

    @Test("an unknown top-level key is reported at its line and column with a did-you-mean fix-it")
    func unknownKey() throws {
        let problem = try only("profile: nhs-england\nprofiel: central-government\n")
        #expect(problem.configPosition == "2:1")
        #expect(problem.message == "'profiel' is not a key of a configuration; did you mean 'profile'?")
        #expect(problem.fixIts.first?.replacement == "profile")
        #expect(problem.fixIts.first?.location.start.column == 1)
        #expect(problem.notes.first?.contains("profile, extends, as-of, policies, rules") == true)
        #expect(try only("asOf: 2026-04-01\n").fixIts.first?.replacement == "as-of")
        #expect(try only("colour: red\n").fixIts.isEmpty)
    }

    @Test("a quoted misspelt key is renamed inside its quotes")
    func quotedKey() throws {
        let problem = try only("\"catalogs\": []\n")
        #expect(problem.configPosition == "1:1")
        #expect(problem.fixIts.first?.replacement == "catalogues")
        #expect(problem.fixIts.first?.location.start.column == 2)
    }

    @Test("a key only allowed at the top level is reported in an override")
    func topLevelOnlyKey() throws {
        let problem = try only("overrides:\n  - files: ['*.json']\n    catalogues: []\n")
        #expect(problem.configPosition == "3:5")
        #expect(problem.message == "'catalogues' cannot be set in an override; set it at the top level of the file")
        let unknown = try only("overrides:\n  - files: ['*.json']\n    rule: {SV001: off}\n")
        #expect(unknown.configPosition == "3:5")
        #expect(unknown.fixIts.first?.replacement == "rules")
    }

    // MARK: Rules

    @Test("a misspelt rule id or name gets a did-you-mean against the known ids and names")
    func misspeltRule() throws {
        let id = try only("rules:\n  SV01: warning\n")
        #expect(id.configPosition == "2:3")
        #expect(id.message == "'SV01' is not a rule; did you mean 'SV001'?")
        #expect(id.fixIts.first?.replacement == "SV001")
        let name = try only("rules:\n  SV001: info\n  net-zero-target-yaer: off\n")
        #expect(name.configPosition == "3:3")
        #expect(name.fixIts.first?.replacement == "net-zero-target-year")
        let unknown = try only("rules:\n  XYZ999: off\n")
        #expect(unknown.message == "'XYZ999' is not a rule")
        #expect(unknown.fixIts.isEmpty)
        #expect(unknown.help == ["'tenderlint rules' lists every rule's id and name"])
    }

    @Test("a rule given by id and by name in one map is reported at the second")
    func ruleTwice() throws {
        let problem = try only("rules:\n  SV001: info\n  social-value-minimum-weighting: off\n")
        #expect(problem.configPosition == "3:3")
        #expect(problem.secondary.first?.location.start.line == 2)
    }

    @Test("a bad severity is reported at the value, with the severity probably meant")
    func badSeverity() throws {
        let warn = try only("rules:\n  SV001: warn\n")
        #expect(warn.configPosition == "2:10")
        #expect(warn.message == "'warn' is not a severity; write off, info, warning or error (did you mean 'warning'?)")
        #expect(warn.fixIts.first?.replacement == "warning")
        #expect(try only("rules:\n  SV001: 2\n").fixIts.first?.replacement == "error")
        #expect(try only("rules:\n  SV001: false\n").fixIts.first?.replacement == "off")
        #expect(try only("rules:\n  SV001: 'eror'\n").fixIts.first?.replacement == "error")
        let inMap = try only("rules:\n  SV001:\n    severity: loud\n")
        #expect(inMap.configPosition == "3:15")
        #expect(inMap.fixIts.isEmpty)
        let list = try only("rules:\n  SV001: [warning]\n")
        #expect(list.configPosition == "2:10")
        let empty = try only("rules:\n  SV001:\n")
        #expect(empty.configPosition == "2:3")
    }

    @Test("a parameter value of the wrong kind, out of range or unknown is reported at it")
    func badParameters() throws {
        let kind = try only("rules:\n  SV001:\n    minimumShare: lots\n")
        #expect(kind.configPosition == "3:19")
        #expect(kind.message == "'lots' is not a percentage for SV001's minimumShare; write a percentage such as 10 or 10%")
        #expect(kind.notes == ["the default is 10%"])
        let range = try only("rules:\n  SV001:\n    minimumShare: 120%\n")
        #expect(range.configPosition == "3:19")
        #expect(range.message == "SV001: minimumShare must be between 0% and 100%")
        let year = try only("rules:\n  NZ004: {latestYear: 1999}\n")
        #expect(year.configPosition == "2:23")
        #expect(year.message == "NZ004: latestYear must be a year from 2000 to 2100")
        let flag = try only("rules:\n  NZ004:\n    strict: yes\n")
        #expect(flag.message == "'yes' is not true or false for NZ004's strict; write true or false")
        let date = try only("rules:\n  NZ004:\n    evergreenFrom: 2031-02-30\n")
        #expect(date.configPosition == "3:20")
        let unknown = try only("rules:\n  SV001:\n    minimumShar: 12\n")
        #expect(unknown.configPosition == "3:5")
        #expect(unknown.message == "'minimumShar' is not a parameter of SV001; did you mean 'minimumShare'?")
        #expect(unknown.fixIts.first?.replacement == "minimumShare")
        let none = try only("rules:\n  TOM007:\n    minimumShare: 12\n")
        #expect(none.notes.first == "TOM007 has no parameters")
        let sevrity = try only("rules:\n  TOM007:\n    sevrity: off\n")
        #expect(sevrity.fixIts.first?.replacement == "severity")
    }

    // MARK: Dates and profiles

    @Test("a bad date is reported at its line and column, at the top level and in an override")
    func badDate() throws {
        let invalid = try only("as-of: 2026-02-30\n")
        #expect(invalid.configPosition == "1:8")
        #expect(invalid.message == "'2026-02-30' is not a date; write it as YYYY-MM-DD, such as 2026-04-01")
        #expect(try only("as-of: 1/4/2026\n").configPosition == "1:8")
        #expect(try only("as-of: \"2026-4-1\"\n").configPosition == "1:8")
        #expect(try only("overrides:\n  - files: x\n    as-of: tomorrow\n").configPosition == "3:12")
    }

    @Test("policies are turned on or off by id; an unknown policy or a value other than on or off is reported")
    func policies() throws {
        let configuration = try load("policies:\n  test-unconfirmed: on\n  test-central-new: false\n")
        #expect(configuration.settings.policies.mapValues(\.value) == ["test-unconfirmed": true, "test-central-new": false])
        #expect(configuration.settings.policies["test-unconfirmed"]?.origin.line == 2)
        let unknown = try only("policies:\n  test-unconfirmd: on\n")
        #expect(unknown.message == "'test-unconfirmd' is not a policy; did you mean 'test-unconfirmed'?")
        #expect(unknown.fixIts.first?.replacement == "test-unconfirmed")
        #expect(try only("policies:\n  test-unconfirmed: maybe\n").message == "'test-unconfirmed' takes on or off, not 'maybe'")
        #expect(try only("policies: [test-unconfirmed]\n").message.hasPrefix("'policies' is a map of policy ids to on or off"))
    }

    @Test("a bad profile is reported with the profile probably meant")
    func badProfile() throws {
        let problem = try only("profile: central\n")
        #expect(problem.configPosition == "1:10")
        #expect(problem.message == "'central' is not a profile; did you mean 'central-government'?")
        #expect(problem.fixIts.first?.replacement == "central-government")
        #expect(try only("profile: nhs-englnd\n").fixIts.first?.replacement == "nhs-england")
        // Four NHS profiles start with "nhs": none is the obvious one, so the note lists them all.
        let ambiguous = try only("profile: nhs\n")
        #expect(ambiguous.fixIts.isEmpty)
        #expect(ambiguous.notes.first?.contains("nhs-england, nhs-wales, nhs-scotland, nhs-northern-ireland") == true)
        #expect(try only("profile: local-government-of-wales\n").fixIts.first?.replacement == "local-government-wales")
        #expect(try only("profile: council\n").fixIts.isEmpty)
    }

    // MARK: Files

    @Test("a missing extends file is reported at its entry; a misspelt built-in profile gets a fix-it")
    func missingExtends() throws {
        let missing = try only("extends: ../shared/base.yml\n")
        #expect(missing.configPosition == "1:10")
        #expect(missing.message == "the configuration '../shared/base.yml' that this file extends does not exist")
        let list = try only("extends:\n  - nhs-england\n  - base.yaml\n")
        #expect(list.configPosition == "3:5")
        let typo = try only("extends: central-govt\n")
        #expect(typo.message == "'central-govt' is neither a built-in profile nor a file; did you mean 'central-government'?")
        #expect(typo.fixIts.first?.replacement == "central-government")
    }

    @Test("a missing catalogue or one of the wrong kind is reported at its entry")
    func missingCatalogue() throws {
        let scratch = try ConfigurationScratch()
        try scratch.write("ok.yaml", "")
        let found = try problems("catalogues:\n  - ok.yaml\n  - gone.json\n  - list.csv\n", in: scratch)
        #expect(found.map(\.configPosition) == ["3:5", "4:5"])
        #expect(found[0].message == "the catalogue 'gone.json' does not exist")
        #expect(found[1].message.contains("not a catalogue file"))
    }

    // MARK: Overrides and document paths

    @Test("an override needs files, and its globs must be usable")
    func overrideFiles() throws {
        let missing = try only("overrides:\n  - rules: {SV001: off}\n")
        #expect(missing.configPosition == "2:5")
        #expect(missing.message == "this override has no 'files', so it applies to nothing")
        let glob = try only("overrides:\n  - files: ['tenders/[ab']\n")
        #expect(glob.configPosition == "2:22")
        #expect(glob.message == "the glob 'tenders/[ab' cannot be used: this '[' is never closed with ']'")
        #expect(try only("overrides:\n  - files: []\n").configPosition == "2:12")
        #expect(try only("overrides:\n  files: x\n").configPosition == "2:3")
    }

    @Test("a document path must be a JSON Pointer or an XPath from the root, with a severity and no parameters")
    func documentPaths() throws {
        let relative = try only("rules:\n  SV001:\n    severity: off\n    pointer: tender/lots/0\n")
        #expect(relative.configPosition == "4:14")
        #expect(relative.fixIts.first?.replacement == "/tender/lots/0")
        let tilde = try only("rules:\n  SV001:\n    severity: off\n    pointer: /a~2b\n")
        #expect(tilde.message.contains("'~' must be followed by 0"))
        let both = try only("rules:\n  SV001:\n    severity: off\n    pointer: /a\n    path: /b\n")
        #expect(both.configPosition == "5:5")
        let xpath = try only("rules:\n  SV001:\n    severity: off\n    path: ContractNotice\n")
        #expect(xpath.configPosition == "4:11")
        let noSeverity = try only("rules:\n  SV001:\n    pointer: /tender\n")
        #expect(noSeverity.configPosition == "3:5")
        #expect(noSeverity.message == "a rule limited to a document path needs a 'severity'")
        let parameters = try only("rules:\n  SV001:\n    severity: off\n    pointer: /tender\n    minimumShare: 5\n")
        #expect(parameters.configPosition == "5:5")
        #expect(parameters.message == "parameters apply to whole documents, so they cannot be limited to a document path")
    }

    // MARK: Vocabulary and shapes

    @Test("an unknown vocabulary category gets a did-you-mean; a phrase must be long enough to mean something")
    func badVocabulary() throws {
        let category = try only("vocabulary:\n  net-zero: [carbon literacy]\n  socialvalue: [pledge]\n")
        #expect(category.configPosition == "3:3")
        #expect(category.fixIts.first?.replacement == "social-value")
        let short = try only("vocabulary:\n  net-zero: [ok, \"carbon literacy\"]\n")
        #expect(short.configPosition == "2:14")
        #expect(try only("vocabulary: [pledge]\n").configPosition == "1:13")
    }

    @Test("a value of the wrong shape is reported at it")
    func wrongShapes() throws {
        #expect(try only("rules: [SV001]\n").configPosition == "1:8")
        #expect(try only("profile: [nhs-england]\n").configPosition == "1:10")
        #expect(try only("- profile\n").configPosition == "1:1")
        #expect(try only("overrides:\n  - just text\n").configPosition == "2:5")
    }

    @Test("YAML that cannot be read is reported where the reader stopped")
    func yamlErrors() throws {
        let syntax = try only("rules:\n  SV001: off\n   NZ004: [off\n")
        #expect(syntax.message.hasPrefix("YAML syntax error"))
        #expect(syntax.location.start.line >= 3)
        let duplicate = try only("profile: nhs-england\nprofile: central-government\n")
        #expect(duplicate.message == "the key 'profile' is given twice in this map; which value counts is ambiguous")
        #expect(duplicate.configPosition == "2:1")
        // An alias is refused where it is written, before anything expands it (a bomb of nested ones never ends).
        let alias = try only("as-of: &d 2026-04-01\noverrides:\n  - files: x\n    as-of: *d\n")
        #expect(alias.configPosition == "4:12")
        #expect(alias.message == "aliases (*d) are not allowed in a configuration file; write the value out")
        let scratch = try ConfigurationScratch()
        let path = scratch.url.appendingPathComponent(".tenderlint.yml")
        try Data([0x70, 0x3A, 0x20, 0xFF, 0x0A]).write(to: path)
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader(knownRules: ConfigurationTestRules.known, workingDirectory: scratch.path).load(path: path.path)
        }
    }

    @Test("every problem in a file is reported, in order")
    func allProblems() throws {
        let found = try problems("""
            profile: nhs
            as-of: soon
            rules:
              SV01: off
              SV001: sometimes
            vocabulary:
              net-zero: [no]
            """)
        #expect(found.map(\.configPosition) == ["1:10", "2:8", "4:3", "5:10", "7:14"])
    }
}
