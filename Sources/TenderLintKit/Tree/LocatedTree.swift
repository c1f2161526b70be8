import Foundation

/// A document read into a tree whose every node knows where it came from.
///
/// Nodes live in one flat array (parent, first child and next sibling as
/// indices) rather than as objects: building is cheap, the tree is immutable
/// and `Sendable`, and a walk up to the root for a document path needs no
/// back references. `Node` is the view to use.
public final class LocatedTree: Sendable {
    /// One node, kept small: a large document has millions, and each is copied to be read.
    /// Ranges are 32-bit (a document is under 2 GB); an XML name's prefix and namespace, which repeat
    /// across the document, are stored once in `qualifiers`.
    struct Record: Sendable {
        var name: String?
        var value: String?
        var range: Span
        var nameRange: Span = .none
        var valueRange: Span = .none
        var parent: Int32
        var firstChild: Int32 = -1
        var nextSibling: Int32 = -1
        var arrayIndex: Int32 = -1
        /// Index into `qualifiers`, or -1 for a name with neither prefix nor namespace.
        var qualifier: Int32 = -1
        var kind: NodeKind

        init(kind: NodeKind, name: String? = nil, value: String? = nil, range: ByteRange, parent: Int32) {
            self.kind = kind
            self.name = name
            self.value = value
            self.range = Span(range)
            self.parent = parent
        }
    }

    /// A byte range in 32 bits; `none` stands for no range.
    struct Span: Sendable {
        var lower: Int32
        var upper: Int32

        static let none = Span(lower: -1, upper: -1)

        init(lower: Int32, upper: Int32) {
            self.lower = lower
            self.upper = upper
        }

        init(_ range: ByteRange) {
            lower = Int32(range.lowerBound)
            upper = Int32(range.upperBound)
        }

        init(_ range: ByteRange?) {
            self = range.map(Span.init) ?? .none
        }

        var byteRange: ByteRange { ByteRange(Int(lower), Int(upper)) }
        var optionalByteRange: ByteRange? { lower < 0 ? nil : byteRange }
    }

    /// An XML name's prefix and namespace.
    struct Qualifier: Sendable, Hashable {
        var prefix: String?
        var namespaceURI: String?
    }

    /// The largest document a tree can hold: ranges are 32-bit.
    public static let maximumDocumentSize = Int(Int32.max) - 1

    public let source: SourceFile
    public let format: DocumentFormat
    /// XPath positions of XML nodes among same-named siblings, worked out once, on the first path asked for.
    let siblingPositions = SiblingPositions()
    /// What names each repeated child in a finding's `SubjectIdentity`, worked out per parent on first use.
    let identityPredicates = IdentityPredicates()
    /// The part of the file this document was read from (one line of a JSON Lines file, say).
    public let range: ByteRange
    let records: [Record]
    let qualifiers: [Qualifier]
    /// The limits the document was read under: later stages (the model, the rules) keep to them too.
    public let limits: DocumentLimits

    init(source: SourceFile, format: DocumentFormat, range: ByteRange, records: [Record], qualifiers: [Qualifier],
         limits: DocumentLimits = DocumentLimits()) {
        self.limits = limits
        self.source = source
        self.format = format
        self.range = range
        self.records = records
        self.qualifiers = qualifiers
    }

    /// The prefix and namespace a record's `qualifier` index stands for; nil for -1.
    func qualifier(_ index: Int32) -> Qualifier? {
        index < 0 ? nil : qualifiers[Int(index)]
    }

    /// The document element (XML) or top-level value (JSON).
    public var root: Node? {
        // Record 0 is the document itself; its first element or value child is the root.
        guard !records.isEmpty else { return nil }
        for index in ChildIndexes(of: 0, in: self) where records[index].kind == .element || records[index].kind.isJSONValue {
            return Node(tree: self, index: index)
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
        // Most parents have a few children: counting them costs less than indexing the whole tree.
        if let position = Self.countedPosition(of: index, in: tree) { return position }
        lock.lock()
        defer { lock.unlock() }
        if positions == nil { positions = Self.compute(tree) }
        return Int(positions![index])
    }

    /// Siblings counted directly when a parent has at most this many children.
    private static let countedLimit = 32

    /// The position among same-named siblings, counted; nil when the parent has too many children to count.
    private static func countedPosition(of index: Int, in tree: LocatedTree) -> Int? {
        let records = tree.records
        let parent = Int(records[index].parent)
        guard parent >= 0 else { return 0 }
        let kind = records[index].kind
        let name = records[index].name
        let prefix = tree.qualifier(records[index].qualifier)?.prefix
        var visited = 0
        var same = 0
        var position = 0
        for sibling in ChildIndexes(of: parent, in: tree) {
            visited += 1
            if visited > countedLimit { return nil }
            if records[sibling].kind == kind, records[sibling].name == name, tree.qualifier(records[sibling].qualifier)?.prefix == prefix {
                same += 1
                if sibling == index { position = same }
            }
        }
        return same > 1 ? position : 0
    }

    private struct Step: Hashable {
        var kind: NodeKind
        var name: String?
        var prefix: String?
    }

    private static func compute(_ tree: LocatedTree) -> [Int32] {
        let records = tree.records
        var positions = [Int32](repeating: 0, count: records.count)
        var counts: [Step: Int32] = [:]
        var members: [Step: [Int32]] = [:]
        for parent in records.indices where records[parent].firstChild >= 0 {
            counts.removeAll(keepingCapacity: true)
            members.removeAll(keepingCapacity: true)
            for child in ChildIndexes(of: parent, in: tree) {
                let record = records[child]
                let step = Step(kind: record.kind, name: record.name, prefix: tree.qualifier(record.qualifier)?.prefix)
                let count = (counts[step] ?? 0) + 1
                counts[step] = count
                positions[child] = count
                if count == 2, let first = members[step]?.first { positions[Int(first)] = 1 }
                if count == 1 { members[step] = [Int32(child)] }
            }
            // A name that occurs once gets no position at all.
            for (step, count) in counts where count == 1 {
                if let only = members[step]?.first { positions[Int(only)] = 0 }
            }
        }
        return positions
    }
}
