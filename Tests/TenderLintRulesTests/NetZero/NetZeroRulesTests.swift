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
}
