import Foundation
import Testing
import TenderLintKit

@Suite("Weights written as text")
struct OCDSWeightTextTests {
    private func weight(_ text: String) -> Weight? { OCDSWeightText.weights(for: [text]).first ?? nil }
    private func decimal(_ text: String) -> Decimal { Decimal(string: text)! }

    @Test("reads a percentage with or without a space before the sign", arguments: ["30%", "30 %", " 30% ", "30 percent", "30 per cent"])
    func readsPercentages(text: String) {
        #expect(weight(text) == .percentage(30))
    }

    @Test("reads a labelled percentage", arguments: ["Weighting: 20%", "Weighting 20 %", "weighting - 20%", "Weight = 20%", "Social value (20%)", "Price 20%."])
    func readsLabelledPercentages(text: String) {
        #expect(weight(text) == .percentage(20))
    }

    @Test("reads a range of percentages", arguments: ["15-40%", "15 – 40%", "15—40 %", "15% - 40%", "15 to 40%"])
    func readsRanges(text: String) {
        #expect(weight(text) == .percentageRange(minimum: 15, maximum: 40))
    }

    @Test("reads points")
    func readsPoints() {
        #expect(weight("20 points") == .points(20))
        #expect(weight("Weighting: 5 pts") == .points(5))
        #expect(weight("10-20 marks") == .pointsRange(minimum: 10, maximum: 20))
    }

    @Test("reads the digits exactly, never through binary floating point")
    func readsDigitsExactly() {
        #expect(weight("33.3%") == .percentage(decimal("33.3")))
        #expect(OCDSWeightText.read("0.1")?.minimum == decimal("0.1"))
        #expect(OCDSWeightText.read(".5")?.minimum == decimal("0.5"))
    }

    @Test("gives no weight for empty text, prose or garbage", arguments: [
        "", "   ", "\n", "n/a", "TBC", "Quality Questionnaire including drawings", "garbage 12 garbage",
        "The most economically advantageous tender will be chosen with a ratio of 70% price and 30% quality.",
        "40/60", "-5%", "−5%", "150%", "40-15%", "30% points", "Lot 2", "Phase 1", "1,5", "thirty",
        "A label far too long to be a criterion name 20%",
    ])
    func givesNoWeight(text: String) {
        #expect(weight(text) == nil)
    }

    @Test("reads a bare number beside a percentage as a percentage, as Public Contracts Scotland writes \"30%\" and \"70\"")
    func readsABareNumberBesideAPercentage() {
        #expect(OCDSWeightText.weights(for: ["30%", "70"]) == [.percentage(30), .percentage(70)])
        #expect(OCDSWeightText.weights(for: ["30%", "1.3"]) == [.percentage(30), .percentage(decimal("1.3"))])
    }

    @Test("reads bare numbers that add up to 100 as percentages, as Sell2Wales writes \"40\" and \"60\"")
    func readsBareNumbersAddingUpToAHundred() {
        #expect(OCDSWeightText.weights(for: ["40", "60"]) == [.percentage(40), .percentage(60)])
        #expect(OCDSWeightText.weights(for: ["33", "33", "33"]) == [.percentage(33), .percentage(33), .percentage(33)])
        #expect(OCDSWeightText.weights(for: ["100"]) == [.percentage(100)])
        #expect(OCDSWeightText.weights(for: ["15-25", "75"]) == [.percentageRange(minimum: 15, maximum: 25), .percentage(75)])
    }

    @Test("reads a bare 1.3 as a percentage only when its siblings make 100, and as points otherwise")
    func readsOnePointThree() {
        #expect(OCDSWeightText.weights(for: ["1.3", "98.7"]) == [.percentage(decimal("1.3")), .percentage(decimal("98.7"))])
        #expect(OCDSWeightText.weights(for: ["1.3", "0.7"]) == [.points(decimal("1.3")), .points(decimal("0.7"))])
        #expect(weight("1.3") == .points(decimal("1.3")))
    }

    @Test("reads bare numbers of at most 1 with a decimal point as fractions")
    func readsFractions() {
        #expect(weight("0.25") == .fraction(decimal("0.25")))
        #expect(OCDSWeightText.weights(for: ["0.3", "0.7"]) == [.fraction(decimal("0.3")), .fraction(decimal("0.7"))])
        #expect(OCDSWeightText.weights(for: ["0.4", "1"]) == [.fraction(decimal("0.4")), .fraction(1)])
    }

