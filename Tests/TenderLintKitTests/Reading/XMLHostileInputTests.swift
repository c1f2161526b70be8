import Foundation
import Testing
@testable import TenderLintKit

/// Inputs built to break a reader (or met by an unlucky user): wide encodings without a byte order mark,
/// declarations that would change what the text says.
@Suite("XML reader on hostile input")
struct XMLHostileInputTests {
    static let document = "<?xml version=\"1.0\"?>\n<a>\n  <b><![CDATA[x < y]]></b>\n  <c>ŵ</d>\n</a>\n"

    static func encoded(_ text: String, _ encoding: String.Encoding) -> [UInt8] {
        Array(text.data(using: encoding)!)
    }

    func read(_ bytes: [UInt8]) -> ReadResult {
        XMLReader().read(SourceFile(path: "wide.xml", bytes: bytes))
    }

    @Test(
        "reads UTF-16 and UTF-32 without a byte order mark, CDATA included, and places the fault as in UTF-8",
        arguments: [
            ("UTF-32 big-endian", String.Encoding.utf32BigEndian), ("UTF-32 little-endian", .utf32LittleEndian),
            ("UTF-16 big-endian", .utf16BigEndian), ("UTF-16 little-endian", .utf16LittleEndian),
        ]
    )
    func wideWithoutByteOrderMark(name: String, encoding: String.Encoding) throws {
        let diagnostics = read(Self.encoded(Self.document, encoding)).diagnostics
        let diagnostic = try #require(diagnostics.first, "\(name)")
        #expect(diagnostics.count == 1)
        #expect(diagnostic.message == "end tag </d> does not match the start tag <c>", "\(name)")
        #expect(diagnostic.location.start.description == "4:7", "\(name)")
    }

    @Test("reads UTF-32 with a byte order mark into the same tree as UTF-8")
    func utf32WithByteOrderMark() throws {
        let text = "<a><b><![CDATA[social value]]></b></a>"
        let bytes: [UInt8] = [0x00, 0x00, 0xFE, 0xFF] + Self.encoded(text, .utf32BigEndian)
        let tree = try #require(read(bytes).documents.first)
        let cdata = try #require(tree.allNodes.first { $0.kind == .text })
        #expect(cdata.value == "social value")
        #expect(tree.source.text(in: cdata.range) == "<![CDATA[social value]]>")
    }

    @Test("refuses a UTF-32 file that breaks off mid-character with a plain message, not a crash")
    func truncatedUTF32() throws {
        let bytes = Array(Self.encoded("<a><![CDATA[x]]></a>", .utf32BigEndian).dropLast(2))
        let diagnostic = try #require(read(bytes).diagnostics.first)
        #expect(diagnostic.message == "this file looks like UTF-32 but ends in the middle of a character")
    }

    @Test("refuses UTF-16 holding a lone surrogate")
    func loneSurrogate() throws {
        let bytes = Self.encoded("<a>", .utf16LittleEndian) + [0x00, 0xD8] + Self.encoded("</a>", .utf16LittleEndian)
        let diagnostic = try #require(read(bytes).diagnostics.first)
        #expect(diagnostic.message == "this file looks like UTF-16 but contains a sequence that is not valid UTF-16")
    }

    @Test("refuses zero bytes in the first character, which libxml2 would take for UCS-4 in an unusual byte order")
    func unusualByteOrder() throws {
        for bytes: [UInt8] in [[0x00, 0x00, 0x3C, 0x00, 0x00, 0x00, 0x61, 0x00], [0x00, 0x3C, 0x00, 0x00, 0x00, 0x61, 0x00, 0x00]] {
            let diagnostic = try #require(read(bytes).diagnostics.first)
            #expect(diagnostic.message == "this file starts with a NUL byte, so it is not XML text that tenderlint reads")
        }
    }

    @Test("refuses EBCDIC rather than letting libxml2 convert it behind the positions' back")
    func ebcdic() throws {
        let diagnostic = try #require(read([0x4C, 0x6F, 0xA7, 0x94, 0x40, 0x6F, 0x6E]).diagnostics.first)
        #expect(diagnostic.message == "this file is in EBCDIC, which tenderlint does not read")
        #expect(diagnostic.location.start.description == "1:1")
    }

    @Test("refuses an attribute default declared in an internal subset, at the declaration, and gives no tree")
    func attributeListDefault() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE tender [
              <!ATTLIST criterion weight CDATA "60">
            ]>
            <tender><criterion/></tender>
            """
        let result = XMLReader().read(SourceFile(path: "attlist.xml", text: text))
        #expect(result.documents.isEmpty)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message.hasPrefix("this document declares a default value for the attribute 'weight' of <criterion>"))
        #expect(diagnostic.location.start.description == "3:3")
    }

    @Test("reads an attribute list declaration without a default, which adds nothing to the text")
    func attributeListWithoutDefault() throws {
        let text = "<!DOCTYPE a [ <!ATTLIST a kind (x|y) #IMPLIED> ]>\n<a kind=\"x\"/>"
        let result = XMLReader().read(SourceFile(path: "attlist.xml", text: text))
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.count == 1)
    }

    @Test("reads a UTF-8 byte order mark over a Latin-1 declaration as UTF-8, and says so at a byte that is not")
    func byteOrderMarkOverDeclaration() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>".utf8) + [0xE9] + Array("</a>".utf8)
        let diagnostic = try #require(read(bytes).diagnostics.first)
        #expect(diagnostic.message == "invalid UTF-8 byte 0xE9: the file starts with a UTF-8 byte order mark, so it must be UTF-8 whatever it declares")
        #expect(diagnostic.location.start.description == "1:47")
    }

    @Test("calls a reference to a character XML forbids what it is, at the reference", arguments: ["&#0;", "&#xD800;", "&#x110000;"])
    func forbiddenCharacterReference(reference: String) throws {
        let diagnostic = try #require(XMLReader().read(SourceFile(path: "r.xml", text: "<a>\n  <b>\(reference)</b>\n</a>")).diagnostics.first)
        #expect(diagnostic.message == "this character reference names a character XML does not allow")
        #expect(diagnostic.location.start.description == "2:6")
        #expect(diagnostic.location.end.column - diagnostic.location.start.column >= 3)
    }
}
