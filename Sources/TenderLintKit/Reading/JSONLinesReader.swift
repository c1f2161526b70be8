/// Reads JSON Lines (`.jsonl`): one JSON document per line.
///
/// Blank lines (spaces and tabs only) are skipped. Each line is read on its
/// own, so a malformed line gives its diagnostics and the others are still
/// read. Positions are relative to the whole file: a fault on line 3 is
/// reported on line 3.
public struct JSONLinesReader: Sendable {
    public var jsonReader: JSONReader

    public init(jsonReader: JSONReader = JSONReader()) {
        self.jsonReader = jsonReader
    }

    public func read(_ source: SourceFile) -> ReadResult {
        let (lines, encodingProblem) = source.bytes.withUnsafeBufferPointer { bytes in
            (JSONLinesReader.documentLines(in: bytes), JSONReader.encodingProblem(in: bytes, range: ByteRange(0, bytes.count)))
        }
        if let encodingProblem {
            // Line by line, UTF-16 would give one confusing error per line; one for the file says it all.
            return ReadResult(
                diagnostics: [JSONReader.diagnostic(for: encodingProblem, in: source, documentPath: nil)],
                documentCount: max(lines.count, 1)
            )
        }
        var result = ReadResult(documentCount: lines.count)
        for line in lines {
            let (tree, diagnostics) = jsonReader.readDocument(source, in: line)
            if let tree { result.documents.append(tree) }
            result.diagnostics += diagnostics
        }
        return result
    }

    /// The ranges of the non-blank lines, each without its line terminator (LF or CR LF).
    static func documentLines(in bytes: UnsafeBufferPointer<UInt8>) -> [ByteRange] {
        var lines: [ByteRange] = []
        // A UTF-8 byte order mark belongs to no line's content; the JSON reader skips it on the first line.
        let firstContent = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let nextLine = lineEnd + 1
            if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            var content = lineStart == 0 ? min(firstContent, lineEnd) : lineStart
            while content < lineEnd, bytes[content] == 0x20 || bytes[content] == 0x09 || bytes[content] == 0x0D { content += 1 }
            if content < lineEnd { lines.append(ByteRange(lineStart, lineEnd)) }
            lineStart = nextLine
        }
        return lines
    }
}
