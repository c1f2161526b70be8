/// Reads strict RFC 8259 JSON into a `LocatedTree`, with reader diagnostics
/// (TL002 for JSON that breaks the RFC, TL004 for duplicate keys).
///
/// Our own reader rather than Foundation's, for three reasons: every node
/// keeps its exact byte range; numbers keep their literal text (`33.3`
/// stays `33.3`, weights and money are never rounded through `Double`);
/// and errors say exactly where and what, with a fix where there is one.
/// It stops at the first syntax error: one clear message beats a cascade.
public struct JSONReader: Sendable {
    public static let defaultMaximumDepth = 512

    /// How many objects and arrays may nest; past that, reading stops with TL002.
    public var maximumDepth: Int

    /// The byte and node limits of one document; only `maximumBytes` and `maximumNodes` concern the reader.
    public var limits: DocumentLimits

    public init(maximumDepth: Int = JSONReader.defaultMaximumDepth, limits: DocumentLimits = DocumentLimits()) {
        self.maximumDepth = maximumDepth
        self.limits = limits
    }

    /// Reads the whole file as one document.
    public func read(_ source: SourceFile) -> ReadResult {
        let (tree, diagnostics) = readDocument(source, in: ByteRange(0, source.bytes.count))
        return ReadResult(documents: tree.map { [$0] } ?? [], diagnostics: diagnostics, documentCount: 1)
    }

    /// Reads one document from part of a file (a line of a JSON Lines file, say).
    /// Positions stay relative to the file. The tree is nil when the document has a syntax error.
    public func readDocument(_ source: SourceFile, in range: ByteRange) -> (tree: LocatedTree?, diagnostics: [Diagnostic]) {
        let total = source.bytes.count
        let lower = min(max(range.lowerBound, 0), total)
        let range = ByteRange(lower, min(max(range.upperBound, lower), total))
        guard range.upperBound <= LocatedTree.maximumDocumentSize else {
            return (nil, [Diagnostic(
                ReaderRule.jsonWellFormed, .error, "the document is larger than 2 GB, the most tenderlint reads as one document",
                at: .wholeFile(source.path),
                help: ["split it into smaller documents, such as one release per line in a JSON Lines (.jsonl) file"]
            )])
        }
        if range.count > limits.maximumBytes {
            let location = range.lowerBound == 0 && range.upperBound == total
                ? SourceLocation.wholeFile(source.path) : source.location(of: .at(range.lowerBound))
            return (nil, [limits.tooManyBytes(range.count, at: location)])
        }

        let parsed = source.bytes.withUnsafeBufferPointer { bytes -> Parsed in
            if let problem = JSONReader.encodingProblem(in: bytes, range: range) {
                return Parsed(builder: TreeBuilder(documentRange: range), duplicates: [], error: problem, context: nil)
            }
            var start = range.lowerBound
            if start == 0, range.count >= 3, source.hasByteOrderMark { start = 3 }
            var parser = JSONParser(bytes: bytes, start: start, documentRange: range, maximumDepth: maximumDepth,
                                    limits: limits)
            do throws(JSONSyntaxError) {
                try parser.parse()
                return Parsed(builder: parser.builder, duplicates: parser.duplicates, error: nil, context: nil)
            } catch {
                return Parsed(builder: parser.builder, duplicates: parser.duplicates, error: error, context: parser.errorContext)
            }
        }

        // A tree is built even after an error, to name the containers in document paths.
        let tree = parsed.builder.finish(source: source, format: .json, range: range)
        func path(of container: Int32) -> String {
            container > 0 ? Node(tree: tree, index: Int(container)).path : ""
        }
        if let refused = parsed.builder.refusedNode {
            // The tree is cut short: nothing else it says can be trusted, and no rule runs on it.
            return (nil, [limits.tooManyNodes(at: source.location(of: ByteRange(refused.lowerBound, refused.lowerBound + 1)),
                                              documentPath: parsed.context.map { path(of: $0.container) })])
        }
        // The first duplicates are reported in full, the rest counted on the last of them.
        var duplicates = FindingBudget(limit: limits.findingsPerRule)
        for duplicate in parsed.duplicates {
            duplicates.add { Self.duplicateKey(duplicate, in: source, containerPath: path(of: duplicate.container)) }
        }
        var diagnostics = duplicates.diagnostics
        guard let error = parsed.error else { return (tree, diagnostics) }
        let documentPath = parsed.context.map { context in
            path(of: context.container) + (context.segment.map { "/" + DocumentPath.escapePointerToken($0) } ?? "")
        }
        diagnostics.append(JSONReader.diagnostic(for: error, in: source, documentPath: documentPath))
        return (nil, diagnostics)
    }

