/// Turns a located tree in one published format into tenders.
///
/// Formats are told apart by content (root element and namespace, JSON keys), never by file extension.
public protocol TenderAdapter: Sendable {
    /// Whether the tree is in this adapter's format.
    func recognises(_ tree: LocatedTree) -> Bool
    /// The tenders the document holds (an OCDS package can hold many), and problems with its values.
    func tenders(in tree: LocatedTree, vocabulary: Vocabulary) -> AdapterResult
}

public struct AdapterResult: Sendable {
    public var tenders: [Tender]
    /// TL005–TL007 findings: values that cannot be read, unknown and missing fields.
    public var diagnostics: [Diagnostic]

    public init(tenders: [Tender] = [], diagnostics: [Diagnostic] = []) {
        self.tenders = tenders
        self.diagnostics = diagnostics
    }
}
