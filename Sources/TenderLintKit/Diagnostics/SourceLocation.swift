/// Where a diagnostic points: a file, a range in it, and the source lines to quote.
///
/// The quoted lines travel with the location so that a diagnostic outlives
/// its document: renderers never go back to the file.
public struct SourceLocation: Hashable, Sendable {
    public var path: String
    public var start: SourcePosition
    /// Exclusive: the position just after the last character of the range.
    public var end: SourcePosition
    public var excerpt: SourceExcerpt
    /// The located text itself (at most `SourceFile.subjectLimit` characters, whitespace runs collapsed):
    /// what baselines and fingerprints match on, so that moving text does not break them.
    public var subject: String

    public init(path: String, start: SourcePosition, end: SourcePosition, excerpt: SourceExcerpt, subject: String = "") {
        self.path = path
        self.start = start
        self.end = end
        self.excerpt = excerpt
        self.subject = subject
    }

    /// A location with no source to quote, for a file as a whole.
    public static func wholeFile(_ path: String) -> SourceLocation {
        let origin = SourcePosition(line: 1, column: 1, offset: 0)
        return SourceLocation(path: path, start: origin, end: origin, excerpt: SourceExcerpt(lines: []))
    }

    /// The last line the range covers; a range that stops at the start of a line does not cover it.
    public var lastLine: Int {
        end.line > start.line && end.column == 1 ? end.line - 1 : end.line
    }
}

/// The source lines a location covers, possibly clipped to keep output readable.
public struct SourceExcerpt: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        /// 1-based line number.
        public var number: Int
        /// The text shown. Clipped lines hold a window of the real line.
        public var text: String
        /// The column of the first code point of `text` (1 unless the start was clipped).
        public var firstColumn: Int
        public var isClippedAtStart: Bool { firstColumn > 1 }
        public var isClippedAtEnd: Bool

        public init(number: Int, text: String, firstColumn: Int = 1, isClippedAtEnd: Bool = false) {
            self.number = number
            self.text = text
            self.firstColumn = firstColumn
            self.isClippedAtEnd = isClippedAtEnd
        }
    }

    /// In ascending order; a gap in numbers means lines were left out of a long range.
    public var lines: [Line]

    public init(lines: [Line]) {
        self.lines = lines
    }
}

extension SourceFile {
    /// Longest stretch of one line quoted in a diagnostic, in code points.
    static let excerptWidth = 160
    /// Ranges over more lines than this quote their first and last lines only.
    static let excerptLineLimit = 5

    /// Resolves a byte range to lines and columns, with the excerpt and subject the document's `detail` asks for
    /// (empty otherwise). A place asked for again in the same document is built once.
    public func location(of range: ByteRange) -> SourceLocation {
        locations.location(of: range) { buildLocation(of: range) }
    }

    private func buildLocation(of range: ByteRange) -> SourceLocation {
        let start = position(at: range.lowerBound)
        let end = position(at: range.upperBound)
        var location = SourceLocation(path: path, start: start, end: end, excerpt: SourceExcerpt(lines: []),
                                      subject: detail.contains(.subject) ? subject(of: range) : "")
        guard detail.contains(.excerpt) else { return location }
        let last = location.lastLine
        var numbers = Array(start.line...last)
        if numbers.count > Self.excerptLineLimit {
            numbers = Array(numbers.prefix(2)) + Array(numbers.suffix(2))
        }
        location.excerpt.lines = numbers.map { number in
            let focus = number == start.line ? start.column : 1
            return excerptLine(number, around: focus)
        }
        return location
    }

    /// Longest subject kept, in characters.
    static let subjectLimit = 200

    /// The text of a range with runs of whitespace (line ends included) collapsed to one space.
    private func subject(of range: ByteRange) -> String {
        let upper = min(range.upperBound, range.lowerBound + Self.subjectLimit * 4)
        let window = ByteRange(range.lowerBound, max(range.lowerBound, upper))
        return asciiSubject(window) ?? Self.collapsingWhitespace(text(in: window))
    }

    /// Runs of whitespace in `text` collapsed to one space, leading and trailing ones dropped, cut after
    /// `subjectLimit` characters: what a subject is, for any text.
    static func collapsingWhitespace(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(character)
            if result.count >= Self.subjectLimit { break }
        }
        return result
    }

    /// `subject(of:)` worked in bytes, for ASCII text (nil otherwise), where a byte is a character and the
    /// whitespace characters are space, tab, LF, VT, FF and CR: no Unicode property is looked up for each one.
    private func asciiSubject(_ range: ByteRange) -> String? {
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        guard Self.isASCII(bytes[lower..<upper]) else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            var result: [UInt8] = []
            result.reserveCapacity(min(upper - lower, Self.subjectLimit))
            var pendingSpace = false
            for byte in buffer[lower..<upper] {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = !result.isEmpty
                    continue
                }
                if pendingSpace { result.append(0x20) }
                pendingSpace = false
                result.append(byte)
                if result.count >= Self.subjectLimit { break }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// One line, clipped to a window that keeps `column` in view when the line is long.
    /// Works in bytes around the column, so that quoting a line of many megabytes costs the window, not the line.
    private func excerptLine(_ number: Int, around column: Int) -> SourceExcerpt.Line {
        var line = contentRange(ofLine: number)
        if number == firstLine, hasByteOrderMark { line.lowerBound = min(3, line.upperBound) }
        let width = Self.excerptWidth
        let length = line.count <= width ? line.count : codePoints(from: line.lowerBound, to: line.upperBound)
        guard length > width else { return SourceExcerpt.Line(number: number, text: text(in: line)) }
        let first = max(1, min(column - width / 3, length - width + 1))
        let lower = offset(movingForward: first - 1, from: line.lowerBound, in: line)
        let upper = offset(movingForward: width, from: lower, in: line)
        return SourceExcerpt.Line(
            number: number,
            text: text(in: ByteRange(lower, upper)),
            firstColumn: first,
            isClippedAtEnd: upper < line.upperBound
        )
    }

    /// The offset `count` code points after `start`, within `line`. Far moves jump with the column index.
    private func offset(movingForward count: Int, from start: Int, in line: ByteRange) -> Int {
        if count > ColumnIndex.blockSize, let offset = columnIndex.offset(after: count, from: start, limit: line.upperBound, in: bytes) {
            return offset
        }
        // ASCII: a code point a byte.
        let reach = min(start + count, line.upperBound)
        if start <= reach, Self.isASCII(bytes[start..<reach]) { return reach }
        var offset = start
        var remaining = count
        var decoder = UTF8()
        var iterator = bytes[offset..<line.upperBound].makeIterator()
        while remaining > 0 {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .error: offset += 1
            case .emptyInput: return line.upperBound
            }
            remaining -= 1
        }
        return offset
    }
}
