import Foundation
import Testing
import TenderLintKit
import TenderLintRules

@Suite("Evaluation rules (EV001–EV006)")
struct EvaluationRulesTests {
    // MARK: Samples

    @Test("pathology-consumables.xml: the top-level weights add up to 95%, reported on <evaluation> with the sum and a fix")
    func pathologyConsumables() throws {
        let found = try RuleRun.sample("pathology-consumables.xml").of(RuleRun.evaluationRules)
        #expect(found.summary == ["EV001 27:3"])
        let diagnostic = try #require(found.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "the weights in the tender add up to 95%, not 100%")
        #expect(diagnostic.label == "add up to 95%")
        #expect(diagnostic.notes.contains("price 35% + quality 50% + social-value 10% = 95%"))
        #expect(diagnostic.help == ["raise one or more of them by 5 points in all, so they add up to 100%"])
        // Arithmetic binds every buyer: no policy is cited, and the note says so.
        #expect(diagnostic.policy == nil)
        #expect(diagnostic.notes.last == "evaluated as of 2026-06-15 (planned publication); this check applies whoever the buyer is")
    }

    @Test("dvla-contact-centre.json: 33.3 + 33.3 + 33.4 adds up to exactly 100, even with no tolerance")
    func thirdsWithoutTolerance() throws {
        let source = try SourceFile.read(path: RuleRun.samplesDirectory.appendingPathComponent("dvla-contact-centre.json").path)
        let found = RuleRun.lint(source, parameters: ["EV001": ["tolerance": .number(0)]])
        #expect(found.of(RuleRun.evaluationRules).isEmpty)
    }

    // MARK: Real documents

    @Test("published notices whose weights add up give no evaluation finding, as published and as of 2026",
          .enabled(if: RuleRun.hasRealFixtures, RuleRun.noRealFixtures), arguments: RuleRun.realNames)
    func realNotices(_ name: String) throws {
        #expect(try RuleRun.real(name).of(RuleRun.evaluationRules).summary == [])
        #expect(try RuleRun.real(name, asOf: "2026-06-01").of(RuleRun.evaluationRules).summary == [])
    }

    @Test("an eForms notice with its price weight changed from 75 to 70: EV001 on the awarding criterion",
          .enabled(if: RuleRun.hasRealFixtures, RuleRun.noRealFixtures))
    func eFormsWeightsAddUpTo95() throws {
        let original = try RuleRun.realSource("eforms-sdk_cn_24_open.xml")
        let text = String(decoding: original.bytes, as: UTF8.self)
            .replacingOccurrences(of: "<efbc:ParameterNumeric>75</efbc:ParameterNumeric>", with: "<efbc:ParameterNumeric>70</efbc:ParameterNumeric>")
        let found = RuleRun.lint(SourceFile(path: "notice.xml", text: text)).of(RuleRun.evaluationRules)
        // Line 261 is <cac:AwardingCriterion>, after four tabs.
        #expect(found.summary == ["EV001 261:5"])
        #expect(found.first?.message == "the weights in lot LOT-0000 add up to 95%, not 100%")
        #expect(found.first?.notes.first == "Methodology and approach 15% + Fair working practices 5% + Community benefits offered 3% + Community benefit methodology 2% + Price 70% = 95%")
        #expect(found.first?.help == ["raise one or more of them by 5 points in all, so they add up to 100%"])
    }

    @Test("an eForms notice with every weight an order of importance: EV003, for an NHS England body, says the 10% cannot be evaluated, once",
          .enabled(if: RuleRun.hasRealFixtures, RuleRun.noRealFixtures))
    func eFormsOrderOfImportance() throws {
        let original = try RuleRun.realSource("eforms-sdk_cn_24_open.xml")
        let text = String(decoding: original.bytes, as: UTF8.self).replacingOccurrences(of: ">per-exa<", with: ">ord-imp<")
        let source = SourceFile(path: "notice.xml", text: text)
        // As published (2020) no social value policy applied: nothing to evaluate.
        #expect(RuleRun.lint(source).of(RuleRun.evaluationRules).isEmpty)
        // As published, the buyer (a Luxembourg NUTS code beside a British country) is not identified: nothing binds.
        #expect(RuleRun.lint(source, asOf: "2026-06-01").of(RuleRun.evaluationRules).isEmpty)
        let found = RuleRun.lint(source, profile: .nhsEngland, asOf: "2026-06-01").of(RuleRun.evaluationRules)
        #expect(found.map(\.ruleID) == ["EV003"])
        let diagnostic = try #require(found.first)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.location.start.line == 269)  // the first rank, which says the method
        #expect(diagnostic.message == "lot LOT-0000 is scored by order of importance, so the share of the total score that net zero and social value carries cannot be worked out")
        #expect(diagnostic.notes.contains { $0.contains("this is not a pass, and not a fail") })
        #expect(diagnostic.notes.contains("net zero and social value criteria: Fair working practices, Community benefits offered, Community benefit methodology"))
        // SV001 stays silent: an unknown share is neither a pass nor a fail.
        #expect(RuleRun.lint(source, profile: .nhsEngland, asOf: "2026-06-01").of("SV001").isEmpty)
    }

