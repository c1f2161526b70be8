import Foundation
import Testing
import TenderLintKit

@Suite("OCDS award criteria")
struct OCDSCriteriaTests {
    private func decimal(_ text: String) -> Decimal { Decimal(string: text)! }

    // MARK: Weight codes

    @Test("reads every code of the criterionWeight codelist", arguments: [
        ("percentageExact", "30", Weight.percentage(30)),
        ("percentageRangeMiddle", "20", Weight.percentage(20)),
        ("decimalExact", "0.3", Weight.fraction(Decimal(string: "0.3")!)),
        ("decimalRangeMiddle", "0.25", Weight.fraction(Decimal(string: "0.25")!)),
        ("pointsExact", "40", Weight.points(40)),
        ("pointsRangeMiddle", "12.5", Weight.points(Decimal(string: "12.5")!)),
        ("order", "2", Weight.order(2)),
    ])
    func readsWeightCodes(code: String, number: String, expected: Weight) {
        let text = OCDSTesting.release(criteria: [
            #"{"type": "quality", "name": "Method", "numbers": [{"number": \#(number), "weight": "\#(code)"}]}"#,
        ])
        let result = OCDSTesting.adapt(text)
        #expect(result.diagnostics.isEmpty)
        let criterion = result.tenders.first?.lots.first?.evaluation.criteria.first
        #expect(criterion?.weight?.value == expected)
        // The origin is the number itself.
        let source = SourceFile(path: "release.json", text: text)
        #expect(criterion?.weight?.origin?.range.lowerBound == source.offset(of: "\"number\": \(number)") + "\"number\": ".utf8.count)
        #expect(criterion?.weight?.origin?.path == "/tender/lots/0/awardCriteria/criteria/0/numbers/0/number")
    }

    @Test("reads several middles of one range code as the range they span")
    func readsRangeMiddlesAsARange() {
        let criteria = OCDSTesting.criteria([
            #"{"type": "quality", "numbers": [{"number": 15, "weight": "percentageRangeMiddle"}, {"number": 25, "weight": "percentageRangeMiddle"}]}"#,
            #"{"type": "price", "numbers": [{"number": 80, "weight": "percentageExact"}]}"#,
        ])
        #expect(criteria.map { $0.weight?.value } == [.percentageRange(minimum: 15, maximum: 25), .percentage(80)])
        #expect(criteria.first?.effectiveShare == Share(minimum: 15, maximum: 25))
        #expect(criteria.first?.weight?.origin?.path == "/tender/lots/0/awardCriteria/criteria/0/numbers")
    }

    @Test("ignores numbers that are fixed prices or thresholds, not weights")
    func ignoresFixedAndThresholdNumbers() {
        let criteria = OCDSTesting.criteria([
            #"{"type": "price", "numbers": [{"number": 100000, "fixed": "total"}, {"number": 0, "weight": "decimalExact"}]}"#,
            #"{"type": "quality", "numbers": [{"number": 60, "threshold": "minimumScore"}, {"number": 1, "weight": "decimalExact"}]}"#,
        ])
        #expect(criteria.map { $0.weight?.value } == [.fraction(0), .fraction(1)])
        #expect(criteria.map(\.effectiveShare) == [Share(exactly: 0), Share(exactly: 100)])
    }

    @Test("prefers a weight in numbers[] to text in the description")
    func prefersNumbers() {
        let criteria = OCDSTesting.criteria([
            #"{"type": "quality", "description": "40%", "numbers": [{"number": 60, "weight": "percentageExact"}]}"#,
        ])
        #expect(criteria.first?.weight?.value == .percentage(60))
    }

    @Test("decides a bare number in text with a sibling weighted in numbers[]")
    func decidesTextWithNumbers() {
        let criteria = OCDSTesting.criteria([
            #"{"type": "quality", "numbers": [{"number": 30, "weight": "percentageExact"}]}"#,
            #"{"type": "price", "description": "70"}"#,
        ])
        #expect(criteria.map { $0.weight?.value } == [.percentage(30), .percentage(70)])
    }

