import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// The net zero rules (NZ001–NZ007) on documents the rules' examples did not come from: the samples, and real
/// notices as their publishers wrote them (OCDS from Public Contracts Scotland and Sell2Wales, eForms from the
/// EU's SDK). The rules' own examples run in `RuleExamplesTests`.
@Suite("Net zero rules")
struct NetZeroRulesTests {
    static let packageRoot = PackageFolder.root

    static func sample(_ name: String) throws -> SourceFile {
        try SourceFile.read(path: packageRoot.appendingPathComponent("Samples").appendingPathComponent(name).path)
    }

    /// `shared/` sits beside the package root; tests that read it are skipped, saying why, where it is not.
    static let hasRealFixtures = RuleRun.hasRealFixtures

    static func real(_ name: String) throws -> SourceFile {
        try SourceFile.read(path: packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures/real").appendingPathComponent(name).path)
    }

    /// The net zero diagnostics of a document, linted with every built-in rule as tenderlint does on 2026-06-01.
    static func netZero(_ source: SourceFile, asOf: String? = nil, profile: Profile? = nil,
                        parameters: [String: [String: ParameterValue]] = [:], policies: [String: Bool] = [:]) -> [Diagnostic] {
        let settings = EngineSettings(
            profile: profile, asOf: asOf.flatMap(CalendarDate.init(iso:)), today: CalendarDate(year: 2026, month: 6, day: 1)!,
            parameters: parameters, policySwitches: policies)
        let report = Linter(engine: RuleEngine(ruleSet: BuiltInRules.ruleSet, settings: settings)).lint(source)
        return report.diagnostics.filter { $0.rule.id.hasPrefix("NZ") }
    }

    /// "NZ001 18:18" for each diagnostic, in order.
    static func places(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.rule.id) \($0.location.start)" }
    }

    /// The grace period for lots reserved for SMEs or VCSEs, turned on for the rules that have it.
    static let grace: [String: [String: ParameterValue]] = Dictionary(
        uniqueKeysWithValues: ["NZ001", "NZ002", "NZ003", "NZ005"].map { ($0, ["smallSupplierGrace": .flag(true)]) })

    static func tender(_ body: String, sector: String = "nhs", publication: String = "2026-06-01", attributes: String = "") -> SourceFile {
        SourceFile(path: "test.xml", text: """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="TEST" above-threshold="true"\(attributes)>
              <buyer sector="\(sector)" jurisdiction="england">Test buyer</buyer>
              <dates publication="\(publication)"/>
            \(body)
              <evaluation><criterion id="price" kind="price" weight="90"/><criterion id="sv" kind="social-value" weight="10"/></evaluation>
            </tender>
            """)
    }

    // MARK: The rule set

