import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// The TOMs rules on the samples, the real fixtures and catalogues other than the shipped ones.
@Suite("TOMs rules")
struct TOMRulesTests {
    static let packageRoot = PackageFolder.root
    static let samples = packageRoot.appendingPathComponent("Samples")
    static let realFixtures = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures/real")

    static var tomRuleIDs: Set<String> { Set(TOMRules.all.map(\.id)) }

    /// Lints a file with every built-in rule and the shipped catalogues (plus any given), keeping the TOM findings.
    static func tomDiagnostics(_ source: SourceFile, catalogues: [MeasureCatalogue] = [], profile: Profile? = nil) -> [Diagnostic] {
        let settings = EngineSettings(profile: profile, today: CalendarDate(year: 2026, month: 6, day: 1)!,
                                      catalogues: BuiltInRules.shippedCatalogues.preferring(catalogues))
        let report = Linter(engine: RuleEngine(ruleSet: BuiltInRules.ruleSet, settings: settings)).lint(source)
        return report.diagnostics.filter { tomRuleIDs.contains($0.rule.id) }
    }

    static func sample(_ name: String) throws -> SourceFile {
        try SourceFile.read(path: samples.appendingPathComponent(name).path)
    }

    static func describe(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.location.start) \($0.rule.id) \($0.severity.rawValue): \($0.message)" }
    }

    @Test("crisis-line.xml: TOM001 at the unknown code ILLUS-NT42, and nothing else")
    func crisisLine() throws {
        let diagnostics = Self.tomDiagnostics(try Self.sample("crisis-line.xml"))
        #expect(Self.describe(diagnostics) == ["39:52 TOM001 error: the measure code 'ILLUS-NT42' is not in the illustrative-toms catalogue"])
        let finding = try #require(diagnostics.first)
        #expect(finding.location.end.description == "39:62")
        #expect(finding.help.first == "did you mean 'ILLUS-NT2' or 'ILLUS-NT4'?")
        #expect(finding.notes.contains { $0.contains("illustrative catalogue") })
        // A measure code checks against the catalogue the tender names, whoever the buyer: no policy is cited.
        #expect(finding.policy == nil)
    }

    @Test("audiology-services.json: TOM004 at the unit '%' of ILLUS-NT1, and nothing else")
    func audiology() throws {
        let diagnostics = Self.tomDiagnostics(try Self.sample("audiology-services.json"))
        #expect(Self.describe(diagnostics) == ["24:90 TOM004 error: the target of 'ILLUS-NT1' is in '%', but the measure counts FTE"])
        #expect(diagnostics.first?.secondary.map(\.location.start.description) == ["24:55"])
    }

    static let compliantSamples = ["community-equipment.xml", "community-phlebotomy.json", "dvla-contact-centre.json", "interpreting-services.json",
                                   "linen-laundry.xml", "pathology-consumables.xml", "vehicle-preparation.xml", "wheelchair-services.json"]

    @Test("the other samples name their measures correctly: no TOM finding", arguments: compliantSamples)
    func compliantSample(_ name: String) throws {
        let diagnostics = Self.tomDiagnostics(try Self.sample(name))
        #expect(diagnostics.isEmpty, "\(Self.describe(diagnostics))")
    }

    @Test("the real OCDS and eForms fixtures produce no TOM finding",
          .enabled(if: RuleRun.hasRealFixtures, RuleRun.noRealFixtures))
    func realFixtures() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.realFixtures.path)
            .filter { $0.hasSuffix(".json") || $0.hasSuffix(".xml") }.sorted()
        #expect(names.count >= 8)
        for name in names {
            let source = try SourceFile.read(path: Self.realFixtures.appendingPathComponent(name).path)
            let diagnostics = Self.tomDiagnostics(source)
            #expect(diagnostics.isEmpty, "\(name): \(Self.describe(diagnostics))")
        }
    }

    @Test("the shipped illustrative catalogue says it is illustrative and matches Samples/README.md")
    func illustrativeCatalogue() throws {
        let catalogue = try #require(BuiltInRules.shippedCatalogues.catalogue(for: "illustrative-toms"))
        #expect(catalogue.isIllustrative)
        #expect(catalogue.title.contains("Illustrative"))
        #expect(catalogue.title.contains("not NHS London's TOMs or the National TOMs"))
        let expected: [(String, SocialValueTheme, String)] = [
            ("ILLUS-NT1", .tacklingEconomicInequality, "FTE"), ("ILLUS-NT2", .tacklingEconomicInequality, "weeks"),
            ("ILLUS-NT3", .wellbeing, "hours"), ("ILLUS-NT4", .fightingClimateChange, "tCO2e"),
            ("ILLUS-NT5", .tacklingEconomicInequality, "GBP"), ("ILLUS-NT6", .equalOpportunity, "FTE"),
        ]
        for (code, theme, unit) in expected {
            let measure = try #require(catalogue.measure(code))
            #expect(measure.theme == theme, "\(code)")
            #expect(measure.unit == unit, "\(code)")
            #expect(!catalogue.isRetired(measure), "\(code)")
        }
        #expect(catalogue.measure("ILLUS-NT42") == nil)
        // The README's table is the samples' contract: every row is in the catalogue.
        let readme = try String(contentsOf: Self.samples.appendingPathComponent("README.md"), encoding: .utf8)
        let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| `ILLUS-NT") }
        #expect(rows.count == expected.count)
        for row in rows {
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let code = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let measure = try #require(catalogue.measure(code))
            #expect(measure.theme?.title.lowercased() == cells[2], "\(code)")
            #expect("`\(measure.unit ?? "")`" == cells[3], "\(code)")
        }
        #expect(MeasureFramework.all.filter(\.isOfficial).allSatisfy { BuiltInRules.shippedCatalogues.catalogue(for: $0.id)?.isIllustrative != true })
    }

    @Test("the shipped Social Value Model catalogue has its 5 themes, 8 outcomes and MAC codes, marked unconfirmed")
    func socialValueModel() throws {
        let catalogue = try #require(BuiltInRules.shippedCatalogues.catalogue(for: "social-value-model"))
        #expect(!catalogue.isIllustrative)
        #expect(catalogue.themes == SocialValueTheme.allCases)
        #expect(catalogue.outcomes.map(\.id) == ["1", "2", "3", "4", "5", "6", "7", "8"])
        #expect(catalogue.outcomes.map(\.theme) == [.covid19Recovery, .tacklingEconomicInequality, .tacklingEconomicInequality,
                                                    .fightingClimateChange, .equalOpportunity, .equalOpportunity, .wellbeing, .wellbeing])
        #expect(catalogue.measures.count == 23)
        #expect(catalogue.measures.allSatisfy { $0.isUnconfirmed })
        #expect(catalogue.measures.allSatisfy { $0.unit == nil })
        let netZero = try #require(catalogue.measure("MAC 4.1"))
        #expect(catalogue.theme(of: netZero) == .fightingClimateChange)
        #expect(netZero.title.contains("net zero"))
        #expect(catalogue.measures.allSatisfy { MeasureCodePattern("MAC <outcome>.<n>").matches($0.code) })
    }

    // MARK: Catalogues other than the shipped ones

    static func tender(_ body: String, sector: String = "nhs", publication: String = "2026-06-01") -> SourceFile {
        SourceFile(path: "tender.xml", text: """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="T" above-threshold="true">
              <buyer sector="\(sector)" jurisdiction="england">Buyer</buyer>
              <dates publication="\(publication)"/>
              <evaluation>
                <criterion id="price" kind="price" weight="90"/>
                <criterion id="social-value" kind="social-value" weight="10">
            \(body)
                </criterion>
              </evaluation>
            </tender>
            """)
    }

    static let nhsLondon = MeasureCatalogue(
        framework: "nhs-london-toms", edition: "2024", title: "Our copy of the NHS London TOMs", inForceFrom: CalendarDate(iso: "2024-04-01"),
        isIllustrative: false,
        measures: [
            CatalogueMeasure(code: "L1", title: "Local jobs", theme: .tacklingEconomicInequality, unit: "FTE"),
            CatalogueMeasure(code: "L9", title: "Pandemic recovery", theme: .covid19Recovery, unit: "hours"),
        ])

    @Test("TOM007 uses the NHS London catalogue a buyer loads, for NHS bodies in England only")
    func nhsLondonCatalogue() {
        let source = Self.tender("""
                  <measure framework="nhs-london-toms" code="L1" target="3" unit="FTE"/>
                  <measure framework="nhs-london-toms" code="L9" target="100" unit="hours"/>
            """)
        let diagnostics = Self.tomDiagnostics(source, catalogues: [Self.nhsLondon])
        #expect(Self.describe(diagnostics) == ["8:50 TOM007 warning: 'L9' is a measure of the theme COVID-19 recovery, which is not one of the four NHS London TOMs themes"])
        #expect(Self.tomDiagnostics(source, catalogues: [Self.nhsLondon], profile: .centralGovernment).isEmpty)
        // Without the catalogue, the codes cannot be checked: TOM002 says so once, as information.
        let unchecked = Self.tomDiagnostics(source)
        #expect(Self.describe(unchecked) == ["7:27 TOM002 info: no catalogue of the nhs-london-toms framework is loaded, so its measures cannot be checked"])
    }

    @Test("TOM003 follows the edition in force on the evaluation date")
    func editions() {
        func edition(_ name: String, from date: String, retired: Bool) -> MeasureCatalogue {
            MeasureCatalogue(framework: "test-toms", edition: name, title: "Test", inForceFrom: CalendarDate(iso: date), isIllustrative: true,
                             measures: [CatalogueMeasure(code: "T1", title: "Old", theme: .wellbeing, unit: "hours", retiredIn: retired ? "2" : nil,
                                                         replacedBy: retired ? "T2" : nil),
                                        CatalogueMeasure(code: "T2", title: "New", theme: .wellbeing, unit: "hours")])
        }
        let catalogues = [edition("1", from: "2024-01-01", retired: false), edition("2", from: "2026-04-01", retired: true)]
        let measure = #"      <measure framework="test-toms" code="T1" target="10" unit="hours"/>"#
        #expect(Self.tomDiagnostics(Self.tender(measure, publication: "2025-06-01"), catalogues: catalogues).isEmpty)
        let diagnostics = Self.tomDiagnostics(Self.tender(measure, publication: "2026-06-01"), catalogues: catalogues)
        #expect(Self.describe(diagnostics) == ["7:44 TOM003 warning: the measure 'T1' was retired in edition 2 of the test-toms catalogue, the edition in force on 2026-06-01"])
        #expect(diagnostics.first?.fixIts.map(\.replacement) == ["T2"])
    }

    @Test("a user's catalogue of a shipped framework takes the place of the shipped one")
    func userCatalogueWins() {
        let mine = MeasureCatalogue(framework: "illustrative-toms", edition: "2", title: "Mine", inForceFrom: CalendarDate(iso: "2024-04-01"),
                                    isIllustrative: true, measures: [CatalogueMeasure(code: "ILLUS-NT42", title: "Answered calls", theme: .wellbeing, unit: "FTE")])
        let diagnostics = Self.tomDiagnostics(try! Self.sample("crisis-line.xml"), catalogues: [mine])
        #expect(Self.describe(diagnostics) == ["38:52 TOM001 error: the measure code 'ILLUS-NT3' is not in the illustrative-toms catalogue"])
    }

    @Test("fix-its rewrite the code as JSON in a JSON document, quotes kept")
    func jsonFixIt() throws {
        let text = """
            { "tenderSpec": "1", "id": "T", "buyer": { "sector": "nhs" }, "dates": { "publication": "2026-06-01" },
              "evaluation": { "criteria": [
                { "id": "price", "kind": "price", "weight": 90 },
                { "id": "social-value", "kind": "social-value", "weight": 10,
                  "measures": [ { "framework": "illustrative-toms", "code": "ILLUS-NT11", "target": 4, "unit": "FTE" },
                                { "framework": "social-value-model", "code": "MAC4.1" } ] } ] } }
            """
        let diagnostics = Self.tomDiagnostics(SourceFile(path: "tender.json", text: text))
        #expect(Self.describe(diagnostics) == [
            "5:65 TOM001 error: the measure code 'ILLUS-NT11' is not in the illustrative-toms catalogue",
            "6:66 TOM002 error: the code 'MAC4.1' is not written as the social-value-model framework writes its codes (MAC <outcome>.<n>)",
        ])
        #expect(diagnostics.map { $0.fixIts.map(\.replacement) } == [["\"ILLUS-NT1\""], ["\"MAC 4.1\""]])
        #expect(diagnostics.first?.fixIts.first?.location.start.description == "5:65")
        #expect(diagnostics.first?.fixIts.first?.location.end.description == "5:77")
    }

    /// A lot weighted 90% on price and 10% on social value, committing to `measure`.
    static func lot(_ id: String, measure: String) -> String {
        """
        <lot id="\(id)">
          <evaluation>
            <criterion id="price" kind="price" weight="90"/>
            <criterion id="social-value" kind="social-value" weight="10">
              \(measure)
            </criterion>
          </evaluation>
        </lot>
        """
    }

    @Test("TOM005 stays silent when the tender declares no themes, and TOM006 counts tender-wide measures in every lot")
    func themesAndDuplicates() {
        let source = SourceFile(path: "tender.xml", text: """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="T">
              <buyer sector="nhs">Buyer</buyer>
              <dates publication="2026-06-01"/>
              <social-value>
                <measure framework="illustrative-toms" code="ILLUS-NT5" target="500000" unit="GBP"/>
                <measure framework="illustrative-toms" code="illus-nt5" target="1" unit="GBP"/>
              </social-value>
            \(Self.lot("1", measure: #"<measure framework="illustrative-toms" code="ILLUS-NT5" target="1000" unit="GBP"/>"#).indented(by: 2))
            \(Self.lot("2", measure: #"<measure framework="illustrative-toms" code="ILLUS-NT6" target="1" unit="FTE"/>"#).indented(by: 2))
            </tender>
            """)
        let duplicates = Self.tomDiagnostics(source).filter { $0.rule.id == "TOM006" }
        #expect(Self.describe(duplicates) == [
            "6:5 TOM006 error: 'illus-nt5' is committed twice in the tender",
            "12:9 TOM006 error: 'ILLUS-NT5' is committed twice in lot 1",
        ])
        #expect(duplicates.map { $0.secondary.map(\.location.start.description) } == [["5:5"], ["5:5"]])
    }
}
