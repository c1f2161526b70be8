import Foundation
import Testing
import TenderLintKit

@Suite("Values a year from a duration in days, months or years")
struct ContractLengthTests {
    private func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    private func total(_ amount: Decimal) -> ContractValue {
        ContractValue(amount: .derived(amount), currency: .derived("GBP"), basis: .derived(.total))
    }

    private func between(_ start: String, _ end: String) -> ContractDuration {
        ContractDuration(start: .derived(date(start)), end: .derived(date(end)))
    }

    private func stated(_ amount: Decimal, _ unit: DurationUnit) -> ContractDuration {
        ContractDuration(stated: .derived(StatedLength(amount, unit)))
    }

    @Test("counts days inclusively, as contracts are written", arguments: [
        ("2025-04-01", "2026-03-31", 365), ("2025-04-01", "2028-03-31", 1096), ("2024-02-29", "2024-02-29", 1),
        ("0001-01-01", "9999-12-31", 3_652_059),
    ])
    func countsDays(start: String, end: String, days: Int) {
        #expect(date(start).days(through: date(end)) == days)
    }

    @Test("gives no days for an end before the start")
    func noDaysBackwards() {
        #expect(date("2025-04-01").days(through: date("2025-03-31")) == nil)
        #expect(between("2025-04-01", "2025-03-31").length == nil)
    }

    @Test("reads a period as whole calendar years and the days left over", arguments: [
        ("2025-04-01", "2028-03-31", 3, 0, 365), ("2027-04-01", "2029-03-31", 2, 0, 365), ("2025-04-01", "2026-08-12", 1, 134, 365),
        ("2024-02-29", "2025-02-28", 1, 0, 365), ("2025-01-01", "2025-12-31", 1, 0, 365), ("2025-04-01", "2025-08-21", 0, 143, 365),
    ])
    func calendarYears(start: String, end: String, years: Int, days: Int, daysInYear: Int) {
        let found = date(start).calendarYears(through: date(end))
        #expect(found?.years == years)
        #expect(found?.days == days)
        #expect(found?.daysInYear == daysInYear)
    }

    @Test("a three-year contract by its dates is a third of its total a year, with the arithmetic in words")
    func threeYears() throws {
        let perAnnum = try #require(total(350_000).perAnnum(over: between("2025-04-01", "2028-03-31")))
        #expect(perAnnum.amount == Decimal(string: "116666.67"))
        #expect(perAnnum.explanation == "£350,000 over 1,096 days (1 April 2025 to 31 March 2028) is £116,666.67 a year (3 years)")
    }

    @Test("a year by its dates, 1 April to 31 March, is exactly its total")
    func oneYear() throws {
        let perAnnum = try #require(total(80_000).perAnnum(over: between("2025-04-01", "2026-03-31")))
        #expect(perAnnum.amount == 80_000)
        #expect(perAnnum.explanation == "£80,000 over 365 days (1 April 2025 to 31 March 2026): a contract of a year or less is judged on its total")
    }

    @Test("a contract of a year or less is judged on its total, not scaled up", arguments: [
        (StatedLength(143, .day), "£80,000 over 143 days: a contract of a year or less is judged on its total"),
        (StatedLength(6, .month), "£80,000 over 6 months: a contract of a year or less is judged on its total"),
        (StatedLength(12, .month), "£80,000 over 12 months: a contract of a year or less is judged on its total"),
        (StatedLength(1, .year), "£80,000 over 1 year: a contract of a year or less is judged on its total"),
        (StatedLength(52, .week), "£80,000 over 364 days (52 weeks): a contract of a year or less is judged on its total"),
    ])
    func yearOrLess(length: StatedLength, explanation: String) throws {
        let perAnnum = try #require(total(80_000).perAnnum(over: ContractDuration(stated: .derived(length))))
        #expect(perAnnum.amount == 80_000)
        #expect(perAnnum.explanation == explanation)
    }

    @Test("a period of a year and some days shares them over the year they fall in")
    func yearAndDays() throws {
        let perAnnum = try #require(total(1_000_000).perAnnum(over: between("2025-04-01", "2026-08-12")))
        // 1,000,000 × 365 ÷ 499, to the penny.
        #expect(perAnnum.amount == Decimal(string: "731462.93"))
        #expect(perAnnum.explanation == "£1,000,000 over 499 days (1 April 2025 to 12 August 2026) is £731,462.93 a year (1 year and 134 of 365 days)")
    }

    @Test("uses stated durations in their own unit: days as days, months as months, years as years", arguments: [
        (StatedLength(1080, .day), "9500000", "3210648.15", "£9,500,000 over 1,080 days is £3,210,648.15 a year (× 365 ÷ 1,080)"),
        (StatedLength(36, .month), "9500000", "3166666.67", "£9,500,000 over 36 months is £3,166,666.67 a year"),
        (StatedLength(3, .year), "9500000", "3166666.67", "£9,500,000 over 3 years is £3,166,666.67 a year"),
        (StatedLength(143, .month), "31000000", "2601398.6", "£31,000,000 over 143 months is £2,601,398.60 a year"),
    ])
    func statedUnits(length: StatedLength, amount: String, perYear: String, explanation: String) throws {
        let perAnnum = try #require(total(Decimal(string: amount)!).perAnnum(over: ContractDuration(stated: .derived(length))))
        #expect(perAnnum.amount == Decimal(string: perYear))
        #expect(perAnnum.explanation == explanation)
    }

    @Test("works out no value a year from lengths no contract has", arguments: [
        StatedLength(0, .day), StatedLength(-1, .day), StatedLength(Decimal(string: "1e30")!, .day), StatedLength(12_001, .year),
    ])
    func impossibleLengths(length: StatedLength) {
        #expect(length.problem != nil)
        #expect(total(80_000).perAnnum(over: ContractDuration(stated: .derived(length))) == nil)
    }

    @Test("turns a value a year back into a total over the same length")
    func totals() throws {
        let length = try #require(between("2025-04-01", "2028-03-31").length)
        #expect(length.total(perYear: 100_000) == 300_000)
        #expect(try #require(stated(18, .month).length).total(perYear: 100_000) == 150_000)
        #expect(try #require(stated(730, .day).length).total(perYear: 100_000) == 200_000)
    }

    @Test("writes dates as a note to a buyer does")
    func datesInWords() {
        #expect(date("2025-04-01").inWords == "1 April 2025")
        #expect(date("2028-12-31").inWords == "31 December 2028")
    }
}
