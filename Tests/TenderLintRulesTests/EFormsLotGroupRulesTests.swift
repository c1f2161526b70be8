import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// eForms groups of lots (BT-330) carry criteria of their own: the per-lot rules judge them and name them.
@Suite("eForms lot groups under the per-lot rules")
struct EFormsLotGroupRulesTests {
    /// A notice with two lots weighted properly and a group of them whose criteria are given.
    static func notice(groupCriteria: String) -> String {
        let lotCriteria = criteria([("price", "Price", "60"), ("quality", "Quality", "30"), ("quality", "Social value", "10")])
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" \
            xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" \
            xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" \
            xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2" \
            xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1" \
            xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1" \
            xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1">
            <cbc:ContractFolderID>F-1</cbc:ContractFolderID>
            <cbc:IssueDate>2026-03-02+01:00</cbc:IssueDate>
            <cbc:NoticeLanguageCode>ENG</cbc:NoticeLanguageCode>
            <cac:TenderingTerms><cac:LotDistribution><cac:LotsGroup>
            <cbc:LotsGroupID schemeName="LotsGroup">GLO-0001</cbc:LotsGroupID>
            <cac:ProcurementProjectLotReference><cbc:ID schemeName="Lot">LOT-0001</cbc:ID></cac:ProcurementProjectLotReference>
            <cac:ProcurementProjectLotReference><cbc:ID schemeName="Lot">LOT-0002</cbc:ID></cac:ProcurementProjectLotReference>
            </cac:LotsGroup></cac:LotDistribution></cac:TenderingTerms>
            <cac:ProcurementProjectLot><cbc:ID schemeName="Lot">LOT-0001</cbc:ID>
            <cac:TenderingTerms><cac:AwardingTerms><cac:AwardingCriterion>\(lotCriteria)</cac:AwardingCriterion></cac:AwardingTerms></cac:TenderingTerms>
            </cac:ProcurementProjectLot>
            <cac:ProcurementProjectLot><cbc:ID schemeName="Lot">LOT-0002</cbc:ID>
            <cac:TenderingTerms><cac:AwardingTerms><cac:AwardingCriterion>\(lotCriteria)</cac:AwardingCriterion></cac:AwardingTerms></cac:TenderingTerms>
            </cac:ProcurementProjectLot>
            <cac:ProcurementProjectLot><cbc:ID schemeName="LotsGroup">GLO-0001</cbc:ID>
            <cac:TenderingTerms><cac:AwardingTerms><cac:AwardingCriterion>\(groupCriteria)</cac:AwardingCriterion></cac:AwardingTerms></cac:TenderingTerms>
            </cac:ProcurementProjectLot>
            </ContractNotice>
            """
    }

    /// The 1-based line of the group's own element, where findings about it belong at or after.
    static func groupLine(in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains(#"schemeName="LotsGroup">GLO-0001</cbc:ID>"#) } ?? 0) + 1
    }

    static func criteria(_ list: [(String, String, String)]) -> String {
        list.map { type, name, weight in
            """
            <cac:SubordinateAwardingCriterion>
            <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension><efac:AwardCriterionParameter>
            <efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode><efbc:ParameterNumeric>\(weight)</efbc:ParameterNumeric>
            </efac:AwardCriterionParameter></efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">\(type)</cbc:AwardingCriterionTypeCode>
            <cbc:Name languageID="ENG">\(name)</cbc:Name>
            </cac:SubordinateAwardingCriterion>
            """
        }.joined(separator: "\n")
    }

    @Test("a group whose weights add up to 90 is reported by EV001, naming the group")
    func weightsOfAGroup() throws {
        let text = Self.notice(groupCriteria: Self.criteria([("price", "Price", "60"), ("quality", "Social value", "30")]))
        let found = RuleRun.text(text, path: "notice.xml").filter { $0.ruleID == "EV001" }
        #expect(found.map(\.message) == ["the weights in lot group GLO-0001 add up to 90%, not 100%"])
        #expect((found.first?.location.start.line ?? 0) >= Self.groupLine(in: text))
    }

    @Test("an NHS England group giving social value 5% is reported by SV001 in the group's name; its lots, at 10%, are not")
    func socialValueOfAGroup() throws {
        let text = Self.notice(groupCriteria: Self.criteria([("price", "Price", "60"), ("quality", "Quality", "35"), ("quality", "Social value", "5")]))
        let found = RuleRun.text(text, path: "notice.xml", profile: .nhsEngland, asOf: "2026-06-01").filter { $0.ruleID == "SV001" }
        #expect(found.count == 1)
        #expect(found.first?.message.contains("in lot group GLO-0001") == true, "\(found.map(\.message))")
        #expect((found.first?.location.start.line ?? 0) >= Self.groupLine(in: text))
    }
}
