import Testing
@testable import TenderLintKit

@Suite("Document fixer")
struct DocumentFixerTests {
    static let document = """
        <tender xmlns="urn:tenderlint:tender-spec:1"><title>Care</title></tender>

        """

    /// A finding of an invented rule at `text` in the source, with one fix replacing it.
    static func finding(_ id: String, at text: String, in source: SourceFile, with replacement: String,
                        _ applicability: Diagnostic.FixIt.Applicability = .safe) -> Diagnostic? {
        guard let range = source.text(in: ByteRange(0, source.bytes.count)).range(of: text) else { return nil }
        let text = source.text(in: ByteRange(0, source.bytes.count))
        let lower = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        let location = source.location(of: ByteRange(lower, lower + text[range].utf8.count))
        return Diagnostic(RuleIdentity(id: id, name: id.lowercased()), .warning, "found \(id)", at: location,
                          fixIts: [Diagnostic.FixIt("write '\(replacement)'", applicability, replacing: location, with: replacement)])
    }

    /// What the reader finds, plus the invented findings `extra` makes of each version of the text.
    static func fixer(unsafe: Bool = false, _ extra: @escaping @Sendable (SourceFile) -> [Diagnostic?]) -> DocumentFixer {
        DocumentFixer(request: FixRequest(includesUnsafe: unsafe)) { source in
            Linter().lint(source).diagnostics + extra(source).compactMap { $0 }
        }
    }

    static func fix(_ fixer: DocumentFixer) -> (text: String, fix: FileFix) {
        let fixed = fixer.fix(SourceFile(path: "t.xml", text: document))
        return (String(decoding: fixed.fixed, as: UTF8.self), fixed)
    }

    @Test("applies a safe fix, lints again, and stops when nothing is left")
    func appliesSafeFix() {
        let (text, fix) = Self.fix(Self.fixer { [Self.finding("XX001", at: "Care", in: $0, with: "Home care")] })
        #expect(text.contains("<title>Home care</title>"))
        #expect(fix.applied == ["XX001": 1] && fix.left.isEmpty)
    }

    @Test("leaves an unsafe fix, saying why, unless unsafe fixes are asked for")
    func unsafeFix() {
        let extra: @Sendable (SourceFile) -> [Diagnostic?] = {
            [Self.finding("XX002", at: "Care", in: $0, with: "Cure", .unsafe(because: "it changes the title"))]
        }
        let (text, fix) = Self.fix(Self.fixer(extra))
        #expect(text == Self.document && !fix.changes)
        #expect(fix.left.map(\.reason) == [.unsafe(because: "it changes the title")])
        #expect(Self.fix(Self.fixer(unsafe: true, extra)).text.contains("<title>Cure</title>"))
    }

    @Test("never applies a fix that would make the document unreadable, and still applies the good fix beside it")
    func refusesInvalidatingFix() {
        let (text, fix) = Self.fix(Self.fixer { source in
            [Self.finding("XX003", at: "</title>", in: source, with: "</titel>"), Self.finding("XX004", at: "Care", in: source, with: "Home care")]
        })
        #expect(text.contains("<title>Home care</title>") && text.contains("</title>"))
        #expect(fix.applied == ["XX004": 1])
        #expect(fix.left.map(\.rule) == ["XX003"] && fix.left.map(\.reason) == [.wouldInvalidate])
    }

    @Test("overlapping fixes: the first is applied, the next waits for the next pass")
    func overlapping() {
        let (text, fix) = Self.fix(Self.fixer { source in
            let text = source.text(in: ByteRange(0, source.bytes.count))
            return [text.contains("Home") ? nil : Self.finding("XX005", at: "<title>Care", in: source, with: "<title>Home care"),
                    text.contains("!") ? nil : Self.finding("XX006", at: "are</title>", in: source, with: "are!</title>")]
        })
        #expect(text.contains("<title>Home care!</title>"))
        #expect(fix.applied == ["XX005": 1, "XX006": 1] && fix.left.isEmpty)
    }

    @Test("fixes that undo each other stop after the pass limit, and say so")
    func passLimit() {
        let (_, fix) = Self.fix(Self.fixer { source in
            [Self.finding("XX007", at: "Care", in: source, with: "Cure") ?? Self.finding("XX007", at: "Cure", in: source, with: "Care")]
        })
        #expect(fix.appliedCount == FixRequest.passLimit)
        #expect(fix.left.map(\.reason) == [.didNotSettle])
    }

    @Test("a fix whose edits are in another file is left to that file")
    func otherFile() {
        let (_, fix) = Self.fix(Self.fixer { source in
            let other = SourceFile(path: ".tenderlint.yml", text: "rules: {}\n")
            return [Diagnostic(RuleIdentity(id: "TL012", name: "invalid-configuration"), .error, "bad", at: source.location(of: ByteRange(0, 1)),
                               fixIts: [Diagnostic.FixIt("fix it", .safe, replacing: other.location(of: ByteRange(0, 5)), with: "x")])]
        })
        #expect(!fix.changes && fix.left.map(\.reason) == [.otherFile])
    }
}

@Suite("Fix summary")
struct FixSummaryTests {
    @Test("counts what was fixed by rule, most first, and what was left by why; says so when nothing was")
    func lines() {
        var fix = FileFix(path: "a.xml", original: Array("a".utf8))
        fix.applied = ["TOM002": 1, "TL006": 2]
        fix.left = [("NZ004", .unsafe(because: "it changes the year")), ("TL012", .otherFile)]
        var summary = FixSummary(hypothetical: false)
        summary.add(fix)
        summary.add(FileFix(path: "b.xml", original: []))
        #expect(summary.lines == [
            "fixed 3 findings in 1 file: TL006 (2), TOM002 (1)",
            "left 2 fixes:",
            "  NZ004 (1): unsafe (it changes the year): --unsafe-fixes applies it",
            "  TL012 (1): its edits are in another file (configuration, sidecar, baseline or catalogue), which --fix does not change",
        ])
        #expect(FixSummary(hypothetical: true).lines == ["would fix nothing"])
    }
}
