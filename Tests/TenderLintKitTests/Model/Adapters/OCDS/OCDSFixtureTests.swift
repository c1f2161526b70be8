import Foundation
import Testing
import TenderLintKit

/// The real OCDS documents in shared/fixtures/real, read exactly as published. Expected lines were
/// read off the files themselves.
@Suite("Real OCDS documents", .enabled(if: Fixtures.available, Fixtures.unavailable))
struct OCDSFixtureTests {
    private func adapt(_ name: String) throws -> AdapterResult {
        let read = JSONReader().read(try Fixtures.real(name))
        #expect(read.diagnostics.isEmpty)
        let tree = try #require(read.documents.first)
        #expect(OCDSAdapter().recognises(tree))
        return OCDSAdapter().tenders(in: tree, vocabulary: .english)
    }

    private func line<Value>(_ value: Located<Value>?) -> Int? { OCDSTesting.line(value) }
    private func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? { CalendarDate(year: year, month: month, day: day) }

    // MARK: Open Contracting sample data

    @Test("reads the fictional release package as one tender with one implicit lot and no criteria")
    func readsTheFictionalReleasePackage() throws {
        let result = try adapt("ocds-sample-data_fictional-1.1_tender-release-package.json")
        #expect(result.diagnostics.isEmpty)
        #expect(result.tenders.count == 1)
        let tender = try #require(result.tenders.first)
        #expect(tender.format == .ocds)
        #expect(tender.id?.value == "ocds-213czf-000-00001")
        #expect(line(tender.id) == 15)
        #expect(tender.title?.value == "Planned cycle lane improvements")
        #expect(line(tender.title) == 58)
        #expect(tender.buyer.name?.value == "London Borough of Barnet")
        #expect(line(tender.buyer.name) == 54)
        #expect(tender.buyer.region?.value == "London")
        #expect(line(tender.buyer.region) == 39)
        #expect(tender.buyer.sector == nil)
        #expect(tender.plannedPublication?.value == date(2010, 3, 1))
        #expect(line(tender.plannedPublication) == 80)
        #expect(tender.procurementStart?.value == date(2010, 3, 15))
        #expect(line(tender.procurementStart) == 18)
        #expect(tender.isFramework == nil)

        #expect(tender.value?.amount.value == 1_100_000)
        #expect(tender.value?.currency.value == "GBP")
        #expect(line(tender.value?.amount) == 67)
        #expect(line(tender.value?.currency) == 68)
        #expect(tender.value?.basis.value == .total)
        #expect(tender.value?.includesVAT == nil)
        #expect(tender.value?.grossAmount == nil)
        #expect(tender.duration?.start?.value == date(2010, 7, 1))
        #expect(tender.duration?.end?.value == date(2011, 6, 30))
        #expect(line(tender.duration?.start) == 94)
        #expect(line(tender.duration?.end) == 95)
        #expect(tender.duration?.months == 12)

        #expect(tender.lots.count == 1)
        let lot = try #require(tender.lots.first)
        #expect(lot.isImplicit)
        #expect(lot.label == "the tender")
        #expect(lot.evaluation.criteria.isEmpty)
        #expect(lot.evaluation.methodology == nil)
        // Core OCDS "awardCriteria": "bestProposal" is where the evaluation is stated.
        #expect(lot.evaluation.origin?.location.start.line == 73)
        #expect(tender.value(of: lot)?.value.amount.value == 1_100_000)
        #expect(tender.socialValue.recognitions.isEmpty)
        #expect(tender.netZero.recognitions.isEmpty)
        #expect(tender.netZero.carbonReductionPlan == nil)
    }

