/// What a decoder of a JSON or YAML tree (a configuration, a catalogue, a suppressions sidecar) asks of a value.
extension Node {
    /// Whether the node is a string, a number, true or false, or null.
    var isScalar: Bool {
        switch kind {
        case .string, .number, .bool, .null: true
        default: false
        }
    }

    /// A scalar's text as written: a string, a number's literal, true or false; nil for null, lists and maps.
    var scalarText: String? {
        switch kind {
        case .string, .number, .bool: value ?? ""
        default: nil
        }
    }

    /// Whether a true-or-false value is true (YAML's `yes` and `on` among the ways to write it).
    var isTrue: Bool {
        kind == .bool && ["true", "yes", "on", "y"].contains((value ?? "").lowercased())
    }

    /// What a diagnostic about the value points at: its first line, so a list or map is pointed at where it starts.
    var headRange: ByteRange { tree.source.clippedToFirstLine(range) }

    /// A member's key; empty for a value that is no member.
    var keyName: String { name ?? "" }

    /// A member's key as written, quotes included.
    var keyRange: ByteRange { nameRange ?? headRange }

    /// A member's key without its quotes, for a fix-it that renames it.
    var keyTextRange: ByteRange { Self.unquoted(keyRange, in: tree.source) }

    /// Whether a scalar was written in quotes.
    var isQuoted: Bool { Self.isQuote(tree.source.bytes, at: range.lowerBound) }

    /// Whether a scalar was written plain: neither quoted nor a YAML block (`|`, `>`).
    var isPlain: Bool {
        let bytes = tree.source.bytes
        let offset = range.lowerBound
        return !isQuoted && !(offset < bytes.count && (bytes[offset] == UInt8(ascii: "|") || bytes[offset] == UInt8(ascii: ">")))
    }

    /// A scalar's range without its quotes, for a fix-it that keeps them.
    var unquotedRange: ByteRange { Self.unquoted(headRange, in: tree.source) }

    private static func unquoted(_ range: ByteRange, in source: SourceFile) -> ByteRange {
        guard range.count >= 2, isQuote(source.bytes, at: range.lowerBound) else { return range }
        return ByteRange(range.lowerBound + 1, range.upperBound - 1)
    }

    private static func isQuote(_ bytes: [UInt8], at offset: Int) -> Bool {
        offset < bytes.count && (bytes[offset] == UInt8(ascii: "\"") || bytes[offset] == UInt8(ascii: "'"))
    }
}
