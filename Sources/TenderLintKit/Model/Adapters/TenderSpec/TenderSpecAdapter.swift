/// Reads tenderlint's own tender specification, version 1, in XML or JSON (see docs/tender-spec.md).
///
/// One model, two spellings: the reader is written once against `SpecObject`,
/// which hides whether a field is an attribute or a key.
public struct TenderSpecAdapter: TenderAdapter {
    public static let namespace = "urn:tenderlint:tender-spec:1"
    /// The value of `"tenderSpec"` in JSON.
    public static let version = "1"

    public init() {}

    public func recognises(_ tree: LocatedTree) -> Bool {
        guard let root = tree.root else { return false }
        switch tree.format {
        case .xml: return root.name == "tender" && root.namespaceURI == Self.namespace
        case .json: return root.kind == .object && root[key: "tenderSpec"] != nil
        }
    }

    public func tenders(in tree: LocatedTree, vocabulary: Vocabulary) -> AdapterResult {
        guard let root = tree.root else { return AdapterResult() }
        let reading = TenderSpecDiagnostics(findingsPerRule: tree.limits.findingsPerRule)
        let tender = TenderSpecReading(diagnostics: reading).tender(from: SpecObject(node: root))
        return AdapterResult(tenders: [tender], diagnostics: reading.diagnostics)
    }
}
