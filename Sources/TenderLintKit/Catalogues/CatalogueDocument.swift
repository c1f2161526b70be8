/// Reads a catalogue file into the located tree, whether it was written in JSON or YAML, so that one
/// validation reports positioned problems for both.
enum CatalogueDocument {
    /// The top-level value, or the diagnostics that say why the file could not be read.
    static func root(of source: SourceFile, as format: CatalogueFormat) -> (value: Node?, diagnostics: [Diagnostic]) {
        switch format {
        case .json:
            let result = JSONReader().read(source)
            return (result.documents.first?.root, result.diagnostics)
        case .yaml:
            switch YAMLReader().read(source, as: "a YAML catalogue") {
            case .failure(let error):
                return (nil, [error.diagnostic(CatalogueRule.invalidCatalogue, in: source)])
            case .success(let tree):
                guard let root = tree?.root else {
                    return (nil, [CatalogueDiagnostics.error("the file is empty; a catalogue needs at least a framework, an edition, a title and measures",
                                                             at: ByteRange.at(0), in: source)])
                }
                return (root, [])
            }
        }
    }
}
