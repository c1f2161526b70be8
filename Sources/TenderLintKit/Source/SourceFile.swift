import Foundation

/// The text of one input file, or of one document in it, with an index of where its lines start.
///
/// Readers record byte offsets into `bytes`; this type turns them into lines and columns
/// (see `SourcePosition` for the units) and hands out source lines for
/// diagnostics to quote. A document streamed out of a larger file (a line of a JSON Lines
/// file) holds only its own bytes; `firstLine` and `firstOffset` say where they sit in the
/// file, so that positions and line numbers are the file's all the same.
public final class SourceFile: Sendable {
    /// The path as the user gave it (or as a directory walk produced it), used in output.
    public let path: String
    /// The file's text as UTF-8. A reader that transcodes (UTF-16 XML, say) makes a new `SourceFile`.
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// Whether the text starts with a UTF-8 byte order mark, which takes no column.
    /// Only the start of a file can have one.
    public let hasByteOrderMark: Bool
    /// The file's line number of the first line of `bytes` (1 unless this is a part of a file).
    public let firstLine: Int
    /// The file's byte offset of `bytes[0]` (0 unless this is a part of a file).
    public let firstOffset: Int
    /// What the locations of this document's findings hold beyond positions: what the run's reports need.
    public let detail: LocationDetail
    let columnIndex = ColumnIndex()
    let locations = LocationCache()

