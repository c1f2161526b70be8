import Foundation

/// What one row of an audit counts: documents, lots, and each lot's outcome. Lots add up:
/// `lots == passing + failing + notEvaluable + notApplicable`.
public struct AuditCounts: Sendable, Hashable {
    /// Documents with at least one tender in the row.
    public var documents = 0
    public var lots = 0
    public var passing = 0
    public var failing = 0
    public var notEvaluable = 0
    public var notApplicable = 0

    public init() {}

    public init(documents: Int, passing: Int, failing: Int, notEvaluable: Int, notApplicable: Int) {
        self.documents = documents
        self.passing = passing
        self.failing = failing
        self.notEvaluable = notEvaluable
        self.notApplicable = notApplicable
        lots = passing + failing + notEvaluable + notApplicable
    }

    mutating func count(_ outcome: LotOutcome) {
        lots += 1
        switch outcome {
        case .passes: passing += 1
        case .fails: failing += 1
        case .notEvaluable: notEvaluable += 1
        case .notApplicable: notApplicable += 1
        }
    }

    static func + (lhs: AuditCounts, rhs: AuditCounts) -> AuditCounts {
        var sum = lhs
        sum.documents += rhs.documents
        sum.lots += rhs.lots
        sum.passing += rhs.passing
        sum.failing += rhs.failing
        sum.notEvaluable += rhs.notEvaluable
        sum.notApplicable += rhs.notApplicable
        return sum
    }

    /// A count as a share of the lots, between 0 and 1, rounded to `places` decimals; nil when there are no lots.
    public func share(_ count: Int, places: Int = 4) -> Decimal? {
        guard lots > 0 else { return nil }
        return (Decimal(count) / Decimal(lots)).rounded(places: places)
    }

    /// A count as a percentage of the lots with one decimal ("12.5"), or nil when there are no lots.
    public func percent(_ count: Int) -> String? {
        guard lots > 0 else { return nil }
        let text = "\((Decimal(count) * 100 / Decimal(lots)).rounded(places: 1))"
        return text.contains(".") ? text : text + ".0"
    }
}