    /// A TL004 diagnostic for a key met twice.
    private static func duplicateKey(_ duplicate: JSONParser.Duplicate, in source: SourceFile, containerPath: String) -> Diagnostic {
        Diagnostic(
            ReaderRule.jsonDuplicateKey,
            .error,
            "duplicate key '\(JSONSyntaxError.quoted(duplicate.key))' in this object; JSON readers disagree about which value counts",
            at: source.location(of: duplicate.second),
            label: "defined again here",
            secondary: [Diagnostic.Label("first defined here", at: source.location(of: duplicate.first))],
            notes: ["some readers keep the first value, most keep the last, and some reject the document"],
            help: ["remove one of the two members, or rename one if both are needed"],
            documentPath: containerPath + "/" + DocumentPath.escapePointerToken(duplicate.key)
        )
    }

    /// What the parser left behind; it holds no pointer into the file's bytes.
    private struct Parsed {
        var builder: TreeBuilder
        var duplicates: [JSONParser.Duplicate]
        var error: JSONSyntaxError?
        var context: (container: Int32, segment: String?)?
    }

    /// A TL002 diagnostic for a syntax error.
    static func diagnostic(for error: JSONSyntaxError, in source: SourceFile, documentPath: String?) -> Diagnostic {
        Diagnostic(
            ReaderRule.jsonWellFormed,
            .error,
            error.message,
            at: source.location(of: error.range),
            label: error.label,
            secondary: error.secondary.map { Diagnostic.Label($0.message, at: source.location(of: $0.range)) },
            notes: error.notes,
            help: error.help,
            fixIts: error.fixIts.map { Diagnostic.FixIt($0.summary, .safe, replacing: source.location(of: $0.range), with: $0.replacement) },
            documentPath: documentPath
        )
    }

    /// A document that starts like UTF-16 or UTF-32 text: a byte order mark, or NUL bytes beside ASCII.
    /// RFC 8259 requires UTF-8 (a UTF-8 byte order mark is accepted and skipped).
    static func encodingProblem(in bytes: UnsafeBufferPointer<UInt8>, range: ByteRange) -> JSONSyntaxError? {
        let count = range.count
        func byte(_ offset: Int) -> UInt8 { bytes[range.lowerBound + offset] }
        let encoding: String
        let reason: String
        let length: Int
        if count >= 4, byte(0) == 0, byte(1) == 0, byte(2) == 0xFE, byte(3) == 0xFF {
            (encoding, reason, length) = ("UTF-32", "it starts with the UTF-32 big-endian byte order mark 0x00 0x00 0xFE 0xFF", 4)
        } else if count >= 4, byte(0) == 0xFF, byte(1) == 0xFE, byte(2) == 0, byte(3) == 0 {
            (encoding, reason, length) = ("UTF-32", "it starts with the UTF-32 little-endian byte order mark 0xFF 0xFE 0x00 0x00", 4)
        } else if count >= 2, byte(0) == 0xFE, byte(1) == 0xFF {
            (encoding, reason, length) = ("UTF-16", "it starts with the UTF-16 big-endian byte order mark 0xFE 0xFF", 2)
        } else if count >= 2, byte(0) == 0xFF, byte(1) == 0xFE {
            (encoding, reason, length) = ("UTF-16", "it starts with the UTF-16 little-endian byte order mark 0xFF 0xFE", 2)
        } else if count >= 4, byte(0) == 0, byte(1) == 0, byte(2) == 0, byte(3) != 0, byte(3) < 0x80 {
            (encoding, reason, length) = ("UTF-32", "each character takes four bytes, three of them NUL, as in UTF-32 big-endian text", 4)
        } else if count >= 4, byte(0) != 0, byte(0) < 0x80, byte(1) == 0, byte(2) == 0, byte(3) == 0 {
            (encoding, reason, length) = ("UTF-32", "each character takes four bytes, three of them NUL, as in UTF-32 little-endian text", 4)
        } else if count >= 2, byte(0) == 0, byte(1) != 0, byte(1) < 0x80 {
            (encoding, reason, length) = ("UTF-16", "every other byte is NUL, as in UTF-16 big-endian text", 2)
        } else if count >= 2, byte(0) != 0, byte(0) < 0x80, byte(1) == 0 {
            (encoding, reason, length) = ("UTF-16", "every other byte is NUL, as in UTF-16 little-endian text", 2)
        } else {
            return nil
        }
        return JSONSyntaxError(
            "JSON must be UTF-8; this file looks like \(encoding)",
            at: ByteRange(range.lowerBound, range.lowerBound + length),
            label: "not UTF-8",
            notes: [reason],
            help: ["save the file as UTF-8 (RFC 8259 requires it for JSON exchanged between systems)"]
        )
    }
}