    @Test("reads a weight from the name when the description has none")
    func readsTheName() {
        let criteria = OCDSTesting.criteria([
            #"{"type": "price", "name": "Price 60%", "description": "Lowest price scores highest"}"#,
            #"{"type": "quality", "name": "Quality", "description": "Weighting: 40%"}"#,
        ])
        #expect(criteria.map { $0.weight?.value } == [.percentage(60), .percentage(40)])
        #expect(criteria.map { $0.weight?.origin?.path } == [
            "/tender/lots/0/awardCriteria/criteria/0/name", "/tender/lots/0/awardCriteria/criteria/1/description",
        ])
    }

    @Test("reads an order of importance as the lot's methodology")
    func readsOrderOfImportance() {
        let lot = OCDSTesting.tender(OCDSTesting.release(criteria: [
            #"{"type": "quality", "numbers": [{"number": 1, "weight": "order"}]}"#,
            #"{"type": "price", "numbers": [{"number": 2, "weight": "order"}]}"#,
        ]))?.lots.first
        #expect(lot?.evaluation.criteria.map { $0.weight?.value } == [.order(1), .order(2)])
        #expect(lot?.evaluation.criteria.map(\.effectiveShare) == [nil, nil])
        #expect(lot?.evaluation.methodology?.value == .orderOfImportance)
    }

    // MARK: Values that cannot be read

    @Test("reports a weight number that is not a number as TL005 at its position, and keeps the criterion without weight")
    func reportsAMalformedNumber() throws {
        let text = OCDSTesting.release(criteria: [
            #"{"type": "quality", "name": "Method", "description": "30%", "numbers": [{"number": "thirty", "weight": "percentageExact"}]}"#,
            #"{"type": "price", "numbers": [{"number": 70, "weight": "percentageExact"}]}"#,
        ])
        let result = OCDSTesting.adapt(text)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.rule == ModelRule.invalidValue)
        #expect(diagnostic.ruleID == "TL005")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "the weight of award criterion 'Method' is 'thirty', not a number")
        let position = SourceFile(path: "release.json", text: text).position(at: SourceFile(path: "release.json", text: text).offset(of: "\"thirty\""))
        #expect(diagnostic.location.start == position)
        #expect(diagnostic.location.start.line == 7)
        #expect(diagnostic.documentPath == "/tender/lots/0/awardCriteria/criteria/0/numbers/0/number")

        let criteria = result.tenders.first?.lots.first?.evaluation.criteria ?? []
        #expect(criteria.count == 2)
        #expect(criteria.first?.name?.value == "Method")
        // Kept without weight: the "30%" of its description does not stand in for the unreadable number.
        #expect(criteria.first?.weight == nil)
        #expect(criteria.first?.effectiveShare == nil)
        #expect(criteria.last?.effectiveShare == Share(exactly: 70))
    }

    @Test("reports an unknown weight code, an order that is no rank and a second weight")
    func reportsOtherUnreadableNumbers() {
        let result = OCDSTesting.adapt(OCDSTesting.release(criteria: [
            #"{"type": "quality", "name": "A", "numbers": [{"number": 30, "weight": "percentage"}]}"#,
            #"{"type": "quality", "name": "B", "numbers": [{"number": 1.5, "weight": "order"}]}"#,
            #"{"type": "price", "name": "C", "numbers": [{"number": 50, "weight": "percentageExact"}, {"number": 0.5, "weight": "decimalExact"}]}"#,
        ]))
        #expect(result.diagnostics.map(\.message) == [
            "award criterion 'A' has the weight code 'percentage', which OCDS does not define",
            "the order of importance of award criterion 'B' is 1.5, not a whole number from 1",
            "award criterion 'C' has 2 weights; only the first is used",
        ])
        #expect(result.diagnostics.map(\.severity) == [.error, .error, .warning])
        #expect(result.diagnostics.allSatisfy { $0.rule == ModelRule.invalidValue })
        let criteria = result.tenders.first?.lots.first?.evaluation.criteria ?? []
        #expect(criteria.map { $0.weight?.value } == [nil, nil, .percentage(50)])
    }

    // MARK: Kinds

    @Test("takes the kind from type, whatever its case, and any other type as other")
    func readsTypes() {
        let criteria = OCDSTesting.criteria([
            #"{"type": "price"}"#, #"{"type": "Cost"}"#, #"{"type": "QUALITY"}"#, #"{"type": "Qaulity"}"#, #"{"name": "Delivery"}"#,
        ])
        #expect(criteria.map(\.kind.value) == [.price, .cost, .quality, .other, .other])
        #expect(criteria.map(\.label) == ["price", "cost", "quality", "other", "Delivery"])
    }

    @Test("counts a quality criterion as social value because its name contains 'social value'")
    func recognisesSocialValueInTheName() throws {
        let text = OCDSTesting.release(criteria: [
            #"{"type": "quality", "name": "Social value", "description": "10%"}"#,
            #"{"type": "quality", "name": "Technical", "description": "60%"}"#,
            #"{"type": "price", "description": "30%"}"#,
        ])
        let lot = try #require(OCDSTesting.tender(text)?.lots.first)
        let criterion = try #require(lot.evaluation.criteria.first)
        #expect(criterion.kind.value == .socialValue)
        #expect(criterion.kindRecognition?.description == "its name contains 'social value'")
        #expect(criterion.kindRecognition?.phrase == "social value")
        #expect(criterion.kindRecognition?.field == "name")
        // The kind points at the text it was recognised in.
        #expect(criterion.kind.origin?.path == "/tender/lots/0/awardCriteria/criteria/0/name")
        #expect(criterion.kindRecognition?.origin?.location.start.line == 7)
        #expect(lot.evaluation.share(of: [.socialValue]) == Share(exactly: 10))
        #expect(lot.evaluation.criteria.map(\.kind.value) == [.socialValue, .quality, .price])
    }

    @Test("recognises community benefits in a description, and net zero in a name")
    func recognisesDescriptionsAndNetZero() {
        let criteria = OCDSTesting.criteria([
            #"{"type": "quality", "name": "Added value", "description": "Community benefits offered"}"#,
            #"{"type": "quality", "name": "Carbon reduction", "description": "15%"}"#,
            #"{"name": "Local employment"}"#,
        ])
        #expect(criteria.map(\.kind.value) == [.socialValue, .netZero, .socialValue])
        #expect(criteria.map { $0.kindRecognition?.description } == [
            "its description contains 'community benefit'", "its name contains 'carbon reduction'", "its name contains 'local employment'",
        ])
    }

    @Test("reads bare numbers beside price as percentages, and the two published criteria as incomplete")
    func bareNumbersBesidePrice() throws {
        let result = OCDSTesting.adapt("""
            {"ocid": "ocds-r6ebe6-1", "id": "1", "date": "2019-01-01T00:00:00Z", "tag": ["tender"],
             "tender": {"id": "T", "lots": [{"id": "1", "awardCriteria": {"criteria": [
               {"type": "quality", "name": "Clinical Evidence of product efficacy and performance", "description": "25"},
               {"type": "cost", "name": "Commercial Submission", "description": "40"}]}}]}}
            """)
        let lot = try #require(result.tenders.first?.lots.first)
        #expect(lot.evaluation.criteria.map(\.weight?.value) == [.percentage(25), .percentage(40)])
        let incomplete = try #require(lot.evaluation.incompleteCriteria)
        #expect(incomplete.total == 65)
        #expect(incomplete.description == "only Commercial Submission and Clinical Evidence of product efficacy and performance are published, adding up to 65%")
    }

    @Test("a description that looks like a weight but cannot be read is a positioned warning, never a guess")
    func unreadableWeight() throws {
        let result = OCDSTesting.adapt("""
            {"ocid": "ocds-1", "id": "1", "tender": {"id": "T", "awardCriteria": {"criteria": [
               {"type": "price", "name": "Price", "description": "95%%"},
               {"type": "quality", "name": "Quality", "description": "40 (forty)"}]}}}
            """)
        let criteria = try #require(result.tenders.first?.lots.first?.evaluation.criteria)
        #expect(criteria.allSatisfy { $0.weight == nil })
        let warnings = result.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.map(\.message) == [
            "the description of award criterion 'Price', '95%%', looks like a weight but cannot be read, so the criterion has no weight",
            "the description of award criterion 'Quality', '40 (forty)', looks like a weight but cannot be read, so the criterion has no weight",
        ])
        #expect(warnings.map(\.location.start.line) == [2, 3])
    }

    @Test("a criterion name of 10,000 characters is read whole, and recognised by its words")
    func longName() throws {
        let name = String(repeating: "very long name ", count: 660) + "social value"
        let criteria = OCDSTesting.criteria([#"{"type": "quality", "name": "\#(name)", "description": "10"}"#])
        #expect(criteria.first?.name?.value.count == name.count)
        #expect(criteria.first?.kind.value == .socialValue)
    }

    @Test("counts a criterion named Social Value by its name although typed cost, as the Countess of Chester's PSR framework writes it")
    func nameBeforeType() {
        let criteria = OCDSTesting.criteria([
            #"{"type": "cost", "name": "Value", "description": "10"}"#,
            #"{"type": "cost", "name": "Social Value", "description": "10"}"#,
            #"{"type": "quality", "name": "Technical", "description": "80"}"#,
        ])
        #expect(criteria.map(\.kind.value) == [.cost, .socialValue, .quality])
        #expect(criteria[1].publishedType?.value == "cost")
        #expect(criteria[1].kindRecognition?.description == "its name contains 'social value'")
        #expect(criteria.map(\.weight?.value) == [.percentage(10), .percentage(10), .percentage(80)])
    }

    @Test("keeps a price or cost criterion whose name is about price as it is, whatever else its name says")
    func keepsPriceAndCost() {
        let criteria = OCDSTesting.criteria([
            #"{"type": "price", "name": "Price including social value commitments"}"#,
            #"{"type": "cost", "name": "Whole-life carbon cost"}"#,
        ])
        #expect(criteria.map(\.kind.value) == [.price, .cost])
        #expect(criteria.allSatisfy { $0.kindRecognition == nil })
    }

    // MARK: Where criteria are

    @Test("gives a tender without lots one implicit lot holding the tender's criteria")
    func readsAnImplicitLot() throws {
        let tender = try #require(OCDSTesting.tender(OCDSTesting.release(tender: """
        "title": "Cleaning",
            "awardCriteria": {"criteria": [
              {"type": "quality", "name": "Social value", "numbers": [{"number": 10, "weight": "percentageExact"}]},
              {"type": "price", "numbers": [{"number": 90, "weight": "percentageExact"}]}
            ]}
        """)))
        #expect(tender.lots.count == 1)
        let lot = try #require(tender.lots.first)
        #expect(lot.isImplicit)
        #expect(lot.id == nil)
        #expect(lot.origin == nil)
        #expect(lot.label == "the tender")
        #expect(lot.evaluation.origin?.path == "/tender/awardCriteria")
        #expect(lot.evaluation.criteria.map(\.kind.value) == [.socialValue, .price])
        #expect(lot.evaluation.criteria.map(\.effectiveShare) == [Share(exactly: 10), Share(exactly: 90)])
    }

    @Test("gives each lot the tender-level criteria related to it, and those related to no lot")
    func readsTenderLevelCriteria() {
        let tender = OCDSTesting.tender(OCDSTesting.release(tender: """
        "lots": [{"id": "1"}, {"id": 2}, {"id": "3", "awardCriteria": {"criteria": [{"type": "price", "description": "100%"}]}}],
            "awardCriteria": {"criteria": [
              {"type": "quality", "name": "Lot one quality", "description": "60%", "relatedLot": "1"},
              {"type": "quality", "name": "Lot two quality", "description": "50%", "relatedLots": ["2"]},
              {"type": "quality", "name": "Social value", "description": "10%", "relatedLots": ["1", "2"]},
              {"type": "price", "name": "Price", "description": "30%"}
            ]}
        """))
        #expect(tender?.lots.map { $0.id?.value } == ["1", "2", "3"])
        #expect(tender?.lots.map { $0.evaluation.criteria.map { $0.label } } == [
            ["Lot one quality", "Social value", "Price"], ["Lot two quality", "Social value", "Price"], ["price"],
        ])
        #expect(tender?.lots.map { $0.evaluation.share(of: [.socialValue]) } == [Share(exactly: 10), Share(exactly: 10), Share(exactly: 0)])
        #expect(tender?.lots.map { $0.evaluation.origin?.path } == ["/tender/awardCriteria", "/tender/awardCriteria", "/tender/lots/2/awardCriteria"])
    }

    @Test("reports a tender-level criterion that cannot be read once, not once per lot")
    func reportsSharedCriteriaOnce() {
        let result = OCDSTesting.adapt(OCDSTesting.release(tender: """
        "lots": [{"id": "1"}, {"id": "2"}],
            "awardCriteria": {"criteria": [{"type": "quality", "numbers": [{"number": null, "weight": "percentageExact"}]}]}
        """))
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message == "the weight of award criterion 1 (quality) is null, not a number")
        #expect(result.tenders.first?.lots.map { $0.evaluation.criteria.count } == [1, 1])
    }
}
