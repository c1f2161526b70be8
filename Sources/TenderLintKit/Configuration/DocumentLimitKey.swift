import Foundation

/// A key of the `limits` section: one per-document limit (docs/limits.md).
public enum DocumentLimitKey: String, Sendable, CaseIterable, Hashable {
    case documentBytes = "document-bytes"
    case nodes
    case findingsPerRule = "findings-per-rule"

    /// The default, for `config print`.
    public var defaultValue: Int {
        switch self {
        case .documentBytes: DocumentLimits.defaultMaximumBytes
        case .nodes: DocumentLimits.defaultMaximumNodes
        case .findingsPerRule: DocumentLimits.defaultFindingsPerRule
        }
    }

    /// The smallest value that makes sense.
    public var minimum: Int { 1 }
}

extension DocumentLimits {
    /// A limit by its configuration key.
    public subscript(key: DocumentLimitKey) -> Int {
        get {
            switch key {
            case .documentBytes: maximumBytes
            case .nodes: maximumNodes
            case .findingsPerRule: findingsPerRule
            }
        }
        set {
            switch key {
            case .documentBytes: maximumBytes = newValue
            case .nodes: maximumNodes = newValue
            case .findingsPerRule: findingsPerRule = newValue
            }
        }
    }
}
