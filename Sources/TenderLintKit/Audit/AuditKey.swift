/// Which columns an audit groups by, besides the rule: `--group-by buyer,year` (both by default).
public struct AuditGrouping: Sendable, Hashable {
    public var byBuyer: Bool
    public var byYear: Bool

    public init(byBuyer: Bool = true, byYear: Bool = true) {
        self.byBuyer = byBuyer
        self.byYear = byYear
    }

    /// The names `--group-by` takes, in column order.
    public var names: [String] { (byBuyer ? ["buyer"] : []) + (byYear ? ["year"] : []) }
}

/// One row of an audit: a rule, and the buyer and year when the audit groups by them.
public struct AuditKey: Sendable, Hashable, Comparable {
    public static let unknownBuyer = "(unknown buyer)"
    public static let unknownYear = "(unknown year)"

    public var rule: String
    /// nil when the audit does not group by buyer.
    public var buyer: String?
    /// A four-digit year, `unknownYear`, or nil when the audit does not group by year.
    public var year: String?

    public init(rule: String, buyer: String?, year: String?) {
        self.rule = rule
        self.buyer = buyer
        self.year = year
    }

    /// By rule id, then buyer, then year; the unknown buyer and year come after the known ones.
    public static func < (lhs: AuditKey, rhs: AuditKey) -> Bool {
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        if lhs.buyer != rhs.buyer { return order(lhs.buyer, unknown: unknownBuyer) < order(rhs.buyer, unknown: unknownBuyer) }
        return order(lhs.year, unknown: unknownYear) < order(rhs.year, unknown: unknownYear)
    }

    private static func order(_ value: String?, unknown: String) -> (Int, String) {
        guard let value else { return (0, "") }
        return (value == unknown ? 2 : 1, value)
    }

    /// A buyer's name as it groups: trimmed, with each run of white space one space; the unknown buyer when empty.
    public static func buyerName(_ raw: String?) -> String {
        let words = (raw ?? "").split(whereSeparator: { $0.isWhitespace })
        return words.isEmpty ? unknownBuyer : words.joined(separator: " ")
    }

    /// The year a tender was published in: an OCDS release's date or an eForms notice's issue date, a tender
    /// spec's planned publication; else the other of the two; else the unknown year.
    public static func year(of tender: Tender) -> String {
        let published = tender.format == .tenderSpec
            ? tender.plannedPublication ?? tender.procurementStart
            : tender.procurementStart ?? tender.plannedPublication
        return published.map { String($0.value.year) } ?? unknownYear
    }
}
