import Foundation
import Testing
@testable import TenderLintKit

@Suite("A location's subject")
struct SubjectTests {
    /// The subject as it is defined for any text, character by character.
    private static func expected(_ text: String) -> String { SourceFile.collapsingWhitespace(text) }

    private static func subject(of text: String) -> String {
        let source = SourceFile(path: "x", text: text)
        return source.location(of: ByteRange(0, source.bytes.count)).subject
    }

    @Test("collapses every kind of ASCII whitespace, CR LF included, as the Unicode definition does", arguments: [
        "  lead and trail  ", "tab\there", "lines\r\nand\rends\n", "vertical\u{0B}tab and form\u{0C}feed", "", " \t\r\n ",
        "{\n  \"value\": { \"amount\": 5 }\n}",
    ])
    func asciiWhitespace(text: String) {
        #expect(Self.subject(of: text) == Self.expected(text))
    }

    @Test("stops at the limit wherever a collapsed space falls", arguments: [198, 199, 200, 201])
    func limit(words: Int) {
        let text = String(repeating: "a", count: words) + "   " + String(repeating: "b c ", count: 100)
        #expect(Self.subject(of: text) == Self.expected(text))
        #expect(Self.subject(of: text).count <= SourceFile.subjectLimit + 1)
    }

    @Test("treats non-ASCII text, its own whitespace included, as characters", arguments: [
        "Llywodraeth\u{A0}Cymru", "e\u{301}  combining", "👩‍⚕️ \u{2003} ŵ", "café\n\n menu",
    ])
    func unicode(text: String) {
        #expect(Self.subject(of: text) == Self.expected(text))
    }

    @Test("collapses a no-break space and an em space as it does a space")
    func unicodeSpaces() {
        #expect(Self.subject(of: " Llywodraeth\u{A0}\u{A0}Cymru\u{2003}ŵ ") == "Llywodraeth Cymru ŵ")
        #expect(Self.subject(of: "a \r\n\t b") == "a b")
    }

    @Test("names the line a value starts on as its location does")
    func originLine() throws {
        let source = SourceFile(path: "x", text: "{\n  \"a\": 1,\n  \"b\": [2,\n 3]\n}")
        let tree = try #require(JSONReader().read(source).documents.first)
        for node in tree.allNodes {
            let origin = Origin(node)
            #expect(origin.line == origin.location.start.line)
        }
    }
}
