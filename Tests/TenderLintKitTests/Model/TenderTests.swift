import Foundation
import Testing
@testable import TenderLintKit

@Suite("Tender: what rules ask of it")
struct TenderTests {
    static let xml = """
        <tender xmlns="urn:tenderlint:tender-spec:1" id="T" above-threshold="true">
          <buyer sector="nhs" jurisdiction="england">Trust</buyer>
          <evaluation><criterion id="whole" kind="price" weight="100"/></evaluation>
          <lot id="1"><evaluation><criterion id="price" kind="price" weight="100"/></evaluation></lot>
          <lot id="2"><evaluation>
            <criterion id="quality" kind="quality" weight="100"/>
          </evaluation></lot>
        </tender>
        """

    @Test("names the lot a place in the document belongs to, walking up from the place to the lot")
    func lotContaining() throws {
        let tender = try #require(readTenderSpec(Self.xml, path: "t.xml").tenders.first)
        #expect(tender.lots.count == 2)
        let second = try #require(tender.lots[1].evaluation.criteria.first?.origin)
        #expect(tender.lot(containing: second) == 1)
        #expect(tender.lot(containing: tender.lots[0].origin) == 0)
        #expect(tender.lot(containing: tender.buyer.name?.origin) == nil, "the buyer is no lot's")
        #expect(tender.lot(containing: nil) == nil)
    }

    @Test("knows the syntax it was written in")
    func syntax() throws {
        let xml = try #require(readTenderSpec(Self.xml, path: "t.xml").tenders.first)
        #expect(xml.syntax == .xml)
        let json = try #require(readTenderSpec(#"{"tenderSpec": "1", "id": "T", "buyer": {"name": "B", "sector": "nhs", "jurisdiction": "england"}}"#, path: "t.json").tenders.first)
        #expect(json.syntax == .json)
        var inMemory = json
        inMemory.origin = nil
        #expect(inMemory.syntax == .json, "a tender without a tree goes by its file name")
    }
}
