import Foundation
import Testing
@testable import TenderLintKit

/// `eforms-sdk_cn_24_cumbria.xml`: Cumbria County Council's school payroll framework, quality 65 / price 35.
@Suite("eForms: the Cumbria framework notice (cn_24_cumbria)", .enabled(if: Fixtures.available, Fixtures.unavailable))
struct EFormsCumbriaNoticeTests {
    let reading: EFormsTesting.Reading

    init() throws {
        reading = try EFormsTesting.fixture("eforms-sdk_cn_24_cumbria.xml")
    }

    @Test("is read without findings")
    func noFindings() {
        #expect(reading.diagnostics.isEmpty)
        #expect(reading.result.tenders.count == 1)
    }

    @Test("takes its id, title, buyer and issue date from the notice")
    func notice() throws {
        let tender = try reading.tender
        #expect(tender.id?.value == "9af3b735-9d6c-45c8-8c39-d58fb9fa824b")
        #expect(tender.id?.origin?.location.start.line == 130)
        #expect(tender.title?.value == "School Payroll and HR Admin Services")
        #expect(tender.title?.origin?.location.start.line == 223)
        #expect(tender.buyer.name?.value == "Cumbria County Council")
        #expect(tender.buyer.name?.origin?.location.start.line == 21)
        #expect(tender.applicability.buyerKind.value == .localGovernment)
        #expect(tender.applicability.buyerKind.evidence.first?.description == "BT-11 buyer legal type la, line 139")
        #expect(tender.plannedPublication?.value == CalendarDate(year: 2020, month: 4, day: 9))
        #expect(tender.plannedPublication?.origin?.location.start.line == 131)
    }

    @Test("is a framework: its lot's framework-agreement code is fa-wo-rc")
    func framework() throws {
        let isFramework = try #require(try reading.tender.isFramework)
        #expect(isFramework.value == true)
        #expect(isFramework.origin?.location.start.line == 392)
    }

    @Test("is estimated at 1230000 EUR")
    func value() throws {
        let value = try #require(try reading.tender.value)
        #expect(value.amount.value == 1_230_000)
        #expect(value.currency.value == "EUR")
        #expect(value.amount.origin?.location.start.line == 231)
    }

    @Test("plans its lot from 2020-11-01 to 2024-03-30, 40 whole months")
    func duration() throws {
        let lot = try #require(try reading.tender.lots.first)
        #expect(lot.id?.value == "LOT-0000")
        let duration = try #require(lot.duration)
        #expect(duration.statedMonths == nil)
        #expect(duration.start?.value == CalendarDate(year: 2020, month: 11, day: 1))
        #expect(duration.end?.value == CalendarDate(year: 2024, month: 3, day: 30))
        #expect(duration.start?.origin?.location.start.line == 424)
        #expect(duration.end?.origin?.location.start.line == 425)
        #expect(duration.months == 40)
    }

    @Test("weights quality 65% and price 35%, with no social value criterion")
    func criteria() throws {
        let criteria = try reading.criteria
        #expect(criteria.map(\.name?.value) == ["Quality", "Price"])
        #expect(criteria.map(\.kind.value) == [.quality, .price])
        #expect(criteria.map(\.weight?.value) == [.percentage(65), .percentage(35)])
        #expect(criteria.map { $0.weight?.origin?.location.start.line } == [304, 321])
        #expect(criteria.map(\.effectiveShare) == [Share(exactly: 65), Share(exactly: 35)])
        #expect(criteria.allSatisfy { $0.kindRecognition == nil })
        let evaluation = try #require(try reading.tender.lots.first?.evaluation)
        #expect(evaluation.share(of: [.socialValue]) == Share(exactly: 0))
    }

    @Test("finds no social value or net zero signals")
    func noSignals() throws {
        let tender = try reading.tender
        #expect(tender.socialValue.recognitions.isEmpty)
        #expect(tender.netZero.recognitions.isEmpty)
        #expect(tender.lots.first?.reservedFor.isEmpty == true)
    }
}
