import Foundation

/// Reads JSON Lines (`.jsonl`, `.ndjson`): one JSON document per line, handed over one at a time.
///
/// Each document gets a `SourceFile` of its own line only, placed at its line and offset in the
/// file, so positions are the file's while only one document's bytes and tree are in memory: a
/// bulk file of several gigabytes streams in the memory of its largest line.
/// Blank lines (spaces and tabs only) are skipped. A malformed line gives its diagnostics and the
/// others are still read.
public struct JSONLinesReader: Sendable {
    public var jsonReader: JSONReader
    /// How many bytes are read from disk at once when streaming a file.
    public var chunkSize: Int
    /// What the locations of a file read from disk hold (`LocationDetail`); a file in memory keeps its own.
    public var detail: LocationDetail

    public init(jsonReader: JSONReader = JSONReader(), chunkSize: Int = 1 << 22, detail: LocationDetail = .all) {
        self.jsonReader = jsonReader
        self.chunkSize = max(1, chunkSize)
        self.detail = detail
    }

    /// Reads a file already in memory, all its documents at once.
    public func read(_ source: SourceFile) -> ReadResult {
        var result = ReadResult(documentCount: 0)
        forEachDocument(in: source) { document in
            result.documents += document.documents
            result.diagnostics += document.diagnostics
            result.documentCount += document.documentCount
        }
        return result
    }

    /// Hands over each document of a file in memory, in order; each result holds one document.
    public func forEachDocument(in source: SourceFile, _ body: (ReadResult) -> Void) {
        var splitter = JSONLinesSplitter(path: source.path, maximumLineBytes: jsonReader.limits.maximumBytes, detail: source.detail)
        source.bytes.withUnsafeBufferPointer { bytes in _ = splitter.feed(bytes) { body(read($0)) } }
        splitter.finish { body(read($0)) }
    }

    /// Reads a file from disk a chunk at a time and hands over each document, in order, as soon as its
    /// line is complete. Throws `PathError` when the file cannot be opened or read.
    public func forEachDocument(path: String, _ body: (ReadResult) -> Void) throws(PathError) {
        try forEachLine(path: path) { body(read($0)) }
    }

    /// A line read as a document.
    public func read(_ line: JSONLine) -> ReadResult {
        switch line {
        case .document(let source):
            let (tree, diagnostics) = jsonReader.readDocument(source, in: ByteRange(0, source.bytes.count))
            return ReadResult(documents: tree.map { [$0] } ?? [], diagnostics: diagnostics, documentCount: 1)
        case .unreadable(let result):
            return result
        }
    }

    /// A batch is this many lines, or this many bytes, whichever comes first: enough to keep every core busy,
    /// few enough that the batch's trees stay small beside the file.
    public static let batchLines = 256
    public static let batchBytes = 8 << 20

    /// Hands over a file's non-blank lines, unread, in batches, in order: for callers that read and check the
    /// lines of a batch on several threads. Throws `PathError` when the file cannot be opened or read.
    public func forEachBatch(path: String, _ body: ([JSONLine]) -> Void) throws(PathError) {
        var batch: [JSONLine] = []
        var bytes = 0
        try forEachLine(path: path) { line in
            batch.append(line)
            if case .document(let source) = line { bytes += source.bytes.count }
            if batch.count >= Self.batchLines || bytes >= Self.batchBytes {
                body(batch)
                batch.removeAll(keepingCapacity: true)
                bytes = 0
            }
        }
        if !batch.isEmpty { body(batch) }
    }

    /// Hands over each non-blank line of a file, unread, in order. Throws `PathError` when the file cannot be
    /// opened or read.
    public func forEachLine(path: String, _ body: (JSONLine) -> Void) throws(PathError) {
        let handle = try SourceFile.openForReading(path: path)
        defer { try? handle.close() }
        var splitter = JSONLinesSplitter(path: path, maximumLineBytes: jsonReader.limits.maximumBytes, detail: detail)
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: chunkSize) ?? Data()
            } catch {
                throw PathError(path: path, reason: "cannot be read: \(error.localizedDescription)")
            }
            if chunk.isEmpty { break }
            let more = chunk.withUnsafeBytes { raw in splitter.feed(raw.bindMemory(to: UInt8.self), body) }
            if !more { return }
        }
        splitter.finish(body)
    }
}

/// A line of a JSON Lines file: a document's text, placed where it is in the file; or, for a file that is
/// not UTF-8, the one finding that says so.
public enum JSONLine: Sendable {
    case document(SourceFile)
    case unreadable(ReadResult)
}

