/// Turns a document's tree into tenders with whichever adapter recognises its format.
public struct TenderModelBuilder: Sendable {
    public var adapters: [any TenderAdapter]
    public var vocabulary: Vocabulary

    /// Our tender spec first, then the published formats.
    public static let standardAdapters: [any TenderAdapter] = [TenderSpecAdapter(), OCDSAdapter(), EFormsAdapter()]

    public init(adapters: [any TenderAdapter] = TenderModelBuilder.standardAdapters, vocabulary: Vocabulary = .builtIn) {
        self.adapters = adapters
        self.vocabulary = vocabulary
    }

    /// The tenders in a tree; a document no adapter recognises gets one TL003 info diagnostic and no tenders.
    public func tenders(in tree: LocatedTree) -> AdapterResult {
        if let adapter = adapters.first(where: { $0.recognises(tree) }) {
            return adapter.tenders(in: tree, vocabulary: vocabulary)
        }
        return AdapterResult(diagnostics: [notATender(tree)])
    }

    private func notATender(_ tree: LocatedTree) -> Diagnostic {
        let root = tree.root
        let location = root.map { tree.source.location(of: $0.kind == .element ? $0.valueRange : ByteRange.at($0.range.lowerBound)) }
            ?? tree.source.location(of: .at(tree.range.lowerBound))
        let what: String
        let looksFor: String
        switch tree.format {
        case .xml:
            let name = root?.qualifiedName ?? "?"
            let namespace = root?.namespaceURI.map { " in the namespace \($0)" } ?? " in no namespace"
            what = "this XML document (<\(name)>\(namespace)) is not a tender document"
            looksFor = "a <tender> in \(TenderSpecAdapter.namespace), or an eForms notice"
        case .json:
            what = "this JSON document is not a tender document"
            looksFor = "a \"tenderSpec\" key, or an OCDS release or record package, or a release with an \"ocid\""
        }
        return Diagnostic(
            ModelRule.notATenderDocument, .info, what + ", so it was skipped", at: location,
            notes: ["tenderlint recognises documents by content: it looks for \(looksFor)"]
        ).identified(by: root)
    }
}
