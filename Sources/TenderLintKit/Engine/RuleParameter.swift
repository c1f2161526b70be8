import Foundation

/// A value a rule can be tuned with, typed so that "10%" and "£5,000,000" print as people expect.
public enum ParameterValue: Sendable, Hashable, CustomStringConvertible {
    /// Percentage points: 10 means 10%.
    case percent(Decimal)
    /// An amount of pounds sterling.
    case pounds(Decimal)
    case number(Decimal)
    case year(Int)
    case date(CalendarDate)
    case flag(Bool)

    public var description: String {
        switch self {
        case .percent(let value): "\(MoneyFormat.plain(value))%"
        case .pounds(let value): MoneyFormat.format(value, currency: "GBP")
        case .number(let value): MoneyFormat.plain(value)
        case .year(let value): String(value)
        case .date(let value): value.description
        case .flag(let value): value ? "true" : "false"
        }
    }

    /// The kind, to check that an override has the kind the parameter expects.
    public var kind: String {
        switch self {
        case .percent: "percent"
        case .pounds: "pounds"
        case .number: "number"
        case .year: "year"
        case .date: "date"
        case .flag: "flag"
        }
    }

    /// Reads an override written as text ("12%", "5000000", "2045", "2027-04-01", "true") in this value's kind.
    public func parsingSameKind(_ text: String) -> ParameterValue? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch self {
        case .percent:
            let digits = trimmed.hasSuffix("%") ? String(trimmed.dropLast()) : trimmed
            return DecimalText.parse(digits, exponent: false).map(ParameterValue.percent)
        case .pounds:
            let digits = trimmed.replacingOccurrences(of: "£", with: "").replacingOccurrences(of: ",", with: "")
            return DecimalText.parse(digits, exponent: false).map(ParameterValue.pounds)
        case .number: return DecimalText.parse(trimmed).map(ParameterValue.number)
        case .year: return Int(trimmed).map(ParameterValue.year)
        case .date: return CalendarDate(iso: trimmed).flatMap { trimmed.count == 10 ? ParameterValue.date($0) : nil }
        case .flag: return trimmed == "true" ? .flag(true) : trimmed == "false" ? .flag(false) : nil
        }
    }
}

/// A documented, typed setting of a rule, with its default and what values are sensible.
public struct RuleParameter: Sendable {
    /// camelCase, as configurations name it: `minimumShare`.
    public let name: String
    public let defaultValue: ParameterValue
    public let documentation: String
    /// Says what is wrong with a value, or nil when it is acceptable.
    public let validate: @Sendable (ParameterValue) -> String?

    public init(_ name: String, default defaultValue: ParameterValue, _ documentation: String,
                validate: @escaping @Sendable (ParameterValue) -> String? = { _ in nil }) {
        self.name = name
        self.defaultValue = defaultValue
        self.documentation = documentation
        self.validate = validate
    }

    /// A value must be of the parameter's kind and pass its check.
    public func problem(with value: ParameterValue) -> String? {
        guard value.kind == defaultValue.kind else { return "\(name) takes a \(defaultValue.kind), not a \(value.kind)" }
        return validate(value)
    }
}

extension RuleParameter {
    /// A percentage between the bounds.
    public static func percent(_ name: String, default value: Decimal, _ documentation: String,
                               in range: ClosedRange<Decimal> = 0...100) -> RuleParameter {
        RuleParameter(name, default: .percent(value), documentation) { candidate in
            guard case .percent(let number) = candidate, range.contains(number) else {
                return "\(name) must be between \(MoneyFormat.plain(range.lowerBound))% and \(MoneyFormat.plain(range.upperBound))%"
            }
            return nil
        }
    }

    /// An amount in pounds, not negative.
    public static func pounds(_ name: String, default value: Decimal, _ documentation: String) -> RuleParameter {
        RuleParameter(name, default: .pounds(value), documentation) { candidate in
            guard case .pounds(let number) = candidate, number >= 0 else { return "\(name) must be an amount of at least £0" }
            return nil
        }
    }

    /// A year between the bounds.
    public static func year(_ name: String, default value: Int, _ documentation: String, in range: ClosedRange<Int> = 2000...2100) -> RuleParameter {
        RuleParameter(name, default: .year(value), documentation) { candidate in
            guard case .year(let number) = candidate, range.contains(number) else {
                return "\(name) must be a year from \(range.lowerBound) to \(range.upperBound)"
            }
            return nil
        }
    }

    /// A non-negative number, such as a tolerance in percentage points.
    public static func number(_ name: String, default value: Decimal, _ documentation: String) -> RuleParameter {
        RuleParameter(name, default: .number(value), documentation) { candidate in
            guard case .number(let number) = candidate, number >= 0 else { return "\(name) must be 0 or more" }
            return nil
        }
    }

    public static func date(_ name: String, default value: CalendarDate, _ documentation: String) -> RuleParameter {
        RuleParameter(name, default: .date(value), documentation)
    }
}