    @Test("declares NZ001 to NZ007 with their names, NHS-only rules enforcing NHS England's policies alone")
    func identities() throws {
        let rules = NetZeroRules.all
        #expect(rules.map(\.id) == ["NZ001", "NZ002", "NZ003", "NZ004", "NZ005", "NZ006", "NZ007"])
        #expect(rules.map(\.name) == [
            "carbon-reduction-plan-required", "net-zero-commitment-required", "carbon-reduction-plan-scope",
            "net-zero-target-year", "public-reporting-required", "evergreen-assessment-required",
            "welsh-carbon-reduction-plan-good-practice",
        ])
        for rule in rules where ["NZ002", "NZ005", "NZ006"].contains(rule.id) {
            #expect(rule.policies.allSatisfy { $0.pack == .nhsEngland }, "\(rule.id)")
        }
        let nz001 = try #require(BuiltInRules.ruleSet.rule("NZ001"))
        #expect(nz001.parameters.first { $0.name == "crpThresholdPerAnnum" }?.defaultValue == .pounds(5_000_000))
        #expect(nz001.parameters.first { $0.name == "vatRate" }?.defaultValue == .percent(20))
        #expect(nz001.parameters.first { $0.name == "smallSupplierGrace" }?.defaultValue == .flag(false))
        #expect(nz001.policies == [.ppn0621, .ppn006, .nhsCarbonReductionPlan2023, .nhsCarbonReductionPlan2024,
                                   .nhsCarbonReductionPlan2027, .wppn0621, .wppn006])
        let nz007 = try #require(BuiltInRules.ruleSet.rule("NZ007"))
        #expect(nz007.severity == .info)
        #expect(nz007.policies == [.walesCarbonReductionPlanGoodPractice])
    }

    @Test("explain what POLICY.md leaves unconfirmed or open")
    func explanations() throws {
        let nz006 = try #require(BuiltInRules.ruleSet.rule("NZ006"))
        #expect(nz006.explanation.contains("unconfirmed"))
        let nz001 = try #require(BuiltInRules.ruleSet.rule("NZ001"))
        #expect(nz001.explanation.contains("not converted"))
        #expect(nz001.explanation.contains("vatRate"))
    }

    // MARK: Samples

    @Test("linen-laundry.xml: £42m over 84 months is £6m a year, and no Carbon Reduction Plan is asked for")
    func linenLaundry() throws {
        let found = Self.netZero(try Self.sample("linen-laundry.xml"))
        #expect(Self.places(found) == ["NZ001 19:18"])
        let nz001 = try #require(found.first)
        #expect(nz001.severity == .error)
        #expect(nz001.message == "NHS contracts worth £5,000,000 a year or more (excluding VAT) must ask for a Carbon Reduction Plan; the tender is worth £6,000,000 a year and does not ask for one")
        #expect(nz001.label == "£6,000,000 a year")
        #expect(nz001.notes.contains("£42,000,000 over 2,557 days (1 September 2026 to 31 August 2033) is £6,000,000 a year (7 years), excluding VAT"))
        #expect(nz001.notes.contains("evaluated as of 2026-03-30 (planned publication): NHS Carbon Reduction Plan requirements, April 2024 applies to procurements commenced from 2024-04-01 until 2027-03-31"))
        #expect(nz001.notes.contains { $0.hasPrefix("Guy's and St Thomas' NHS Foundation Trust is an NHS body (sector nhs, line 17) in England (jurisdiction england, line 17)") })
        #expect(nz001.help == [#"add <carbon-reduction-plan required="true" standard="nhs" scopes="1 2 3-upstream-transportation 3-waste 3-business-travel 3-employee-commuting 3-downstream-transportation" net-zero-by="2045"/> at the start of <net-zero>"#])
        #expect(nz001.policy?.shortName == "NHS Carbon Reduction Plan requirements, April 2024")
    }

    @Test("linen-laundry.xml passes with a higher threshold, and before the roadmap")
    func linenLaundryTuned() throws {
        #expect(Self.netZero(try Self.sample("linen-laundry.xml"), parameters: ["NZ001": ["crpThresholdPerAnnum": .pounds(6_000_001)]]).isEmpty)
        #expect(Self.netZero(try Self.sample("linen-laundry.xml"), asOf: "2023-03-31").isEmpty)
    }

    @Test("community-phlebotomy.json: £1m a year with no Net Zero Commitment, in JSON")
    func communityPhlebotomy() throws {
        let found = Self.netZero(try Self.sample("community-phlebotomy.json"))
        #expect(Self.places(found) == ["NZ002 9:14"])
        let nz002 = try #require(found.first)
        #expect(nz002.message.hasSuffix("the tender is worth £1,000,000 a year and asks for neither"))
        #expect(nz002.notes.contains("£3,000,000 over 36 months is £1,000,000 a year, excluding VAT"))
        #expect(nz002.help == [#"add "netZero": { "netZeroCommitment": { "required": true } } to the tender"#])
    }

    @Test("the compliant samples and the samples of other rules raise no net zero finding",
          arguments: ["community-equipment.xml", "dvla-contact-centre.json", "wheelchair-services.json", "pathology-consumables.xml",
                      "interpreting-services.json", "crisis-line.xml", "audiology-services.json", "vehicle-preparation.xml"])
    func silentSamples(_ name: String) throws {
        let found = Self.netZero(try Self.sample(name))
        #expect(found.isEmpty, "\(found.map { "\($0.location.start) \($0.message)" })")
    }

    @Test("dvla-contact-centre.json: £21.6m including VAT over 36 months is over PPN 006's threshold, and a plan is asked for")
    func dvlaWithoutPlan() throws {
        let text = String(decoding: try Self.sample("dvla-contact-centre.json").bytes, as: UTF8.self)
        let withoutPlan = text.replacingOccurrences(of: #""required": true,"#, with: #""required": false,"#)
        #expect(withoutPlan != text)
        let found = Self.netZero(SourceFile(path: "dvla.json", text: withoutPlan))
        #expect(found.map(\.rule.id) == ["NZ001"])
        let nz001 = try #require(found.first)
        #expect(nz001.message == "contracts worth more than £5,000,000 a year including VAT must ask for a Carbon Reduction Plan; the tender is worth £7,200,000 a year and does not ask for one")
        #expect(nz001.notes.contains("£21,600,000 over 1,096 days (1 July 2026 to 30 June 2029) is £7,200,000 a year (3 years), including VAT"))
        #expect(nz001.secondary.map(\.message) == ["the plan is not required here"])
        // The plan is there, only not required: require it rather than add a second one.
        #expect(nz001.help == [#"set "required": true in "carbonReductionPlan""#])
        #expect(nz001.fixIts.map(\.replacement) == ["true"])
        #expect(nz001.fixIts.first?.location.start.description == "22:19")
    }

    @Test("community-equipment.xml from April 2027: lot 1 needs all of Scope 3, global emissions and public reporting; the SME lot too, unless the unconfirmed grace is on")
    func communityEquipment2027() throws {
        let source = try Self.sample("community-equipment.xml")
        #expect(Self.places(Self.netZero(source, asOf: "2027-05-01")) == ["NZ005 38:5", "NZ003 40:19", "NZ005 63:5"])
        let in2027 = Self.netZero(source, asOf: "2027-05-01", parameters: Self.grace)
        #expect(Self.places(in2027) == ["NZ005 38:5", "NZ003 40:19"])
        let scope = try #require(in2027.first { $0.rule.id == "NZ003" })
        #expect(scope.message == "the Carbon Reduction Plan asked for in lot 1 does not cover all of Scope 3 or global emissions")
        // One fix for both gaps: the scopes, and global emissions, which the plan does not mention.
        #expect(scope.fixIts.map(\.summary) == ["ask for all of Scope 1, 2 and 3 and cover global emissions"])
        #expect(scope.fixIts.map { $0.edits.map(\.replacement) } == [["1 2 3", "true"]])
        let reporting = try #require(in2027.first { $0.rule.id == "NZ005" })
        #expect(reporting.message == "lot 1 does not require suppliers to report their net zero targets and emissions publicly")
        #expect(reporting.help == [#"add <public-reporting required="true"/> to lot 1's <net-zero>, after any <carbon-reduction-plan>, <net-zero-commitment> and <evergreen-assessment>"#])

        let in2029 = Self.netZero(source, asOf: "2029-04-01", parameters: Self.grace)
        #expect(Self.places(in2029) == ["NZ005 38:5", "NZ003 40:19", "NZ005 63:5"])
    }

    // MARK: Real notices

    @Test("Public Contracts Scotland, 2019: no NHS England policy binds a Scottish body, and the roadmap was not yet in force",
          .enabled(if: hasRealFixtures, RuleRun.noRealFixtures))
    func pcsAtItsDate() throws {
        #expect(Self.netZero(try Self.real("pcs_ocds-r6ebe6-0000569951_release.json")).isEmpty)
        #expect(Self.netZero(try Self.real("pcs_ocds-r6ebe6-0000569951_release.json"), profile: .nhsEngland).isEmpty)
    }

    @Test("Public Contracts Scotland as of 2026: nothing for a Scottish body; as an NHS England body, lots of £9.5m and £4m over 720 days need a Net Zero Commitment where the threshold allows",
          .enabled(if: hasRealFixtures, RuleRun.noRealFixtures))
    func pcsIn2026() throws {
        let source = try Self.real("pcs_ocds-r6ebe6-0000569951_release.json")
        #expect(Self.netZero(source, asOf: "2026-06-01").isEmpty)
        // The notice does not say whether it is above the threshold, and the commitment binds only above it...
        #expect(Self.netZero(source, asOf: "2026-06-01", profile: .nhsEngland).isEmpty)
        // ...unless its unconfirmed extension below the threshold is turned on.
        let found = Self.netZero(source, asOf: "2026-06-01", profile: .nhsEngland,
                                 policies: ["nhs-nzc-below-threshold-2026": true])
        #expect(Self.places(found) == ["NZ002 216:11", "NZ002 254:11"])
        #expect(found.map { $0.message.components(separatedBy: "; ").last ?? "" } == [
            "lot 1 is worth £4,815,972.22 a year and asks for neither", "lot 2 is worth £2,027,777.78 a year and asks for neither",
        ])
        let first = try #require(found.first)
        // 720 days, kept as days: a year is 365 of them.
        #expect(first.notes.contains("£9,500,000 over 720 days is £4,815,972.22 a year (× 365 ÷ 720)"))
        #expect(first.notes.contains { $0.hasPrefix("the tender also provides for options ('Option of a third development at Cartha Crescent") })
        // OCDS says nothing of VAT here; the note says so without tender-spec advice.
        #expect(first.notes.contains("the tender does not say whether the value includes VAT, so it was compared as stated with a threshold excluding VAT"))
        #expect(first.help == ["require a Net Zero Commitment from bidders in the selection criteria, and say so in the notice"])
        #expect(first.policy?.shortName == "NHS Net Zero Commitment below the threshold, April 2026")
    }

    @Test("Public Contracts Scotland under PPN 006: £4.75m a year, VAT not stated, is compared as stated and passes",
          .enabled(if: hasRealFixtures, RuleRun.noRealFixtures))
    func pcsCentralGovernment() throws {
        #expect(Self.netZero(try Self.real("pcs_ocds-r6ebe6-0000569951_release.json"), asOf: "2026-06-01", profile: .centralGovernment).isEmpty)
    }

    @Test("Sell2Wales as of 2027: nothing for NHS Wales; as an NHS England body, no value, so no threshold, and public reporting is missing, on the tender",
          .enabled(if: hasRealFixtures, RuleRun.noRealFixtures))
    func sell2Wales() throws {
        let source = try Self.real("sell2wales_ocds-kuma6s-148381_release.json")
        #expect(Self.netZero(source).isEmpty)
        #expect(Self.netZero(source, asOf: "2027-06-01").isEmpty)
        #expect(Self.netZero(source, asOf: "2026-06-01", profile: .nhsEngland).isEmpty)
        let found = Self.netZero(source, asOf: "2027-06-01", profile: .nhsEngland)
        #expect(Self.places(found) == ["NZ005 1:1"])
    }

    @Test("UKRI's eForms award notice: €60m with no duration is neither converted nor put per year",
          .enabled(if: hasRealFixtures, RuleRun.noRealFixtures))
    func ukriEuros() throws {
        let source = try Self.real("eforms-sdk_can_24_UKRI.xml")
        #expect(Self.netZero(source).isEmpty)
        #expect(Self.netZero(source, asOf: "2026-06-01", profile: .nhsEngland).isEmpty)
        #expect(Self.netZero(source, asOf: "2026-06-01", profile: .centralGovernment).isEmpty)
    }

    @Test("Cumbria's eForms framework: silent as published; as an NHS England body from April 2024 a framework needs a plan whatever its value or currency",
          .enabled(if: hasRealFixtures, RuleRun.noRealFixtures))
    func cumbriaFramework() throws {
        let source = try Self.real("eforms-sdk_cn_24_cumbria.xml")
        #expect(Self.netZero(source).isEmpty)
        #expect(Self.netZero(source, asOf: "2026-06-01").isEmpty)
        let found = Self.netZero(source, asOf: "2026-06-01", profile: .nhsEngland)
        #expect(Self.places(found) == ["NZ001 392:67"])
        #expect(found.first?.label == "a new framework")
        // Under PPN 006 the framework's value decides, and euros are not converted.
        #expect(Self.netZero(source, asOf: "2026-06-01", profile: .centralGovernment).isEmpty)
    }

    // MARK: Currencies, VAT, frameworks

    @Test("a value in euros is not compared with a threshold in pounds; the same value in pounds is")
    func currency() throws {
        let body = #"  <value amount="9000000" currency="CURRENCY" vat="excluded" basis="per-annum"/>"#
        #expect(Self.netZero(Self.tender(body.replacingOccurrences(of: "CURRENCY", with: "EUR"))).isEmpty)
        #expect(Self.places(Self.netZero(Self.tender(body.replacingOccurrences(of: "CURRENCY", with: "GBP")))) == ["NZ001 4:18"])
        #expect(Self.netZero(Self.tender(#"  <value amount="900000" currency="EUR" vat="excluded" basis="per-annum"/>"#)).isEmpty)
    }

    @Test("NHS thresholds exclude VAT: a value including VAT is converted at vatRate, and the note shows the sum")
    func nhsVAT() throws {
        let source = Self.tender(#"  <value amount="36000000" currency="GBP" vat="included"/>"# + "\n" + #"  <duration months="60"/>"#)
        let found = Self.netZero(source)
        #expect(found.map(\.rule.id) == ["NZ001"])
        let nz001 = try #require(found.first)
        #expect(nz001.message.hasSuffix("the tender is worth £6,000,000 a year excluding VAT and does not ask for one"))
        #expect(nz001.label == "£7,200,000 a year")
        #expect(nz001.notes.prefix(2) == [
            "£36,000,000 over 60 months is £7,200,000 a year, including VAT",
            "the NHS threshold excludes VAT: £7,200,000 a year including VAT is £6,000,000 excluding VAT at 20% VAT (the vatRate parameter; set it to 0% for services exempt from VAT)",
        ])
        // At 50% VAT the same value is £4.8m a year excluding VAT: a Net Zero Commitment instead.
        let halved = Self.netZero(source, parameters: ["NZ001": ["vatRate": .percent(50)], "NZ002": ["vatRate": .percent(50)]])
        #expect(halved.map(\.rule.id) == ["NZ002"])
        #expect(halved.first?.message.hasSuffix("the tender is worth £4,800,000 a year excluding VAT and asks for neither") == true)
    }

    @Test("a value with no VAT basis is compared as stated, and the note says so")
    func unknownVAT() throws {
        let found = Self.netZero(Self.tender(#"  <value amount="5000000" currency="GBP" basis="per-annum"/>"#))
        #expect(found.map(\.rule.id) == ["NZ001"])
        #expect(found.first?.notes.first == #"the tender does not say whether the value includes VAT, so it was compared as stated with a threshold excluding VAT; say vat="included" or vat="excluded""#)
    }

    @Test("PPN 006 includes VAT: £4.5m a year excluding VAT is £5.4m including it")
    func ppn006VAT() throws {
        let found = Self.netZero(Self.tender(#"  <value amount="4500000" currency="GBP" vat="excluded" basis="per-annum"/>"#, sector: "central-government"))
        let nz001 = try #require(found.first)
        #expect(found.count == 1)
        #expect(nz001.message == "contracts worth more than £5,000,000 a year including VAT must ask for a Carbon Reduction Plan; the tender is worth £5,400,000 a year including VAT and does not ask for one")
        #expect(nz001.notes.first == "PPN 006's threshold includes VAT: £4,500,000 a year excluding VAT is £5,400,000 including VAT at 20% VAT (the vatRate parameter; set it to 0% for services exempt from VAT)")
        #expect(nz001.policy?.shortName == "PPN 006")
        #expect(nz001.help.first?.contains(#"standard="ppn-006""#) == true)
        #expect(nz001.help.first?.contains(#"net-zero-by="2050""#) == true)
    }

    @Test("PPN 06/21 takes the value as stated, for procurements advertised from 30 September 2021")
    func ppn0621() throws {
        let body = #"  <value amount="5400000" currency="GBP" vat="included" basis="per-annum"/>"#
        let found = Self.netZero(Self.tender(body, sector: "central-government", publication: "2022-01-10"))
        #expect(found.first?.message == "contracts worth more than £5,000,000 a year must ask for a Carbon Reduction Plan; the tender is worth £5,400,000 a year and does not ask for one")
        #expect(found.first?.help.first?.contains(#"standard="ppn-06-21""#) == true)
        #expect(Self.netZero(Self.tender(body, sector: "central-government", publication: "2021-09-29")).isEmpty)
    }

    @Test("a PPN 006 framework is judged on its own value a year, and says so")
    func ppn006Framework() throws {
        let body = #"  <value amount="60000000" currency="GBP" vat="included"/>"# + "\n" + #"  <duration months="48"/>"#
        let found = Self.netZero(Self.tender(body, sector: "central-government", attributes: #" framework="true""#))
        #expect(found.map(\.rule.id) == ["NZ001"])
        #expect(found.first?.notes.contains { $0.contains("the framework's own value a year was taken as its largest call-off") } == true)
    }

    @Test("the lots of an NHS framework are one finding on framework=\"true\", with a help line per place to add the plan and, with the grace on, a note for a reserved lot")
    func frameworkLots() throws {
        let source = SourceFile(path: "framework.xml", text: """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="TEST" framework="true">
              <buyer sector="nhs" jurisdiction="england">Test buyer</buyer>
              <dates publication="2026-06-01"/>
              <lot id="1"><evaluation><criterion id="price" kind="price" weight="100"/></evaluation></lot>
              <lot id="2">
                <net-zero><net-zero-commitment required="true"/></net-zero>
                <evaluation><criterion id="price" kind="price" weight="100"/></evaluation>
              </lot>
              <lot id="3" reserved-for="sme"><evaluation><criterion id="price" kind="price" weight="100"/></evaluation></lot>
            </tender>
            """)
        #expect(Self.netZero(source, asOf: "2025-06-01").first?.message.hasSuffix("lots 1, 2 and 3 of this framework do not ask for one") == true)
        let found = Self.netZero(source, asOf: "2025-06-01", parameters: Self.grace)
        #expect(Self.places(found) == ["NZ001 1:67"])
        let nz001 = try #require(found.first)
        #expect(nz001.message == "every new NHS framework, whatever its value, must ask for a Carbon Reduction Plan; lots 1 and 2 of this framework do not ask for one")
        #expect(nz001.help.count == 2)
        #expect(nz001.help[0].hasSuffix("/></net-zero> to the tender, before its first <lot>"))
        #expect(nz001.help[1].hasSuffix("at the start of lot 2's <net-zero>"))
        // Lot 3, reserved for SMEs, has until April 2026; from then on it is named too.
        #expect(nz001.notes.contains("lot 3 is reserved for SMEs or VCSEs and the smallSupplierGrace parameter is on, so NHS Carbon Reduction Plan requirements, April 2024 applies to it 2 years later, from 2026-04-01"))
        #expect(Self.netZero(source, asOf: "2026-04-01", parameters: Self.grace).first?.message.hasSuffix("lots 1, 2 and 3 of this framework do not ask for one") == true)
    }

    // MARK: Grace periods

    @Test("a reserved lot over £5m a year, with the unconfirmed grace on: the April 2023 milestone applies from April 2025, and the note says April 2024's waits")
    func graceOnPlan() throws {
        let source = SourceFile(path: "grace.xml", text: """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="TEST">
              <buyer sector="nhs" jurisdiction="england">Test buyer</buyer>
              <dates publication="2025-06-01"/>
              <lot id="4" reserved-for="sme vcse">
                <value amount="6000000" currency="GBP" vat="excluded" basis="per-annum"/>
                <evaluation><criterion id="price" kind="price" weight="100"/></evaluation>
              </lot>
            </tender>
            """)
        // Without the grace (the default), the April 2024 milestone applies as to any lot.
        #expect(Self.netZero(source).first?.message.hasPrefix("NHS contracts worth £5,000,000 a year or more (excluding VAT)") == true)
        let found = Self.netZero(source, parameters: Self.grace)
        #expect(Self.places(found) == ["NZ001 5:20"])
        let nz001 = try #require(found.first)
        #expect(nz001.message.hasPrefix("NHS contracts worth more than £5,000,000 a year (excluding VAT)"))
        #expect(nz001.notes.contains("lot 4 is reserved for SMEs or VCSEs and the smallSupplierGrace parameter is on, so NHS Carbon Reduction Plan requirements, April 2024 applies to it 2 years later, from 2026-04-01"))
        #expect(nz001.policy?.shortName == "NHS Carbon Reduction Plan requirements, April 2023")
        #expect(Self.netZero(source, asOf: "2025-03-31", parameters: Self.grace).isEmpty)
    }

    @Test("with the unconfirmed grace on, a reserved lot's plan needs only the five Scope 3 categories until April 2029, and the finding says why")
    func graceOnScopes() throws {
        let source = SourceFile(path: "grace.xml", text: """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="TEST">
              <buyer sector="nhs" jurisdiction="england">Test buyer</buyer>
              <dates publication="2027-06-01"/>
              <lot id="1" reserved-for="vcse">
                <net-zero>
                  <carbon-reduction-plan required="true" scopes="1 2 3-waste" net-zero-by="2045"/>
                  <public-reporting required="false"/>
                </net-zero>
                <evaluation><criterion id="price" kind="price" weight="100"/></evaluation>
              </lot>
            </tender>
            """)
        let found = Self.netZero(source, parameters: Self.grace)
        #expect(Self.places(found) == ["NZ003 6:54"])
        let nz003 = try #require(found.first)
        #expect(nz003.message == "the Carbon Reduction Plan asked for in lot 1 does not cover upstream transportation and distribution, business travel, employee commuting or downstream transportation and distribution")
        #expect(nz003.notes.contains("lot 1 is reserved for SMEs or VCSEs and the smallSupplierGrace parameter is on, so NHS Carbon Reduction Plan requirements, April 2027 applies to it 2 years later, from 2029-04-01"))
        #expect(nz003.fixIts.map(\.replacement) == ["1 2 3-upstream-transportation 3-waste 3-business-travel 3-employee-commuting 3-downstream-transportation"])
        // Two years on, all of Scope 3, global emissions and public reporting.
        let later = Self.netZero(source, asOf: "2029-04-01", parameters: Self.grace)
        #expect(Self.places(later) == ["NZ003 6:54", "NZ005 7:35"])
        #expect(later.first?.message == "the Carbon Reduction Plan asked for in lot 1 does not cover all of Scope 3 or global emissions")
        // The plan says nothing of global emissions: the one fix adds global="true" beside the scopes it rewrites.
        #expect(later.first?.fixIts.map { $0.edits.map(\.replacement) } == [["1 2 3", #" global="true""#]])
        #expect(later.last?.fixIts.map(\.replacement) == ["true"])
    }

    // MARK: Target year, reporting, Evergreen

    @Test("net zero by 2050 is information for an NHS England body, 2051 an error everywhere")
    func targetYear() throws {
        let plan = #"  <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" net-zero-by="YEAR"/></net-zero>"#
        let nhs = Self.netZero(Self.tender(plan.replacingOccurrences(of: "YEAR", with: "2050")))
        #expect(nhs.map(\.severity) == [.info])
        #expect(nhs.first?.message == "the Carbon Reduction Plan asked for sets net zero by 2050; the NHS encourages 2045")
        #expect(nhs.first?.fixIts.map(\.replacement) == ["2045"])
        let late = Self.netZero(Self.tender(plan.replacingOccurrences(of: "YEAR", with: "2051"), sector: "central-government"))
        #expect(late.map(\.severity) == [.error])
        #expect(late.first?.message == "the Carbon Reduction Plan asked for sets net zero by 2051, later than 2050, the latest year a plan may commit to")
        #expect(late.first?.fixIts.map(\.replacement) == ["2050"])
    }

    @Test("lots sharing the tender's terms get one public reporting finding naming them")
    func sharedReporting() throws {
        let source = SourceFile(path: "lots.json", text: """
            {
              "tenderSpec": "1",
              "id": "TEST",
              "aboveThreshold": true,
              "buyer": { "name": "Test buyer", "sector": "nhs", "jurisdiction": "england" },
              "dates": { "publication": "2027-06-01" },
              "netZero": { "netZeroCommitment": { "required": true } },
              "lots": [
                { "id": "1", "evaluation": { "criteria": [ { "id": "price", "kind": "price", "weight": 100 } ] } },
                { "id": "2", "evaluation": { "criteria": [ { "id": "price", "kind": "price", "weight": 100 } ] } }
              ]
            }
            """)
        let found = Self.netZero(source)
        #expect(Self.places(found) == ["NZ005 7:3"])
        #expect(found.first?.message == "lots 1 and 2 do not require suppliers to report their net zero targets and emissions publicly")
        #expect(found.first?.help == [#"add "publicReporting": { "required": true } to "netZero""#])
    }

    @Test("from 2030 the Evergreen assessment is required of every NHS lot, reserved or not")
    func evergreen() throws {
        let body = """
              <net-zero>
                <carbon-reduction-plan required="true" scopes="1 2 3" global="true" net-zero-by="2045"/>
                <public-reporting required="true"/>
              </net-zero>
            """
        #expect(Self.netZero(Self.tender(body, publication: "2029-12-31")).isEmpty)
        let found = Self.netZero(Self.tender(body, publication: "2030-01-01"))
        #expect(Self.places(found) == ["NZ006 4:3"])
        #expect(found.first?.help == [#"add <evergreen-assessment required="true"/> to <net-zero>, after any <carbon-reduction-plan> and <net-zero-commitment>"#])
    }
}
