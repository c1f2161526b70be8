import Foundation
import Testing
@testable import TenderLintKit

@Suite("eForms: award criterion weights")
struct EFormsWeightTests {
    typealias T = EFormsTesting

    func readCriteria(_ criteria: [String]) throws -> EFormsTesting.Reading {
        try T.inline(T.notice(T.lot(criteria: criteria)))
    }

    static let codes: [(code: String, number: String, weight: Weight)] = [
        ("per-exa", "40", .percentage(40)),
        ("per-mid", "12.5", .percentage(Decimal(string: "12.5")!)),
        ("dec-exa", "0.4", .fraction(Decimal(string: "0.4")!)),
        ("dec-mid", "0.25", .fraction(Decimal(string: "0.25")!)),
        ("poi-exa", "30", .points(30)),
        ("poi-mid", "7.5", .points(Decimal(string: "7.5")!)),
        ("ord-imp", "2", .order(2)),
    ]

    @Test("reads each number-weight code as its kind of weight", arguments: codes)
    func eachCode(code: String, number: String, weight: Weight) throws {
        let reading = try readCriteria([T.criterion(name: "Quality", code: code, number: number)])
        #expect(reading.diagnostics.isEmpty)
        let criterion = try #require(try reading.criteria.first)
        #expect(criterion.weight?.value == weight)
        #expect(criterion.weight?.origin?.location.start == reading.position(of: number + "</efbc:ParameterNumeric>"))
    }

    @Test("reads numbers exactly as decimals, never through binary floating point")
    func exactDecimals() throws {
        let reading = try readCriteria([T.criterion(code: "per-exa", number: "33.333"), T.criterion(code: "per-exa", number: "+66.667")])
        #expect(reading.diagnostics.isEmpty)
        #expect(try reading.criteria.map(\.weight?.value) == [.percentage(Decimal(string: "33.333")!), .percentage(Decimal(string: "66.667")!)])
        let evaluation = try #require(try reading.tender.lots.first?.evaluation)
        #expect(evaluation.share(of: [.quality]) == Share(exactly: 100))
    }

    @Test("works out shares from decimal weights and from points")
    func decimalsAndPoints() throws {
        let decimals = try readCriteria([T.criterion(code: "dec-exa", number: "0.6"), T.criterion(type: "price", code: "dec-exa", number: "0.4")])
        #expect(try decimals.criteria.map(\.effectiveShare) == [Share(exactly: 60), Share(exactly: 40)])
        let points = try readCriteria([T.criterion(code: "poi-exa", number: "30"), T.criterion(type: "price", code: "poi-exa", number: "70")])
        #expect(try points.criteria.map(\.effectiveShare) == [Share(exactly: 30), Share(exactly: 70)])
        #expect(try points.tender.lots.first?.evaluation.methodology?.value == .weighted)
    }

    @Test("gives no shares, and says so by its methodology, where the weights are only an order of importance")
    func orderOfImportance() throws {
        let reading = try readCriteria([T.criterion(code: "ord-imp", number: "1"), T.criterion(type: "price", code: "ord-imp", number: "2")])
        let evaluation = try #require(try reading.tender.lots.first?.evaluation)
        #expect(evaluation.criteria.map(\.weight?.value) == [.order(1), .order(2)])
        #expect(evaluation.criteria.allSatisfy { $0.effectiveShare == nil })
        #expect(evaluation.methodology?.value == .orderOfImportance)
    }

    @Test("passes over number-fixed and number-threshold parameters: they are no weights")
    func otherParameters() throws {
        let threshold = """
            <efac:AwardCriterionParameter>
            <efbc:ParameterCode listName="number-threshold">min-score</efbc:ParameterCode>
            <efbc:ParameterNumeric>50</efbc:ParameterNumeric>
            </efac:AwardCriterionParameter>
            """
        let reading = try readCriteria([
            T.criterion(name: "Quality", code: "per-exa", number: "60", extra: threshold),
            T.criterion(name: "Delivery", code: "fix-tot", number: "10", list: "number-fixed"),
        ])
        #expect(reading.diagnostics.isEmpty)
        #expect(try reading.criteria.map(\.weight?.value) == [.percentage(60), nil])
    }

    @Test("reports an unknown number-weight code as TL005 at the code and keeps the criterion without weight")
    func unknownCode() throws {
        let reading = try readCriteria([T.criterion(name: "Quality", code: "per-max", number: "40")])
        let diagnostic = try #require(reading.diagnostics.first)
        #expect(reading.diagnostics.count == 1)
        #expect(diagnostic.ruleID == "TL005")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "'per-max' is not an eForms number-weight code, so the weight cannot be read")
        #expect(diagnostic.location.start == reading.position(of: "per-max"))
        #expect(diagnostic.documentPath?.hasSuffix("/efac:AwardCriterionParameter/efbc:ParameterCode") == true)
        let criterion = try #require(try reading.criteria.first)
        #expect(criterion.name?.value == "Quality")
        #expect(criterion.weight == nil)
        #expect(criterion.effectiveShare == nil)
    }

    @Test("reports a weight that is not a number as TL005 at the number", arguments: ["ten", "12,5", "1e2", "4 0", "."])
    func malformedNumber(number: String) throws {
        let reading = try readCriteria([T.criterion(name: "Quality", code: "per-exa", number: number)])
        let diagnostic = try #require(reading.diagnostics.first)
        #expect(reading.diagnostics.count == 1)
        #expect(diagnostic.ruleID == "TL005")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "the weight '\(number)' is not a number")
        #expect(diagnostic.location.start == reading.position(of: number + "</efbc:ParameterNumeric>"))
        #expect(diagnostic.location.end.column == diagnostic.location.start.column + number.count)
        #expect(diagnostic.documentPath?.hasSuffix("/efbc:ParameterNumeric") == true)
        #expect(try reading.criteria.first?.weight == nil)
    }

    @Test("reports a weight code without its number")
    func missingNumber() throws {
        let reading = try readCriteria([T.criterion(code: "per-exa", number: nil)])
        #expect(reading.diagnostics.map(\.message) == ["the weight is coded 'per-exa' but has no number"])
        #expect(reading.diagnostics.first?.location.start == reading.position(of: "per-exa"))
    }

    @Test("reports negative weights and orders that are not whole numbers from 1")
    func impossibleNumbers() throws {
        let reading = try readCriteria([
            T.criterion(code: "per-exa", number: "-5"),
            T.criterion(code: "ord-imp", number: "1.5"),
            T.criterion(code: "ord-imp", number: "0"),
        ])
        #expect(reading.diagnostics.map(\.message) == [
            "a weight cannot be negative: '-5'",
            "an order of importance must be a whole number from 1 up, not '1.5'",
            "an order of importance must be a whole number from 1 up, not '0'",
        ])
        #expect(reading.diagnostics.allSatisfy { $0.ruleID == "TL005" })
        #expect(try reading.criteria.allSatisfy { $0.weight == nil })
    }
}
