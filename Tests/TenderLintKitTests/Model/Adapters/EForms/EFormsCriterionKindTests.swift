import Foundation
import Testing
@testable import TenderLintKit

@Suite("eForms: criterion kinds")
struct EFormsCriterionKindTests {
    typealias T = EFormsTesting

    func criteria(_ criteria: String...) throws -> (EFormsTesting.Reading, [Criterion]) {
        let reading = try T.inline(T.notice(T.lot(criteria: criteria)))
        return (reading, try reading.criteria)
    }

    @Test("reads price, cost and quality from the award criterion type")
    func typeCodes() throws {
        let (reading, criteria) = try criteria(
            T.criterion(type: "price", name: "Price"), T.criterion(type: "cost", name: "Whole-life cost"), T.criterion(type: "quality", name: "Approach")
        )
        #expect(reading.diagnostics.isEmpty)
        #expect(criteria.map(\.kind.value) == [.price, .cost, .quality])
        #expect(criteria[0].kind.origin?.location.start == reading.position(of: "price</cbc:AwardingCriterionTypeCode>"))
    }

    @Test("counts a quality criterion named \"Social value\" as social value, and says why")
    func socialValueName() throws {
        let (reading, criteria) = try criteria(T.criterion(name: "Social value", code: "per-exa", number: "10"))
        let criterion = try #require(criteria.first)
        #expect(criterion.kind.value == .socialValue)
        #expect(criterion.kindRecognition?.phrase == "social value")
        #expect(criterion.kindRecognition?.field == "name")
        #expect(criterion.kindRecognition?.description == "its name contains 'social value'")
        #expect(criterion.kindRecognition?.origin?.location.start == reading.position(of: "Social value</cbc:Name>"))
        #expect(criterion.kind.origin?.location.start == reading.position(of: "Social value</cbc:Name>"))
        #expect(criterion.effectiveShare == Share(exactly: 10))
    }

    @Test("counts a quality criterion about carbon as net zero")
    func netZeroName() throws {
        let (_, criteria) = try criteria(T.criterion(name: "Carbon reduction and climate", code: "per-exa", number: "5"))
        #expect(criteria.first?.kind.value == .netZero)
        #expect(criteria.first?.kindRecognition?.phrase == "carbon reduction")
    }

    @Test("counts a criterion about social value and net zero together once, as social value")
    func both() throws {
        let (_, criteria) = try criteria(T.criterion(name: "Net zero and social value", code: "per-exa", number: "10"))
        #expect(criteria.first?.kind.value == .socialValue)
    }

    @Test("recognises social value in the description when the name says nothing")
    func description() throws {
        let (reading, criteria) = try criteria(T.criterion(name: "Added value", description: "Community wealth building commitments"))
        #expect(criteria.first?.kind.value == .socialValue)
        #expect(criteria.first?.kindRecognition?.field == "description")
        #expect(criteria.first?.kindRecognition?.origin?.location.start == reading.position(of: "Community wealth"))
    }

    @Test("keeps price and cost criteria as they are, whatever their names say")
    func priceStaysPrice() throws {
        let (_, criteria) = try criteria(
            T.criterion(type: "price", name: "Price including social value"), T.criterion(type: "cost", name: "Carbon cost of the fleet")
        )
        #expect(criteria.map(\.kind.value) == [.price, .cost])
        #expect(criteria.allSatisfy { $0.kindRecognition == nil })
    }

    @Test("reports an unknown criterion type as TL005 and still recognises the criterion by its name")
    func unknownType() throws {
        let (reading, criteria) = try criteria(T.criterion(type: "qualiy", name: "Social value"), T.criterion(type: "qualiy", name: "Approach"))
        #expect(reading.diagnostics.map(\.message) == [
            "'qualiy' is not an eForms award criterion type", "'qualiy' is not an eForms award criterion type",
        ])
        #expect(reading.diagnostics.first?.location.start == reading.position(of: "qualiy"))
        #expect(criteria.map(\.kind.value) == [.socialValue, .other])
    }

    @Test("treats a criterion without a type code as other, and warns where the type is missing")
    func missingType() throws {
        let (reading, criteria) = try criteria(T.criterion(type: nil, name: "Approach"))
        #expect(reading.diagnostics.map(\.severity) == [.warning])
        #expect(reading.diagnostics.first?.ruleID == "TL005")
        #expect(reading.diagnostics.first?.location.start == reading.position(of: "<cac:SubordinateAwardingCriterion>"))
        #expect(criteria.first?.kind.value == .other)
        #expect(criteria.first?.publishedType == nil)
    }
}
