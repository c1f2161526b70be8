import Foundation
import Testing
@testable import TenderLintKit

@Suite("Catalogue loader")
struct CatalogueLoaderTests {
    static let json = """
        {
          "$comment": "A catalogue for tests.",
          "tenderlintCatalogue": "1",
          "framework": "test-toms",
          "edition": "2",
          "title": "Test TOMs",
          "inForceFrom": "2025-04-01",
          "illustrative": true,
          "licence": "Made up for tests",
          "codePatterns": ["TT<n>"],
          "themes": ["tackling-economic-inequality", "fighting-climate-change"],
          "outcomes": [
            { "id": "2", "title": "Jobs and skills", "theme": "tackling-economic-inequality" },
            { "id": "4", "theme": "fighting-climate-change" }
          ],
          "measures": [
            { "code": "TT1", "title": "Local jobs", "theme": "tackling-economic-inequality", "outcome": "2", "unit": "FTE" },
            { "code": "TT2", "title": "Emissions avoided", "outcome": 4, "unit": "tCO2e", "unconfirmed": true },
            { "code": "TT3", "title": "Old measure", "outcome": "4", "unit": "miles", "retiredIn": "2", "replacedBy": "TT2" }
          ]
        }
        """

    static let yaml = """
        # The same catalogue in YAML.
        tenderlintCatalogue: "1"
        framework: test-toms
        edition: 2
        title: Test TOMs
        inForceFrom: 2025-04-01
        illustrative: true
        licence: Made up for tests
        codePatterns: ["TT<n>"]
        themes: [tackling-economic-inequality, fighting-climate-change]
        outcomes:
          - id: 2
            title: Jobs and skills
            theme: tackling-economic-inequality
          - { id: "4", theme: fighting-climate-change }
        measures:
          - code: TT1
            title: Local jobs
            theme: tackling-economic-inequality
            outcome: "2"
            unit: FTE
          - code: TT2
            title: 'Emissions avoided'
            outcome: 4
            unit: tCO2e
            unconfirmed: true
          - code: TT3
            title: Old measure
            outcome: "4"
            unit: miles
            retiredIn: "2"
            replacedBy: TT2
        """

    static func load(_ text: String, path: String = "catalogue.json") -> CatalogueLoadResult {
        CatalogueLoader().load(SourceFile(path: path, text: text))
    }

