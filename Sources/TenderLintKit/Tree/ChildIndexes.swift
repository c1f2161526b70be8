/// The records' indexes of one node's children, in document order: a walk of the sibling chain that builds
/// no node, shared by every look-up of children.
struct ChildIndexes: Sequence, IteratorProtocol {
    private let tree: LocatedTree
    private var upcoming: Int32

    init(of parent: Int, in tree: LocatedTree) {
        self.tree = tree
        upcoming = tree.records[parent].firstChild
    }

    mutating func next() -> Int? {
        guard upcoming >= 0 else { return nil }
        let current = Int(upcoming)
        upcoming = tree.records[current].nextSibling
        return current
    }
}
