/// What reading one file gives: its documents and any problems found on the way.
public struct ReadResult: Sendable {
    /// The documents that could be read. A JSON Lines file gives one per non-blank line.
    public var documents: [LocatedTree]
    /// Reader findings (TL001, TL002, TL004) in the order met.
    public var diagnostics: [Diagnostic]
    /// Documents the file holds, read or not: a malformed JSON file is one document with no tree.
    public var documentCount: Int

    public init(documents: [LocatedTree] = [], diagnostics: [Diagnostic] = [], documentCount: Int) {
        self.documents = documents
        self.diagnostics = diagnostics
        self.documentCount = documentCount
    }
}
