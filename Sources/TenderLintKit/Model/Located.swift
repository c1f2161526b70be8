/// Where a model value was read: the tree node and the exact bytes to underline.
///
/// Holding the node keeps the document's tree alive as long as the model;
/// both are dropped together once the document's rules have run.
public struct Origin: Sendable, Hashable {
    public var node: Node
    /// What a diagnostic should point at: an attribute's value, a key and its value, an element's start tag.
    public var range: ByteRange

    public init(node: Node, range: ByteRange) {
        self.node = node
        self.range = range
    }

    /// The node itself, pointed at as a whole: a JSON member from key to value, an XML element's start tag,
    /// an XML attribute's value.
    public init(_ node: Node) {
        self.node = node
        switch node.kind {
        case .element, .attribute:
            self.range = node.valueRange
        case .object, .array:
            // A JSON object spans many lines; its first line (key and opening bracket) is what a reader looks for.
            self.range = node.tree.source.clippedToFirstLine(node.memberRange)
        default:
            self.range = node.memberRange
        }
    }

    /// JSON Pointer or indexed XPath of the node.
    public var path: String { node.path }
    public var source: SourceFile { node.tree.source }
    public var location: SourceLocation { source.location(of: range) }
}

/// A value from a document together with where it came from.
/// `origin` is nil for values the model derived or defaulted (an implicit lot, a computed share).
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var origin: Origin?

    public init(_ value: Value, at origin: Origin?) {
        self.value = value
        self.origin = origin
    }

    /// A value the model worked out rather than read.
    public static func derived(_ value: Value) -> Located<Value> { Located(value, at: nil) }

    public func map<T: Sendable>(_ transform: (Value) -> T) -> Located<T> { Located<T>(transform(value), at: origin) }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
