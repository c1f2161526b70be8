import Foundation
import Testing
@testable import TenderLintKit

@Suite("XML reader")
struct XMLReaderTests {
    static let tender = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- draft for review -->
        <t:tender xmlns:t="urn:tenderlint:test" xmlns="urn:tenderlint:default" id="T-1">
          <lot n='1' note = "x &amp; y"><name>Cwm Taf &amp; 👩‍⚕️ care</name><empty/></lot>
          <lot n="2"><![CDATA[raw <text>]]><?tenderlint disable-next SV001 -- immature market?></lot>
        </t:tender>
        """

    func read(_ text: String, path: String = "test.xml") -> (SourceFile, ReadResult) {
        let source = SourceFile(path: path, text: text)
        return (source, XMLReader().read(source))
    }

    func start(_ range: ByteRange, in source: SourceFile) -> String {
        "\(source.position(at: range.lowerBound))"
    }

    @Test("reads elements with the range of the whole element and of its name")
    func elementRanges() throws {
        let (source, result) = read(Self.tender)
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.documents.first?.root)
        #expect(root.qualifiedName == "t:tender")
        #expect(start(root.range, in: source) == "3:1")
        #expect(source.position(at: root.range.upperBound) == SourcePosition(line: 6, column: 12, offset: source.bytes.count))
        let lot = try #require(root.elements.first)
        #expect(start(lot.range, in: source) == "4:3")
        #expect(source.text(in: try #require(lot.nameRange)) == "lot")
        #expect(source.text(in: lot.valueRange) == #"<lot n='1' note = "x &amp; y">"#)
        let empty = try #require(lot.element("empty"))
        #expect(source.text(in: empty.range) == "<empty/>")
    }

    @Test("reads attributes with the ranges of name and value and the value decoded")
    func attributeRanges() throws {
        let (source, result) = read(Self.tender)
        let lot = try #require(result.documents.first?.root?.elements.first)
        let note = try #require(lot.attribute("note"))
        #expect(note.value == "x & y")
        #expect(source.text(in: try #require(note.nameRange)) == "note")
        #expect(source.text(in: note.valueRange) == "x &amp; y")
        #expect(start(note.valueRange, in: source) == "4:22")
        #expect(lot.attribute("n")?.value == "1")
        #expect(lot.attributes.map(\.name) == ["n", "note"])
    }

    @Test("reads text with its range, its entities decoded and columns counted in code points")
    func textRanges() throws {
        let (source, result) = read(Self.tender)
        let name = try #require(result.documents.first?.root?.elements.first?.element("name"))
        #expect(name.text == "Cwm Taf & 👩‍⚕️ care")
        let text = try #require(name.children.first)
        #expect(text.kind == .text)
        #expect(source.text(in: text.range) == "Cwm Taf &amp; 👩‍⚕️ care")
        // "care" follows 👩‍⚕️, four code points wide.
        #expect(source.position(at: source.offset(of: "care")).column == 58)
    }

    @Test("resolves namespaces for prefixed and default-namespace elements")
    func namespaces() throws {
        let (_, result) = read(Self.tender)
        let root = try #require(result.documents.first?.root)
        #expect(root.namespaceURI == "urn:tenderlint:test")
        #expect(root.prefix == "t")
        #expect(root.elements.first?.namespaceURI == "urn:tenderlint:default")
        #expect(root.attribute("id")?.namespaceURI == nil)
    }

    @Test("keeps comments, CDATA and processing instructions with their ranges")
    func commentsAndInstructions() throws {
        let (source, result) = read(Self.tender)
        let tree = try #require(result.documents.first)
        let comment = try #require(tree.topLevelNodes.first { $0.kind == .comment })
        #expect(comment.value == " draft for review ")
        #expect(start(comment.range, in: source) == "2:1")
        let second = try #require(tree.root?.elements.last)
        let cdata = try #require(second.children.first)
        #expect(cdata.value == "raw <text>")
        #expect(source.text(in: cdata.range) == "<![CDATA[raw <text>]]>")
        let instruction = try #require(second.children.last)
        #expect(instruction.kind == .processingInstruction)
        #expect(instruction.name == "tenderlint")
        #expect(instruction.value == "disable-next SV001 -- immature market")
        #expect(start(instruction.range, in: source) == "5:36")
    }

    @Test("gives every node an indexed XPath, numbering only repeated names")
    func paths() throws {
        let (_, result) = read(Self.tender)
        let root = try #require(result.documents.first?.root)
        #expect(root.path == "/t:tender")
        #expect(root.elements[0].path == "/t:tender/lot[1]")
        #expect(root.elements[1].path == "/t:tender/lot[2]")
        #expect(root.elements[0].element("name")?.path == "/t:tender/lot[1]/name")
        #expect(root.elements[0].attribute("note")?.path == "/t:tender/lot[1]/@note")
    }

    @Test("gives real eForms notices paths such as /ContractNotice/cac:ProcurementProjectLot/cac:TenderingTerms",
          .enabled(if: Fixtures.available, Fixtures.unavailable))
    func eFormsPaths() throws {
        let source = try Fixtures.real("eforms-sdk_cn_24_open.xml")
        let result = XMLReader().read(source)
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.documents.first?.root)
        let lot = try #require(root.element("ProcurementProjectLot"))
        #expect(lot.element("TenderingTerms")?.path == "/ContractNotice/cac:ProcurementProjectLot/cac:TenderingTerms")
        let criteria = try #require(lot.element("TenderingTerms")?.element("AwardingTerms")?.element("AwardingCriterion"))
        let subordinate = criteria.elements.filter { $0.name == "SubordinateAwardingCriterion" }
        #expect(subordinate.count == 5)
        #expect(subordinate[1].path.hasSuffix("/cac:AwardingCriterion/cac:SubordinateAwardingCriterion[2]"))
    }

    @Test("reads every real eForms notice without a diagnostic", .enabled(if: Fixtures.available, Fixtures.unavailable),
          arguments: try Fixtures.realFiles(withExtension: "xml"))
    func realNotices(name: String) throws {
        let result = XMLReader().read(try Fixtures.real(name))
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.count == 1)
    }

    @Test("reports the same line and column for CRLF line ends as for LF")
    func crlf() throws {
        let lf = "<a>\n  <b x=\"1\">\n  </c>\n</a>\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let (_, lfResult) = read(lf)
        let (_, crlfResult) = read(crlf)
        #expect(lfResult.diagnostics.first?.location.start.line == 3)
        #expect(lfResult.diagnostics.first?.location.start.column == 3)
        #expect(lfResult.diagnostics.map(\.location.start.description) == crlfResult.diagnostics.map(\.location.start.description))
        let (source, okResult) = read("<a>\r\n  <b x=\"1\"/>\r\n</a>")
        let b = try #require(okResult.documents.first?.root?.elements.first)
        #expect(start(b.range, in: source) == "2:3")
        #expect(start(try #require(b.attribute("x")).valueRange, in: source) == "2:9")
    }
}