    @Test("reads the fictional record package from its compiled release, dated by its tender release")
    func readsTheFictionalRecordPackage() throws {
        let result = try adapt("ocds-sample-data_fictional-1.1_record-package.json")
        #expect(result.diagnostics.isEmpty)
        #expect(result.tenders.count == 1)
        let tender = try #require(result.tenders.first)
        #expect(tender.origin?.path == "/records/0/compiledRelease")
        #expect(tender.id?.value == "ocds-213czf-000-00001")
        #expect(line(tender.id) == 69)
        #expect(tender.title?.value == "Planned cycle lane improvements")
        #expect(line(tender.title) == 214)
        #expect(tender.buyer.name?.value == "London Borough of Barnet")
        #expect(line(tender.buyer.name) == 155)
        #expect(tender.buyer.region?.value == "London")
        #expect(line(tender.buyer.region) == 88)
        #expect(tender.plannedPublication?.value == date(2010, 3, 1))
        #expect(line(tender.plannedPublication) == 232)
        // Not the compiled release's date (2011-01-10, its latest release): the release tagged "tender".
        #expect(tender.procurementStart?.value == date(2010, 3, 15))
        #expect(line(tender.procurementStart) == 29)
        #expect(tender.value?.amount.value == 1_100_000)
        #expect(tender.value?.currency.value == "GBP")
        #expect(line(tender.value?.amount) == 223)
        #expect(tender.duration?.months == 12)
        #expect(line(tender.duration?.start) == 242)
        #expect(line(tender.duration?.end) == 243)
        #expect(tender.lots.count == 1)
        #expect(tender.lots.first?.isImplicit == true)
        #expect(tender.lots.first?.evaluation.criteria.isEmpty == true)
        #expect(tender.lots.first?.evaluation.origin?.location.start.line == 229)
    }

    // MARK: Public Contracts Scotland