    public init(path: String, bytes: [UInt8], firstLine: Int = 1, firstOffset: Int = 0, detail: LocationDetail = .all) {
        self.path = path
        self.detail = detail
        self.bytes = bytes
        self.lineStarts = SourceFile.indexLines(bytes)
        self.firstLine = firstLine
        self.firstOffset = firstOffset
        self.hasByteOrderMark = firstOffset == 0 && bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    public convenience init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Reads a whole file. Throws `PathError` with a one-line reason a person can act on.
    public static func read(path: String, detail: LocationDetail = .all) throws(PathError) -> SourceFile {
        let (descriptor, status) = try openDescriptor(path: path)
        defer { close(descriptor) }
        return SourceFile(path: path, bytes: try readAll(descriptor, expecting: Int(status.st_size), path: path), detail: detail)
    }

    /// Opens a file to read, or says in one line why it cannot be. Only regular files are read: a FIFO would block
    /// for ever and a device (a link to /dev/zero) never ends, so the file is opened without blocking and its type
    /// checked on the open descriptor, which no rename between a check and the open can change.
    public static func openForReading(path: String) throws(PathError) -> FileHandle {
        FileHandle(fileDescriptor: try openDescriptor(path: path).descriptor, closeOnDealloc: true)
    }

    /// The open descriptor of a regular file, set to block as usual, with its status.
    private static func openDescriptor(path: String) throws(PathError) -> (descriptor: Int32, status: stat) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case ENOENT, ENOTDIR: throw PathError(path: path, reason: "no such file or directory")
            case EACCES, EPERM: throw PathError(path: path, reason: "cannot be opened for reading (check its permissions)")
            case ELOOP: throw PathError(path: path, reason: "is a loop of symbolic links")
            default: throw PathError(path: path, reason: "cannot be opened: \(String(cString: strerror(code)))")
            }
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            close(descriptor)
            throw PathError(path: path, reason: "cannot be read: \(String(cString: strerror(errno)))")
        }
        if let kind = fileKind(status.st_mode) {
            close(descriptor)
            throw PathError(path: path, reason: kind == "a directory" ? "is a directory" : "is \(kind), not a regular file, so it is not read")
        }
        // Reads block again as usual: the non-blocking open was only so a FIFO could not hold it.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return (descriptor, status)
    }

    /// Everything in `descriptor`: one read of the size its status gave (looping on short reads), then on in
    /// blocks for a file that grew since.
    private static func readAll(_ descriptor: Int32, expecting size: Int, path: String) throws(PathError) -> [UInt8] {
        var failure: Int32 = 0
        var full = false
        // One byte past the known size, so that a file read whole says it has ended.
        var bytes = [UInt8](unsafeUninitializedCapacity: max(size, 0) + 1) { buffer, count in
            count = fill(buffer, from: descriptor, failure: &failure)
            full = count == buffer.count
        }
        while failure == 0, full {
            let block = [UInt8](unsafeUninitializedCapacity: 1 << 16) { buffer, count in
                count = fill(buffer, from: descriptor, failure: &failure)
                full = count == buffer.count
            }
            bytes += block
        }
        if failure != 0 { throw PathError(path: path, reason: "cannot be read: \(String(cString: strerror(failure)))") }
        return bytes
    }

    /// Reads into `buffer` until it is full or the file ends; how many bytes were read.
    private static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from descriptor: Int32, failure: inout Int32) -> Int {
        var filled = 0
        while filled < buffer.count {
            let count = Foundation.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            if count > 0 {
                filled += count
            } else if count < 0, errno == EINTR {
                continue
            } else {
                if count < 0 { failure = errno }
                break
            }
        }
        return filled
    }

    /// What a file that is not a regular file is, in words; nil for a regular file.
    static func fileKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a directory"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

    public var lineCount: Int { lineStarts.count }
    /// The file's line number of the last line of `bytes`.
    public var lastLine: Int { firstLine + lineStarts.count - 1 }

    /// The byte range of a line's text, without its line terminator. Lines are numbered as in the file.
    public func contentRange(ofLine line: Int) -> ByteRange {
        precondition(line >= firstLine && line <= lastLine, "line \(line) is outside \(firstLine)...\(lastLine)")
        let index = line - firstLine
        let start = lineStarts[index]
        var end = index + 1 < lineCount ? lineStarts[index + 1] : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return ByteRange(start, end)
    }

    /// `range` cut at the end of the line it starts on: what a diagnostic about a list, an object or an element
    /// spanning many lines points at, so that it does not quote the whole thing.
    public func clippedToFirstLine(_ range: ByteRange) -> ByteRange {
        let lineEnd = contentRange(ofLine: line(containing: range.lowerBound)).upperBound
        return ByteRange(range.lowerBound, max(range.lowerBound, min(range.upperBound, lineEnd)))
    }

    /// A line's text, with invalid UTF-8 shown as U+FFFD and a leading byte order mark dropped.
    public func text(ofLine line: Int) -> String {
        var range = contentRange(ofLine: line)
        if line == firstLine, hasByteOrderMark { range.lowerBound = min(3, range.upperBound) }
        return String(decoding: bytes[range.lowerBound..<range.upperBound], as: UTF8.self)
    }

    /// The line (numbered as in the file) containing `offset`. Offsets past the end belong to the last line.
    public func line(containing offset: Int) -> Int {
        firstLine + lineIndex(containing: offset)
    }

    /// The 0-based index into `lineStarts` of the line containing `offset`.
    private func lineIndex(containing offset: Int) -> Int {
        // Binary search for the last line start at or before offset.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The line and column of a byte offset into `bytes`, as the file numbers them (its offset too).
    /// Offsets are clamped to `bytes`.
    public func position(at offset: Int) -> SourcePosition {
        let offset = max(0, min(offset, bytes.count))
        let index = lineIndex(containing: offset)
        var start = lineStarts[index]
        if index == 0, hasByteOrderMark { start = min(3, offset) }
        let end = max(start, offset)
        return SourcePosition(line: firstLine + index, column: 1 + codePoints(from: start, to: end), offset: firstOffset + offset)
    }

    /// The code points in `bytes[start..<end]`; far apart on one long line, counted with the column index.
    func codePoints(from start: Int, to end: Int) -> Int {
        if end - start > ColumnIndex.blockSize, let count = columnIndex.codePoints(in: bytes, from: start, to: end) {
            return count
        }
        return SourceFile.countCodePoints(bytes[start..<end])
    }

    /// The byte offset of a 1-based line and column (columns in code points, after any byte order mark):
    /// the inverse of `position(at:)`, for positions other tools give, such as YAML parsers' marks.
    /// Clamped to the line's text.
    public func offset(line: Int, column: Int) -> Int {
        let line = min(max(line, firstLine), lastLine)
        var offset = lineStarts[line - firstLine]
        if line == firstLine, hasByteOrderMark { offset = min(3, bytes.count) }
        let lineEnd = contentRange(ofLine: line).upperBound
        var remaining = column - 1
        while remaining > 0, offset < lineEnd {
            offset += 1
            while offset < lineEnd, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return offset
    }

    /// The text of a byte range, with invalid UTF-8 shown as U+FFFD.
    public func text(in range: ByteRange) -> String {
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// The offset of the first byte that is not valid UTF-8, or nil when all of it is.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        // Validation by the standard library is fast; only a failure needs the slow search.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// Counts code points; an invalid UTF-8 sequence counts as one, as it is shown as one U+FFFD.
    static func countCodePoints(_ slice: ArraySlice<UInt8>) -> Int {
        // Most text of a tender is ASCII: one code point a byte, found by one pass the compiler vectorises.
        if isASCII(slice) { return slice.count }
        var iterator = slice.makeIterator()
        var decoder = UTF8()
        var count = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue, .error: count += 1
            case .emptyInput: return count
            }
        }
    }

    /// Whether every byte is below 0x80.
    static func isASCII(_ slice: ArraySlice<UInt8>) -> Bool {
        slice.withUnsafeBufferPointer { buffer in
            var bits: UInt8 = 0
            for byte in buffer { bits |= byte }
            return bits < 0x80
        }
    }

    private static func indexLines(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var index = 0
            while index < count {
                let byte = buffer[index]
                if byte == UInt8(ascii: "\n") {
                    starts.append(index + 1)
                } else if byte == UInt8(ascii: "\r") {
                    // CR LF is one line end; a lone CR (old Mac files) is one too.
                    if index + 1 < count, buffer[index + 1] == UInt8(ascii: "\n") { index += 1 }
                    starts.append(index + 1)
                }
                index += 1
            }
        }
        return starts
    }
}

/// Why a path the user gave cannot be read or linted at all: a usage problem
/// (exit status 2), as opposed to a document that reads but is malformed.
public struct PathError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
