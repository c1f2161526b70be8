/// Builds a `LocatedTree` in document order, as a reader meets start and end events.
struct TreeBuilder {
    private var records: [LocatedTree.Record]
    /// The open nodes, innermost last, each with its last child so far (-1 for none): only open nodes take
    /// children, so the records need not keep a last child each.
    private var open: [(node: Int32, lastChild: Int32)] = [(0, -1)]
    private var qualifiers: [LocatedTree.Qualifier] = []
    private var qualifierIndex: [LocatedTree.Qualifier: Int32] = [:]

    /// The limits the document is read under; the tree keeps them for the stages after reading.
    let limits: DocumentLimits
    /// The range of the first node refused because the tree was full; nil while there is room.
    private(set) var refusedNode: ByteRange?

    /// `expectedNodes`, when given, is an upper bound on the nodes to come (the document node aside): room is
    /// made for them at once, so the records never grow by copying. Pages not written stay untouched, so an
    /// over-estimate costs address space, not memory.
    init(documentRange: ByteRange, limits: DocumentLimits = .none, expectedNodes: Int? = nil) {
        records = [LocatedTree.Record(kind: .element, range: documentRange, parent: -1)]
        if let expectedNodes { records.reserveCapacity(min(expectedNodes, limits.maximumNodes) + 1) }
        self.limits = limits
    }

    /// Whether a node has been refused: the reader should stop and say so (TL018).
    var isFull: Bool { refusedNode != nil }

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
        arrayIndex: Int = -1,
        qualifier knownQualifier: Int32? = nil
    ) -> Int32 {
        let parent = open[open.count - 1].node
        // Once full, nothing more is kept: -1 stands for a node that was refused, and for its children.
        guard parent >= 0, records.count <= limits.maximumNodes else {
            if refusedNode == nil { refusedNode = range }
            return -1
        }
        let index = Int32(records.count)
        var record = LocatedTree.Record(kind: kind, name: name, value: value, range: range, parent: parent)
        record.nameRange = LocatedTree.Span(nameRange)
        record.valueRange = LocatedTree.Span(valueRange)
        record.arrayIndex = Int32(arrayIndex)
        if let knownQualifier {
            record.qualifier = knownQualifier
        } else if prefix != nil || namespaceURI != nil {
            record.qualifier = qualifier(prefix: prefix, namespaceURI: namespaceURI)
        }
        records.append(record)
        let previous = open[open.count - 1].lastChild
        if previous >= 0 { records[Int(previous)].nextSibling = index } else { records[Int(parent)].firstChild = index }
        open[open.count - 1].lastChild = index
        return index
    }

    /// Makes `node` the open node: what is appended next becomes its children.
    mutating func push(_ node: Int32) { open.append((node, -1)) }

    /// Closes the open node, extending its range to `end`.
    mutating func pop(end: Int) {
        let node = open.removeLast().node
        guard node >= 0 else { return }
        records[Int(node)].range.upper = max(Int32(end), records[Int(node)].range.lower)
    }

    /// The index of a prefix and namespace among the tree's qualifiers (-1 for neither), added if new; a reader
    /// that meets the same pair again can pass the index to `append` instead of the strings.
    mutating func qualifier(prefix: String?, namespaceURI: String?) -> Int32 {
        guard prefix != nil || namespaceURI != nil else { return -1 }
        let qualifier = LocatedTree.Qualifier(prefix: prefix, namespaceURI: namespaceURI)
        if let index = qualifierIndex[qualifier] { return index }
        let index = Int32(qualifiers.count)
        qualifiers.append(qualifier)
        qualifierIndex[qualifier] = index
        return index
    }

    /// Finishes the tree.
    consuming func finish(source: SourceFile, format: DocumentFormat, range: ByteRange) -> LocatedTree {
        LocatedTree(source: source, format: format, range: range, records: records, qualifiers: qualifiers, limits: limits)
    }
}
