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

    @Test("counts the days from the start and end dates, before durationInDays")
    func readsDates() {
        let duration = readTender(#""contractPeriod": {"startDate": "2026-07-01T00:00:00Z", "endDate": "2031-06-30T23:59:59Z", "durationInDays": 1}"#)?.duration
        #expect(duration?.stated == nil)
        #expect(duration?.months == 60)
        #expect(duration?.length?.days == 1826)
        #expect(duration?.length?.words == "1,826 days (1 July 2026 to 30 June 2031)")
    }

    @Test("keeps durationInDays in days, as stated, with where it was read", arguments: ["720", "1080", "365", "45"])
    func keepsDays(days: String) {
        let duration = readTender(#""contractPeriod": {"durationInDays": \#(days)}"#)?.duration
        #expect(duration?.stated?.value == StatedLength(decimal(days), .day))
        #expect(duration?.stated?.origin?.path == "/tender/contractPeriod/durationInDays")
        #expect(duration?.statedMonths == nil)
        #expect(duration?.length?.days == decimal(days))
    }

    @Test("reports a period that ends before it starts, and works out no value a year from it")
    func reportsEndBeforeStart() {
        let result = OCDSTesting.adapt(OCDSTesting.release(tender: #"""
        "value": {"amount": 80000, "currency": "GBP"}, "contractPeriod": {"startDate": "2025-04-01T00:00:00Z", "endDate": "2025-03-31T00:00:00Z"}
        """#))
        #expect(result.diagnostics.map(\.message) == ["the contract period ends (31 March 2025) before it starts (1 April 2025)"])
        #expect(result.diagnostics.map(\.severity) == [.error])
        #expect(result.diagnostics.map(\.documentPath) == ["/tender/contractPeriod/endDate"])
        let tender = result.tenders.first
        #expect(tender?.duration?.length == nil)
        #expect(tender?.value?.perAnnum(over: tender?.duration) == nil)
    }

    @Test("reports lengths no contract has, and works out no value a year from them", arguments: [
        ("0", "the contract period duration in days 0 must be more than 0 days"),
        ("-1", "the contract period duration in days -1 must be more than 0 days"),
        ("1e30", "the contract period duration in days 1e30 is more than 1,000 years, longer than any contract"),
        ("\"P-1D\"", "the contract period duration in days 'P-1D' is not a number"),
    ])
    func reportsImpossibleLengths(days: String, message: String) {
        let result = OCDSTesting.adapt(OCDSTesting.release(tender: #"""
        "value": {"amount": 80000, "currency": "GBP"}, "contractPeriod": {"durationInDays": \#(days)}, "lots": [{"id": "1"}]
        """#))
        #expect(result.diagnostics.map(\.message) == [message])
        #expect(result.diagnostics.map(\.documentPath) == ["/tender/contractPeriod/durationInDays"])
        let tender = result.tenders.first
        #expect(tender?.value?.perAnnum(over: tender?.duration) == nil)
    }

    @Test("notes the renewal and options a lot provides for, in its words")
    func readsRenewalAndOptions() {
        let tender = readTender(#"""
        "lots": [{"id": "1", "value": {"amount": 9500000, "currency": "GBP"}, "contractPeriod": {"durationInDays": 1080},
          "hasRenewal": true, "renewal": {"description": "Contract on 3+1+1 basis"}, "hasOptions": false, "options": {"description": "none"}}]
        """#)
        let lot = tender?.lots.first
        #expect(lot?.duration?.extensions.map(\.kind) == [.renewal])
        #expect(lot?.duration?.extensions.first?.description?.value == "Contract on 3+1+1 basis")
        let perAnnum = lot?.value?.perAnnum(over: lot?.duration)
        #expect(perAnnum?.explanation == "£9,500,000 over 1,080 days is £3,210,648.15 a year (× 365 ÷ 1,080)")
        #expect(perAnnum?.notes == ["the tender also provides for renewal ('Contract on 3+1+1 basis'): the value may cover it, and the period above does not include it"])
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

@Suite("OCDS terms in selection criteria, other requirements, renewal and options; frameworks")
struct OCDSTermsAndFrameworkTests {
    private func readTender(_ members: String) -> Tender? {
        OCDSTesting.tender(OCDSTesting.release(tender: members))
    }

    @Test("counts a Carbon Reduction Plan asked for in the selection criteria, naming the field")
    func planInSelectionCriteria() throws {
        let tender = try #require(readTender(#"""
        "selectionCriteria": {"criteria": [{"type": "technical", "description": "Bidders must provide a Carbon Reduction Plan in line with PPN 06/21"}]}
        """#))
        let plan = try #require(tender.netZero.carbonReductionPlan)
        #expect(plan.required.value == true)
        #expect(plan.recognition?.description == "its selection criteria contains 'carbon reduction plan'")
        #expect(plan.origin?.path == "/tender/selectionCriteria/criteria/0/description")
    }

    @Test("reads the minimum of a selection criterion, as Public Contracts Scotland writes it")
    func commitmentInMinimum() throws {
        let tender = try #require(readTender(#"""
        "selectionCriteria": {"criteria": [{"type": "economic", "minimum": "Bidders must publish a Net Zero Commitment."}]}
        """#))
        #expect(tender.netZero.netZeroCommitment?.recognition?.description == "its selection criteria contains 'net zero commitment'")
    }

    @Test("searches other requirements' words and leaves its codes alone")
    func otherRequirements() throws {
        let tender = try #require(readTender(#"""
        "otherRequirements": {"requiresStaffNamesAndQualifications": true, "reservedParticipation": ["shelteredWorkshop"],
          "qualificationSystemConditions": ["Suppliers must hold a current Carbon Reduction Plan"]}
        """#))
        #expect(tender.netZero.carbonReductionPlan?.recognition?.description == "its other requirements contains 'carbon reduction plan'")
        #expect(tender.netZero.carbonReductionPlan?.origin?.path == "/tender/otherRequirements/qualificationSystemConditions/0")
        #expect(readTender(#""otherRequirements": {"reservedParticipation": ["carbon"]}"#)?.netZero.recognitions.isEmpty == true)
    }

    @Test("searches the tender's renewal and options descriptions")
    func renewalAndOptions() throws {
        let tender = try #require(readTender(#"""
        "renewal": {"description": "Renewal subject to the supplier's decarbonisation progress"},
        "options": {"description": "Option to add electric vehicle charging"}
        """#))
        #expect(tender.netZero.recognitions.map(\.description) == [
            "its renewal contains 'decarbonisation'", "its options contains 'electric vehicle'",
        ])
    }

    @Test("gives a lot whose own texts ask for a plan its own terms, and leaves the other lots the tender's")
    func lotOwnTerms() throws {
        let tender = try #require(readTender(#"""
        "selectionCriteria": {"criteria": [{"description": "Bidders must hold Cyber Essentials"}]},
        "lots": [
          {"id": "1", "selectionCriteria": {"criteria": [{"description": "A Carbon Reduction Plan is required"}]}},
          {"id": "2", "renewal": {"description": "Two further years"}},
          {"id": "3", "options": {"description": "Net zero commitment to be published"}}
        ]
        """#))
        #expect(tender.netZero.carbonReductionPlan == nil)
        #expect(tender.lots[0].netZero?.carbonReductionPlan?.recognition?.description == "its lot selection criteria contains 'carbon reduction plan'")
        #expect(tender.lots[1].netZero == nil)
        #expect(tender.netZero(of: tender.lots[1]).carbonReductionPlan == nil)
        #expect(tender.lots[2].netZero?.netZeroCommitment?.recognition?.description == "its lot options contains 'net zero commitment'")
    }

    @Test("keeps the tender's terms in a lot that adds its own")
    func lotKeepsTenderTerms() throws {
        let tender = try #require(readTender(#"""
        "description": "Suppliers must provide a Carbon Reduction Plan",
        "lots": [{"id": "1", "description": "Low emission vehicles"}]
        """#))
        let own = try #require(tender.lots[0].netZero)
        #expect(own.carbonReductionPlan?.recognition?.field == "description")
        #expect(own.recognitions.map(\.description).contains("its lot description contains 'low emission'"))
    }

    @Test("takes hasFrameworkAgreement first, and says so")
    func frameworkFromTechniques() throws {
        let tender = try #require(readTender(#""title": "Framework for nothing", "techniques": {"hasFrameworkAgreement": false}"#))
        #expect(tender.isFramework?.value == false)
        #expect(tender.isFramework?.origin?.path == "/tender/techniques/hasFrameworkAgreement")
        #expect(tender.frameworkEvidence?.description == "a framework, by its techniques.hasFrameworkAgreement")
    }

    @Test("recognises a framework by a word of its title where no field says", arguments: [
        ("Digital Advertising Framework", true), ("Peatland Survey Framework 2025", true), ("Frameworks for Repairs", true),
        ("Swimming Pool Maintenance", false), ("Frameworkless design", false),
    ])
    func frameworkFromTitle(title: String, isFramework: Bool) throws {
        let tender = try #require(readTender(#""title": "\#(title)""#))
        #expect((tender.isFramework?.value == true) == isFramework)
        if isFramework {
            #expect(tender.frameworkEvidence?.description == "a framework, by its title '\(title)'")
            #expect(tender.isFramework?.origin?.path == "/tender/title")
        }
    }

    @Test("recognises a framework agreement in the description")
    func frameworkFromDescription() throws {
        let tender = try #require(readTender(#""title": "Security", "description": "This Framework\nAgreement will run for 4 years""#))
        #expect(tender.isFramework?.value == true)
        #expect(tender.frameworkEvidence?.field == "description")
        #expect(tender.frameworkEvidence?.description == "a framework, by its description 'This Framework Agreement will run for 4 years'")
    }
}
