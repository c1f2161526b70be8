import Foundation

/// A contract's length as the value per annum is worked out over, and the arithmetic in words.
///
/// The rule, the same for every format: a period between two dates, counted inclusively as contracts are
/// written, is so many calendar years and days, the days a share of the year they fall in (1 April 2025 to
/// 31 March 2028 is exactly 3 years; to 12 August 2026, 1 year and 134 of 365 days); a duration stated in days
/// is a year per 365 days, in weeks 7 days each; one stated in months is a year per 12 months, and one in years
/// is used as it is. The value a year is the total divided by the years, to the penny, in fixed point where that is
/// exact and in `Decimal` otherwise, with the same digits (see `FixedDecimal`). A contract of a
/// year or less (to the day before the start's anniversary, 365 days, 52 weeks, 12 months, 1 year) is judged on
/// its total, as the PPN 006 and NHS thresholds read.
public struct ContractLength: Sendable, Hashable {
    public enum Measure: Sendable, Hashable {
        /// Stated days (weeks as 7 days): a year per 365.
        case days(Decimal)
        /// Between two dates: whole calendar years and the days left over, of a year of `daysInYear`.
        case calendar(years: Int, days: Int, daysInYear: Int)
        case months(Decimal)
        case years(Decimal)
    }

    public static let daysInYear: Decimal = 365

    public var measure: Measure
    /// The days the contract lasts, where they are known (from dates, or stated in days or weeks).
    public var days: Decimal?
    public var isYearOrLess: Bool
    /// What the words are made from: they are written only when a finding or the inspector asks.
    private var source: Source

    private enum Source: Sendable, Hashable {
        case dates(start: CalendarDate, end: CalendarDate, days: Int)
        case stated(StatedLength)
    }

    init(start: CalendarDate, end: CalendarDate, days: Int) {
        let (years, left, daysInYear) = start.calendarYears(through: end) ?? (0, days, 365)
        measure = .calendar(years: years, days: left, daysInYear: daysInYear)
        self.days = Decimal(days)
        isYearOrLess = years == 0 || (years == 1 && left == 0)
        source = .dates(start: start, end: end, days: days)
    }

    init(stated: StatedLength) {
        switch stated.unit {
        case .day:
            measure = .days(stated.amount)
            days = stated.amount
        case .week:
            measure = .days(stated.amount * 7)
            days = stated.amount * 7
        case .month:
            measure = .months(stated.amount)
        case .year:
            measure = .years(stated.amount)
        }
        isYearOrLess = stated.isYearOrLess
        source = .stated(stated)
    }

    /// "1,096 days (1 April 2025 to 31 March 2028)", "36 months", "14 days (2 weeks)".
    public var words: String {
        switch source {
        case .dates(let start, let end, let days):
            "\(Self.count(Decimal(days), "day")) (\(start.inWords) to \(end.inWords))"
        case .stated(let stated) where stated.unit == .week:
            "\(Self.count(stated.amount * 7, "day")) (\(stated))"
        case .stated(let stated):
            stated.description
        }
    }

    /// The length in years, exactly as far as `Decimal` goes.
    public var years: Decimal {
        switch measure {
        case .days(let days): days / Self.daysInYear
        case .calendar(let years, let days, let daysInYear): Decimal(years) + Decimal(days) / Decimal(daysInYear)
        case .months(let months): months / 12
        case .years(let years): years
        }
    }

    /// A total over this length as a value a year, unrounded (multiplied before dividing where it can be).
    public func perYear(_ total: Decimal) -> Decimal {
        switch measure {
        case .days(let days): total * Self.daysInYear / days
        case .calendar(let years, let days, let daysInYear):
            total * Decimal(daysInYear) / (Decimal(years) * Decimal(daysInYear) + Decimal(days))
        case .months(let months): total * 12 / months
        case .years(let years): total / years
        }
    }

    /// A value a year over this length as a total, unrounded.
    public func total(perYear: Decimal) -> Decimal {
        switch measure {
        case .days(let days): perYear * days / Self.daysInYear
        case .calendar(let years, let days, let daysInYear):
            perYear * (Decimal(years) * Decimal(daysInYear) + Decimal(days)) / Decimal(daysInYear)
        case .months(let months): perYear * months / 12
        case .years(let years): perYear * years
        }
    }

    /// `perYear(total)` to the penny, as thresholds are compared: in fixed point where it is exact, else in `Decimal`.
    public func perYearToThePenny(_ total: Decimal) -> Decimal {
        if let (factor, divisor) = fixedPerYear, let fixedTotal = FixedDecimal(total),
           let yearly = fixedTotal.multiplied(by: factor, dividedBy: divisor, roundedTo: 2) {
            return yearly.decimal
        }
        return MoneyFormat.rounded(perYear(total))
    }

    /// `total(perYear:)` to the penny, in fixed point where it is exact, else in `Decimal`.
    public func totalToThePenny(perYear: Decimal) -> Decimal {
        if let (divisor, factor) = fixedPerYear, let fixedYearly = FixedDecimal(perYear),
           let total = fixedYearly.multiplied(by: factor, dividedBy: divisor, roundedTo: 2) {
            return total.decimal
        }
        return MoneyFormat.rounded(total(perYear: perYear))
    }

    /// `perYear` as `total × factor ÷ divisor` in fixed point, the same sum `Decimal` does above.
    private var fixedPerYear: (factor: FixedDecimal, divisor: FixedDecimal)? {
        switch measure {
        case .days(let days): FixedDecimal(days).flatMap { days in FixedDecimal(365).map { ($0, days) } }
        case .calendar(let years, let days, let daysInYear):
            FixedDecimal(daysInYear).flatMap { factor in FixedDecimal(years * daysInYear + days).map { (factor, $0) } }
        case .months(let months): FixedDecimal(months).flatMap { months in FixedDecimal(12).map { ($0, months) } }
        case .years(let years): FixedDecimal(years).flatMap { years in FixedDecimal(1).map { ($0, years) } }
        }
    }

    /// The sum in words where the words of the length do not make it plain: "3 years", "1 year and 134 of
    /// 365 days", "× 365 ÷ 1,080".
    public var arithmetic: String? {
        switch measure {
        case .days(let days):
            return "× 365 ÷ \(MoneyFormat.grouped(days))"
        case .calendar(let years, let days, let daysInYear):
            let whole = Self.count(Decimal(years), "year")
            return days == 0 ? whole : "\(whole) and \(days) of \(daysInYear) days"
        case .months, .years:
            return nil
        }
    }

    static func count(_ amount: Decimal, _ unit: String) -> String {
        "\(MoneyFormat.grouped(amount)) \(unit)\(amount == 1 ? "" : "s")"
    }
}
