import Foundation
import Testing
import TenderLintKit

@Suite("OCDS values, periods, dates, buyers and terms")
struct OCDSFieldTests {
    private func readTender(_ members: String, release extra: String = "", sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Tender? {
        OCDSTesting.tender(OCDSTesting.release(tender: members, release: extra), sourceLocation: sourceLocation)
    }

    private func decimal(_ text: String) -> Decimal { Decimal(string: text)! }

    // MARK: Values

    @Test("reads an amount exactly as written, with its currency, as a total")
    func readsAnAmount() {
        let value = readTender(#""value": {"amount": 31000000.10, "currency": "EUR"}"#)?.value
        #expect(value?.amount.value == decimal("31000000.10"))
        #expect(value?.currency.value == "EUR")
        #expect(value?.basis.value == .total)
        #expect(value?.includesVAT == nil)
        #expect(value?.grossAmount == nil)
    }

    @Test("reads amountGross alone as an amount that includes VAT")
    func readsAmountGrossAlone() {
        let text = OCDSTesting.release(tender: #""value": {"amountGross": 6000000, "currency": "GBP"}"#)
        let value = OCDSTesting.tender(text)?.value
        #expect(value?.amount.value == 6_000_000)
        #expect(value?.includesVAT?.value == true)
        #expect(value?.grossAmount?.value == 6_000_000)
        #expect(value?.amount.origin?.path == "/tender/value/amountGross")
        #expect(value?.includesVAT?.origin?.path == "/tender/value/amountGross")
    }

    @Test("reads amountGross beside amount as the gross amount, without saying whether the amount includes VAT")
    func readsAmountGrossBesideAmount() {
        let value = readTender(#""value": {"amount": 5000000, "amountGross": 6000000, "currency": "GBP"}"#)?.value
        #expect(value?.amount.value == 5_000_000)
        #expect(value?.grossAmount?.value == 6_000_000)
        #expect(value?.includesVAT == nil)
    }

    @Test("reports an amount written as text, a value without a currency and a currency that is no code")
    func reportsUnreadableValues() {
        let result = OCDSTesting.adapt(OCDSTesting.release(tender: """
        "value": {"amount": "1,000,000", "currency": "GBP"},
            "lots": [{"id": "1", "value": {"amount": 5}}, {"id": "2", "value": {"amount": 5, "currency": "gbp"}}]
        """))
        #expect(result.diagnostics.map(\.message) == [
            "the tender value amount '1,000,000' is not a number",
            "this value has an amount but no currency, so it cannot be compared with the thresholds",
            "the currency 'gbp' is not an ISO 4217 code",
        ])
        #expect(result.diagnostics.map(\.severity) == [.error, .warning, .error])
        #expect(result.diagnostics.map(\.documentPath) == ["/tender/value/amount", "/tender/lots/0/value", "/tender/lots/1/value/currency"])
        #expect(result.diagnostics.map(\.location.start.line) == [6, 7, 7])
        #expect(result.tenders.first?.value == nil)
        #expect(result.tenders.first?.lots.map { $0.value == nil } == [true, true])
    }

    // MARK: Periods

    @Test("reads durationInMonths as the stated length, before the dates")
    func readsDurationInMonths() {
        let duration = readTender(#""contractPeriod": {"startDate": "2026-07-01T00:00:00Z", "endDate": "2031-06-30T23:59:59Z", "durationInMonths": 36}"#)?.duration
        #expect(duration?.statedMonths?.value == 36)
        #expect(duration?.statedMonths?.origin?.path == "/tender/contractPeriod/durationInMonths")
        #expect(duration?.months == 36)
        #expect(duration?.start?.value == CalendarDate(year: 2026, month: 7, day: 1))
        #expect(duration?.end?.value == CalendarDate(year: 2031, month: 6, day: 30))
    }

    @Test("works the months out from the start and end dates")
    func readsDates() {
        let duration = readTender(#""contractPeriod": {"startDate": "2026-07-01T00:00:00Z", "endDate": "2031-06-30T23:59:59Z", "durationInDays": 1826}"#)?.duration
        #expect(duration?.statedMonths == nil)
        #expect(duration?.months == 60)
    }

    @Test("converts durationInDays to months: 30-day months and 365-day years exactly, other days by the mean month", arguments: [
        ("720", "24"), ("1080", "36"), ("365", "12"), ("1095", "36"), ("100", "3.29"), ("45", "1.48"),
    ])
    func convertsDays(days: String, months: String) {
        let duration = readTender(#""contractPeriod": {"durationInDays": \#(days)}"#)?.duration
        #expect(duration?.months == decimal(months))
        #expect(duration?.statedMonths?.origin?.path == "/tender/contractPeriod/durationInDays")
    }

    @Test("gives per-annum values from a total and a duration in months")
    func givesPerAnnumValues() {
        let tender = readTender(#""value": {"amount": 31000000, "currency": "GBP"}, "contractPeriod": {"durationInMonths": 60}"#)
        let perAnnum = tender?.value?.perAnnum(over: tender?.duration)
        #expect(perAnnum?.amount == 6_200_000)
    }

    // MARK: Dates

    @Test("reads the tender period's start as the planned publication, and the release date as the start")
    func readsPublicationDates() {
        let tender = readTender(#""tenderPeriod": {"startDate": "2026-02-20T09:00:00Z", "endDate": "2026-03-30T12:00:00Z"}"#)
        #expect(tender?.plannedPublication?.value == CalendarDate(year: 2026, month: 2, day: 20))
        #expect(tender?.procurementStart?.value == CalendarDate(year: 2026, month: 3, day: 2))
        #expect(tender?.procurementStart?.origin?.path == "/date")
    }

    @Test("reports a date that is not an ISO 8601 date")
    func reportsABadDate() {
        let result = OCDSTesting.adapt(#"{"ocid": "ocds-1", "date": "29/03/2019", "tender": {"title": "x"}}"#)
        #expect(result.diagnostics.map(\.message) == ["the release date '29/03/2019' is not a date"])
        #expect(result.diagnostics.first?.rule == ModelRule.invalidValue)
        #expect(result.diagnostics.first?.location.start.column == 28)
        #expect(result.tenders.first?.procurementStart == nil)
        #expect(result.tenders.first?.plannedPublication == nil)
    }

    // MARK: Buyer and framework

    @Test("takes the buyer's name from the party whose id the buyer names, with its region")
    func readsTheBuyerParty() {
        let buyer = readTender(#""title": "x""#, release: """
        "parties": [
            {"id": "org-1", "name": "Other buyer", "roles": ["buyer"], "address": {"region": "Wales"}},
            {"id": "org-2", "name": "Camden NHS Trust", "roles": ["procuringEntity"], "address": {"region": "North Central London"}}
          ],
          "buyer": {"id": "org-2"}
        """)?.buyer
        #expect(buyer?.name?.value == "Camden NHS Trust")
        #expect(buyer?.region?.value == "North Central London")
        #expect(buyer?.sector == nil)
    }

    @Test("takes the buyer from the party with the buyer role when no buyer is named")
    func readsTheBuyerRole() {
        let buyer = readTender(#""title": "x""#, release: """
        "parties": [{"id": "s", "name": "Supplier", "roles": ["supplier"]}, {"id": "b", "name": "Council", "roles": ["buyer"]}]
        """)?.buyer
        #expect(buyer?.name?.value == "Council")
        #expect(buyer?.name?.origin?.path == "/parties/1/name")
        #expect(buyer?.region == nil)
    }

    @Test("reads hasFrameworkAgreement from the techniques extension")
    func readsFrameworks() {
        #expect(readTender(#""techniques": {"hasFrameworkAgreement": true}"#)?.isFramework?.value == true)
        #expect(readTender(#""techniques": {"hasFrameworkAgreement": false}"#)?.isFramework?.value == false)
        #expect(readTender(#""title": "x""#)?.isFramework == nil)
    }

    // MARK: Terms outside criteria

    @Test("recognises a Carbon Reduction Plan, a Net Zero Commitment and the Evergreen assessment in tender text")
    func recognisesNetZeroRequirements() throws {
        let tender = try #require(readTender("""
        "description": "Suppliers must provide a Carbon Reduction Plan (PPN 06/21).",
            "awardCriteriaDetails": "Quality 60%, price 30%, social value 10%.",
            "eligibilityCriteria": "A Net Zero Commitment and an Evergreen Sustainable Supplier Assessment are required."
        """))
        let plan = try #require(tender.netZero.carbonReductionPlan)
        #expect(plan.required.value)
        #expect(plan.required.origin?.path == "/tender/description")
        #expect(plan.recognition?.description == "its description contains 'carbon reduction plan'")
        #expect(tender.netZero.netZeroCommitment?.recognition?.description == "its eligibility criteria contains 'net zero commitment'")
        #expect(tender.netZero.evergreenAssessment?.recognition?.phrase == "evergreen sustainable supplier assessment")
        #expect(tender.netZero.recognitions.map(\.field) == ["description", "eligibility criteria"])
        #expect(tender.socialValue.recognitions.map(\.description) == ["its award criteria details contains 'social value'"])
        // Text outside the criteria never makes criteria.
        #expect(tender.lots.first?.evaluation.criteria.isEmpty == true)
    }

    @Test("recognises nothing in a tender that says nothing of social value or net zero")
    func recognisesNothing() {
        let tender = readTender(#""description": "Window cleaning for the town hall.""#)
        #expect(tender?.socialValue.recognitions.isEmpty == true)
        #expect(tender?.netZero.recognitions.isEmpty == true)
        #expect(tender?.netZero.carbonReductionPlan == nil)
        #expect(tender?.netZero.netZeroCommitment == nil)
        #expect(tender?.netZero.evergreenAssessment == nil)
    }
}
