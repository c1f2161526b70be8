import Testing
@testable import TenderLintKit

@Suite("Unified diff")
struct UnifiedDiffTests {
    static func numbered(_ range: ClosedRange<Int>) -> String { range.map { "line \($0)\n" }.joined() }

    @Test("the same text has no diff")
    func same() {
        #expect(UnifiedDiff.text(from: "a\nb\n", to: "a\nb\n", oldName: "a/x", newName: "b/x") == "")
        #expect(UnifiedDiff.text(from: "", to: "", oldName: "a/x", newName: "b/x") == "")
    }

    @Test("a changed line is shown with three lines of context either side, numbered from 1")
    func oneChange() {
        let old = Self.numbered(1...10)
        let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
        #expect(UnifiedDiff.text(from: old, to: new, oldName: "a/t.xml", newName: "b/t.xml") == """
            --- a/t.xml
            +++ b/t.xml
            @@ -2,7 +2,7 @@
             line 2
             line 3
             line 4
            -line 5
            +line five
             line 6
             line 7
             line 8

            """)
    }

    @Test("changes far apart are two hunks; changes whose context touches are one")
    func hunks() {
        let old = Self.numbered(1...20)
        let apart = old.replacingOccurrences(of: "line 2\n", with: "two\n").replacingOccurrences(of: "line 18\n", with: "eighteen\n")
        let diff = UnifiedDiff.text(from: old, to: apart, oldName: "a", newName: "b")
        #expect(diff.components(separatedBy: "\n@@ ").count == 3)
        #expect(diff.contains("@@ -1,5 +1,5 @@\n") && diff.contains("@@ -15,6 +15,6 @@\n"))
        let near = old.replacingOccurrences(of: "line 5\n", with: "five\n").replacingOccurrences(of: "line 11\n", with: "eleven\n")
        #expect(UnifiedDiff.text(from: old, to: near, oldName: "a", newName: "b").contains("@@ -2,13 +2,13 @@\n"))
    }

    @Test("insertions and deletions count only their own side; an empty side is numbered by the line before it")
    func insertionsAndDeletions() {
        #expect(UnifiedDiff.text(from: "a\nb\n", to: "a\nx\nb\n", oldName: "a", newName: "b") == "--- a\n+++ b\n@@ -1,2 +1,3 @@\n a\n+x\n b\n")
        #expect(UnifiedDiff.text(from: "a\n", to: "", oldName: "a", newName: "b") == "--- a\n+++ b\n@@ -1 +0,0 @@\n-a\n")
        #expect(UnifiedDiff.text(from: "", to: "a\n", oldName: "a", newName: "b") == "--- a\n+++ b\n@@ -0,0 +1 @@\n+a\n")
    }

    @Test("a last line without a line end is marked, and CRLF line ends are kept")
    func lineEnds() {
        #expect(UnifiedDiff.text(from: "a\nb", to: "a\nc", oldName: "a", newName: "b")
                == "--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n")
        #expect(UnifiedDiff.text(from: "a\r\nb\r\n", to: "a\r\nc\r\n", oldName: "a", newName: "b") == "--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n")
    }

    @Test("the edit script is a shortest one: lines in both are kept")
    func shortest() {
        let lines = { (text: String) in UnifiedDiff.lines(of: text) }
        let script = UnifiedDiff.editScript(lines("a\nb\nc\na\nb\nb\na\n"), lines("c\nb\na\nb\na\nc\n"))
        #expect(script.count { $0.isChange } == 5, "Myers' example: 5 edits")
    }
}
