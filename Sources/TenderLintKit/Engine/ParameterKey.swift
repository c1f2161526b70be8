import Foundation

/// A rule's parameter as a typed key: declared once, `Parameter(minimumShare)`, and read with its type,
/// `rule[minimumShare]`, so a rule never looks a parameter up by a string or unwraps a value of the wrong kind.
public struct ParameterKey<Value: Sendable>: Sendable {
    public let parameter: RuleParameter
    let read: @Sendable (ParameterValue) -> Value?

    init(_ parameter: RuleParameter, read: @escaping @Sendable (ParameterValue) -> Value?) {
        self.parameter = parameter
        self.read = read
    }

    public var name: String { parameter.name }

    /// The default, as the value type.
    public var defaultValue: Value {
        guard let value = read(parameter.defaultValue) else { preconditionFailure("parameter \(name): its default is of another kind") }
        return value
    }
}

extension ParameterKey where Value == Decimal {
    /// Percentage points between the bounds: 10 means 10%.
    public static func percent(_ name: String, default value: Decimal, _ documentation: String,
                               in range: ClosedRange<Decimal> = 0...100) -> ParameterKey {
        ParameterKey(.percent(name, default: value, documentation, in: range)) { if case .percent(let v) = $0 { v } else { nil } }
    }

    /// An amount of pounds, not negative.
    public static func pounds(_ name: String, default value: Decimal, _ documentation: String) -> ParameterKey {
        ParameterKey(.pounds(name, default: value, documentation)) { if case .pounds(let v) = $0 { v } else { nil } }
    }

    /// A number, not negative.
    public static func number(_ name: String, default value: Decimal, _ documentation: String) -> ParameterKey {
        ParameterKey(.number(name, default: value, documentation)) { if case .number(let v) = $0 { v } else { nil } }
    }
}

extension ParameterKey where Value == Int {
    public static func year(_ name: String, default value: Int, _ documentation: String,
                            in range: ClosedRange<Int> = 2000...2100) -> ParameterKey {
        ParameterKey(.year(name, default: value, documentation, in: range)) { if case .year(let v) = $0 { v } else { nil } }
    }
}

extension ParameterKey where Value == CalendarDate {
    public static func date(_ name: String, default value: CalendarDate, _ documentation: String) -> ParameterKey {
        ParameterKey(.date(name, default: value, documentation)) { if case .date(let v) = $0 { v } else { nil } }
    }
}

extension ParameterKey where Value == Bool {
    public static func flag(_ name: String, default value: Bool, _ documentation: String) -> ParameterKey {
        ParameterKey(RuleParameter(name, default: .flag(value), documentation)) { if case .flag(let v) = $0 { v } else { nil } }
    }

    /// The NHS roadmap's two years' grace for SMEs and VCSEs on its 2023, 2024 and 2027 milestones: promised by an
    /// earlier NHS page, not by the current one, so off unless a configuration turns it on.
    public static let smallSupplierGrace = ParameterKey.flag(
        "smallSupplierGrace", default: false,
        "Give lots reserved for SMEs or VCSEs the NHS roadmap's two years' grace on its 2023, 2024 and 2027 milestones (unconfirmed: an earlier NHS page promised it, the current one says only that support will be available)")
}

/// Declares a typed parameter: `Parameter(minimumShare)`.
public func Parameter<Value>(_ key: ParameterKey<Value>) -> RulePart { .parameter(key.parameter) }
