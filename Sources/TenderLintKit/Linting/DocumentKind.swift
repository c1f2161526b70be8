/// How a file is read, decided by its extension.
public enum DocumentKind: String, Sendable, CaseIterable {
    case xml
    case json
    case jsonLines

    /// Extensions tenderlint reads, lower-case, without the dot.
    public static let extensions: [String: DocumentKind] = [
        "xml": .xml, "json": .json, "jsonl": .jsonLines, "ndjson": .jsonLines,
    ]

    /// The kind for a path, or nil when tenderlint does not read files with its extension.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        guard let kind = DocumentKind.extensions[path[path.index(after: dot)...].lowercased()] else { return nil }
        self = kind
    }

    public func read(_ source: SourceFile) -> ReadResult {
        switch self {
        case .xml: XMLReader().read(source)
        case .json: JSONReader().read(source)
        case .jsonLines: JSONLinesReader().read(source)
        }
    }

    /// Hands over the documents of the file at `path`: a JSON Lines file a line at a time as it streams
    /// from disk, any other file whole. Throws `PathError` when it cannot be read.
    public func forEachDocument(path: String, _ body: (ReadResult) -> Void) throws(PathError) {
        switch self {
        case .jsonLines: try JSONLinesReader().forEachDocument(path: path, body)
        case .xml, .json: body(read(try SourceFile.read(path: path)))
        }
    }

    /// Hands over the documents of a file in memory: a JSON Lines file a line at a time, any other whole.
    public func forEachDocument(in source: SourceFile, _ body: (ReadResult) -> Void) {
        switch self {
        case .jsonLines: JSONLinesReader().forEachDocument(in: source, body)
        case .xml, .json: body(read(source))
        }
    }
}
