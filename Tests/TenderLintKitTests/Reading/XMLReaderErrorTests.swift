import Foundation
import Testing
@testable import TenderLintKit

@Suite("XML reader errors")
struct XMLReaderErrorTests {
    func diagnostics(_ text: String) -> [Diagnostic] {
        XMLReader().read(SourceFile(path: "bad.xml", text: text)).diagnostics
    }

    func diagnostics(bytes: [UInt8]) -> [Diagnostic] {
        XMLReader().read(SourceFile(path: "bad.xml", bytes: bytes)).diagnostics
    }

    @Test("reports a mismatched end tag at the end tag, naming the open element and where it starts")
    func mismatchedEndTag() throws {
        let found = diagnostics("<tender>\n  <lot>\n    <name>x</name>\n  </tender>\n</tender>")
        let diagnostic = try #require(found.first)
        #expect(found.count == 1)
        #expect(diagnostic.rule == ReaderRule.xmlWellFormed)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "end tag </tender> does not match the start tag <lot>")
        #expect(diagnostic.location.start.description == "4:3")
        #expect(diagnostic.secondary.first?.location.start.description == "2:3")
        #expect(diagnostic.fixIts.first?.replacement == "lot")
    }

    @Test("counts columns in code points when Welsh text and an emoji come before the fault")
    func multiByteBeforeFault() throws {
        let found = diagnostics("<a><name>Llywodraeth Cymru — Cwm Taf Morgannwg 👩‍⚕️</nam></a>")
        let diagnostic = try #require(found.first)
        // "<a><name>" is 9, the text 42 code points (👩‍⚕️ is four), so </nam> starts at column 52.
        #expect(diagnostic.location.start.column == 52)
        #expect(diagnostic.location.start.line == 1)
    }

    @Test("reports a file that ends inside an element at the end, pointing back at the open element")
    func truncated() throws {
        let found = diagnostics("<tender>\n  <lot id=\"1\">\n    <name>Communi")
        let diagnostic = try #require(found.first)
        #expect(diagnostic.message == "the file ends before <name> is closed")
        #expect(diagnostic.location.start.description == "3:18")
        #expect(diagnostic.secondary.first?.location.start.description == "3:5")
    }

    @Test("reports a file cut short inside a start tag")
    func truncatedInsideTag() {
        let found = diagnostics("<tender>\n  <lot id=\"1")
        #expect(found.count == 1)
        #expect(found.first?.rule == ReaderRule.xmlWellFormed)
    }

    @Test("reports an empty file at line 1 column 1", arguments: ["", "   \n  ", "\u{FEFF}"])
    func emptyFile(text: String) throws {
        let diagnostic = try #require(diagnostics(text).first)
        #expect(diagnostic.message == "the file is empty: expected an XML document")
        #expect(diagnostic.location.start.description == "1:1")
    }

