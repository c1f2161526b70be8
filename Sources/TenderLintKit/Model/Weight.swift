import Foundation

/// How a criterion is weighted, in the forms tenders actually use.
///
/// Percentages and points are as written (40 means 40%); fractions are
/// between 0 and 1. Siblings are weighted relative to their parent.
public enum Weight: Sendable, Hashable {
    case percentage(Decimal)
    case percentageRange(minimum: Decimal, maximum: Decimal)
    case fraction(Decimal)
    case fractionRange(minimum: Decimal, maximum: Decimal)
    case points(Decimal)
    case pointsRange(minimum: Decimal, maximum: Decimal)
    /// Only a rank: 1 is most important. Shares cannot be worked out.
    case order(Int)
    /// Only a formula, such as price per quality point. Shares cannot be worked out.
    case formula(String)

    /// The weight's bounds in its own unit, or nil for order and formula.
    public var bounds: (minimum: Decimal, maximum: Decimal)? {
        switch self {
        case .percentage(let value), .fraction(let value), .points(let value): (value, value)
        case .percentageRange(let minimum, let maximum), .fractionRange(let minimum, let maximum),
             .pointsRange(let minimum, let maximum): (minimum, maximum)
        case .order, .formula: nil
        }
    }

    public var unit: Unit {
        switch self {
        case .percentage, .percentageRange: .percentage
        case .fraction, .fractionRange: .fraction
        case .points, .pointsRange: .points
        case .order: .order
        case .formula: .formula
        }
    }

    public enum Unit: String, Sendable, Hashable {
        case percentage, fraction, points, order, formula
    }

    public var isRange: Bool {
        switch self {
        case .percentageRange, .fractionRange, .pointsRange: true
        default: false
        }
    }
}

extension Weight: CustomStringConvertible {
    public var description: String {
        switch self {
        case .percentage(let value): "\(MoneyFormat.plain(value))%"
        case .percentageRange(let minimum, let maximum): "\(MoneyFormat.plain(minimum))–\(MoneyFormat.plain(maximum))%"
        case .fraction(let value): MoneyFormat.plain(value)
        case .fractionRange(let minimum, let maximum): "\(MoneyFormat.plain(minimum))–\(MoneyFormat.plain(maximum))"
        case .points(let value): "\(MoneyFormat.plain(value)) points"
        case .pointsRange(let minimum, let maximum): "\(MoneyFormat.plain(minimum))–\(MoneyFormat.plain(maximum)) points"
        case .order(let rank): "order of importance \(rank)"
        case .formula(let formula): "formula \(formula)"
        }
    }
}

/// A criterion's share of the total score, in percent (0–100). A range where weights are ranges.
public struct Share: Sendable, Hashable, CustomStringConvertible {
    public var minimum: Decimal
    public var maximum: Decimal

    public init(minimum: Decimal, maximum: Decimal) {
        self.minimum = minimum
        self.maximum = maximum
    }

    public init(exactly value: Decimal) {
        self.init(minimum: value, maximum: value)
    }

    public static let whole = Share(exactly: 100)
    public var isExact: Bool { minimum == maximum }

    public static func + (lhs: Share, rhs: Share) -> Share {
        Share(minimum: lhs.minimum + rhs.minimum, maximum: lhs.maximum + rhs.maximum)
    }

    /// "12%", or "8–12%" for a range; at most two decimal places.
    public var description: String {
        isExact ? "\(Share.format(minimum))%" : "\(Share.format(minimum))–\(Share.format(maximum))%"
    }

    static func format(_ value: Decimal) -> String {
        MoneyFormat.plain(value.rounded(places: 2))
    }
}