/// Cuts a stream of bytes into lines, handing over each non-blank one.
struct JSONLinesSplitter {
    let path: String
    /// A longer line is not kept: it is skipped to its end and reported (TL018), so it costs no memory.
    let maximumLineBytes: Int
    /// What each line's locations hold.
    let detail: LocationDetail
    /// A line past `maximumLineBytes` being skipped: how long it is so far, and its first bytes, to quote.
    private var oversized: (size: Int, prefix: [UInt8])?
    /// The start of a line whose end has not arrived yet.
    private var pending: [UInt8] = []
    /// The file's line number and byte offset of `pending`'s first byte.
    private var line = 1
    private var offset = 0
    /// Whether the first bytes have been checked for UTF-16 and UTF-32.
    private var checkedEncoding = false
    /// Set when the file is not UTF-8: one diagnostic says it all and nothing more is read.
    private var stopped = false

    init(path: String, maximumLineBytes: Int = .max, detail: LocationDetail = .all) {
        self.path = path
        self.maximumLineBytes = maximumLineBytes
        self.detail = detail
    }

    /// Takes the next bytes of the file. Returns false when the rest of the file need not be read.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (JSONLine) -> Void) -> Bool {
        guard !stopped, !bytes.isEmpty else { return !stopped }
        if !checkedEncoding {
            // Four bytes tell UTF-16 and UTF-32 from UTF-8; wait for them unless the file is shorter.
            pending.append(contentsOf: bytes)
            guard pending.count >= 4 else { return true }
            checkEncoding(body)
            guard !stopped else { return false }
            let start = pending
            pending = []
            return start.withUnsafeBufferPointer { feed($0, body) }
        }
        var start = 0
        while start < bytes.count {
            let rest = UnsafeRawPointer(bytes.baseAddress! + start)
            guard let found = memchr(rest, 0x0A, bytes.count - start) else { break }
            let end = start + (UnsafeRawPointer(found) - rest)
            if oversized != nil {
                oversized!.size += end - start
                tooLong(body)
            } else if pending.isEmpty {
                document(Array(bytes[start..<end]), body)
            } else {
                pending.append(contentsOf: bytes[start..<end])
                let text = pending
                pending = []
                document(text, body)
            }
            offset += 1  // the line feed
            start = end + 1
        }
        if oversized != nil {
            oversized!.size += bytes.count - start
        } else {
            pending.append(contentsOf: bytes[start...])
            if pending.count > maximumLineBytes {
                oversized = (pending.count, Array(pending.prefix(Self.quotedPrefix)))
                pending = []
            }
        }
        return true
    }

    /// Reports the line being skipped, now that its length is known, and moves past it.
    private mutating func tooLong(_ body: (JSONLine) -> Void) {
        guard let (size, prefix) = oversized else { return }
        oversized = nil
        let source = SourceFile(path: path, bytes: prefix, firstLine: line, firstOffset: offset, detail: detail)
        let diagnostic = DocumentLimits(maximumBytes: maximumLineBytes).tooManyBytes(size, at: source.location(of: .at(0)))
        body(.unreadable(ReadResult(diagnostics: [diagnostic], documentCount: 1)))
        // Lone CRs inside the line are not counted here: the line was not kept to count them.
        line += 1
        offset += size
    }

    /// The end of the file: its last line, when it has no line feed.
    mutating func finish(_ body: (JSONLine) -> Void) {
        if !checkedEncoding, !pending.isEmpty { checkEncoding(body) }
        if oversized != nil {
            tooLong(body)
            return
        }
        guard !stopped, !pending.isEmpty else { return }
        let text = pending
        pending = []
        document(text, body)
    }

    private mutating func checkEncoding(_ body: (JSONLine) -> Void) {
        checkedEncoding = true
        let problem = pending.withUnsafeBufferPointer { JSONReader.encodingProblem(in: $0, range: ByteRange(0, $0.count)) }
        guard let problem else { return }
        // Line by line, UTF-16 would give one confusing error per line; one for the file says it all.
        stopped = true
        let firstLine = pending.prefix(while: { $0 != 0x0A })
        let source = SourceFile(path: path, bytes: Array(firstLine.prefix(Self.quotedPrefix)), detail: detail)
        body(.unreadable(ReadResult(diagnostics: [JSONReader.diagnostic(for: problem, in: source, documentPath: nil)], documentCount: 1)))
    }

    /// How much of a file that is not UTF-8 is kept to quote.
    private static let quotedPrefix = 4096

    /// Hands over one line (without its line feed) unless it is blank, and moves past it.
    private mutating func document(_ text: [UInt8], _ body: (JSONLine) -> Void) {
        var content = text
        if content.last == 0x0D { content.removeLast() }  // CR LF ends a line as LF does
        let byteOrderMark = offset == 0 && content.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let isBlank = content.dropFirst(byteOrderMark).allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        // A lone CR inside a line ends a line for positions, as it does in any other file.
        let innerLineEnds = content.reduce(0) { $0 + ($1 == 0x0D ? 1 : 0) }
        if !isBlank {
            body(.document(SourceFile(path: path, bytes: content, firstLine: line, firstOffset: offset, detail: detail)))
        }
        line += 1 + innerLineEnds
        offset += text.count
    }
}