    @Test("refuses an external entity without ever reading the file it names")
    func externalEntity() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE tender [
              <!ENTITY secret SYSTEM "file:///etc/passwd">
            ]>
            <tender><name>&secret;</name></tender>
            """
        let result = XMLReader().read(SourceFile(path: "xxe.xml", text: text))
        #expect(result.documents.isEmpty)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.message.contains("declares the entity 'secret'"))
        #expect(diagnostic.location.start.description == "3:3")
        let everything = TextDiagnosticsFormatter().format(result.diagnostics)
        #expect(!everything.contains("root:"))
    }

    @Test("refuses an external parameter entity and an external DTD without loading them")
    func externalParameterEntity() throws {
        let text = """
            <!DOCTYPE tender SYSTEM "file:///etc/passwd" [
              <!ENTITY % remote SYSTEM "file:///etc/passwd">
              %remote;
            ]>
            <tender/>
            """
        let found = diagnostics(text)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("declares the entity 'remote'") == true)
        #expect(!TextDiagnosticsFormatter().format(found).contains("root:"))
    }

    @Test("rejects a billion laughs document with one finding, expanding nothing")
    func billionLaughs() throws {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            text += " <!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        text += "]>\n<lolz>&lol9;</lolz>\n"
        // Expanded, the entities would be a billion "lol"s: the test would not finish. Refused, it is one finding.
        let found = diagnostics(text)
        #expect(found.count == 1)
        #expect(found.first?.rule == ReaderRule.xmlWellFormed)
    }

    @Test("reports an undefined entity reference at the reference")
    func undefinedEntity() throws {
        let diagnostic = try #require(diagnostics("<a>fish &chips; </a>").first)
        #expect(diagnostic.message == "the entity '&chips;' is not defined")
        #expect(diagnostic.location.start.description == "1:9")
    }

    @Test("stops at 256 levels of nesting rather than exhausting the stack", arguments: [300, 100_000])
    func deepNesting(depth: Int) throws {
        let text = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        let found = diagnostics(text)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("nested more than 256 levels") == true)
    }

    @Test("reports invalid UTF-8 at the offending byte")
    func invalidUTF8() throws {
        let bytes = Array("<a>\n  <b>caf".utf8) + [0xE9] + Array("</b>\n</a>".utf8)
        let diagnostic = try #require(diagnostics(bytes: bytes).first)
        #expect(diagnostic.message.hasPrefix("invalid UTF-8 byte 0xE9"))
        #expect(diagnostic.location.start.description == "2:9")
    }

    @Test("reads a declared Windows-1252 file with the same positions")
    func windows1252() throws {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<a>caf".utf8) + [0xE9] + Array("</b></a>".utf8)
        let diagnostic = try #require(diagnostics(bytes: bytes).first)
        #expect(diagnostic.message == "end tag </b> does not match the start tag <a>")
        #expect(diagnostic.location.start.description == "2:8")
    }

    @Test("reads UTF-16 with a byte order mark")
    func utf16() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<a>\n  <b>ŵ</c>\n</a>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let diagnostic = try #require(diagnostics(bytes: bytes).first)
        #expect(diagnostic.location.start.description == "3:7")
    }

    @Test("refuses an encoding it cannot read, at the declaration")
    func unknownEncoding() throws {
        let diagnostic = try #require(diagnostics("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><a/>").first)
        #expect(diagnostic.message.contains("'Shift_JIS'"))
        #expect(diagnostic.location.start.description == "1:31")
    }

    @Test("reports a binary file without crashing and without printing its bytes")
    func binary() throws {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        var state: UInt32 = 12345
        for _ in 0..<4096 {
            state = state &* 1_103_515_245 &+ 12345
            bytes.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        let found = diagnostics(bytes: bytes)
        #expect(found.count == 1)
        #expect(found.first?.location.start.description == "1:1")
        #expect(!TextDiagnosticsFormatter().format(found).contains("\u{1B}"))
    }

    @Test("reports text that is not XML at all")
    func notXML() throws {
        let diagnostic = try #require(diagnostics("tender: yes\n").first)
        #expect(diagnostic.location.start.description == "1:1")
    }

    @Test("reports content after the document element")
    func trailingContent() throws {
        let diagnostic = try #require(diagnostics("<a/>\n<b/>").first)
        #expect(diagnostic.message == "unexpected content after the end of the document element")
        #expect(diagnostic.location.start.description == "2:1")
    }

    @Test("reports an undeclared namespace prefix and gives no tree")
    func undeclaredPrefix() throws {
        let result = XMLReader().read(SourceFile(path: "ns.xml", text: "<a>\n  <cbc:Name/>\n</a>"))
        #expect(result.documents.isEmpty)
        #expect(result.diagnostics.first?.location.start.line == 2)
    }
}

@Suite("XML reader error paths")
struct XMLReaderErrorPathTests {
    @Test("names the open element of an error by its indexed XPath")
    func documentPath() throws {
        let text = "<tender>\n  <lot/>\n  <lot>\n    <name>x</nam>\n  </lot>\n</tender>"
        let diagnostic = try #require(XMLReader().read(SourceFile(path: "p.xml", text: text)).diagnostics.first)
        #expect(diagnostic.documentPath == "/tender/lot[2]/name")
    }

    @Test("reads a long text run delivered in many pieces in linear time")
    func longText() throws {
        let body = String(repeating: "Social value &amp; net zero. ", count: 200_000)
        let result = XMLReader().read(SourceFile(path: "long.xml", text: "<a>\(body)</a>"))
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.first?.root?.text.utf8.count == body.utf8.count - 4 * 200_000)
    }
}
