import Foundation

/// The day a tender is judged as of, and why that day: policies are dated, so the answer depends on it.
public struct EvaluationDate: Sendable, Hashable, CustomStringConvertible {
    public enum Source: String, Sendable, Hashable {
        case asOfOption = "--as-of"
        case plannedPublication = "planned publication"
        case procurementStart = "procurement start"
        /// The document states the PCR 2015, so the procurement commenced before the Procurement Act did,
        /// whatever later date the document gives.
        case lastDayUnderPCR = "the last day a procurement under the PCR 2015 could commence"
        case today
    }

    public var date: CalendarDate
    public var source: Source
    /// Where the document states the date, when it comes from the document.
    public var origin: Origin?
    /// The document's own date and what it is, where a rule moved the judging day from it.
    public var movedFrom: (date: CalendarDate, source: Source)?

    public init(date: CalendarDate, source: Source, origin: Origin? = nil) {
        self.date = date
        self.source = source
        self.origin = origin
    }

    public static func == (lhs: EvaluationDate, rhs: EvaluationDate) -> Bool { lhs.date == rhs.date && lhs.source == rhs.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(date); hasher.combine(source) }

    /// `--as-of` when given (a what-if wins over the document), else the earlier of the document's planned
    /// publication and its procurement start, else today. Policies are dated by when a procurement commenced,
    /// and a procurement commences at the latest when its notice is published: a stated start before the
    /// publication is the commencement itself.
    public static func choose(for tender: Tender, asOf: CalendarDate?, today: CalendarDate) -> EvaluationDate {
        if let asOf { return EvaluationDate(date: asOf, source: .asOfOption) }
        let publication = tender.plannedPublication.map { EvaluationDate(date: $0.value, source: .plannedPublication, origin: $0.origin) }
        let start = tender.procurementStart.map { EvaluationDate(date: $0.value, source: .procurementStart, origin: $0.origin) }
        switch (publication, start) {
        case let (publication?, start?): return start.date < publication.date ? start : publication
        case let (publication?, nil): return publication
        case let (nil, start?): return start
        case (nil, nil): return EvaluationDate(date: today, source: .today)
        }
    }

    /// This date, or the last day before the Procurement Act 2023 where the procurement is under the PCR 2015:
    /// such a procurement commenced before 24 February 2025 however late the document is dated, so the policies
    /// of that day bind it (PPN 06/21, not PPN 006). `--as-of` is a what-if and stays as given.
    public func capped(byRegime regime: ApplicabilityFact<Regime>) -> EvaluationDate {
        guard source != .asOfOption, regime.value == .pcr2015, date >= Regime.procurementActCommencement else { return self }
        var capped = EvaluationDate(date: Regime.procurementActCommencement.previousDay, source: .lastDayUnderPCR,
                                    origin: regime.evidence.lazy.compactMap(\.origin).first)
        capped.movedFrom = (date, source)
        return capped
    }

    /// "2026-03-02 (planned publication)".
    public var description: String {
        "\(date) (\(source.rawValue)" + (movedFrom.map { "; the \($0.source.rawValue) is \($0.date)" } ?? "") + ")"
    }
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
