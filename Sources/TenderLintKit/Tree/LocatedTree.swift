import Foundation

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
    /// XPath positions of XML nodes among same-named siblings, worked out once, on the first path asked for.
    let siblingPositions = SiblingPositions()
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

/// For each node, its 1-based position among the parent's children of the same kind and name, or 0 when it
/// has no such sibling. Built in one pass over the tree the first time a path needs it: only diagnostics need
/// paths, so most trees never pay for it, and a tree with many diagnostics pays once.
final class SiblingPositions: @unchecked Sendable {
    private let lock = NSLock()
    private var positions: [Int32]?

    func position(of index: Int, in tree: LocatedTree) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if positions == nil { positions = Self.compute(tree.records) }
        return Int(positions![index])
    }

    private struct Step: Hashable {
        var kind: NodeKind
        var name: String?
        var prefix: String?
    }

    private static func compute(_ records: [LocatedTree.Record]) -> [Int32] {
        var positions = [Int32](repeating: 0, count: records.count)
        var counts: [Step: Int32] = [:]
        var members: [Step: [Int32]] = [:]
        for parent in records.indices where records[parent].firstChild >= 0 {
            counts.removeAll(keepingCapacity: true)
            members.removeAll(keepingCapacity: true)
            var child = records[parent].firstChild
            while child >= 0 {
                let record = records[Int(child)]
                let step = Step(kind: record.kind, name: record.name, prefix: record.prefix)
                let count = (counts[step] ?? 0) + 1
                counts[step] = count
                positions[Int(child)] = count
                if count == 2, let first = members[step]?.first { positions[Int(first)] = 1 }
                if count == 1 { members[step] = [child] }
                child = record.nextSibling
            }
            // A name that occurs once gets no position at all.
            for (step, count) in counts where count == 1 {
                if let only = members[step]?.first { positions[Int(only)] = 0 }
            }
        }
        return positions
    }
}
