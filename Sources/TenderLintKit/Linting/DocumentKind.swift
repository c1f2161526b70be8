import Foundation

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

    public func read(_ source: SourceFile, limits: DocumentLimits = DocumentLimits()) -> ReadResult {
        switch self {
        case .xml: XMLReader(limits: limits).read(source)
        case .json: JSONReader(limits: limits).read(source)
        case .jsonLines: JSONLinesReader(jsonReader: JSONReader(limits: limits)).read(source)
        }
    }

    /// Hands over the documents of the file at `path`: a JSON Lines file a line at a time as it streams
    /// from disk, any other file whole. A file larger than `limits.maximumBytes` is refused (TL018) before it is
    /// read. Its findings' locations hold `detail`. Throws `PathError` when it cannot be read.
    public func forEachDocument(path: String, limits: DocumentLimits = DocumentLimits(), detail: LocationDetail = .all,
                                _ body: (ReadResult) -> Void) throws(PathError) {
        switch self {
        case .jsonLines: try JSONLinesReader(jsonReader: JSONReader(limits: limits), detail: detail).forEachDocument(path: path, body)
        case .xml, .json:
            if let size = Self.size(of: path), size > limits.maximumBytes {
                body(ReadResult(diagnostics: [limits.tooManyBytes(size, at: .wholeFile(path))], documentCount: 1))
                return
            }
            body(read(try SourceFile.read(path: path, detail: detail), limits: limits))
        }
    }

    /// Hands over the documents of a file in memory: a JSON Lines file a line at a time, any other whole.
    public func forEachDocument(in source: SourceFile, limits: DocumentLimits = DocumentLimits(), _ body: (ReadResult) -> Void) {
        switch self {
        case .jsonLines: JSONLinesReader(jsonReader: JSONReader(limits: limits)).forEachDocument(in: source, body)
        case .xml, .json: body(read(source, limits: limits))
        }
    }

    /// A regular file's size in bytes, from its metadata; nil when it cannot be told (reading will say why).
    private static func size(of path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(status.st_size)
    }
}