    static func describe(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.location.start) \($0.severity.rawValue): \($0.message)" }
    }

    @Test("reads every field of a JSON catalogue", arguments: [("catalogue.json", json), ("catalogue.yaml", yaml), ("catalogue.yml", yaml)])
    func readsEveryField(path: String, text: String) throws {
        let result = Self.load(text, path: path)
        #expect(result.diagnostics.isEmpty, "\(Self.describe(result.diagnostics))")
        let catalogue = try #require(result.catalogue)
        #expect(catalogue.framework == "test-toms")
        #expect(catalogue.edition == "2")
        #expect(catalogue.title == "Test TOMs")
        #expect(catalogue.inForceFrom == CalendarDate(iso: "2025-04-01"))
        #expect(catalogue.isIllustrative)
        #expect(catalogue.licence == "Made up for tests")
        #expect(catalogue.codePatterns.map(\.template) == ["TT<n>"])
        #expect(catalogue.themes == [.tacklingEconomicInequality, .fightingClimateChange])
        #expect(catalogue.outcomes == [CatalogueOutcome(id: "2", title: "Jobs and skills", theme: .tacklingEconomicInequality),
                                       CatalogueOutcome(id: "4", theme: .fightingClimateChange)])
        #expect(catalogue.measures.map(\.code) == ["TT1", "TT2", "TT3"])
        let emissions = try #require(catalogue.measure("TT2"))
        #expect(emissions.theme == nil)
        #expect(catalogue.theme(of: emissions) == .fightingClimateChange)
        #expect(emissions.outcome == "4")
        #expect(emissions.isUnconfirmed)
        let old = try #require(catalogue.measure("TT3"))
        #expect(catalogue.isRetired(old))
        #expect(old.replacedBy == "TT2")
        #expect(!catalogue.isRetired(try #require(catalogue.measure("TT1"))))
        #expect(catalogue.path == path)
    }

    @Test("reports a JSON syntax error at its line and column, with no catalogue")
    func jsonSyntaxError() {
        let result = Self.load("{\n  \"framework\": \"x\",\n}\n")
        #expect(result.catalogue == nil)
        #expect(result.diagnostics.map(\.rule.id) == ["TL002"])
        #expect(result.diagnostics.first?.location.start.description == "2:19")
    }

    @Test("reports a YAML syntax error at the mark Yams gives")
    func yamlSyntaxError() {
        let result = Self.load("framework: [a\nedition: 1\n", path: "c.yaml")
        #expect(result.catalogue == nil)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.rule == CatalogueRule.invalidCatalogue)
        #expect(result.diagnostics.first?.location.start.line == 2)
        #expect(result.diagnostics.first?.message.hasPrefix("YAML syntax error") == true)
    }

    @Test("reports a duplicate YAML key")
    func yamlDuplicateKey() {
        let result = Self.load("framework: a\nframework: b\nedition: 1\ntitle: T\nmeasures: []\n", path: "c.yaml")
        #expect(result.catalogue == nil)
        #expect(result.diagnostics.contains { $0.message.contains("duplicate key 'framework'") })
    }

    @Test("reports an unknown field with a fix-it that renames it, in JSON and YAML")
    func unknownField() throws {
        let jsonText = Self.json.replacingOccurrences(of: "\"unit\": \"FTE\"", with: "\"unitt\": \"FTE\"")
        let fromJSON = Self.load(jsonText)
        #expect(fromJSON.catalogue == nil)
        let jsonDiagnostic = try #require(fromJSON.diagnostics.first { $0.message == "'unitt' is not a field of a measure" })
        #expect(jsonDiagnostic.location.start.description == "17:102")
        #expect(jsonDiagnostic.documentPath == "/measures/0/unitt")
        #expect(jsonDiagnostic.fixIts.map(\.replacement) == ["unit"])
        #expect(jsonDiagnostic.fixIts.first?.location.start.description == "17:103")

        let yamlText = Self.yaml.replacingOccurrences(of: "    unit: FTE", with: "    unitt: FTE")
        let fromYAML = Self.load(yamlText, path: "c.yaml")
        let yamlDiagnostic = try #require(fromYAML.diagnostics.first { $0.message == "'unitt' is not a field of a measure" })
        #expect(yamlDiagnostic.location.start.description == "21:5")
        #expect(yamlDiagnostic.location.end.description == "21:10")
        #expect(yamlDiagnostic.fixIts.map(\.replacement) == ["unit"])
    }

    @Test("reports an unknown theme at its value, with the theme it is closest to")
    func unknownTheme() throws {
        let text = Self.yaml.replacingOccurrences(of: "    theme: tackling-economic-inequality\n    outcome", with: "    theme: tackling-economic-inequalty\n    outcome")
        let result = Self.load(text, path: "c.yaml")
        #expect(result.catalogue == nil)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message == "'tackling-economic-inequalty' is not a theme of the Social Value Model")
        #expect(diagnostic.location.start.description == "19:12")
        #expect(diagnostic.fixIts.map(\.replacement) == ["tackling-economic-inequality"])
        #expect(diagnostic.severity == .error)
    }

    @Test("asks for a theme's id when its title is written")
    func themeTitle() throws {
        let result = Self.load(Self.json.replacingOccurrences(of: "\"theme\": \"tackling-economic-inequality\", \"outcome\"", with: "\"theme\": \"Tackling economic inequality\", \"outcome\""))
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message == "write the theme 'Tackling economic inequality' as its id, 'tackling-economic-inequality'")
        #expect(diagnostic.fixIts.map(\.replacement) == ["\"tackling-economic-inequality\""])
    }

    @Test("reports a code listed twice at the second, pointing at the first")
    func duplicateCode() throws {
        let text = Self.json.replacingOccurrences(of: "{ \"code\": \"TT2\"", with: "{ \"code\": \"TT1\"")
        let result = Self.load(text)
        let diagnostic = try #require(result.diagnostics.first { $0.message == "the code 'TT1' is listed twice" })
        #expect(diagnostic.location.start.description == "18:15")
        #expect(diagnostic.secondary.map(\.location.start.description) == ["17:15"])
        #expect(result.catalogue == nil)
    }

    @Test("refuses an illustrative catalogue that takes an official list's framework id, and the reverse")
    func illustrativeFramework() throws {
        let official = Self.load(Self.json.replacingOccurrences(of: "\"framework\": \"test-toms\"", with: "\"framework\": \"nhs-london-toms\""))
        #expect(official.catalogue == nil)
        #expect(official.diagnostics.contains { $0.message.contains("an illustrative catalogue must not use the framework id 'nhs-london-toms'") })
        let invented = Self.load(Self.json.replacingOccurrences(of: "\"framework\": \"test-toms\"", with: "\"framework\": \"illustrative-toms\"")
            .replacingOccurrences(of: "\"illustrative\": true", with: "\"illustrative\": false"))
        #expect(invented.catalogue == nil)
        #expect(invented.diagnostics.contains { $0.message.contains("mark it \"illustrative\": true") })
    }

    @Test("checks codes against the declared patterns (an error) or the framework's known ones (a warning), with a fix-it")
    func codePatterns() throws {
        let declared = Self.load(Self.json.replacingOccurrences(of: "\"code\": \"TT1\"", with: "\"code\": \"tt 1\""))
        let error = try #require(declared.diagnostics.first)
        #expect(error.severity == .error)
        #expect(error.message == "the code 'tt 1' is not written as test-toms writes its codes (TT<n>)")
        #expect(error.fixIts.map(\.replacement) == ["\"TT1\""])

        let known = """
            { "framework": "national-toms", "edition": "2024", "title": "Our copy",
              "measures": [ { "code": "nt1", "title": "Jobs", "theme": "tackling-economic-inequality", "unit": "FTE" },
                            { "code": "ECC46", "title": "Local variant", "theme": "wellbeing", "unit": "hours" } ] }
            """
        let result = Self.load(known)
        #expect(result.catalogue != nil)
        #expect(result.diagnostics.map(\.severity) == [.warning, .warning])
        #expect(result.diagnostics.first?.fixIts.map(\.replacement) == ["\"NT1\""])
        #expect(result.diagnostics.last?.help == ["a local variant with its own prefix can say so in 'codePatterns'"])
    }

    @Test("refuses a measure whose theme is not its outcome's, and an outcome the catalogue does not list")
    func outcomes() {
        let conflict = Self.load(Self.json.replacingOccurrences(of: "\"theme\": \"tackling-economic-inequality\", \"outcome\": \"2\"",
                                                                with: "\"theme\": \"fighting-climate-change\", \"outcome\": \"2\""))
        #expect(conflict.diagnostics.map(\.message).contains("the measure's theme, Fighting climate change, is not the theme of outcome 2, Tackling economic inequality"))
        let missing = Self.load(Self.json.replacingOccurrences(of: "\"outcome\": 4,", with: "\"outcome\": 9,"))
        #expect(missing.diagnostics.map(\.message).contains("the outcome '9' is not one of the catalogue's outcomes (2, 4)"))
        #expect(missing.catalogue == nil)
    }

    @Test("names each missing required field, and the wrong kinds of values")
    func requiredFields() {
        let result = Self.load(#"{ "framework": "Test TOMs", "title": 3, "illustrative": "yes", "measures": [ { "title": "No code" }, "TT9" ] }"#)
        #expect(result.catalogue == nil)
        let messages = result.diagnostics.map(\.message)
        #expect(messages.contains("this catalogue has no 'edition'"))
        #expect(messages.contains("the framework id 'Test TOMs' should be lower-case words joined by hyphens, such as nhs-london-toms"))
        #expect(messages.contains("this must be true or false, not a string"))
        #expect(messages.contains("this entry has no 'code'"))
        #expect(messages.contains("a measure is an object with a code, a title, a theme and a unit, not a string"))
        #expect(result.diagnostics.first { $0.message.hasPrefix("the framework id") }?.fixIts.map(\.replacement) == ["\"test-toms\""])
    }

    @Test("warns about an NHS London TOMs catalogue that lists a fifth theme")
    func nhsLondonThemes() throws {
        let text = """
            { "framework": "nhs-london-toms", "edition": "2024", "title": "Our copy",
              "themes": ["covid-19-recovery", "wellbeing"],
              "measures": [ { "code": "L1", "title": "Volunteering", "theme": "wellbeing", "unit": "hours" } ] }
            """
        let result = Self.load(text)
        #expect(result.catalogue != nil)
        #expect(result.diagnostics.map(\.message) == ["the NHS London TOMs use four themes; COVID-19 recovery is not one of them"])
        #expect(result.diagnostics.first?.location.start.description == "2:14")
    }

    @Test("reports a replacement that is not in the catalogue")
    func replacement() {
        let result = Self.load(Self.json.replacingOccurrences(of: "\"replacedBy\": \"TT2\"", with: "\"replacedBy\": \"TT7\""))
        #expect(result.diagnostics.map(\.message) == ["'TT3' is replaced by 'TT7', which is not in the catalogue"])
        #expect(result.catalogue == nil)
    }

    @Test("counts YAML columns in characters after multi-byte text")
    func yamlMultibytePositions() throws {
        let text = "title: \"Ŵyl — 👩‍⚕️\"\nframework: Bad Name\nedition: 1\nmeasures: []\n"
        let result = Self.load(text, path: "c.yaml")
        let diagnostic = try #require(result.diagnostics.first { $0.message.hasPrefix("the framework id") })
        #expect(diagnostic.location.start.description == "2:12")
        #expect(diagnostic.fixIts.map(\.replacement) == ["bad-name"])
        let empty = try #require(result.diagnostics.first { $0.severity == .warning })
        #expect(empty.location.start.description == "4:11")
    }

    @Test("loads the shipped catalogues without a single diagnostic")
    func shippedCatalogues() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules/Catalogues")
        for name in ["illustrative-toms.json", "social-value-model.json"] {
            let result = try CatalogueLoader().load(path: folder.appendingPathComponent(name).path)
            #expect(result.diagnostics.isEmpty, "\(name): \(Self.describe(result.diagnostics))")
            #expect(result.catalogue != nil)
        }
    }

    @Test("refuses a file that is neither JSON nor YAML, and one that does not exist")
    func paths() {
        #expect(throws: PathError.self) { try CatalogueLoader().load(path: "catalogue.csv") }
        #expect(throws: PathError.self) { try CatalogueLoader().load(path: "/no/such/catalogue.json") }
    }
}

