/// A day in the calendar, without time or zone: the granularity policies are dated in.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public var year: Int
    public var month: Int
    public var day: Int

    /// A valid date, or nil (2026-02-30 is nil).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.days(inMonth: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD`, and the date part of an ISO 8601 date-time (`2026-03-02T00:00:00Z`), as OCDS writes dates.
    public init?(iso text: String) {
        let scalars = Array(text.utf8)
        guard scalars.count >= 10, scalars[4] == UInt8(ascii: "-"), scalars[7] == UInt8(ascii: "-") else { return nil }
        if scalars.count > 10, scalars[10] != UInt8(ascii: "T"), scalars[10] != UInt8(ascii: " "), scalars[10] != UInt8(ascii: "+"),
           scalars[10] != UInt8(ascii: "Z") { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = scalars[index]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The next day.
    public var nextDay: CalendarDate {
        if day < CalendarDate.days(inMonth: month, year: year) { return CalendarDate(year: year, month: month, day: day + 1)! }
        if month < 12 { return CalendarDate(year: year, month: month + 1, day: 1)! }
        return CalendarDate(year: min(year + 1, 9999), month: 1, day: 1)!
    }

    /// The day before.
    public var previousDay: CalendarDate {
        if day > 1 { return CalendarDate(year: year, month: month, day: day - 1)! }
        if month > 1 { return CalendarDate(year: year, month: month - 1, day: CalendarDate.days(inMonth: month - 1, year: year))! }
        return CalendarDate(year: max(year - 1, 1), month: 12, day: 31)!
    }

    /// Whole months of a period from this date to `end` inclusive: 2026-07-01 to 2031-06-30 is 60.
    public func wholeMonths(through end: CalendarDate) -> Int {
        let after = end.nextDay
        var months = (after.year - year) * 12 + (after.month - month)
        if after.day < day { months -= 1 }
        return max(0, months)
    }

    /// Days from 1 January of year 1 (day 0), in the proleptic Gregorian calendar: for counting days between dates.
    public var dayNumber: Int { Self.dayNumber(year: year, month: month, day: day) }

    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let before = year - 1
        var count = before * 365 + before / 4 - before / 100 + before / 400
        for earlier in 1..<month { count += days(inMonth: earlier, year: year) }
        return count + day - 1
    }

    /// Days of a period from this date to `end`, both counted, as contracts are written: 1 April 2025 to
    /// 31 March 2026 is 365 days. Nil when `end` is before this date.
    public func days(through end: CalendarDate) -> Int? {
        end < self ? nil : end.dayNumber - dayNumber + 1
    }

    /// The day number of this date's anniversary `years` on (29 February's is 1 March in a common year), so that
    /// a period from this date to the day before it is exactly that many years.
    func anniversaryDayNumber(_ years: Int) -> Int {
        let later = year + years
        if month == 2, day == 29, Self.days(inMonth: 2, year: later) == 28 { return Self.dayNumber(year: later, month: 3, day: 1) }
        return Self.dayNumber(year: later, month: month, day: day)
    }

    /// A period from this date to `end` inclusive in calendar years: whole years, then the days left over and the
    /// days of the year they fall in (365, or 366 across a 29 February). 1 April 2025 to 31 March 2028 is 3 years
    /// and 0 days; nil when `end` is before this date.
    public func calendarYears(through end: CalendarDate) -> (years: Int, days: Int, daysInYear: Int)? {
        guard self <= end else { return nil }
        let after = end.dayNumber + 1
        var years = end.year - year + 1
        while anniversaryDayNumber(years) > after { years -= 1 }
        let from = anniversaryDayNumber(years)
        return (years, after - from, anniversaryDayNumber(years + 1) - from)
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// "1 April 2025", as a note to a buyer writes a date.
    public var inWords: String { "\(day) \(Self.monthNames[month - 1]) \(year)" }
}
