import Foundation

/// The day a tender is judged as of, and why that day: policies are dated, so the answer depends on it.
public struct EvaluationDate: Sendable, Hashable, CustomStringConvertible {
    public enum Source: String, Sendable, Hashable {
        case asOfOption = "--as-of"
        case plannedPublication = "planned publication"
        case procurementStart = "procurement start"
        case today
    }

    public var date: CalendarDate
    public var source: Source
    /// Where the document states the date, when it comes from the document.
    public var origin: Origin?

    public init(date: CalendarDate, source: Source, origin: Origin? = nil) {
        self.date = date
        self.source = source
        self.origin = origin
    }

    public static func == (lhs: EvaluationDate, rhs: EvaluationDate) -> Bool { lhs.date == rhs.date && lhs.source == rhs.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(date); hasher.combine(source) }

    /// `--as-of` when given (a what-if wins over the document), else the document's planned publication,
    /// else its procurement start, else today.
    public static func choose(for tender: Tender, asOf: CalendarDate?, today: CalendarDate) -> EvaluationDate {
        if let asOf { return EvaluationDate(date: asOf, source: .asOfOption) }
        if let date = tender.plannedPublication { return EvaluationDate(date: date.value, source: .plannedPublication, origin: date.origin) }
        if let date = tender.procurementStart { return EvaluationDate(date: date.value, source: .procurementStart, origin: date.origin) }
        return EvaluationDate(date: today, source: .today)
    }

    /// "2026-03-02 (planned publication)".
    public var description: String { "\(date) (\(source.rawValue))" }
}

extension CalendarDate {
    /// Today in UTC: the same answer wherever a CI runner is.
    public static func today(_ now: Date = Date()) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// The same day some years later (29 February becomes 28 February where needed).
    public func adding(years: Int) -> CalendarDate {
        CalendarDate(year: year + years, month: month, day: min(day, CalendarDate.days(inMonth: month, year: year + years)))!
    }
}
