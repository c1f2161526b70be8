import Testing
@testable import TenderLintKit

@Suite("XML reader: text")
struct XMLReaderTextTests {
    func root(_ text: String) throws -> Node {
        try #require(XMLReader().read(SourceFile(path: "test.xml", text: text)).documents.first?.root)
    }

    @Test("text that starts with layout keeps it, and text delivered in pieces around an entity is one run")
    func textAfterLayout() throws {
        let root = try root("<a>\n  <b>  \n x</b><c> &amp; y </c><d>\n  </d></a>")
        #expect(root.element("b")?.text == "  \n x")
        #expect(root.element("c")?.text == " & y ")
        #expect(root.element("d")?.children.isEmpty == true)
        #expect(root.children.allSatisfy { $0.kind == .element })
    }

    @Test("an element's name in a mismatched end tag's message is the name its start tag writes")
    func mismatchedEndTagNamesTheStartTag() {
        let result = XMLReader().read(SourceFile(path: "test.xml", text: "<t:a xmlns:t=\"urn:x\"><t:b></t:c></t:a>"))
        #expect(result.diagnostics.first?.message.contains("<t:b>") == true)
    }
}
