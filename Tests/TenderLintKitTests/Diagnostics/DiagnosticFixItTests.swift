import Testing
import TenderLintKit

@Suite("Fix-its of several edits")
struct DiagnosticFixItTests {
    let source = SourceFile(path: "t.xml", text: "<tittle>Care</tittle>")

    func edit(_ lower: Int, _ upper: Int, _ replacement: String) -> Diagnostic.FixIt.Edit {
        .init(replacing: source.location(of: ByteRange(lower, upper)), with: replacement)
    }

    func applied(_ fix: Diagnostic.FixIt) -> String? {
        fix.applied(to: source.bytes).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("applies every edit of a fix to the original bytes, whatever order they were given in")
    func appliesEveryEdit() {
        let fix = Diagnostic.FixIt("rename it to 'title'", .safe, edits: [edit(14, 20, "title"), edit(1, 7, "title")])
        #expect(fix.edits.map(\.location.start.offset) == [1, 14])
        #expect(fix.location.start.offset == 1 && fix.replacement == "title", "the conveniences are the first edit's")
        #expect(applied(fix) == "<title>Care</title>")
    }

    @Test("applies touching edits and insertions at one place, and refuses overlapping edits or edits past the end")
    func refusesOverlaps() {
        #expect(applied(Diagnostic.FixIt("touch", .safe, edits: [edit(0, 1, "["), edit(1, 7, "x")])) == "[x>Care</tittle>")
        #expect(applied(Diagnostic.FixIt("insert", .safe, edits: [edit(0, 0, "a"), edit(0, 0, "b")])) == "ab<tittle>Care</tittle>")
        #expect(applied(Diagnostic.FixIt("overlap", .safe, edits: [edit(1, 7, "x"), edit(5, 9, "y")])) == nil)
        let outside = Diagnostic.FixIt("outside", .safe, edits: [edit(1, 7, "x")]).applied(to: Array("<a>".utf8))
        #expect(outside == nil)
    }
}
