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

    // Properties read single fields through `tree.records[index]` rather than copying the whole record,
    // which would retain and release its strings on every read.

    public var kind: NodeKind { tree.records[index].kind }
    /// XML local name (elements, attributes), processing-instruction target, or JSON member key.
    public var name: String? { tree.records[index].name }
    /// The JSON member key; nil for array elements and the top-level value.
    public var key: String? { tree.format == .json ? tree.records[index].name : nil }
    /// The namespace prefix as written in the document, if any.
    public var prefix: String? {
        tree.qualifier(tree.records[index].qualifier)?.prefix
    }
    /// The resolved namespace URI (XML elements and attributes).
    public var namespaceURI: String? {
        tree.qualifier(tree.records[index].qualifier)?.namespaceURI
    }
    /// `prefix:name` as written, or the name alone.
    public var qualifiedName: String? {
        guard let name else { return nil }
        if let prefix, !prefix.isEmpty { return "\(prefix):\(name)" }
        return name
    }
    /// Attribute value, text, comment or PI data, JSON string (unescaped), or a JSON number's literal text.
    public var value: String? { tree.records[index].value }
    /// The JSON array index of this value, if it is an array element.
    public var arrayIndex: Int? {
        let position = tree.records[index].arrayIndex
        return position >= 0 ? Int(position) : nil
    }

    /// The whole node: an element from `<` to the end of its end tag, a JSON value (without its key).
    public var range: ByteRange { tree.records[index].range.byteRange }
    /// The element name in its start tag, the attribute name, or the JSON key with its quotes.
    public var nameRange: ByteRange? { tree.records[index].nameRange.optionalByteRange }
    /// An attribute's value inside its quotes, an element's start tag; for other nodes, the node itself.
    public var valueRange: ByteRange { tree.records[index].valueRange.optionalByteRange ?? range }
    /// A JSON member from key to value; otherwise the node's range.
    public var memberRange: ByteRange {
        if let nameRange, tree.format == .json { return nameRange.union(range) }
        return range
    }

    public var location: SourceLocation { tree.source.location(of: range) }

    public var parent: Node? {
        let parent = Int(tree.records[index].parent)
        return parent > 0 ? Node(tree: tree, index: parent) : nil
    }

    /// The next node with the same parent (attributes included), in document order.
    var nextSibling: Node? {
        let next = tree.records[index].nextSibling
        return next >= 0 ? Node(tree: tree, index: Int(next)) : nil
    }

    /// Children in document order: attributes first for XML elements, then content.
    var allChildren: [Node] { childNodes { _ in true } }

    /// Content children: for XML, elements, text, comments and PIs; for JSON, member or element values.
    public var children: [Node] { childNodes { $0.kind != .attribute } }

    /// XML child elements only.
    public var elements: [Node] { childNodes { $0.kind == .element } }

    /// XML attributes, in document order (namespace declarations are not attributes).
    public var attributes: [Node] { childNodes { $0.kind == .attribute } }

    /// An attribute by local name, in no namespace unless one is given.
    public func attribute(_ name: String, namespace: String? = nil) -> Node? {
        firstChild { $0.kind == .attribute && $0.name == name && namespaceURI(of: $0) == namespace }
    }

    /// The first child element with this local name (and namespace, if given).
    public func element(_ name: String, namespace: String? = nil) -> Node? {
        firstChild { $0.kind == .element && $0.name == name && (namespace == nil || namespaceURI(of: $0) == namespace) }
    }

    /// The child elements with this local name in this namespace (nil: no namespace), in document order:
    /// one pass over the children, building a node only for those that match.
    func elements(named name: String, namespace: String?) -> [Node] {
        childNodes { $0.kind == .element && $0.name == name && namespaceURI(of: $0) == namespace }
    }

    /// Calls `body` with each child (attributes first for XML elements), building no array.
    func forEachChild(_ body: (Node) -> Void) {
        for child in childIndexes { body(Node(tree: tree, index: child)) }
    }

    /// Calls `body` with each child element, building no array.
    func forEachElement(_ body: (Node) -> Void) {
        forEachChild { if $0.kind == .element { body($0) } }
    }

    /// A JSON object member by key.
    public subscript(key key: String) -> Node? {
        guard kind == .object else { return nil }
        return firstChild { $0.name == key }
    }

    /// The children whose records pass `include`, without building a node for those that do not.
    private func childNodes(_ include: (borrowing LocatedTree.Record) -> Bool) -> [Node] {
        var result: [Node] = []
        for child in childIndexes where include(tree.records[child]) { result.append(Node(tree: tree, index: child)) }
        return result
    }

    /// The first child whose record passes `matches`: a look-up that builds no array.
    private func firstChild(where matches: (borrowing LocatedTree.Record) -> Bool) -> Node? {
        for child in childIndexes where matches(tree.records[child]) { return Node(tree: tree, index: child) }
        return nil
    }

    /// The records' indexes of this node's children, in document order: the one walk every look-up here shares.
    private var childIndexes: ChildIndexes { ChildIndexes(of: index, in: tree) }

    private func namespaceURI(of record: borrowing LocatedTree.Record) -> String? {
        tree.qualifier(record.qualifier)?.namespaceURI
    }

    /// The concatenated text of an XML element's direct text children.
    public var text: String {
        // Most elements have one text child or none: its value is the text, with no array to join.
        var result: String?
        for child in childIndexes where tree.records[child].kind == .text {
            guard let value = tree.records[child].value else { continue }
            if result == nil { result = value } else { result!.append(value) }
        }
        return result ?? ""
    }

    /// JSON Pointer (RFC 6901) for JSON, indexed XPath for XML.
    public var path: String { DocumentPath.of(self) }
}