@Suite("Catalogue sets, editions and code patterns")
struct CatalogueSetTests {
    static func catalogue(_ edition: String, from date: String?, title: String = "T") -> MeasureCatalogue {
        MeasureCatalogue(framework: "f", edition: edition, title: title, inForceFrom: date.flatMap(CalendarDate.init(iso:)),
                         isIllustrative: true, measures: [])
    }

    @Test("picks the edition in force on a date, the earliest before any, and the first listed on a tie")
    func editionInForce() {
        let set = CatalogueSet([Self.catalogue("1", from: "2022-04-01"), Self.catalogue("2", from: "2024-04-01"), Self.catalogue("3", from: "2027-04-01")])
        #expect(set.catalogue(for: "f", on: CalendarDate(iso: "2025-01-01")!)?.edition == "2")
        #expect(set.catalogue(for: "f", on: CalendarDate(iso: "2024-04-01")!)?.edition == "2")
        #expect(set.catalogue(for: "f", on: CalendarDate(iso: "2030-01-01")!)?.edition == "3")
        #expect(set.catalogue(for: "f", on: CalendarDate(iso: "2020-01-01")!)?.edition == "1")
        #expect(set.catalogue(for: "g", on: CalendarDate(iso: "2025-01-01")!) == nil)
        let overridden = set.preferring([Self.catalogue("2", from: "2024-04-01", title: "mine")])
        #expect(overridden.catalogue(for: "f", on: CalendarDate(iso: "2025-01-01")!)?.title == "mine")
        let undated = CatalogueSet([Self.catalogue("2", from: nil), Self.catalogue("10", from: nil)])
        #expect(undated.catalogue(for: "f", on: CalendarDate(iso: "2025-01-01")!)?.edition == "10")
    }

