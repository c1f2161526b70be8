import Foundation

/// A contract's length as the value per annum is worked out over, and the arithmetic in words.
///
/// The rule, the same for every format: a length in days (from dates, counted inclusively as contracts are
/// written, or stated in days or weeks) is a year per 365.25 days, so a value per annum is the total × 365.25 ÷
/// the days; a length stated in months is a year per 12 months, and one in years is used as it is. A contract
/// of a year or less (to the day before the start's anniversary, 12 months, 366 days or 1 year) is judged on
/// its total, as the PPN 006 and NHS thresholds read: its value a year is the whole value.
public struct ContractLength: Sendable, Hashable {
    /// The mean Gregorian-Julian year: a three-year contract over a 29 February is 1,096 days, 3.0007 years.
    public static let daysInYear = Decimal(string: "365.25")!

    public enum Measure: Sendable, Hashable {
        case days(Decimal)
        case months(Decimal)
        case years(Decimal)
    }

    public var measure: Measure
    /// The dates the days were counted between, where they were.
    public var start: CalendarDate?
    public var end: CalendarDate?
    public var isYearOrLess: Bool
    /// "1,096 days (1 April 2025 to 31 March 2028)", "36 months", "14 days (2 weeks)".
    public var words: String

    init(start: CalendarDate, end: CalendarDate, days: Int) {
        measure = .days(Decimal(days))
        self.start = start
        self.end = end
        isYearOrLess = start.isYearOrLess(through: end)
        words = "\(Self.count(Decimal(days), "day")) (\(start.inWords) to \(end.inWords))"
    }

    init(stated: StatedLength) {
        switch stated.unit {
        case .day:
            measure = .days(stated.amount)
            isYearOrLess = stated.amount <= 366
            words = stated.description
        case .week:
            measure = .days(stated.amount * 7)
            isYearOrLess = stated.amount * 7 <= 366
            words = "\(Self.count(stated.amount * 7, "day")) (\(stated))"
        case .month:
            measure = .months(stated.amount)
            isYearOrLess = stated.amount <= 12
            words = stated.description
        case .year:
            measure = .years(stated.amount)
            isYearOrLess = stated.amount <= 1
            words = stated.description
        }
    }

    /// The length in years, exactly as far as `Decimal` goes.
    public var years: Decimal {
        switch measure {
        case .days(let days): days / Self.daysInYear
        case .months(let months): months / 12
        case .years(let years): years
        }
    }

    /// A total over this length as a value a year, unrounded (multiplied before dividing, so 365.25 days and
    /// 12 months are exactly the total).
    public func perYear(_ total: Decimal) -> Decimal {
        switch measure {
        case .days(let days): total * Self.daysInYear / days
        case .months(let months): total * 12 / months
        case .years(let years): total / years
        }
    }

    /// A value a year over this length as a total, unrounded.
    public func total(perYear: Decimal) -> Decimal {
        switch measure {
        case .days(let days): perYear * days / Self.daysInYear
        case .months(let months): perYear * months / 12
        case .years(let years): perYear * years
        }
    }

    /// The sum a total is turned into a value a year by, where it is not plain from the words: "× 365.25 ÷ 1,096".
    public var arithmetic: String? {
        guard case .days(let days) = measure else { return nil }
        return "× 365.25 ÷ \(MoneyFormat.grouped(days))"
    }

    static func count(_ amount: Decimal, _ unit: String) -> String {
        "\(MoneyFormat.grouped(amount)) \(unit)\(amount == 1 ? "" : "s")"
    }
}