    // MARK: OCDS

    static func ocdsRelease(_ criteria: String) -> String {
        """
        {
          "ocid": "ocds-test-0001",
          "id": "1",
          "date": "2026-05-01T00:00:00Z",
          "tag": ["tender"],
          "buyer": { "name": "Example NHS Trust" },
          "tender": {
            "id": "T1",
            "title": "Example",
            "lots": [
              {
                "id": "1",
                "awardCriteria": {
                  "criteria": [
        \(criteria)
                  ]
                }
              }
            ]
          }
        }
        """
    }

    @Test("OCDS weights as text ('30%', '60%', '5%') that add up to 95% are reported on the lot's awardCriteria")
    func ocdsTextWeights() {
        let release = Self.ocdsRelease("""
                    { "type": "price", "name": "Price", "description": "30%" },
                    { "type": "quality", "name": "Quality", "description": "60%" },
                    { "type": "quality", "name": "Social value", "description": "5%" }
            """)
        let found = RuleRun.text(release, path: "release.json").of(RuleRun.evaluationRules)
        #expect(found.summary == ["EV001 13:9"])
        #expect(found.first?.message == "the weights in lot 1 add up to 95%, not 100%")
        #expect(found.first?.notes.first == "Price 30% + Quality 60% + Social value 5% = 95%")
    }

    @Test("OCDS 'order' weights: EV003 on the social value criterion's rank, not EV001 or EV002")
    func ocdsOrder() {
        let release = Self.ocdsRelease("""
                    { "type": "quality", "name": "Quality", "numbers": [ { "number": 1, "weight": "order" } ] },
                    { "type": "price", "name": "Price", "numbers": [ { "number": 2, "weight": "order" } ] },
                    { "type": "quality", "name": "Community benefits", "numbers": [ { "number": 3, "weight": "order" } ] }
            """)
        // The buyer is not identified, so no social value policy binds it as published; as an NHS England body:
        #expect(RuleRun.text(release, path: "release.json").of(RuleRun.evaluationRules).isEmpty)
        let found = RuleRun.text(release, path: "release.json", profile: .nhsEngland).of(RuleRun.evaluationRules)
        #expect(found.map(\.ruleID) == ["EV003"])
        // Every criterion is ranked, so the adapter sets the methodology at the first rank.
        #expect(found.first?.location.start.line == 15)
    }

    @Test("OCDS percentage ranges whose minima add up to more than 100%: EV004, not EV001")
    func ocdsRanges() {
        let release = Self.ocdsRelease("""
                    { "type": "price", "name": "Price", "description": "40-50%" },
                    { "type": "quality", "name": "Quality", "description": "55-60%" },
                    { "type": "quality", "name": "Social value", "description": "10%" }
            """)
        let found = RuleRun.text(release, path: "release.json").of(RuleRun.evaluationRules)
        #expect(found.summary == ["EV004 13:9"])
        #expect(found.first?.message == "the lowest weights in lot 1 add up to 105%, more than 100%: no choice within the ranges adds up to 100%")
        #expect(found.first?.help == ["lower the minimum of one or more ranges by 5 points in all"])
    }

    // MARK: Tender spec

    /// A tender spec for an NHS trust, published on 2026-06-01, evaluated on `criteria` (one per line, unindented):
    /// the criteria start on line 5 in XML and line 8 in JSON.
    static func tenderXML(criteria: String) -> String {
        """
        <tender xmlns="urn:tenderlint:tender-spec:1" id="T-1">
          <buyer sector="nhs">Example NHS Trust</buyer>
          <dates publication="2026-06-01"/>
          <evaluation>
        \(criteria.indented(by: 4))
          </evaluation>
        </tender>
        """
    }

