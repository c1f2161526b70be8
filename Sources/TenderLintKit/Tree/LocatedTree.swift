/// A document read into a tree whose every node knows where it came from.
///
/// Nodes live in one flat array (parent, first child and next sibling as
/// indices) rather than as objects: building is cheap, the tree is immutable
/// and `Sendable`, and a walk up to the root for a document path needs no
/// back references. `Node` is the view to use.
public final class LocatedTree: Sendable {
    struct Record: Sendable {
        var kind: NodeKind
        /// XML local name or target, or JSON member key.
        var name: String?
        var prefix: String?
        var namespaceURI: String?
        /// Attribute value, text, comment, PI data, JSON string (unescaped), number literal.
        var value: String?
        var range: ByteRange
        /// Element name in its start tag, attribute name, or JSON key with its quotes.
        var nameRange: ByteRange?
        /// Attribute value inside its quotes; element start tag.
        var valueRange: ByteRange?
        var parent: Int32
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// JSON array index, or -1.
        var arrayIndex: Int32 = -1
    }

    public let source: SourceFile
    public let format: DocumentFormat
    /// The part of the file this document was read from (one line of a JSON Lines file, say).
    public let range: ByteRange
    let records: [Record]

    init(source: SourceFile, format: DocumentFormat, range: ByteRange, records: [Record]) {
        self.source = source
        self.format = format
        self.range = range
        self.records = records
    }

    /// The document element (XML) or top-level value (JSON).
    public var root: Node? {
        // Record 0 is the document itself; its first element or value child is the root.
        var index = records.first?.firstChild ?? -1
        while index >= 0 {
            let kind = records[Int(index)].kind
            if kind == .element || kind.isJSONValue { return Node(tree: self, index: Int(index)) }
            index = records[Int(index)].nextSibling
        }
        return nil
    }

    /// Comments and processing instructions outside the document element, in order.
    public var topLevelNodes: [Node] { Node(tree: self, index: 0).allChildren }

    /// Number of nodes, including the document node.
    public var nodeCount: Int { records.count }

    /// Every node in document order (pre-order), without the document node.
    public var allNodes: [Node] { (1..<records.count).map { Node(tree: self, index: $0) } }
}
