import Testing
@testable import TenderLintKit

/// A long line of mixed one- to four-byte characters, as a minified document of Welsh and English text has.
private let longLine: String = {
    let pieces = ["a", "ŵ", "€", "👩‍⚕️", "{\"k\":1}", "é", " "]
    return (0..<40_000).map { pieces[($0 * 7 + $0 / 3) % pieces.count] }.joined()
}()

@Suite("Positions and excerpts on very long lines")
struct LongLineTests {
    @Test("counts columns on a long line exactly as a character-by-character count does")
    func columnsMatchASlowCount() {
        let source = SourceFile(path: "min.json", text: "first line\n" + longLine + "\nlast")
        let lineStart = source.contentRange(ofLine: 2).lowerBound
        let scalars = Array(longLine.unicodeScalars)
        for index in stride(from: 0, to: scalars.count, by: 997) + [scalars.count] {
            let offset = lineStart + String(String.UnicodeScalarView(scalars[..<index])).utf8.count
            let position = source.position(at: offset)
            #expect(position.line == 2)
            #expect(position.column == index + 1)
        }
    }

    @Test("quotes a window of a long line around the column, as the line's own text would be cut")
    func excerptWindowMatchesTheLine() throws {
        let source = SourceFile(path: "min.json", text: longLine)
        let scalars = Array(longLine.unicodeScalars)
        for column in [1, 50, 5_000, 60_000, scalars.count - 10] {
            let offset = String(String.UnicodeScalarView(scalars[..<(column - 1)])).utf8.count
            let line = try #require(source.location(of: ByteRange(offset, offset + 1)).excerpt.lines.first)
            let width = 160
            let first = max(1, min(column - width / 3, scalars.count - width + 1))
            #expect(line.firstColumn == first)
            #expect(line.text == String(String.UnicodeScalarView(scalars[(first - 1)..<(first - 1 + width)])))
            #expect(line.isClippedAtEnd == (first - 1 + width < scalars.count))
        }
    }

    @Test("falls back to counting byte by byte when a long line is not valid UTF-8")
    func invalidUTF8() {
        let bytes = Array(repeating: UInt8(ascii: "a"), count: 10_000) + [0xFF, 0xFE] + Array(repeating: UInt8(ascii: "b"), count: 10_000)
        let source = SourceFile(path: "bad.json", bytes: bytes)
        #expect(source.position(at: 10_002).column == 10_003)
        #expect(source.position(at: bytes.count).column == bytes.count + 1)
        #expect(source.location(of: ByteRange(15_000, 15_001)).excerpt.lines.first?.text.count == 160)
    }
}
