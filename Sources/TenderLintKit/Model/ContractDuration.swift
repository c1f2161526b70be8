import Foundation

/// The unit a document states a duration in.
public enum DurationUnit: String, Sendable, Hashable, CaseIterable, Codable {
    case day, week, month, year
}

/// A duration as a document states it, in its own unit: "36 months", "1,080 days".
public struct StatedLength: Sendable, Hashable, CustomStringConvertible {
    public var amount: Decimal
    public var unit: DurationUnit

    public init(_ amount: Decimal, _ unit: DurationUnit) {
        self.amount = amount
        self.unit = unit
    }

    /// The longest duration taken as a contract's: anything longer is a mistake (10^30 days), not a term.
    public static let longestYears: Decimal = 1000

    /// Why this length cannot be a contract's, for a positioned message; nil when it can.
    public var problem: String? {
        if let exact = FixedDecimal(amount), let tooLong = exceeds(years: 1000, exact) {
            if exact.units <= 0 { return "must be more than 0 \(unit.rawValue)s" }
            return tooLong ? longestProblem : nil
        }
        if amount <= 0 { return "must be more than 0 \(unit.rawValue)s" }
        if years > Self.longestYears { return longestProblem }
        return nil
    }

    private var longestProblem: String {
        "is more than \(MoneyFormat.grouped(Self.longestYears)) years, longer than any contract"
    }

    /// A year or less (365 days, 52 weeks, 12 months, 1 year): judged on its total.
    var isYearOrLess: Bool {
        if let exact = FixedDecimal(amount), let longer = exceeds(years: 1, exact) { return !longer }
        return years <= 1
    }

    /// Whether `amount` (exactly) is more than `years` years, in fixed point with no division: days against
    /// 365 a year, weeks as 7 days each, months against 12. The same answer as comparing `years`, whose
    /// quotient is exact to 38 digits. Nil where it does not fit.
    private func exceeds(years limit: Int, _ exact: FixedDecimal) -> Bool? {
        let (scaled, perYear) = switch unit {
        case .day: (Optional(exact), 365)
        case .week: (exact.multiplied(by: 7), 365)
        case .month: (Optional(exact), 12)
        case .year: (Optional(exact), 1)
        }
        guard let scaled, let bound = FixedDecimal(limit * perYear) else { return nil }
        return scaled > bound
    }

    /// Years, for the value per annum: days at 365 a year (see `ContractLength`), weeks as 7 days.
    var years: Decimal {
        switch unit {
        case .day: amount / ContractLength.daysInYear
        case .week: amount * 7 / ContractLength.daysInYear
        case .month: amount / 12
        case .year: amount
        }
    }

    /// "36 months", "1,080 days", "1 year".
    public var description: String {
        "\(MoneyFormat.grouped(amount)) \(unit.rawValue)\(amount == 1 ? "" : "s")"
    }
}

/// A renewal or options that a document provides for beyond the contract's period.
public struct ContractExtension: Sendable {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case renewal
        case options
    }

    public var kind: Kind
    /// What the document says of it, where it says more than that there is one.
    public var description: Located<String>?
    /// The field that says there is one (`hasRenewal`, `renewal`, `cac:ContractExtension`).
    public var origin: Origin?

    public init(kind: Kind, description: Located<String>? = nil, origin: Origin? = nil) {
        self.kind = kind
        self.description = description
        self.origin = origin
    }

    /// "renewal ('two further periods of 12 months')", "options".
    public var words: String {
        let name = kind == .renewal ? "renewal" : "options"
        guard let text = description?.value else { return name }
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "\(name) ('\(flat.count > 80 ? flat.prefix(77) + "…" : flat)')"
    }
}

/// The length of a contract: a stated duration, or a period between two dates.
public struct ContractDuration: Sendable {
    public var stated: Located<StatedLength>?
    public var start: Located<CalendarDate>?
    public var end: Located<CalendarDate>?
    /// Renewals and options the document provides for, which its value may cover.
    public var extensions: [ContractExtension]

    public init(stated: Located<StatedLength>? = nil, start: Located<CalendarDate>? = nil, end: Located<CalendarDate>? = nil,
                extensions: [ContractExtension] = []) {
        self.stated = stated
        self.start = start
        self.end = end
        self.extensions = extensions
    }

    /// A duration stated in months (tender-spec `months`, OCDS `durationInMonths`).
    public init(statedMonths: Located<Decimal>?, start: Located<CalendarDate>? = nil, end: Located<CalendarDate>? = nil) {
        self.init(stated: statedMonths.map { $0.map { StatedLength($0, .month) } }, start: start, end: end)
    }

    /// The stated duration in months, where it was stated in months or years.
    public var statedMonths: Located<Decimal>? {
        guard let stated else { return nil }
        switch stated.value.unit {
        case .month: return stated.map(\.amount)
        case .year: return stated.map { $0.amount * 12 }
        case .day, .week: return nil
        }
    }

    /// Months stated, or whole months between the dates, for display; the value per annum uses `length`.
    public var months: Decimal? {
        if stated != nil { return statedMonths?.value }
        if let start, let end, start.value <= end.value { return Decimal(start.value.wholeMonths(through: end.value)) }
        return nil
    }

    /// The length the value per annum is worked out over: the stated duration, else the days from the start to
    /// the end date. Nil when neither is usable (a date missing, the end before the start, a length of 0).
    public var length: ContractLength? {
        if let stated {
            guard stated.value.problem == nil else { return nil }
            return ContractLength(stated: stated.value)
        }
        guard let start, let end, let days = start.value.days(through: end.value) else { return nil }
        return ContractLength(start: start.value, end: end.value, days: days)
    }
}
