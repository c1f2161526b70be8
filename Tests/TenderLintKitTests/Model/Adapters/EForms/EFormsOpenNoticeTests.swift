import Foundation
import Testing
@testable import TenderLintKit

/// `eforms-sdk_cn_24_open.xml`: Renfrewshire Council's electrical testing contract, one lot, social criteria
/// adding up to exactly 10% (5 + 3 + 2), methodology 15 and price 75.
@Suite("eForms: the open contract notice (cn_24_open)", .enabled(if: Fixtures.available, Fixtures.unavailable))
struct EFormsOpenNoticeTests {
    let reading: EFormsTesting.Reading

    init() throws {
        reading = try EFormsTesting.fixture("eforms-sdk_cn_24_open.xml")
    }

    @Test("is read without findings as one eForms tender")
    func oneTender() throws {
        #expect(reading.diagnostics.isEmpty)
        #expect(reading.result.tenders.count == 1)
        let tender = try reading.tender
        #expect(tender.format == .eForms)
        #expect(tender.origin?.location.start.line == 4)
    }

    @Test("takes its id from the contract folder and its title from the procurement project")
    func idAndTitle() throws {
        let tender = try reading.tender
        #expect(tender.id?.value == "31f258b6-5eb2-4875-8997-affa3cdce27c")
        #expect(tender.id?.origin?.location.start.line == 128)
        #expect(tender.title?.value == "Term Contract for a Planned Programme of In-service Inspection and Testing of Electrical Equipment")
        #expect(tender.title?.origin?.location.start.line == 172)
    }

    @Test("names the buyer the contracting party refers to, a local authority")
    func buyer() throws {
        let buyer = try reading.tender.buyer
        #expect(buyer.name?.value == "Renfrewshire Council")
        #expect(buyer.name?.origin?.location.start.line == 20)
        let applicability = try reading.tender.applicability
        #expect(applicability.buyerKind.value == .localGovernment)
        #expect(applicability.buyerKind.basis == .stated)
        #expect(applicability.buyerKind.evidence.map(\.description) == ["BT-11 buyer legal type la, line 138"])
        // The country says the United Kingdom, not which nation.
        #expect(applicability.jurisdiction.possible == Jurisdiction.ukNations)
        #expect(applicability.jurisdiction.evidence.map(\.description) == ["BT-514 country GBR, line 27"])
        #expect(applicability.threshold.value == .above)
        #expect(applicability.stage.value == .competition)
        #expect(applicability.regime.possible == [.pcr2015, .scottishRegulations])
    }

    @Test("dates publication and the start of the procurement from the issue date")
    func dates() throws {
        let tender = try reading.tender
        #expect(tender.plannedPublication?.value == CalendarDate(year: 2020, month: 2, day: 28))
        #expect(tender.procurementStart?.value == CalendarDate(year: 2020, month: 2, day: 28))
        #expect(tender.procurementStart?.origin?.location.start.line == 129)
    }

    @Test("is no framework: its framework-agreement code is none")
    func notAFramework() throws {
        let isFramework = try #require(try reading.tender.isFramework)
        #expect(isFramework.value == false)
        #expect(isFramework.origin?.location.start.line == 410)
    }

    @Test("is estimated at 500000 EUR in total, excluding VAT")
    func value() throws {
        let value = try #require(try reading.tender.value)
        #expect(value.amount.value == Decimal(string: "500000"))
        #expect(value.currency.value == "EUR")
        #expect(value.basis.value == .total)
        #expect(value.includesVAT?.value == false)
        #expect(value.amount.origin?.location.start.line == 177)
        #expect(value.currency.origin?.location.start.line == 177)
        let column = reading.position(of: "500000</cbc:EstimatedOverallContractAmount>").column
        #expect(value.amount.origin?.location.start.column == column)
    }

    @Test("has one lot, LOT-0000, planned for 36 months from 2020-09-01 and reserved for no one")
    func lot() throws {
        let lots = try reading.tender.lots
        try #require(lots.count == 1)
        let lot = lots[0]
        #expect(lot.id?.value == "LOT-0000")
        #expect(lot.id?.origin?.location.start.line == 208)
        #expect(lot.origin?.location.start.line == 207)
        #expect(lot.isImplicit == false)
        #expect(lot.reservedFor.isEmpty)
        #expect(lot.value == nil)
        #expect(lot.duration?.statedMonths?.value == 36)
        #expect(lot.duration?.statedMonths?.origin?.location.start.line == 443)
        #expect(lot.duration?.start?.value == CalendarDate(year: 2020, month: 9, day: 1))
        #expect(lot.duration?.start?.origin?.location.start.line == 442)
        #expect(try reading.tender.value(of: lot)?.value.amount.value == 500000)
    }

    @Test("reads five criteria in document order, weighted 15, 5, 3, 2 and 75 per cent")
    func criteria() throws {
        let criteria = try reading.criteria
        #expect(criteria.map(\.name?.value) == [
            "Methodology and approach", "Fair working practices", "Community benefits offered",
            "Community benefit methodology", "Price",
        ])
        #expect(criteria.map(\.kind.value) == [.quality, .socialValue, .socialValue, .socialValue, .price])
        #expect(criteria.map(\.weight?.value) == [.percentage(15), .percentage(5), .percentage(3), .percentage(2), .percentage(75)])
        #expect(criteria.map { $0.weight?.origin?.location.start.line } == [269, 286, 303, 320, 337])
        #expect(criteria.map { $0.origin?.location.start.line } == [262, 279, 296, 313, 330])
        #expect(criteria.map { $0.name?.origin?.location.start.line } == [276, 293, 310, 327, 344])
        #expect(criteria[0].description?.value == "The methodology is evaluated by...")
    }

    @Test("recognises the social value criteria by their names")
    func socialValueRecognitions() throws {
        let criteria = try reading.criteria
        #expect(criteria.map { $0.kindRecognition?.phrase } == [nil, "fair working", "community benefit", "community benefit", nil])
        #expect(criteria[1].kindRecognition?.field == "name")
        #expect(criteria[1].kindRecognition?.origin?.location.start.line == 293)
        #expect(criteria[1].kind.origin?.location.start.line == 293)
        #expect(criteria[4].kind.origin?.location.start.line == 343)
    }

    @Test("gives each criterion its share of the total, social value exactly 10%")
    func shares() throws {
        let evaluation = try #require(try reading.tender.lots.first?.evaluation)
        #expect(evaluation.criteria.map(\.effectiveShare) == [15, 5, 3, 2, 75].map { Share(exactly: Decimal($0)) })
        #expect(evaluation.share(of: [.socialValue]) == Share(exactly: 10))
        #expect(evaluation.share(of: [.price, .cost]) == Share(exactly: 75))
        #expect(evaluation.methodology?.value == .weighted)
        #expect(evaluation.origin?.location.start.line == 261)
    }

    @Test("finds no social value or net zero codes, and no Carbon Reduction Plan")
    func noSignals() throws {
        let tender = try reading.tender
        #expect(tender.socialValue.recognitions.isEmpty)
        #expect(tender.netZero.recognitions.isEmpty)
        #expect(tender.netZero.carbonReductionPlan == nil)
        #expect(tender.netZero.netZeroCommitment == nil)
    }
}
