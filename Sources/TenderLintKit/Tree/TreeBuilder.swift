/// Builds a `LocatedTree` in document order, as a reader meets start and end events.
struct TreeBuilder {
    private var records: [LocatedTree.Record]
    private var open: [Int32] = [0]
    private var qualifiers: [LocatedTree.Qualifier] = []
    private var qualifierIndex: [LocatedTree.Qualifier: Int32] = [:]

    init(documentRange: ByteRange) {
        records = [LocatedTree.Record(kind: .element, range: documentRange, parent: -1)]
    }

    /// How many nodes are open, not counting the document node.
    var depth: Int { open.count - 1 }

    /// Adds a node as the last child of the open node and returns its index.
    @discardableResult
    mutating func append(
        _ kind: NodeKind,
        name: String? = nil,
        prefix: String? = nil,
        namespaceURI: String? = nil,
        value: String? = nil,
        range: ByteRange,
        nameRange: ByteRange? = nil,
        valueRange: ByteRange? = nil,
        arrayIndex: Int = -1
    ) -> Int32 {
        let parent = open[open.count - 1]
        let index = Int32(records.count)
        var record = LocatedTree.Record(kind: kind, name: name, value: value, range: range, parent: parent)
        record.nameRange = LocatedTree.Span(nameRange)
        record.valueRange = LocatedTree.Span(valueRange)
        record.arrayIndex = Int32(arrayIndex)
        if prefix != nil || namespaceURI != nil { record.qualifier = qualifier(prefix: prefix, namespaceURI: namespaceURI) }
        records.append(record)
        let previous = records[Int(parent)].lastChild
        if previous >= 0 { records[Int(previous)].nextSibling = index } else { records[Int(parent)].firstChild = index }
        records[Int(parent)].lastChild = index
        return index
    }

    /// Makes `node` the open node: what is appended next becomes its children.
    mutating func push(_ node: Int32) { open.append(node) }

    /// Closes the open node, extending its range to `end`.
    mutating func pop(end: Int) {
        let node = open.removeLast()
        records[Int(node)].range.upper = max(Int32(end), records[Int(node)].range.lower)
    }

    private mutating func qualifier(prefix: String?, namespaceURI: String?) -> Int32 {
        let qualifier = LocatedTree.Qualifier(prefix: prefix, namespaceURI: namespaceURI)
        if let index = qualifierIndex[qualifier] { return index }
        let index = Int32(qualifiers.count)
        qualifiers.append(qualifier)
        qualifierIndex[qualifier] = index
        return index
    }

    /// Finishes the tree.
    consuming func finish(source: SourceFile, format: DocumentFormat, range: ByteRange) -> LocatedTree {
        LocatedTree(source: source, format: format, range: range, records: records, qualifiers: qualifiers)
    }
}