    @Test("reads the Public Contracts Scotland release: two lots weighted 30% quality and 70% price as text")
    func readsPublicContractsScotland() throws {
        let result = try adapt("pcs_ocds-r6ebe6-0000569951_release.json")
        #expect(result.diagnostics.isEmpty)
        #expect(result.tenders.count == 1)
        let tender = try #require(result.tenders.first)
        #expect(tender.id?.value == "ocds-r6ebe6-0000569951")
        #expect(line(tender.id) == 2)
        #expect(tender.title?.value == "Design & Build Housing Development 2 Sites Across Renfrewshire with the Option of a 3rd")
        #expect(line(tender.title) == 54)
        #expect(tender.buyer.name?.value == "Williamsburgh Housing Association Ltd")
        #expect(line(tender.buyer.name) == 49)
        #expect(tender.buyer.region?.value == "UKM83")
        #expect(line(tender.buyer.region) == 18)
        #expect(tender.buyer.sector == nil)
        // No tender period start: the release date stands for both.
        #expect(tender.plannedPublication?.value == date(2019, 3, 29))
        #expect(tender.procurementStart?.value == date(2019, 3, 29))
        #expect(line(tender.plannedPublication) == 3)
        #expect(tender.value?.amount.value == 9_500_000)
        #expect(tender.value?.currency.value == "GBP")
        #expect(line(tender.value?.amount) == 90)
        #expect(tender.duration == nil)

        #expect(tender.lots.map { $0.id?.value } == ["1", "2"])
        #expect(tender.lots.map { line($0.id) } == [211, 249])
        #expect(tender.lots.map { $0.title?.value } == [
            "Design and Build for affrodable housing at Albert Road, Renfrew",
            "Design and Build for affrodable housing at North Road, Johnstone",
        ])
        #expect(tender.lots.map { $0.value?.amount.value } == [9_500_000, 4_000_000])
        #expect(tender.lots.map { line($0.value?.amount) } == [216, 254])
        #expect(tender.lots.map { $0.value?.currency.value } == ["GBP", "GBP"])
        // 720 days, as Public Contracts Scotland writes 24 months: kept in days.
        #expect(tender.lots.map { $0.duration?.stated?.value } == [StatedLength(720, .day), StatedLength(720, .day)])
        #expect(tender.lots.map { line($0.duration?.stated) } == [244, 282])
        #expect(tender.lots.map { $0.evaluation.origin?.location.start.line } == [219, 257])

        for lot in tender.lots {
            let criteria = lot.evaluation.criteria
            #expect(criteria.map { $0.name?.value } == ["Quality Questionnaire including drawings", nil])
            #expect(criteria.map(\.kind.value) == [.quality, .price])
            #expect(criteria.allSatisfy { $0.kindRecognition == nil })
            #expect(criteria.map { $0.weight?.value } == [.percentage(30), .percentage(70)])
            #expect(criteria.map(\.effectiveShare) == [Share(exactly: 30), Share(exactly: 70)])
            #expect(lot.evaluation.methodology == nil)
        }
        // Lot 1 writes "30%" and "70%"; lot 2 writes "30%" and a bare "70", a percentage beside its sibling.
        #expect(tender.lots[0].evaluation.criteria.map { line($0.weight) } == [224, 228])
        #expect(tender.lots[1].evaluation.criteria.map { line($0.weight) } == [262, 266])
        #expect(tender.lots[0].evaluation.criteria.map { line($0.kind) } == [222, 227])
        #expect(tender.lots[0].evaluation.criteria.first?.weight?.origin?.path == "/tender/lots/0/awardCriteria/criteria/0/description")

        // Community benefits are in the release's description, not in the criteria.
        #expect(tender.socialValue.recognitions.map(\.description) == ["its release description contains 'community benefit'"])
        #expect(tender.socialValue.recognitions.map { $0.origin?.location.start.line } == [315])
        #expect(tender.netZero.recognitions.isEmpty)
        #expect(tender.netZero.carbonReductionPlan == nil)
    }

    // MARK: Sell2Wales

    @Test("reads the Sell2Wales release: one lot weighted 40 technical and 60 commercial, and its social value wording")
    func readsSell2Wales() throws {
        let result = try adapt("sell2wales_ocds-kuma6s-148381_release.json")
        // NHS Wales Shared Services is classed both a local authority and a body governed by public law: a warning,
        // and the name and COFOG 07 make it an NHS body; the publisher puts it in Wales.
        #expect(result.diagnostics.map(\.rule) == [ApplicabilityRule.conflictingSignals])
        #expect(result.tenders.first?.applicability.buyerKind.value == .nhsBody)
        #expect(result.tenders.first?.applicability.jurisdiction.value == .wales)
        #expect(result.tenders.count == 1)
        let tender = try #require(result.tenders.first)
        // The ocid names the contracting process; the release id only this release of it.
        #expect(tender.id?.value == "ocds-kuma6s-148381")
        #expect(line(tender.id) == 3)
        #expect(tender.title?.value == "CRI Security Services")
        #expect(line(tender.title) == 76)
        #expect(tender.buyer.name?.value == "NHS Wales Shared Services Partnership-Procurement Services (hosted by Velindre University NHS Trust)")
        #expect(line(tender.buyer.name) == 71)
        // An NHS name, but OCDS states no sector: a configuration decides, not the adapter.
        #expect(tender.buyer.sector == nil)
        #expect(tender.buyer.region?.value == "UK")
        #expect(tender.plannedPublication?.value == date(2025, 2, 21))
        #expect(tender.procurementStart?.value == date(2025, 2, 21))
        #expect(line(tender.procurementStart) == 4)
        #expect(tender.value == nil)
        #expect(tender.isFramework == nil)

        #expect(tender.lots.count == 1)
        let lot = try #require(tender.lots.first)
        #expect(!lot.isImplicit)
        #expect(lot.id?.value == "1")
        #expect(line(lot.id) == 129)
        #expect(lot.title == nil)
        #expect(lot.value == nil)
        #expect(tender.value(of: lot) == nil)
        // 1080 days: the "36 month initial contract period" of its renewal description.
        #expect(lot.duration?.stated?.value == StatedLength(1080, .day))
        #expect(line(lot.duration?.stated) == 151)

        let criteria = lot.evaluation.criteria
        #expect(criteria.map { $0.name?.value } == ["Technical", "Commercial"])
        #expect(criteria.map(\.kind.value) == [.quality, .cost])
        #expect(criteria.map { $0.weight?.value } == [.percentage(40), .percentage(60)])
        #expect(criteria.map { line($0.weight) } == [137, 142])
        #expect(criteria.map { $0.weight?.origin?.location.start.column } == [30, 30])
        #expect(criteria.map(\.effectiveShare) == [Share(exactly: 40), Share(exactly: 60)])
        #expect(lot.evaluation.share(of: [.socialValue, .netZero]) == Share(exactly: 0))

        // "Social Value:" and "Decarbonisation" in the release's description.
        #expect(tender.socialValue.recognitions.map(\.description) == ["its release description contains 'social value'"])
        #expect(tender.socialValue.recognitions.map { $0.origin?.location.start.line } == [189])
        // Sell2Wales turned the line breaks into "rn", so the word is quoted as the text has it: a reader can find it.
        #expect(tender.netZero.recognitions.map(\.phrase) == ["decarbonisationrn"])
        #expect(tender.netZero.recognitions.map(\.strength) == [.strong])
        #expect(tender.netZero.recognitions.map(\.field) == ["release description"])
        #expect(tender.netZero.recognitions.map { $0.origin?.location.start.line } == [189])
        #expect(tender.netZero.carbonReductionPlan == nil)
        #expect(tender.netZero.netZeroCommitment == nil)
    }
}
