import Foundation
import Testing
@testable import TenderLintKit

/// `eforms-sdk_cn-social_24.xml`: Scotland Excel's secure care services under the social and other specific
/// services regime. Its criteria have no names and no coded weights ("Quality Stage (60 %)" is prose).
@Suite("eForms: the social services notice (cn-social_24)", .enabled(if: Fixtures.available, Fixtures.unavailable))
struct EFormsSocialNoticeTests {
    let reading: EFormsTesting.Reading

    init() throws {
        reading = try EFormsTesting.fixture("eforms-sdk_cn-social_24.xml")
    }

    @Test("is read without findings")
    func noFindings() {
        #expect(reading.diagnostics.isEmpty)
    }

    @Test("takes its id, title, buyer and issue date from the notice")
    func notice() throws {
        let tender = try reading.tender
        #expect(tender.id?.value == "1adea6cf-8780-4298-a915-55f6796bf847")
        #expect(tender.title?.value == "Secure Care Services")
        #expect(tender.title?.origin?.location.start.line == 170)
        #expect(tender.buyer.name?.value == "Scotland Excel")
        #expect(tender.buyer.name?.origin?.location.start.line == 21)
        #expect(tender.procurementStart?.value == CalendarDate(year: 2019, month: 11, day: 25))
        #expect(tender.procurementStart?.origin?.location.start.line == 132)
    }

    @Test("leaves unknown what the notice does not say: sector, value, duration, framework")
    func unstated() throws {
        let tender = try reading.tender
        #expect(tender.buyer.sector == nil)  // pub-undert-ra: a public undertaking of a regional authority
        #expect(tender.value == nil)
        #expect(tender.duration == nil)
        #expect(tender.isFramework == nil)
        let lot = try #require(tender.lots.first)
        #expect(lot.value == nil)
        #expect(lot.duration == nil)
        #expect(lot.reservedFor.isEmpty)
    }

    @Test("reads a quality and a price criterion with descriptions but no names or weights")
    func criteria() throws {
        let criteria = try reading.criteria
        #expect(criteria.count == 2)
        #expect(criteria.map(\.kind.value) == [.quality, .price])
        #expect(criteria.map(\.name?.value) == [nil, nil])
        #expect(criteria[0].description?.value == "Quality Stage (60 %): Evaluation of bidders responses in quality stage.")
        #expect(criteria[0].description?.origin?.location.start.line == 238)
        #expect(criteria.map { $0.origin?.location.start.line } == [236, 240])
        #expect(criteria.allSatisfy { $0.weight == nil && $0.effectiveShare == nil })
        let evaluation = try #require(try reading.tender.lots.first?.evaluation)
        #expect(evaluation.methodology == nil)
        #expect(evaluation.share(of: [.socialValue]) == Share(exactly: 0))
    }

    @Test("recognises the community benefits in the notice's note as social value")
    func communityBenefits() throws {
        let recognitions = try reading.tender.socialValue.recognitions
        try #require(recognitions.count == 1)
        #expect(recognitions[0].phrase == "community benefit")
        #expect(recognitions[0].field == "note")
        #expect(recognitions[0].origin?.location.start.line == 173)
        #expect(try reading.tender.netZero.recognitions.isEmpty)
    }
}