    @Test("reads bare numbers that neither add up to 100 nor look like fractions as points, never as a share on their own")
    func readsOtherBareNumbersAsPoints() {
        #expect(weight("70") == .points(70))
        #expect(OCDSWeightText.weights(for: ["70", nil]) == [.points(70), nil])
        #expect(OCDSWeightText.weights(for: ["70", ""]) == [.points(70), nil])
        #expect(OCDSWeightText.weights(for: ["40", "50"]) == [.points(40), .points(50)])
        #expect(OCDSWeightText.weights(for: ["20 points", "5"]) == [.points(20), .points(5)])
    }

    @Test("reads bare numbers beside a price criterion as percentages whatever they add up to, as PCS and Sell2Wales fill the TED weighting")
    func readsBareNumbersBesidePriceAsPercentages() {
        let readings = { (texts: [String]) in texts.map(OCDSWeightText.read) }
        // NHS Lanarkshire 25 + 40, Angus 2 + 95 and its data-entry error 95 + 95, NWSSP 1.3 + 63.7.
        #expect(OCDSWeightText.resolve(readings(["25", "40"]), besidePrice: true) == [.percentage(25), .percentage(40)])
        #expect(OCDSWeightText.resolve(readings(["2", "95"]), besidePrice: true) == [.percentage(2), .percentage(95)])
        #expect(OCDSWeightText.resolve(readings(["95", "95"]), besidePrice: true) == [.percentage(95), .percentage(95)])
        #expect(OCDSWeightText.resolve(readings(["1.3", "63.7"]), besidePrice: true) == [.percentage(decimal("1.3")), .percentage(decimal("63.7"))])
        // Without a price criterion the same numbers stay relative points.
        #expect(OCDSWeightText.resolve(readings(["25", "40"])) == [.points(25), .points(40)])
    }

    @Test("reads bare numbers over 100 as points, even beside price, as Bridgend's 400 and 600 out of 1000")
    func readsLargeBareNumbersAsPoints() {
        let readings = ["400", "600"].map(OCDSWeightText.read)
        #expect(OCDSWeightText.resolve(readings, besidePrice: true) == [.points(400), .points(600)])
    }

    @Test("a weight written twice over or with words after it is no weight, and says it looks like one", arguments: ["95%%", "40 (forty)", " 40 %%"])
    func malformedWeights(text: String) {
        #expect(OCDSWeightText.read(text) == nil)
        #expect(OCDSWeightText.looksLikeWeight(text))
    }

    @Test("prose that begins with a number does not look like a weight", arguments: ["3 Year Contract", "Quality", "", "2 lots"])
    func proseIsNotAWeight(text: String) {
        #expect(!OCDSWeightText.looksLikeWeight(text))
    }

    @Test("decides bare numbers with the siblings' weights read from numbers[]")
    func decidesWithKnownWeights() {
        let readings = [OCDSWeightText.read("70")]
        #expect(OCDSWeightText.resolve(readings, alongside: [.percentage(30)]) == [.percentage(70)])
        #expect(OCDSWeightText.resolve(readings, alongside: [.points(30)]) == [.points(70)])
        #expect(OCDSWeightText.resolve([OCDSWeightText.read("0.7")], alongside: [.fraction(decimal("0.3"))]) == [.fraction(decimal("0.7"))])
        #expect(OCDSWeightText.resolve([OCDSWeightText.read("70")], alongside: [.fraction(decimal("0.3"))]) == [nil])
    }

    @Test("reports what a text says before its siblings are looked at")
    func readsOneText() {
        #expect(OCDSWeightText.read("15-40%") == OCDSWeightText.Reading(minimum: 15, maximum: 40, unit: .percentage, isRange: true, hasDecimalPoint: false))
        #expect(OCDSWeightText.read("1.3") == OCDSWeightText.Reading(minimum: decimal("1.3"), maximum: decimal("1.3"), unit: .unstated, isRange: false, hasDecimalPoint: true))
        #expect(OCDSWeightText.read("20-20 points") == OCDSWeightText.Reading(minimum: 20, maximum: 20, unit: .points, isRange: false, hasDecimalPoint: false))
        #expect(OCDSWeightText.read("") == nil)
    }
}
