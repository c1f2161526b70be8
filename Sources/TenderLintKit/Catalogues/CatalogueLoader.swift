/// The syntax a catalogue file is written in, from its extension.
public enum CatalogueFormat: String, Sendable, Hashable, CaseIterable {
    case json
    case yaml

    public init?(path: String) {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".json") { self = .json } else if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") { self = .yaml } else { return nil }
    }
}

/// What loading one catalogue file gives: the catalogue when it has no errors, and every problem found.
public struct CatalogueLoadResult: Sendable {
    /// Nil when the file has an error; warnings leave it usable.
    public var catalogue: MeasureCatalogue?
    public var diagnostics: [Diagnostic]

    public init(catalogue: MeasureCatalogue?, diagnostics: [Diagnostic]) {
        self.catalogue = catalogue
        self.diagnostics = diagnostics
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads and validates a catalogue of measures (docs/catalogues.md), reporting every problem at its line and column.
public struct CatalogueLoader: Sendable {
    public init() {}

    /// Reads a file; throws `PathError` when it cannot be read at all or is neither JSON nor YAML.
    public func load(path: String) throws(PathError) -> CatalogueLoadResult {
        guard let format = CatalogueFormat(path: path) else {
            throw PathError(path: path, reason: "not a catalogue file tenderlint reads (it reads .json, .yaml and .yml)")
        }
        return load(try SourceFile.read(path: path), as: format)
    }

    public func load(_ source: SourceFile, as format: CatalogueFormat? = nil) -> CatalogueLoadResult {
        let format = format ?? CatalogueFormat(path: source.path) ?? .json
        let (value, readDiagnostics) = CatalogueDocument.root(of: source, as: format)
        guard let value else { return CatalogueLoadResult(catalogue: nil, diagnostics: readDiagnostics) }
        var decoder = CatalogueDecoder(source: source)
        let catalogue = decoder.decode(value)
        let diagnostics = (readDiagnostics + decoder.diagnostics).sorted(by: Diagnostic.presentationOrder)
        let failed = diagnostics.contains { $0.severity == .error }
        return CatalogueLoadResult(catalogue: failed ? nil : catalogue, diagnostics: diagnostics)
    }

    /// Validates a catalogue built some other way (an imported CSV): the checks that need no file positions.
    public static func problems(in catalogue: MeasureCatalogue) -> [String] {
        var problems: [String] = []
        if let known = MeasureFramework.known(catalogue.framework), known.isOfficial == catalogue.isIllustrative {
            problems.append(catalogue.isIllustrative
                ? "an illustrative catalogue must not use the framework id '\(catalogue.framework)' of an official list"
                : "the framework '\(catalogue.framework)' is tenderlint's invented catalogue; it must be marked illustrative")
        }
        return problems
    }
}

/// Shared constructors for TL008 diagnostics.
enum CatalogueDiagnostics {
    static func error(_ message: String, at range: ByteRange, in source: SourceFile, label: String? = nil,
                      secondary: [Diagnostic.Label] = [], notes: [String] = [], help: [String] = [],
                      fixIts: [Diagnostic.FixIt] = [], path: String? = nil) -> Diagnostic {
        make(.error, message, at: range, in: source, label: label, secondary: secondary, notes: notes, help: help, fixIts: fixIts, path: path)
    }

    static func make(_ severity: Severity, _ message: String, at range: ByteRange, in source: SourceFile, label: String? = nil,
                     secondary: [Diagnostic.Label] = [], notes: [String] = [], help: [String] = [],
                     fixIts: [Diagnostic.FixIt] = [], path: String? = nil) -> Diagnostic {
        Diagnostic(CatalogueRule.invalidCatalogue, severity, message, at: source.location(of: range), label: label,
                   secondary: secondary, notes: notes, help: help, fixIts: fixIts, documentPath: path)
    }
}