    static func tenderJSON(criteria: String) -> String {
        """
        {
          "tenderSpec": "1",
          "id": "T-1",
          "buyer": { "name": "Example NHS Trust", "sector": "nhs" },
          "dates": { "publication": "2026-06-01" },
          "evaluation": {
            "criteria": [
        \(criteria.indented(by: 6))
            ]
          }
        }
        """
    }

    // MARK: Tender spec in JSON

    @Test("JSON tender spec: weights that look like fractions get a help line in JSON spelling")
    func fractionsWithoutUnit() {
        let json = Self.tenderJSON(criteria: """
            { "id": "price", "kind": "price", "weight": 0.4 },
            { "id": "quality", "kind": "quality", "weight": 0.5 },
            { "id": "social-value", "kind": "social-value", "weight": 0.1 }
            """)
        let found = RuleRun.text(json, path: "tender.json").of("EV001")
        #expect(found.summary == ["EV001 6:3"])
        #expect(found.first?.message == "the weights in the tender add up to 1%, not 100%")
        #expect(found.first?.help == ["they add up to 1: if they are fractions of the whole, say so with \"weightUnit\": \"fraction\" on each"])
    }

    @Test("JSON tender spec: a criterion without a weight, with the weight that would complete the group")
    func missingWeightInJSON() {
        let json = Self.tenderJSON(criteria: """
            { "id": "price", "kind": "price", "weight": 40 },
            { "id": "quality", "kind": "quality", "weight": 60, "criteria": [
              { "id": "delivery", "kind": "quality", "weight": 85 },
              { "id": "social-value", "kind": "social-value" }
            ] }
            """)
        let found = RuleRun.text(json, path: "tender.json").of(RuleRun.evaluationRules)
        #expect(found.summary == ["EV002 11:9"])
        let diagnostic = found.first
        #expect(diagnostic?.message == "social-value under quality in the tender has no weight, but the criteria beside it have")
        #expect(diagnostic?.notes.first == "beside it: delivery 85%")
        #expect(diagnostic?.help == ["give it a weight: the others add up to 85%, so \"weight\": 15 would make 100%"])
    }

    @Test("mixed units among siblings are one EV001 finding, not a sum")
    func mixedUnits() {
        let xml = Self.tenderXML(criteria: """
            <criterion id="price" kind="price" weight="40"/>
            <criterion id="quality" kind="quality" points="50"/>
            <criterion id="social-value" kind="social-value" weight="0.1" weight-unit="fraction"/>
            """)
        let found = RuleRun.text(xml).of(RuleRun.evaluationRules)
        #expect(found.summary == ["EV001 4:3"])
        #expect(found.first?.message == "the weights in the tender mix percentages, points and fractions, so they cannot be added up")
        #expect(found.first?.notes.first == "price 40%, quality 50 points, social-value 0.1")
    }

    @Test("the tolerance is a parameter: 99.6% passes by default and is reported with tolerance 0.2")
    func toleranceParameter() {
        let xml = Self.tenderXML(criteria: """
            <criterion id="price" kind="price" weight="40"/>
            <criterion id="quality" kind="quality" weight="49.6"/>
            <criterion id="social-value" kind="social-value" weight="10"/>
            """)
        #expect(RuleRun.text(xml).of("EV001").isEmpty)
        let strict = RuleRun.text(xml, parameters: ["EV001": ["tolerance": .number(Decimal(string: "0.2")!)]]).of("EV001")
        #expect(strict.first?.message == "the weights in the tender add up to 99.6%, not 100%")
        #expect(strict.first?.help == ["raise one or more of them by 0.4 points in all, so they add up to 100%"])
    }

    // MARK: The rules as values

    @Test("the evaluation rules carry their ids, names, severities and the tolerance parameter")
    func ruleValues() throws {
        let rules = EvaluationRules.all
        #expect(rules.map(\.id) == ["EV001", "EV002", "EV003", "EV004", "EV005", "EV006"])
        #expect(rules.map(\.name) == ["weights-add-up", "criterion-without-weight", "share-cannot-be-evaluated", "inconsistent-weight-ranges",
                                      "relative-importance-not-shown", "disqualification-not-stated"])
        #expect(rules.map(\.severity) == [.error, .error, .warning, .error, .error, .warning])
        #expect(rules[4].policies == [.procurementActSection23] && rules[5].policies == [.procurementActSection23])
        let tolerance = try #require(rules[0].parameters.first { $0.name == "tolerance" })
        #expect(tolerance.defaultValue == .number(Decimal(string: "0.5")!))
        #expect(tolerance.problem(with: .number(-1)) != nil)
        #expect(rules[3].parameters.map(\.name) == ["tolerance"])
    }
}
