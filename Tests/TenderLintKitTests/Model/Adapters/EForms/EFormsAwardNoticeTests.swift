import Foundation
import Testing
@testable import TenderLintKit

/// `eforms-sdk_can_24_UKRI.xml`: UK Research and Innovation's award of the Antarctic programme technical adviser,
/// a contract award notice weighting quality 70, presentation 15 and price 15.
@Suite("eForms: the UKRI contract award notice (can_24_UKRI)", .enabled(if: Fixtures.available, Fixtures.unavailable))
struct EFormsAwardNoticeTests {
    let reading: EFormsTesting.Reading

    init() throws {
        reading = try EFormsTesting.fixture("eforms-sdk_can_24_UKRI.xml")
    }

    @Test("is recognised by its ContractAwardNotice namespace and read without findings")
    func recognised() throws {
        #expect(reading.tree.root?.namespaceURI == EFormsNamespace.contractAwardNotice)
        #expect(reading.diagnostics.isEmpty)
        #expect(try reading.tender.format == .eForms)
    }

    @Test("takes its id, title, buyer and issue date from the notice")
    func notice() throws {
        let tender = try reading.tender
        #expect(tender.id?.value == "7b400e9a-0469-440b-8d64-9a68d4677806")
        #expect(tender.id?.origin?.location.start.line == 241)
        #expect(tender.title?.value == "Antarctic Infrastructure Modernisation Programme (AIMP) technical Advisor")
        #expect(tender.buyer.name?.value == "UK Research and Innovation")
        #expect(tender.buyer.name?.origin?.location.start.line == 99)
        #expect(tender.buyer.sector == nil)  // body-pl: the code does not say whose body
        #expect(tender.plannedPublication?.value == CalendarDate(year: 2020, month: 4, day: 14))
        #expect(tender.plannedPublication?.origin?.location.start.line == 242)
    }

    @Test("is estimated at 60000000 EUR and coded as no framework, though its text speaks of one")
    func valueAndFramework() throws {
        let tender = try reading.tender
        let value = try #require(tender.value)
        #expect(value.amount.value == 60_000_000)
        #expect(value.currency.value == "EUR")
        #expect(value.amount.origin?.location.start.line == 280)
        #expect(tender.isFramework?.value == false)
        #expect(tender.isFramework?.origin?.location.start.line == 412)
    }

    @Test("weights quality 70%, presentation 15% and price 15%")
    func criteria() throws {
        let criteria = try reading.criteria
        #expect(criteria.map(\.name?.value) == ["Quality", "Presentation", "Price"])
        #expect(criteria.map(\.kind.value) == [.quality, .quality, .price])
        #expect(criteria.map(\.weight?.value) == [.percentage(70), .percentage(15), .percentage(15)])
        #expect(criteria.map { $0.weight?.origin?.location.start.line } == [344, 361, 378])
        #expect(criteria.map(\.effectiveShare) == [70, 15, 15].map { Share(exactly: Decimal($0)) })
        let lot = try #require(try reading.tender.lots.first)
        #expect(lot.id?.value == "LOT-0000")
        #expect(lot.evaluation.share(of: [.socialValue, .netZero]) == Share(exactly: 0))
    }

    @Test("records sustainability projects in the descriptions as a weak mention of net zero, never enough alone")
    func netZeroWording() throws {
        let recognitions = try reading.tender.netZero.recognitions
        #expect(recognitions.map(\.phrase) == ["sustainability", "sustainability"])
        #expect(recognitions.allSatisfy { $0.strength == .weak })
        #expect(recognitions.map(\.field) == ["description", "lot description"])
        #expect(recognitions.map { $0.origin?.location.start.line } == [276, 421])
        #expect(try reading.tender.socialValue.recognitions.isEmpty)
    }
}