    @Test("orders editions as people number them")
    func editionOrder() {
        #expect(EditionOrder.compare("2", "10") == .earlier)
        #expect(EditionOrder.compare("2024.2", "2024.10") == .earlier)
        #expect(EditionOrder.compare("2024", "2024") == .same)
        #expect(EditionOrder.compare("2024-1", "2024") == .later)
        #expect(EditionOrder.compare("v3", "v2") == .later)
    }

    @Test("matches codes written as the template says, and rewrites near misses", arguments: [
        ("MAC <outcome>.<n>", "MAC 4.1", true, "MAC 4.1"),
        ("MAC <outcome>.<n>", "MAC4.1", false, "MAC 4.1"),
        ("MAC <outcome>.<n>", "mac 4.12", false, "MAC 4.12"),
        ("MAC <outcome>.<n>", "MAC 4", false, nil),
        ("NT<n>", "NT12", true, "NT12"),
        ("NT<n>", "nt 12", false, "NT12"),
        ("NT<n>", "NT-12", false, nil),
        ("ILLUS-NT<n>", "ILLUS-NT42", true, "ILLUS-NT42"),
        ("<outcome><letter>", "1a", true, "1a"),
        ("<outcome><letter>", "1A", false, "1a"),
    ] as [(String, String, Bool, String?)])
    func codePattern(template: String, code: String, matches: Bool, normalised: String?) {
        let pattern = MeasureCodePattern(template)
        #expect(pattern.matches(code) == matches)
        #expect(pattern.normalised(code) == normalised)
    }

    @Test("refuses a template with an unknown placeholder")
    func badTemplate() {
        #expect(throws: CodePatternError.self) { try MeasureCodePattern.validated("NT<number>") }
        #expect(throws: CodePatternError.self) { try MeasureCodePattern.validated("NT<n") }
        #expect(throws: CodePatternError.self) { try MeasureCodePattern.validated("") }
    }

    @Test("suggests the closest codes, ignoring case")
    func suggestions() {
        let codes = ["ILLUS-NT1", "ILLUS-NT2", "ILLUS-NT3", "ILLUS-NT4"]
        #expect(EditDistance.suggestions(for: "ILLUS-NT42", among: codes) == ["ILLUS-NT2", "ILLUS-NT4"])
        #expect(EditDistance.suggestions(for: "ILLUS-NT11", among: codes) == ["ILLUS-NT1"])
        #expect(EditDistance.suggestions(for: "illus-nt3", among: codes) == ["ILLUS-NT3"])
        #expect(EditDistance.suggestions(for: "XYZ", among: codes).isEmpty)
    }
}
