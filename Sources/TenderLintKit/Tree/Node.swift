/// A node of a `LocatedTree`: an XML element, attribute, text, comment or
/// processing instruction, or a JSON value (with its key when it is an object member).
public struct Node: Sendable, Hashable {
    public let tree: LocatedTree
    let index: Int

    init(tree: LocatedTree, index: Int) {
        self.tree = tree
        self.index = index
    }

    public static func == (lhs: Node, rhs: Node) -> Bool { lhs.tree === rhs.tree && lhs.index == rhs.index }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(tree))
        hasher.combine(index)
    }

    private var record: LocatedTree.Record { tree.records[index] }

    public var kind: NodeKind { record.kind }
    /// XML local name (elements, attributes), processing-instruction target, or JSON member key.
    public var name: String? { record.name }
    /// The JSON member key; nil for array elements and the top-level value.
    public var key: String? { tree.format == .json ? record.name : nil }
    /// The namespace prefix as written in the document, if any.
    public var prefix: String? { tree.prefix(of: record) }
    /// The resolved namespace URI (XML elements and attributes).
    public var namespaceURI: String? {
        let qualifier = record.qualifier
        return qualifier < 0 ? nil : tree.qualifiers[Int(qualifier)].namespaceURI
    }
    /// `prefix:name` as written, or the name alone.
    public var qualifiedName: String? {
        guard let name = record.name else { return nil }
        if let prefix, !prefix.isEmpty { return "\(prefix):\(name)" }
        return name
    }
    /// Attribute value, text, comment or PI data, JSON string (unescaped), or a JSON number's literal text.
    public var value: String? { record.value }
    /// The JSON array index of this value, if it is an array element.
    public var arrayIndex: Int? { record.arrayIndex >= 0 ? Int(record.arrayIndex) : nil }

    /// The whole node: an element from `<` to the end of its end tag, a JSON value (without its key).
    public var range: ByteRange { record.range.byteRange }
    /// The element name in its start tag, the attribute name, or the JSON key with its quotes.
    public var nameRange: ByteRange? { record.nameRange.optionalByteRange }
    /// An attribute's value inside its quotes, an element's start tag; for other nodes, the node itself.
    public var valueRange: ByteRange { record.valueRange.optionalByteRange ?? record.range.byteRange }
    /// A JSON member from key to value; otherwise the node's range.
    public var memberRange: ByteRange {
        if let nameRange = record.nameRange.optionalByteRange, tree.format == .json { return nameRange.union(record.range.byteRange) }
        return record.range.byteRange
    }

    public var location: SourceLocation { tree.source.location(of: range) }

    public var parent: Node? {
        let parent = Int(record.parent)
        return parent > 0 ? Node(tree: tree, index: parent) : nil
    }

    /// Children in document order: attributes first for XML elements, then content.
    var allChildren: [Node] {
        var result: [Node] = []
        var child = record.firstChild
        while child >= 0 {
            result.append(Node(tree: tree, index: Int(child)))
            child = tree.records[Int(child)].nextSibling
        }
        return result
    }

    /// Content children: for XML, elements, text, comments and PIs; for JSON, member or element values.
    public var children: [Node] { allChildren.filter { $0.kind != .attribute } }

    /// XML child elements only.
    public var elements: [Node] { allChildren.filter { $0.kind == .element } }

    /// XML attributes, in document order (namespace declarations are not attributes).
    public var attributes: [Node] { allChildren.filter { $0.kind == .attribute } }

    /// An attribute by local name, in no namespace unless one is given.
    public func attribute(_ name: String, namespace: String? = nil) -> Node? {
        attributes.first { $0.name == name && $0.namespaceURI == namespace }
    }

    /// The first child element with this local name (and namespace, if given).
    public func element(_ name: String, namespace: String? = nil) -> Node? {
        elements.first { $0.name == name && (namespace == nil || $0.namespaceURI == namespace) }
    }

    /// A JSON object member by key.
    public subscript(key key: String) -> Node? {
        guard kind == .object else { return nil }
        return allChildren.first { $0.record.name == key }
    }

    /// The concatenated text of an XML element's direct text children.
    public var text: String {
        allChildren.filter { $0.kind == .text }.compactMap(\.value).joined()
    }

    /// JSON Pointer (RFC 6901) for JSON, indexed XPath for XML.
    public var path: String { DocumentPath.of(self) }
}
