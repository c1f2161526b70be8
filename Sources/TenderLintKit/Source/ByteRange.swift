/// A half-open range of byte offsets into a `SourceFile`'s UTF-8 text.
///
/// Trees keep byte ranges because they are cheap to record while parsing;
/// lines and columns are worked out only when a diagnostic needs them.
public struct ByteRange: Hashable, Sendable, CustomStringConvertible {
    public var lowerBound: Int
    public var upperBound: Int

    public init(_ lowerBound: Int, _ upperBound: Int) {
        precondition(lowerBound <= upperBound, "a byte range cannot end before it starts")
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }

    /// An empty range at `offset`, for "here" positions such as an unexpected end of file.
    public static func at(_ offset: Int) -> ByteRange { ByteRange(offset, offset) }

    /// The range between two offsets whichever comes first, for offsets worked out from a parser's
    /// state, which hostile input can put in either order.
    public static func between(_ one: Int, _ other: Int) -> ByteRange {
        ByteRange(min(one, other), max(one, other))
    }

    public var count: Int { upperBound - lowerBound }
    public var isEmpty: Bool { lowerBound == upperBound }

    /// The smallest range covering both.
    public func union(_ other: ByteRange) -> ByteRange {
        ByteRange(min(lowerBound, other.lowerBound), max(upperBound, other.upperBound))
    }

    public var description: String { "\(lowerBound)..<\(upperBound)" }
}
