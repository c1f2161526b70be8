/// Builds a `LocatedTree` in document order, as a reader meets start and end events.
struct TreeBuilder {
    private var records: [LocatedTree.Record]
    private var open: [Int32] = [0]

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
        var record = LocatedTree.Record(
            kind: kind, name: name, prefix: prefix, namespaceURI: namespaceURI, value: value,
            range: range, nameRange: nameRange, valueRange: valueRange, parent: parent
        )
        record.arrayIndex = Int32(arrayIndex)
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
        records[Int(node)].range.upperBound = max(end, records[Int(node)].range.lowerBound)
    }

    /// Finishes the tree.
    consuming func finish(source: SourceFile, format: DocumentFormat, range: ByteRange) -> LocatedTree {
        LocatedTree(source: source, format: format, range: range, records: records)
    }
}
