import Foundation
import Testing
@testable import TenderLintKit

@Suite("eForms: criteria written out of place or without a type")
struct EFormsCriteriaTests {
    typealias T = EFormsTesting

    /// A lot whose awarding criterion holds `content` directly.
    static func notice(awarding content: String) -> String {
        T.notice("""
            <cac:ProcurementProjectLot>
            <cbc:ID schemeName="Lot">LOT-0001</cbc:ID>
            <cac:TenderingTerms><cac:AwardingTerms><cac:AwardingCriterion>
            \(content)
            </cac:AwardingCriterion></cac:AwardingTerms></cac:TenderingTerms>
            </cac:ProcurementProjectLot>
            """)
    }

    static let weightExtension = """
        <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>
        <efac:AwardCriterionParameter><efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode>
        <efbc:ParameterNumeric>100</efbc:ParameterNumeric></efac:AwardCriterionParameter>
        </efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>
        """

    @Test("reads a criterion written directly on cac:AwardingCriterion, with a warning at its type saying where it belongs")
    func misplacedCriterion() throws {
        let reading = try T.inline(Self.notice(awarding: """
            \(Self.weightExtension)
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">cost</cbc:AwardingCriterionTypeCode>
            <cbc:Name languageID="ENG">Social value</cbc:Name>
            <cbc:Description languageID="ENG">Local apprenticeships</cbc:Description>
            """))
        let criterion = try #require(try reading.criteria.first)
        #expect(try reading.criteria.count == 1)
        #expect(criterion.kind.value == .socialValue)
        #expect(criterion.publishedType?.value == "cost")
        #expect(criterion.publishedType?.origin?.location.start == reading.position(of: "cost"))
        #expect(criterion.weight?.value == .percentage(100))
        #expect(criterion.description?.value == "Local apprenticeships")
        let warning = try #require(reading.diagnostics.first)
        #expect(reading.diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.ruleID == "TL005")
        #expect(warning.message.contains("belong in a cac:SubordinateAwardingCriterion"))
        #expect(warning.location.start == reading.position(of: "<cbc:AwardingCriterionTypeCode"))
    }

    @Test("can_25_ITA: the SDK's own price criterion, written on cac:AwardingCriterion, is read as price 100% with a warning at its type",
          .enabled(if: Fixtures.eFormsSDKAvailable, Fixtures.eFormsSDKUnavailable))
    func sdkMisplacedCriterion() throws {
        let reading = try T.sdkExample("can_25_ITA.xml")
        let criterion = try #require(try reading.criteria.first)
        #expect(try reading.criteria.count == 1)
        #expect(criterion.name?.value == "Price")
        #expect(criterion.kind.value == .price)
        #expect(criterion.publishedType?.value == "price")
        #expect(criterion.weight?.value == .percentage(100))
        let warnings = reading.diagnostics.filter { $0.message.contains("written directly on cac:AwardingCriterion") }
        #expect(warnings.map(\.location.start.line) == [331])
        #expect(warnings.first?.severity == .warning)
    }

    @Test("a criterion named directly on cac:AwardingCriterion, without a type, is read as other with both warnings")
    func misplacedNameOnly() throws {
        let reading = try T.inline(Self.notice(awarding: #"<cbc:Name languageID="ENG">Delivery plan</cbc:Name>"#))
        #expect(try reading.criteria.map(\.name?.value) == ["Delivery plan"])
        #expect(try reading.criteria.first?.kind.value == .other)
        #expect(try reading.criteria.first?.publishedType == nil)
        #expect(reading.diagnostics.map(\.severity) == [.warning, .warning])
        #expect(reading.diagnostics.map { $0.location.start } == [reading.position(of: "<cbc:Name"), reading.position(of: "<cac:AwardingCriterion>")])
    }

    @Test("beside subordinate criteria, a type written on cac:AwardingCriterion is not read, so no weight counts twice")
    func misplacedBesideSubordinates() throws {
        let reading = try T.inline(Self.notice(awarding: """
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">quality</cbc:AwardingCriterionTypeCode>
            \(T.criterion(type: "price", name: "Price", code: "per-exa", number: "100"))
            """))
        #expect(try reading.criteria.map(\.kind.value) == [.price])
        #expect(reading.diagnostics.map(\.message) == [
            "a criterion's type, name or weight written directly on cac:AwardingCriterion, beside its cac:SubordinateAwardingCriterion elements, is not read",
        ])
        #expect(reading.diagnostics.first?.location.start == reading.position(of: "<cbc:AwardingCriterionTypeCode"))
    }

    @Test("an awarding criterion with only its order justification holds no criterion of its own")
    func justificationOnly() throws {
        let reading = try T.inline(Self.notice(awarding: """
            <cbc:Description languageID="ENG">Criteria in descending order of importance</cbc:Description>
            \(T.criterion(type: "quality", name: "Approach"))
            """))
        #expect(try reading.criteria.map(\.name?.value) == ["Approach"])
        #expect(reading.diagnostics.isEmpty)
    }

    @Test("an empty type is a warning at the empty element; the criterion is other unless its name says otherwise")
    func emptyType() throws {
        let reading = try T.inline(T.notice(T.lot(criteria: [
            T.criterion(type: "", name: "Approach"), T.criterion(type: " ", name: "Net zero plan"),
        ])))
        let criteria = try reading.criteria
        #expect(criteria.map(\.kind.value) == [.other, .netZero])
        #expect(criteria.map(\.publishedType) .allSatisfy { $0 == nil })
        #expect(reading.diagnostics.map(\.severity) == [.warning, .warning])
        #expect(reading.diagnostics.allSatisfy { $0.message.contains("type (BT-539) is empty") })
        #expect(reading.diagnostics.first?.location.start == reading.position(of: "<cbc:AwardingCriterionTypeCode"))
    }

    @Test("inspect shows the published type beside the recognised kind, for a misplaced criterion and a group's, and none where the type is missing")
    func inspectShowsPublishedType() throws {
        let reading = try T.inline(T.notice(
            T.lot("LOT-0001", criteria: [T.criterion(type: nil, name: "Social value", code: "per-exa", number: "100")])
                + T.lot("GLO-0001", scheme: "LotsGroup", criteria: [T.criterion(type: "cost", name: "Carbon", code: "per-exa", number: "100")])
                + EFormsLotGroupTests.distribution("GLO-0001", lots: ["LOT-0001"])
        ))
        let text = TenderInspector().text([try reading.tender], path: "notice.xml")
        #expect(text.contains("lot group GLO-0001 — Lot GLO-0001 (gathers LOT-0001)"))
        #expect(text.contains("criterion Carbon: [net-zero] 100% → 100% of the total (net-zero because its name contains 'carbon') (published as type 'cost')"))
        #expect(text.contains("criterion Social value: [social-value] 100% → 100% of the total (social-value because its name contains 'social value')  ("))
        let json = TenderInspector().json([try reading.tender], path: "notice.xml")
        #expect(json.contains(#""kind": "group""#))
        #expect(json.contains(#""publishedType": {"#))
    }
}
