import Foundation
import Testing
@testable import TenderLintKit

/// Reads a tender spec from text through the real readers and adapter.
func readTenderSpec(_ text: String, path: String) -> (tenders: [Tender], diagnostics: [Diagnostic]) {
    Linter().model(of: SourceFile(path: path, text: text))
}

@Suite("Tender spec: reading XML and JSON into the model")
struct TenderSpecAdapterTests {
    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tender xmlns="urn:tenderlint:tender-spec:1" id="CE-2026-014" framework="false">
          <title>Community equipment service</title>
          <buyer sector="nhs" region="North Central London ICS">NHS North Central London ICB</buyer>
          <dates publication="2026-03-02" procurement-start="2026-03-16"/>
          <value amount="31000000" currency="GBP" vat="excluded" basis="total"/>
          <duration start="2026-07-01" end="2031-06-30"/>
          <social-value>
            <theme>fighting-climate-change</theme>
            <exception kind="immature-market">Market engagement in 2025 found two suppliers.</exception>
          </social-value>
          <net-zero>
            <carbon-reduction-plan required="true" standard="nhs" scopes="1 2 3-business-travel" net-zero-by="2045"/>
            <net-zero-commitment required="false"/>
          </net-zero>
          <lot id="1" reserved-for="sme vcse">
            <title>Equipment</title>
            <evaluation methodology="weighted">
              <criterion id="price" kind="price" weight="40%"/>
              <criterion id="quality" kind="quality" weight="60">
                <description>How the service is run</description>
                <criterion id="delivery" kind="quality" weight="80"/>
                <criterion id="social-value" kind="social-value" weight="10-20">
                  <measure framework="illustrative-toms" code="ILLUS-NT1" target="12" unit="FTE"/>
                </criterion>
              </criterion>
            </evaluation>
          </lot>
        </tender>
        """

    static let json = """
        {
          "tenderSpec": "1",
          "id": "CE-2026-014",
          "framework": false,
          "title": "Community equipment service",
          "buyer": { "name": "NHS North Central London ICB", "sector": "nhs", "region": "North Central London ICS" },
          "dates": { "publication": "2026-03-02", "procurementStart": "2026-03-16" },
          "value": { "amount": 31000000, "currency": "GBP", "vat": "excluded", "basis": "total" },
          "duration": { "start": "2026-07-01", "end": "2031-06-30" },
          "socialValue": {
            "themes": ["fighting-climate-change"],
            "exception": { "kind": "immature-market", "justification": "Market engagement in 2025 found two suppliers." }
          },
          "netZero": {
            "carbonReductionPlan": { "required": true, "standard": "nhs", "scopes": ["1", "2", "3-business-travel"], "netZeroBy": 2045 },
            "netZeroCommitment": { "required": false }
          },
          "lots": [
            {
              "id": "1", "reservedFor": ["sme", "vcse"], "title": "Equipment",
              "evaluation": {
                "methodology": "weighted",
                "criteria": [
                  { "id": "price", "kind": "price", "weight": "40%" },
                  { "id": "quality", "kind": "quality", "weight": 60, "description": "How the service is run",
                    "criteria": [
                      { "id": "delivery", "kind": "quality", "weight": 80 },
                      { "id": "social-value", "kind": "social-value", "weight": "10-20",
                        "measures": [ { "framework": "illustrative-toms", "code": "ILLUS-NT1", "target": 12, "unit": "FTE" } ] }
                    ] }
                ]
              }
            }
          ]
        }
        """

    @Test("reads the same tender from its XML and JSON spellings", arguments: [("t.xml", xml), ("t.json", json)])
    func bothSpellings(path: String, text: String) throws {
        let (tenders, diagnostics) = readTenderSpec(text, path: path)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let tender = try #require(tenders.first)
        #expect(tender.format == .tenderSpec)
        #expect(tender.id?.value == "CE-2026-014")
        #expect(tender.isFramework?.value == false)
        #expect(tender.title?.value == "Community equipment service")
        #expect(tender.buyer.name?.value == "NHS North Central London ICB")
        #expect(tender.buyer.sector?.value == .nhsBody)
        #expect(tender.buyer.region?.value == "North Central London ICS")
        #expect(tender.plannedPublication?.value.description == "2026-03-02")
        #expect(tender.procurementStart?.value.description == "2026-03-16")
        #expect(tender.value?.amount.value == Decimal(31_000_000))
        #expect(tender.value?.currency.value == "GBP")
        #expect(tender.value?.includesVAT?.value == false)
        #expect(tender.duration?.months == 60)
        let perAnnum = try #require(tender.value?.perAnnum(over: tender.duration))
        #expect(perAnnum.amount == Decimal(6_200_000))
        #expect(perAnnum.explanation == "£31,000,000 over 1,826 days (1 July 2026 to 30 June 2031) is £6,200,000 a year (5 years)")
        #expect(tender.socialValue.themes.map(\.value) == [.fightingClimateChange])
        #expect(tender.socialValue.exception?.kind.value == .immatureMarket)
        #expect(tender.socialValue.exception?.justification?.value == "Market engagement in 2025 found two suppliers.")
        let plan = try #require(tender.netZero.carbonReductionPlan)
        #expect(plan.required.value)
        #expect(plan.standard?.value == .nhs)
        #expect(plan.scopes.map(\.value) == [.scope1, .scope2, .businessTravel])
        #expect(plan.netZeroBy?.value == 2045)
        #expect(tender.netZero.netZeroCommitment?.required.value == false)

        let lot = try #require(tender.lots.first)
        #expect(tender.lots.count == 1)
        #expect(!lot.isImplicit)
        #expect(lot.reservedFor.map(\.value) == [.sme, .vcse])
        #expect(lot.evaluation.methodology?.value == .weighted)
        let all = lot.evaluation.allCriteria
        #expect(all.map(\.label) == ["price", "quality", "delivery", "social-value"])
        #expect(all.map { $0.weight?.value } == [.percentage(40), .percentage(60), .percentage(80), .percentageRange(minimum: 10, maximum: 20)])
        #expect(all.map { $0.effectiveShare?.description } == ["40%", "60%", "48%", "6–12%"])
        #expect(lot.evaluation.share(of: [.socialValue, .netZero]) == Share(minimum: 6, maximum: 12))
        #expect(all[1].description?.value == "How the service is run")
        #expect(all[3].measures.first?.code.value == "ILLUS-NT1")
        #expect(all[3].measures.first?.target?.value == "12")
    }

    @Test("keeps the position of every value it reads, in XML")
    func xmlPositions() throws {
        let tender = try #require(readTenderSpec(Self.xml, path: "t.xml").tenders.first)
        func at<T>(_ located: Located<T>?) -> String? { located?.origin?.location.start.description }
        #expect(at(tender.id) == "2:50")
        #expect(at(tender.title) == "3:10")
        #expect(at(tender.buyer.name) == "4:57")
        #expect(at(tender.value?.amount) == "6:18")
        #expect(at(tender.lots[0].evaluation.allCriteria[3].weight) == "23:66")
        #expect(tender.lots[0].evaluation.allCriteria[3].origin?.location.start.description == "23:9")
        #expect(at(tender.netZero.carbonReductionPlan?.scopes[2]) == "13:71")
    }

    @Test("keeps the position of every value it reads, in JSON")
    func jsonPositions() throws {
        let tender = try #require(readTenderSpec(Self.json, path: "t.json").tenders.first)
        func at<T>(_ located: Located<T>?) -> String? { located?.origin?.location.start.description }
        #expect(at(tender.id) == "3:9")
        #expect(at(tender.value?.amount) == "8:24")
        #expect(at(tender.lots[0].evaluation.allCriteria[3].weight) == "28:73")
        #expect(tender.lots[0].evaluation.allCriteria[0].origin?.location.start.line == 24)
    }

    @Test("adds up 33.3, 33.3 and 33.4 to exactly 100")
    func exactDecimals() throws {
        let text = """
            {"tenderSpec": "1", "id": "T", "buyer": {"sector": "nhs"}, "evaluation": {"criteria": [
              {"id": "a", "kind": "price", "weight": 33.3}, {"id": "b", "kind": "quality", "weight": "33.3"},
              {"id": "c", "kind": "social-value", "weight": 33.4}]}}
            """
        let tender = try #require(readTenderSpec(text, path: "t.json").tenders.first)
        let lot = try #require(tender.lots.first)
        #expect(lot.isImplicit)
        let total = lot.evaluation.criteria.compactMap(\.effectiveShare).reduce(Share(exactly: 0), +)
        #expect(total == Share(exactly: 100))
    }

    @Test("works out shares for fractions, points, order and formula weights")
    func weightForms() throws {
        let text = """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="T"><buyer sector="other"/><evaluation>
              <criterion id="a" kind="price" weight="0.5" weight-unit="fraction"/>
              <criterion id="b" kind="quality" weight="0.5" weight-unit="fraction">
                <criterion id="b1" kind="quality" points="30"/>
                <criterion id="b2" kind="social-value" points="10"/>
              </criterion>
              <criterion id="c" kind="other" order="1"/>
              <criterion id="d" kind="other" formula="price / quality"/>
            </evaluation></tender>
            """
        let (tenders, diagnostics) = readTenderSpec(text, path: "t.xml")
        #expect(diagnostics.isEmpty)
        let all = try #require(tenders.first?.lots.first?.evaluation.allCriteria)
        #expect(all.map { $0.effectiveShare?.description } == ["50%", "50%", "37.5%", "12.5%", nil, nil])
        #expect(all[4].weight?.value == .order(1))
        #expect(all[5].weight?.value == .formula("price / quality"))
    }

    @Test("derives months from a start and end date and a value per annum from a total")
    func perAnnum() {
        let start = CalendarDate(year: 2026, month: 7, day: 1)!
        #expect(start.wholeMonths(through: CalendarDate(year: 2031, month: 6, day: 30)!) == 60)
        #expect(start.wholeMonths(through: CalendarDate(year: 2027, month: 6, day: 29)!) == 11)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2026, month: 2, day: 29) == nil)
        #expect(CalendarDate(iso: "2026-03-02T09:00:00Z")?.description == "2026-03-02")
    }
}
