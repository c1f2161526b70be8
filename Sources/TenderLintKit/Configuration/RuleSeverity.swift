import Foundation

/// A severity as a configuration writes it: a `Severity`, or `off`.
public enum RuleSeverity: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case off
    case info
    case warning
    case error

    /// Nil for `off`.
    public var severity: Severity? {
        switch self {
        case .off: nil
        case .info: .info
        case .warning: .warning
        case .error: .error
        }
    }

    public init(_ severity: Severity) {
        switch severity {
        case .info: self = .info
        case .warning: self = .warning
        case .error: self = .error
        }
    }

    public var description: String { rawValue }
}
