import Foundation
import Testing
@testable import TenderLintKit

@Suite("Source files and positions")
struct SourceFileTests {
    @Test("finds line starts for LF, CRLF and lone CR line ends")
    func lineStarts() {
        let source = SourceFile(path: "x", text: "a\nb\r\nc\rd")
        #expect(source.lineStarts == [0, 2, 5, 7])
        #expect(source.lineCount == 4)
        #expect(source.text(ofLine: 2) == "b")
        #expect(source.text(ofLine: 4) == "d")
    }

    @Test("reports the same line and column for CRLF text as for LF text")
    func crlfPositions() {
        let lf = SourceFile(path: "x", text: "one\ntwo three\nfour")
        let crlf = SourceFile(path: "x", text: "one\r\ntwo three\r\nfour")
        let lfPosition = lf.position(at: lf.offset(of: "three"))
        let crlfPosition = crlf.position(at: crlf.offset(of: "three"))
        #expect(lfPosition.line == 2 && lfPosition.column == 5)
        #expect((crlfPosition.line, crlfPosition.column) == (lfPosition.line, lfPosition.column))
        #expect(crlf.text(ofLine: 2) == "two three")
    }

    @Test("counts columns in Unicode code points, not bytes")
    func codePointColumns() {
        let source = SourceFile(path: "x", text: "Llywodraeth Cymru — Cwm Taf Morgannwg 👩‍⚕️ ŵ!")
        // 38 code points of text, four for the emoji, a space, then ŵ.
        #expect(source.position(at: source.offset(of: "ŵ")).column == 38 + 4 + 2)
        #expect(source.position(at: source.offset(of: "!")).column == 38 + 4 + 3)
    }

    @Test("gives a leading byte order mark no column")
    func byteOrderMark() {
        let source = SourceFile(path: "x", bytes: [0xEF, 0xBB, 0xBF] + Array("ab\ncd".utf8))
        #expect(source.hasByteOrderMark)
        #expect(source.position(at: 3).column == 1)
        #expect(source.position(at: 4).column == 2)
        #expect(source.text(ofLine: 1) == "ab")
    }

    @Test("counts an invalid UTF-8 sequence as one column, as it is shown as one replacement character")
    func invalidBytes() {
        let source = SourceFile(path: "x", bytes: [0x61, 0xFF, 0x62])
        #expect(source.position(at: 2).column == 3)
        #expect(source.text(ofLine: 1) == "a\u{FFFD}b")
    }

    @Test("clamps offsets past the end to the end of the file")
    func clamping() {
        let source = SourceFile(path: "x", text: "ab\n")
        #expect(source.position(at: 99) == SourcePosition(line: 2, column: 1, offset: 3))
        #expect(SourceFile(path: "x", text: "").position(at: 0) == SourcePosition(line: 1, column: 1, offset: 0))
    }

    @Test("quotes the lines of a location and clips a very long line around the position")
    func excerpts() {
        let long = String(repeating: "x", count: 10_000) + "!" + String(repeating: "y", count: 100)
        let source = SourceFile(path: "x", text: "first\n" + long)
        let location = source.location(of: ByteRange(source.offset(of: "!"), source.offset(of: "!") + 1))
        #expect(location.start.line == 2)
        #expect(location.start.column == 10_001)
        let line = try! #require(location.excerpt.lines.first)
        #expect(line.number == 2)
        #expect(line.isClippedAtStart)
        #expect(line.text.unicodeScalars.count == 160)
        let bang = line.text.unicodeScalars.firstIndex(of: "!")!
        #expect(line.firstColumn + line.text.unicodeScalars.distance(from: line.text.unicodeScalars.startIndex, to: bang) == 10_001)
    }

    @Test("quotes only the first and last lines of a long multi-line range")
    func longRanges() {
        let source = SourceFile(path: "x", text: (1...10).map { "line \($0)" }.joined(separator: "\n"))
        let location = source.location(of: ByteRange(0, source.bytes.count))
        #expect(location.excerpt.lines.map(\.number) == [1, 2, 9, 10])
    }

    @Test("does not quote the line a range stops at the start of")
    func rangeEndingAtLineStart() {
        let source = SourceFile(path: "x", text: "ab\ncd\n")
        let location = source.location(of: ByteRange(0, 3))
        #expect(location.end.line == 2 && location.end.column == 1)
        #expect(location.excerpt.lines.map(\.number) == [1])
    }

    @Test("says why a file cannot be read")
    func unreadable() {
        #expect(throws: PathError(path: "/nonexistent/x.xml", reason: "no such file or directory")) {
            try SourceFile.read(path: "/nonexistent/x.xml")
        }
        #expect(throws: PathError(path: "/tmp", reason: "is a directory")) {
            try SourceFile.read(path: "/tmp")
        }
    }

    @Test("refuses a FIFO at once, without waiting for a writer, and a link to a device that never ends")
    func notRegularFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: PathError(path: fifo, reason: "is a named pipe (FIFO), not a regular file, so it is not read")) {
            try SourceFile.read(path: fifo)
        }
        let zero = folder.appendingPathComponent("zero.json").path
        try FileManager.default.createSymbolicLink(atPath: zero, withDestinationPath: "/dev/zero")
        #expect(throws: PathError(path: zero, reason: "is a character device, not a regular file, so it is not read")) {
            try SourceFile.read(path: zero)
        }
        let loop = folder.appendingPathComponent("loop.json").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        #expect(throws: PathError(path: loop, reason: "is a loop of symbolic links")) {
            try SourceFile.read(path: loop)
        }
    }

    @Test("reads a file's every byte, whatever its size", arguments: [0, 1, 4095, 65_536, 300_001])
    func readsWholeFile(size: Int) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-read-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 251) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(try SourceFile.read(path: path).bytes == bytes)
    }
}
