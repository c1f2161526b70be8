import Foundation
import Testing
import TenderLintKit
import TenderLintRules

@Suite("Social value rules (SV001–SV005)")
struct SocialValueRulesTests {
    // MARK: Samples

    // Which rules each sample trips, and nothing else, is SamplesRulesTests' table; these look closer.

    @Test("wheelchair-services.json: 8% of the total, on the social value criterion, with what would make it 10%")
    func wheelchairServices() throws {
        let found = try RuleRun.sample("wheelchair-services.json").of("SV001")
        let diagnostic = try #require(found.first)
        #expect(found.places == ["26:7"])
        #expect(diagnostic.message == "net zero and social value carries 8% of the total score in the tender; at least 10% is required")
        #expect(diagnostic.label == "8% of the total")
        #expect(diagnostic.notes.first == "counted: social-value (8%); no other criterion in the tender is social value or net zero")
        #expect(diagnostic.notes.suffix(2) == [
            "NHS North East London Integrated Care Board is an NHS body (sector nhs, line 9) in England (jurisdiction england, line 9) and the procurement is under the Procurement Act 2023 (commenced 2026-04-20, line 10), so NHS net zero and social value guidance binds it",
            "evaluated as of 2026-04-20 (planned publication): NHS net zero and social value guidance applies to procurements commenced from 2022-04-01",
        ])
        #expect(diagnostic.help == ["raise social-value from 8 to 10 and lower another criterion by 2 so the tender still adds up to 100%"])
    }

    @Test("interpreting-services.json: lot 1 only, 10% of a 60% quality block = 6%, with the arithmetic and the weight that would do")
    func interpretingServices() throws {
        let found = try RuleRun.sample("interpreting-services.json").of("SV001")
        #expect(found.places == ["30:15"])
        let diagnostic = try #require(found.first)
        #expect(diagnostic.message == "net zero and social value carries 6% of the total score in lot 1; at least 10% is required")
        #expect(diagnostic.notes.contains("counted: social-value, 10% of quality (60%) = 6%; no other criterion in lot 1 is social value or net zero"))
        // The NHS guidance allows no exception that would measure against the quality score, so no note offers one.
        #expect(!diagnostic.notes.contains { $0.hasPrefix("as a share of the quality score") })
        #expect(diagnostic.help.first?.hasPrefix("raise social-value from 10% to at least 16.67% of quality, so it carries 10% of the total") == true)
    }

    @Test("vehicle-preparation.xml: an NHS trust declares price per quality point, an exception the NHS guidance does not allow")
    func vehiclePreparation() throws {
        let found = try RuleRun.sample("vehicle-preparation.xml").of(RuleRun.socialValueRules)
        #expect(found.summary == ["SV004 25:22"])  // kind="price-per-quality-point"
        let diagnostic = try #require(found.first)
        #expect(diagnostic.message == "the tender declares the price-per-quality-point exception, which the NHS net zero and social value guidance does not allow; net zero and social value must carry at least 10% of the total score")
        #expect(diagnostic.label == "not allowed under NHS net zero and social value guidance")
        #expect(diagnostic.notes.first == "only PPN 002 allows it (wording unconfirmed), and it does not bind this buyer")
    }

    @Test("vehicle-preparation.xml as central government: the exception needs a justification, and without it price per quality point needs one")
    func vehiclePreparationUnderPPN002() throws {
        let found = try RuleRun.sample("vehicle-preparation.xml", profile: .centralGovernment).of(RuleRun.socialValueRules)
        #expect(found.summary == ["SV004 25:5"])  // <exception>
        let diagnostic = try #require(found.first)
        #expect(diagnostic.message == "the price-per-quality-point exception to the 10% rule is declared without a justification")
        #expect(diagnostic.label == "no justification")
        #expect(diagnostic.help.first?.contains("<exception kind=\"price-per-quality-point\">") == true)

        let source = try SourceFile.read(path: RuleRun.samplesDirectory.appendingPathComponent("vehicle-preparation.xml").path)
        let text = String(decoding: source.bytes, as: UTF8.self)
            .replacingOccurrences(of: "<exception kind=\"price-per-quality-point\"></exception>", with: "")
        let without = RuleRun.text(text, profile: .centralGovernment).of(RuleRun.socialValueRules)
        #expect(without.map(\.ruleID) == ["SV004"])
        #expect(without.first?.location.start.line == 30)  // <evaluation methodology="price-per-quality-point">
        #expect(without.first?.message == "the tender scores price per quality point, so social value can only be a share of the quality score, but no exception is declared")
        let relaxed = RuleRun.text(text, profile: .centralGovernment, parameters: ["SV004": ["pricePerQualityPointNeedsException": .flag(false)]])
        #expect(relaxed.of(RuleRun.socialValueRules).isEmpty)
        // Under the NHS guidance there is no such exception to declare.
        #expect(RuleRun.text(text).of("SV004").isEmpty)
    }

    // MARK: Real documents

    @Test("eForms notice with social criteria of 5 + 3 + 2 = exactly 10%: SV001 silent, as published and as of 2026 under both profiles",
          .enabled(if: RuleRun.hasRealFixtures, RuleRun.noRealFixtures))
    func eFormsExactlyTenPercent() throws {
        let name = "eforms-sdk_cn_24_open.xml"
        #expect(try RuleRun.real(name).of("SV001").isEmpty)
        #expect(try RuleRun.real(name, profile: .nhsEngland, asOf: "2026-06-01").of(["SV001", "SV002"]).isEmpty)
        #expect(try RuleRun.real(name, profile: .centralGovernment, asOf: "2026-06-01").of(["SV001", "SV002"]).isEmpty)
    }

    @Test("a criterion named Social Value and typed cost counts by its name, and the note says it was typed cost")
    func socialValueTypedCost() throws {
        let release = EvaluationRulesTests.ocdsRelease("""
                    { "type": "cost", "name": "Value", "description": "10" },
                    { "type": "cost", "name": "Social Value", "description": "10" },
                    { "type": "quality", "name": "Technical", "description": "80" }
            """)
        #expect(RuleRun.text(release, path: "release.json", profile: .nhsEngland).of(["SV001", "SV002", "EV001"]).isEmpty)
        let found = RuleRun.text(release, path: "release.json", profile: .nhsEngland,
                                 parameters: ["SV001": ["minimumShare": .percent(12)]]).of("SV001")
        let diagnostic = try #require(found.first)
        #expect(diagnostic.notes.contains("Social Value counts as social value by its name although typed cost (its name contains 'social value')"))
    }

    @Test("eForms criteria recognised by their words are counted, and the note says why", .enabled(if: RuleRun.hasRealFixtures, RuleRun.noRealFixtures))
    func eFormsRecognisedCriteria() throws {
        let found = try RuleRun.real("eforms-sdk_cn_24_open.xml", profile: .nhsEngland, asOf: "2026-06-01",
                                     parameters: ["SV001": ["minimumShare": .percent(12)]]).of("SV001")
        let diagnostic = try #require(found.first)
        #expect(found.count == 1)
        #expect(diagnostic.location.start.line == 279)  // Fair working practices, the largest (5%)
        #expect(diagnostic.message == "net zero and social value carries 10% of the total score in lot LOT-0000; at least 12% is required")
        #expect(diagnostic.notes.contains("counted: Fair working practices (5%); Community benefits offered (3%); Community benefit methodology (2%); together 10%"))
        #expect(diagnostic.notes.contains("Fair working practices counts as social value by its name (its name contains 'fair working')"))
        #expect(diagnostic.help == ["give net zero and social value 2% more of the total score and take it from another criterion, so lot LOT-0000 still adds up to 100%"])
    }

    @Test("Public Contracts Scotland (2019): no SV finding as published, nor under either English profile",
          .enabled(if: RuleRun.hasRealFixtures, RuleRun.noRealFixtures))
    func publicContractsScotlandAsPublished() throws {
        // A Scottish body (the publisher, region UKM): no social value weighting policy binds it. The notice (2019)
        // also predates the NHS guidance (2022-04-01) and PPN 06/20 (2021-01-01).
        let name = "pcs_ocds-r6ebe6-0000569951_release.json"
        #expect(try RuleRun.real(name).of(RuleRun.socialValueRules).isEmpty)
        #expect(try RuleRun.real(name, profile: .nhsEngland).of(RuleRun.socialValueRules).isEmpty)
        #expect(try RuleRun.real(name, profile: .centralGovernment).of(RuleRun.socialValueRules).isEmpty)
    }

    @Test("Public Contracts Scotland re-dated to 2026: nothing as a Scottish body; SV002 on each lot if it were an NHS England body, saying why",
          .enabled(if: RuleRun.hasRealFixtures, RuleRun.noRealFixtures))
    func publicContractsScotlandRedated() throws {
        let name = "pcs_ocds-r6ebe6-0000569951_release.json"
        #expect(try RuleRun.real(name, asOf: "2026-06-01").of(RuleRun.socialValueRules).isEmpty)
        let found = try RuleRun.real(name, profile: .nhsEngland, asOf: "2026-06-01").of("SV002")
        #expect(found.places == ["219:9", "257:9"])
        let first = try #require(found.first)
        #expect(first.message == "lot 1 has no social value or net zero criterion; the NHS net zero and social value guidance requires net zero and social value to carry at least 10% of the total score")
        #expect(first.notes.contains("the criteria are: Quality Questionnaire including drawings (30%), price (70%)"))
        #expect(first.notes.contains { $0.hasPrefix("the notice mentions social value (its release description contains 'community benefit')") })
        #expect(first.notes.contains { $0.contains("is an NHS body (set by --profile nhs-england) in England (set by --profile nhs-england)") })
        let central = try RuleRun.real(name, profile: .centralGovernment, asOf: "2026-06-01").of("SV002")
        // PPN 002 binds only above the threshold, and the notice does not say.
        #expect(central.isEmpty)
    }

    @Test("Sell2Wales (NHS Wales, 2025): no NHS England finding; under --profile nhs-england, social value only in the description is no criterion (SV002) and 'decarbonisation' covers the climate theme (no SV003)",
          .enabled(if: RuleRun.hasRealFixtures, RuleRun.noRealFixtures))
    func sell2Wales() throws {
        let name = "sell2wales_ocds-kuma6s-148381_release.json"
        #expect(try RuleRun.real(name).of(RuleRun.socialValueRules).isEmpty)
        let found = try RuleRun.real(name, profile: .nhsEngland).of(RuleRun.socialValueRules)
        #expect(found.summary == ["SV002 132:9"])
        #expect(found.first?.notes.contains { $0.contains("its release description contains 'social value'") } == true)
    }

    @Test("SV003 on real notices as of 2026: none for a council; as an NHS England body, a notice without climate wording and one that only mentions 'sustainability'",
          .enabled(if: RuleRun.hasRealFixtures, RuleRun.noRealFixtures))
    func climateThemeInRealNotices() throws {
        #expect(try RuleRun.real("eforms-sdk_cn_24_cumbria.xml", asOf: "2026-06-01").of("SV003").isEmpty)
        let cumbria = try RuleRun.real("eforms-sdk_cn_24_cumbria.xml", profile: .nhsEngland, asOf: "2026-06-01").of("SV003")
        #expect(cumbria.places == ["4:1"])  // no theme and no social value criterion: the notice itself
        // "sustainability projects" is a weak mention: it never covers the theme on its own, and the note says so.
        let ukri = try RuleRun.real("eforms-sdk_can_24_UKRI.xml", profile: .nhsEngland, asOf: "2026-06-01").of("SV003")
        #expect(ukri.count == 1)
        #expect(ukri.first?.notes.contains("the notice mentions 'sustainability' (its description, line 276), which alone does not cover the theme") == true)
        // Not for central government.
        #expect(try RuleRun.real("eforms-sdk_cn_24_cumbria.xml", profile: .centralGovernment, asOf: "2026-06-01").of("SV003").isEmpty)
    }

    // MARK: SV003 and catalogues

    static let measureOnly = """
        <tender xmlns="urn:tenderlint:tender-spec:1" id="T-1" above-threshold="true">
          <buyer sector="nhs" jurisdiction="england">Example NHS Trust</buyer>
          <dates publication="2026-06-01"/>
          <social-value>
            <theme>tackling-economic-inequality</theme>
          </social-value>
          <evaluation>
            <criterion id="price" kind="price" weight="40"/>
            <criterion id="quality" kind="quality" weight="50"/>
            <criterion id="social-value" kind="social-value" name="Commitments" weight="10">
              <measure framework="test-toms" code="T-CLIMATE" target="20" unit="tCO2e"/>
            </criterion>
          </evaluation>
        </tender>
        """

    @Test("SV003: a measure counts for Fighting climate change when a loaded catalogue puts it in that theme")
    func climateMeasureWithCatalogue() {
        let catalogue = MeasureCatalogue(
            framework: "test-toms", edition: "1", title: "Test catalogue", isIllustrative: true,
            measures: [CatalogueMeasure(code: "T-CLIMATE", title: "Emissions avoided (test)", theme: .fightingClimateChange, unit: "tCO2e")]
        )
        #expect(RuleRun.text(Self.measureOnly, catalogues: CatalogueSet([catalogue])).of("SV003").isEmpty)
    }

    @Test("SV003: without a catalogue the measure cannot count, and the note says it was not looked up")
    func climateMeasureWithoutCatalogue() throws {
        let found = RuleRun.text(Self.measureOnly).of("SV003")
        let diagnostic = try #require(found.first)
        #expect(found.places == ["5:5"])  // the first <theme>
        #expect(diagnostic.message == "the theme Fighting climate change appears neither in the specification nor in the criteria; NHS guidance requires it in every tender")
        #expect(diagnostic.notes.contains("measures T-CLIMATE were not looked up: no catalogue of their framework is loaded"))
        #expect(diagnostic.help.first?.hasPrefix("add <theme>fighting-climate-change</theme> to <social-value>") == true)
    }

    // MARK: SV001 details

    @Test("SV001 counts net zero with social value for an NHS England body only, and says what it left out")
    func netZeroCountsForTheNHSOnly() throws {
        let xml = """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="T-1" above-threshold="true">
              <buyer sector="central-government">Example Department</buyer>
              <dates publication="2026-06-01"/>
              <evaluation>
                <criterion id="price" kind="price" weight="40"/>
                <criterion id="quality" kind="quality" weight="50"/>
                <criterion id="carbon" kind="net-zero" weight="6"/>
                <criterion id="social-value" kind="social-value" weight="4"/>
              </evaluation>
            </tender>
            """
        let central = RuleRun.text(xml).of("SV001")
        let diagnostic = try #require(central.first)
        #expect(diagnostic.message == "social value carries 4% of the total score in the tender; at least 10% is required")
        #expect(diagnostic.notes.contains { $0.hasPrefix("not counted: carbon (net zero, 6%): under PPN 002 only social value criteria count") })
        #expect(diagnostic.notes.last == "evaluated as of 2026-06-01 (planned publication): PPN 002 applies to procurements commenced from 2025-10-01")
        #expect(RuleRun.text(xml, profile: .nhsEngland).of("SV001").isEmpty)
    }

    @Test("SV001 under a declared exception measures against the quality score; the parameter can turn that off")
    func declaredException() throws {
        let xml = """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="T-1" above-threshold="true">
              <buyer sector="central-government">Example Department</buyer>
              <dates publication="2024-06-01"/>
              <social-value>
                <exception kind="immature-market">Pre-market engagement found no supplier able to report social value outcomes.</exception>
              </social-value>
              <evaluation>
                <criterion id="price" kind="price" weight="40"/>
                <criterion id="quality" kind="quality" weight="55"/>
                <criterion id="social-value" kind="social-value" weight="5"/>
              </evaluation>
            </tender>
            """
        let found = RuleRun.text(xml).of(RuleRun.socialValueRules)
        #expect(found.summary == ["SV001 10:5"])
        #expect(found.first?.message == "social value carries 8.33% of the quality score in the tender; at least 10% is required under the declared immature-market exception")
        let strict = RuleRun.text(xml, parameters: ["SV001": ["honourDeclaredExceptions": .flag(false)]]).of("SV001")
        #expect(strict.first?.message == "social value carries 5% of the total score in the tender; at least 10% is required")
    }

    // MARK: The rules as values

    @Test("the social value rules carry their ids, names, policies and parameters")
    func ruleValues() throws {
        let rules = SocialValueRules.all
        #expect(rules.map(\.id) == ["SV001", "SV002", "SV003", "SV004", "SV005"])
        #expect(rules.map(\.name) == ["social-value-minimum-weighting", "social-value-criterion-missing",
                                      "fighting-climate-change-missing", "social-value-base-exception", "community-benefits-summary"])
        #expect(rules[2].policies == [.nhsNetZeroAndSocialValue, .nhsNetZeroAndSocialValueUnderPSR])
        #expect(rules[0].parameters.map(\.name) == ["minimumShare", "honourDeclaredExceptions", "ppn026MinimumShare", "ppn026From", "vatRate"])
        #expect(rules[3].parameters.map(\.name) == ["pricePerQualityPointNeedsException"])
        #expect(rules[4].policies == [.scotlandCommunityBenefits])
        for rule in rules where rule.id != "SV005" {
            #expect(rule.explanation.contains("unconfirmed") || rule.id == "SV002" || rule.id == "SV003", "\(rule.id)")
        }
    }
}
