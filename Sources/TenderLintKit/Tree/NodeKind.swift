/// What a node of the located tree is. XML and JSON share one tree type, each using its own kinds.
public enum NodeKind: UInt8, Sendable, Hashable {
    // XML
    case element
    case attribute
    case text
    case comment
    case processingInstruction
    // JSON
    case object
    case array
    case string
    case number
    case bool
    case null

    public var isJSONValue: Bool {
        switch self {
        case .object, .array, .string, .number, .bool, .null: true
        default: false
        }
    }
}

/// The syntax a tree was read from.
public enum DocumentFormat: String, Sendable, Hashable {
    case xml
    case json
}
