import Foundation
import Testing
@testable import TenderLintKit

@Suite("eForms: groups of lots evaluated as one")
struct EFormsLotGroupTests {
    typealias T = EFormsTesting

    /// The notice-level distribution saying which lots a group gathers.
    static func distribution(_ group: String, lots: [String]) -> String {
        let references = lots.map { #"<cac:ProcurementProjectLotReference><cbc:ID schemeName="Lot">\#($0)</cbc:ID></cac:ProcurementProjectLotReference>"# }
        return """
            <cac:TenderingTerms><cac:LotDistribution><cac:LotsGroup>
            <cbc:LotsGroupID schemeName="LotsGroup">\(group)</cbc:LotsGroupID>
            \(references.joined(separator: "\n"))
            </cac:LotsGroup></cac:LotDistribution></cac:TenderingTerms>
            """
    }

    static let groupCriteria = [
        T.criterion(type: "price", name: "Price", code: "per-exa", number: "70"),
        T.criterion(type: "quality", name: "Social value", code: "per-exa", number: "30"),
    ]

    @Test("cn_24_maximal: lot group GLO-0001 is read after the two lots, with its own criteria, title and the lots it gathers",
          .enabled(if: Fixtures.eFormsSDKAvailable, Fixtures.eFormsSDKUnavailable))
    func sdkContractNotice() throws {
        let reading = try T.sdkExample("cn_24_maximal.xml")
        let lots = try reading.tender.lots
        #expect(lots.map(\.id?.value) == ["LOT-0001", "LOT-0002", "GLO-0001"])
        #expect(lots.map(\.kind) == [.lot, .lot, .group])
        let group = try #require(lots.last)
        #expect(group.label == "lot group GLO-0001")
        #expect(lots.first?.label == "lot LOT-0001")
        #expect(group.groupedLots.map(\.value) == ["LOT-0001", "LOT-0002"])
        #expect(group.groupedLots.first?.origin?.location.start == reading.position(of: "LOT-0001"))
        #expect(group.title?.value == "Title ---")
        // The SDK's own words: "name of AC ---" (cost, 60) and "Name of AC ---" (quality, 40).
        #expect(group.evaluation.criteria.map(\.name?.value) == ["name of AC ---", "Name of AC ---"])
        #expect(group.evaluation.criteria.map(\.publishedType?.value) == ["cost", "quality"])
        #expect(group.evaluation.criteria.map(\.weight?.value) == [.percentage(60), .percentage(40)])
        #expect(group.origin?.location.start == reading.position(of: "<cac:ProcurementProjectLot>"))
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics.map(\.message))")
    }

    @Test("can_24_maximal: the award notice's lot group is read with its criteria",
          .enabled(if: Fixtures.eFormsSDKAvailable, Fixtures.eFormsSDKUnavailable))
    func sdkAwardNotice() throws {
        let reading = try T.sdkExample("can_24_maximal.xml")
        let groups = try reading.tender.lots.filter { $0.kind == .group }
        #expect(groups.map(\.id?.value) == ["GLO-0001"])
        #expect(groups.first?.evaluation.criteria.isEmpty == false)
        #expect(groups.first?.groupedLots.isEmpty == false)
    }

    @Test("a group with criteria of its own is a unit: social value recognised in its criteria, the lots it gathers kept")
    func inlineGroup() throws {
        let text = T.notice(
            Self.distribution("GLO-0001", lots: ["LOT-0001", "LOT-0002"])
                + T.lot("LOT-0001") + T.lot("LOT-0002")
                + T.lot("GLO-0001", scheme: "LotsGroup", criteria: Self.groupCriteria)
        )
        let reading = try T.inline(text)
        let tender = try reading.tender
        let group = try #require(tender.lots.last)
        #expect(group.kind == .group)
        #expect(group.groupedLots.map(\.value) == ["LOT-0001", "LOT-0002"])
        #expect(group.evaluation.criteria.map(\.kind.value) == [.price, .socialValue])
        #expect(group.evaluation.share(of: [.socialValue])?.description == "30%")
        #expect(reading.diagnostics.isEmpty)
    }

    @Test("a group without criteria only gathers lots for a joint award and is not an evaluated unit")
    func groupWithoutCriteria() throws {
        let tender = try T.inline(T.notice(T.lot("LOT-0001") + T.lot("GLO-0001", scheme: "LotsGroup") + T.lot("LOT-0002"))).tender
        #expect(tender.lots.map(\.id?.value) == ["LOT-0001", "LOT-0002"])
    }

    @Test("warns of a group that lists no lots, and of a group gathering a lot the notice does not have")
    func groupMembersChecked() throws {
        let unlisted = try T.inline(T.notice(T.lot("LOT-0001") + T.lot("GLO-0001", scheme: "LotsGroup", criteria: Self.groupCriteria)))
        #expect(unlisted.diagnostics.map(\.message) == ["lot group GLO-0001 has award criteria but the notice does not say which lots it gathers"])
        #expect(unlisted.diagnostics.first?.severity == .warning)
        #expect(try unlisted.tender.lots.last?.groupedLots.isEmpty == true)

        let stray = try T.inline(T.notice(
            Self.distribution("GLO-0001", lots: ["LOT-0001", "LOT-0009"]) + T.lot("LOT-0001") + T.lot("LOT-0002")
                + T.lot("GLO-0001", scheme: "LotsGroup", criteria: Self.groupCriteria)
        ))
        #expect(stray.diagnostics.map(\.message) == ["lot group GLO-0001 gathers LOT-0009, which is not a lot of this notice"])
        #expect(stray.diagnostics.first?.location.start == stray.position(of: "LOT-0009"))
    }

    @Test("a single lot beside a group still takes the notice's value, and the group does not")
    func singleLotValue() throws {
        let value = #"<cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID="GBP">6000000</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>"#
        let tender = try T.inline(T.notice(
            "<cac:ProcurementProject><cbc:Name>Fleet</cbc:Name>\(value)</cac:ProcurementProject>"
                + Self.distribution("GLO-0001", lots: ["LOT-0001"])
                + T.lot("LOT-0001") + T.lot("GLO-0001", scheme: "LotsGroup", criteria: Self.groupCriteria)
        )).tender
        #expect(tender.lots.count == 2)
        #expect(tender.value(of: tender.lots[0])?.value.amount.value == 6_000_000)
        #expect(tender.value(of: tender.lots[1]) == nil)
    }
}
