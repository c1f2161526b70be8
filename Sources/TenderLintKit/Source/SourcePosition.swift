/// A place in a source file as a person reads it.
///
/// `line` and `column` are 1-based. Columns count Unicode code points, not
/// bytes: "ŵ" is one column, "👩‍⚕️" is four (woman, zero-width joiner,
/// staff of Aesculapius, variation selector), the same unit as SARIF's
/// `unicodeCodePoints`. A CR LF pair ends a line exactly as LF alone does.
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    /// Byte offset into the file's UTF-8 text.
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column, lhs.offset) < (rhs.line, rhs.column, rhs.offset)
    }

    public var description: String { "\(line):\(column)" }
}
