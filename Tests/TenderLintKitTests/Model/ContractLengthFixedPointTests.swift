import Foundation
import Testing
@testable import TenderLintKit

@Suite("Values a year in fixed point give Decimal's digits")
struct ContractLengthFixedPointTests {
    static func bytes(_ value: Decimal) -> [UInt8] { FixedDecimalTests.bytes(value) }
    static func decimal(_ text: String) -> Decimal { FixedDecimalTests.decimal(text) }

    /// Lengths of every kind: stated in each unit (whole and with fractions) and between dates.
    static func lengths(_ numbers: inout FixedDecimalTests.Numbers) -> [ContractLength] {
        var lengths: [ContractLength] = []
        for unit in DurationUnit.allCases {
            for places in [0, 0, 3] {
                let stated = StatedLength(decimal(numbers.text(digits: 4, places: places, negative: false)), unit)
                if stated.problem == nil { lengths.append(ContractLength(stated: stated)) }
            }
        }
        let start = CalendarDate(iso: "2025-04-01")!
        let end = CalendarDate(iso: String(format: "%04d-%02d-%02d", Int.random(in: 2026...2040, using: &numbers),
                                           Int.random(in: 1...12, using: &numbers), Int.random(in: 1...28, using: &numbers)))!
        if let days = start.days(through: end) { lengths.append(ContractLength(start: start, end: end, days: days)) }
        return lengths
    }

    @Test("a total over a length a year, and a year's value over it as a total, to the penny as Decimal rounds them")
    func perYearAndTotal() {
        var numbers = FixedDecimalTests.Numbers(state: 31)
        for trial in 0..<1_500 {
            let amount = Self.decimal(numbers.text(digits: Int.random(in: 1...10, using: &numbers), places: trial % 4 == 0 ? 6 : 2))
            for length in Self.lengths(&numbers) {
                let yearly = length.perYearToThePenny(amount), expectedYearly = MoneyFormat.rounded(length.perYear(amount))
                #expect(Self.bytes(yearly) == Self.bytes(expectedYearly), "\(amount) over \(length.words)")
                let total = length.totalToThePenny(perYear: amount), expectedTotal = MoneyFormat.rounded(length.total(perYear: amount))
                #expect(Self.bytes(total) == Self.bytes(expectedTotal), "\(amount) a year over \(length.words)")
            }
        }
    }

    @Test(
        "a stated length is a year or less, or longer than any contract, exactly where its years say so",
        arguments: ["365", "365.000000001", "364.999999999", "52", "52.142857142", "52.142857143", "12", "12.000000001",
                    "1", "1.000000001", "0", "-1", "365000", "365000.000000001", "52142.857142857", "52142.857142858",
                    "12000", "12000.000000001", "1000", "1000.000000001", "0.000000001", "1e-10", "123456789012345678901234567890"]
    )
    func boundaries(text: String) {
        for unit in DurationUnit.allCases {
            let stated = StatedLength(Self.decimal(text), unit)
            let decimalProblem: String? = if stated.amount <= 0 {
                "must be more than 0 \(unit.rawValue)s"
            } else if stated.years > StatedLength.longestYears {
                "is more than 1,000 years, longer than any contract"
            } else {
                nil
            }
            #expect(stated.problem == decimalProblem, "\(text) \(unit)")
            #expect(stated.isYearOrLess == (stated.years <= 1), "\(text) \(unit)")
        }
    }

    @Test("a value a year is the same amount whether fixed point or Decimal worked it out, words included")
    func perAnnumValue() throws {
        let value = ContractValue(amount: .derived(Self.decimal("350000")), currency: .derived("GBP"), basis: .derived(.total))
        let duration = ContractDuration(stated: .derived(StatedLength(Self.decimal("1080"), .day)))
        let perAnnum = try #require(value.perAnnum(over: duration))
        #expect(perAnnum.amount == Self.decimal("118287.04"))
        #expect(perAnnum.explanation == "£350,000 over 1,080 days is £118,287.04 a year (× 365 ÷ 1,080)")
        let weeks = try #require(ContractDuration(stated: .derived(StatedLength(Self.decimal("2"), .week))).length)
        #expect(weeks.words == "14 days (2 weeks)")
        #expect(weeks.isYearOrLess)
    }
}
