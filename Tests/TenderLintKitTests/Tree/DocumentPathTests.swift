import Testing
@testable import TenderLintKit

@Suite("Document paths")
struct DocumentPathTests {
    @Test("escapes '~' and '/' in JSON Pointer tokens as RFC 6901 says")
    func pointerEscaping() {
        #expect(DocumentPath.escapePointerToken("a/b~c") == "a~1b~0c")
        #expect(DocumentPath.escapePointerToken("plain") == "plain")
    }

    @Test("numbers repeated XML siblings, including text and comments, and leaves single ones bare")
    func xmlPositions() throws {
        let source = SourceFile(path: "x.xml", text: "<r><a/><b>x<!--1--><c/>y<!--2--></b><a/></r>")
        let root = try #require(XMLReader().read(source).documents.first?.root)
        #expect(root.elements.map(\.path) == ["/r/a[1]", "/r/b", "/r/a[2]"])
        let b = root.elements[1]
        #expect(b.children.map(\.path) == ["/r/b/text()[1]", "/r/b/comment()[1]", "/r/b/c", "/r/b/text()[2]", "/r/b/comment()[2]"])
    }
}
