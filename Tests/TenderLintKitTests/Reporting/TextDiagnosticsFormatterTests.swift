import Testing
import TenderLintKit

/// Builds diagnostics from real `SourceFile`s, so locations and excerpts are what readers produce.
enum ReportingFixture {
    static let socialValue = RuleIdentity(id: "SV001", name: "social-value-weight")

    /// The location of the `occurrence`-th (0-based) appearance of `needle` in `source`, found by its UTF-8 bytes.
    static func location(of needle: String, in source: SourceFile, occurrence: Int = 0) -> TenderLintKit.SourceLocation {
        let bytes = source.bytes
        let pattern = Array(needle.utf8)
        var seen = 0
        if bytes.count >= pattern.count {
            for offset in 0...(bytes.count - pattern.count) where bytes[offset..<(offset + pattern.count)].elementsEqual(pattern) {
                if seen == occurrence { return source.location(of: ByteRange(offset, offset + pattern.count)) }
                seen += 1
            }
        }
        Issue.record("\(needle) does not occur \(occurrence + 1) time(s) in \(source.path)")
        return .wholeFile(source.path)
    }

    /// An empty range just before the `occurrence`-th appearance of `needle`.
    static func point(before needle: String, in source: SourceFile) -> TenderLintKit.SourceLocation {
        let found = location(of: needle, in: source)
        return source.location(of: .at(found.start.offset))
    }

    static func diagnostic(
        _ message: String,
        at location: TenderLintKit.SourceLocation,
        severity: Severity = .error,
        label: String? = nil
    ) -> Diagnostic {
        Diagnostic(socialValue, severity, message, at: location, label: label)
    }

    static let tender = SourceFile(path: "tenders/2026/community-equipment.xml", text: """
        <tender>
          <lot id="2">
            <criterion id="price" kind="price" weight="40"/>
            <criterion id="quality" kind="quality" weight="52"/>
            <criterion id="social-value" kind="social-value" weight="8"/>
          </lot>
        </tender>

        """)

    /// The finding the renderers are designed around, with every part filled in.
    static let socialValueTooLow = Diagnostic(
        socialValue,
        .error,
        "social value carries 8% of the total score in lot 2; at least 10% is required",
        at: location(of: #"<criterion id="social-value" kind="social-value" weight="8"/>"#, in: tender),
        label: "8% of the total",
        secondary: [.init("price weighted here", at: location(of: #"weight="40""#, in: tender))],
        notes: ["counted: social-value (8%); no other criterion in lot 2 is social value or net zero"],
        help: ["raise social-value to 10 and lower another criterion by 2 so the lot still adds up to 100"],
        fixIts: [.init("set the weight to 10", .safe, replacing: location(of: "8", in: tender), with: "10")],
        policy: PolicyCitation("NHS net zero and social value guidance", detail: "10% of the total score")
    )
}

@Suite("Text diagnostics formatter")
struct TextDiagnosticsFormatterTests {
    let formatter = TextDiagnosticsFormatter()

    @Test("renders a diagnostic with every part the way swiftc and clang lay theirs out")
    func rendersRepresentativeDiagnostic() {
        let expected = """
            tenders/2026/community-equipment.xml:5:5: error: social value carries 8% of the total score in lot 2; at least 10% is required [SV001]
                5 |     <criterion id="social-value" kind="social-value" weight="8"/>
                  |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ 8% of the total
            tenders/2026/community-equipment.xml:3:40: note: price weighted here
                3 |     <criterion id="price" kind="price" weight="40"/>
                  |                                        -----------
            note: counted: social-value (8%); no other criterion in lot 2 is social value or net zero
            help: raise social-value to 10 and lower another criterion by 2 so the lot still adds up to 100
            fix-it: set the weight to 10
                5 |     <criterion id="social-value" kind="social-value" weight="10"/>
            policy: NHS net zero and social value guidance — 10% of the total score

            """
        #expect(formatter.format(ReportingFixture.socialValueTooLow) == expected)
    }

    @Test("quotes context lines of an excerpt without underlining them")
    func rendersContextLines() {
        let lines = [
            SourceExcerpt.Line(number: 41, text: #"    <criterion id="quality" kind="quality" weight="52"/>"#),
            SourceExcerpt.Line(number: 42, text: #"    <criterion id="social-value" kind="social-value" weight="8">"#),
        ]
        let location = TenderLintKit.SourceLocation(
            path: "tenders/2026/community-equipment.xml",
            start: SourcePosition(line: 42, column: 54, offset: 0),
            end: SourcePosition(line: 42, column: 64, offset: 0),
            excerpt: SourceExcerpt(lines: lines)
        )
        let diagnostic = ReportingFixture.diagnostic("too low", at: location, label: "8% of the total")
        #expect(formatter.format(diagnostic) == """
            tenders/2026/community-equipment.xml:42:54: error: too low [SV001]
               41 |     <criterion id="quality" kind="quality" weight="52"/>
               42 |     <criterion id="social-value" kind="social-value" weight="8">
                  |                                                      ^~~~~~~~~~ 8% of the total

            """)
    }

    @Test("renders a whole-file location as the header and the notes only")
    func rendersWholeFileLocation() {
        var diagnostic = ReportingFixture.diagnostic("the file holds no tender", at: .wholeFile("empty.xml"))
        diagnostic.notes = ["a tender document needs a <tender> root"]
        #expect(formatter.format(diagnostic) == """
            empty.xml:1:1: error: the file holds no tender [SV001]
            note: a tender document needs a <tender> root

            """)
    }

    @Test("puts the caret under the right cell after Welsh text and a two-cell emoji")
    func alignsCaretAfterWelshTextAndEmoji() {
        let source = SourceFile(path: "buyer.xml", text: "<buyer>Llywodraeth Cymru — Cwm Taf Morgannwg 👩‍⚕️ <x/></buyer>\n")
        let diagnostic = ReportingFixture.diagnostic("unexpected element", at: ReportingFixture.location(of: "<x/>", in: source))
        // Columns count code points: 7 + 18 + 2 + 18 before the emoji, 4 for it, 1 space: <x/> is column 51.
        // Cells count what the terminal draws: the emoji takes 2, so <x/> starts 48 cells in.
        #expect(formatter.format(diagnostic) == """
            buyer.xml:1:51: error: unexpected element [SV001]
                1 | <buyer>Llywodraeth Cymru — Cwm Taf Morgannwg 👩‍⚕️ <x/></buyer>
                  | \(String(repeating: " ", count: 48))^~~~

            """)
    }

    @Test("underlines a whole emoji when the range covers only part of its code points")
    func underlinesWholeGraphemeCluster() {
        let source = SourceFile(path: "staff.txt", text: "a👩‍⚕️b\n")
        // From the woman (byte 1) to just after the zero-width joiner (byte 8): half the cluster.
        let diagnostic = ReportingFixture.diagnostic("emoji", at: source.location(of: ByteRange(1, 8)))
        #expect(formatter.format(diagnostic) == """
            staff.txt:1:2: error: emoji [SV001]
                1 | a👩‍⚕️b
                  |  ^~

            """)
    }

    @Test("expands tabs to the same four-cell stops in source and caret lines")
    func expandsTabs() {
        let source = SourceFile(path: "tabs.xml", text: "\t<lot>\tx=\"1\"\n")
        let diagnostic = ReportingFixture.diagnostic("tab", at: ReportingFixture.location(of: "\tx", in: source))
        #expect(formatter.format(diagnostic) == """
            tabs.xml:1:7: error: tab [SV001]
                1 |     <lot>   x="1"
                  |          ^~~~

            """)
    }

    @Test("renders CRLF input exactly as LF input, with no carriage return shown")
    func rendersCRLFLikeLF() {
        let crlf = SourceFile(path: "a.xml", text: "<a>\r\n  <b/>\r\n</a>\r\n")
        let lf = SourceFile(path: "a.xml", text: "<a>\n  <b/>\n</a>\n")
        let render = { (source: SourceFile) in
            formatter.format(ReportingFixture.diagnostic("b", at: ReportingFixture.location(of: "<b/>", in: source), label: "here"))
        }
        #expect(render(crlf) == render(lf))
        #expect(render(crlf) == """
            a.xml:2:3: error: b [SV001]
                2 |   <b/>
                  |   ^~~~ here

            """)
    }

    @Test("marks an empty range with a lone caret, also just past the end of a line")
    func marksEmptyRange() {
        let source = SourceFile(path: "cut.xml", text: "<lot id=\"2\">\n")
        let inside = ReportingFixture.diagnostic("here", at: ReportingFixture.point(before: "id", in: source), label: "expected a name")
        let atEnd = ReportingFixture.diagnostic("end", at: source.location(of: .at(12)), label: "expected </lot>")
        #expect(formatter.format([inside, atEnd]) == """
            cut.xml:1:6: error: here [SV001]
                1 | <lot id="2">
                  |      ^ expected a name
            cut.xml:1:13: error: end [SV001]
                1 | <lot id="2">
                  |             ^ expected </lot>

            """)
    }

    @Test("underlines a range over several lines from its start, then each line's text, to its end")
    func underlinesMultiLineRange() {
        let source = SourceFile(path: "lot.xml", text: "<tender>\n  <lot id=\"2\">\n\n    <item/>\n  </lot>\n</tender>\n")
        let diagnostic = ReportingFixture.diagnostic(
            "lot 2 has no criteria",
            at: ReportingFixture.location(of: "<lot id=\"2\">\n\n    <item/>\n  </lot>", in: source),
            label: "this lot"
        )
        #expect(formatter.format(diagnostic) == """
            lot.xml:2:3: error: lot 2 has no criteria [SV001]
                2 |   <lot id="2">
                  |   ^~~~~~~~~~~~
                3 |
                4 |     <item/>
                  |     ~~~~~~~
                5 |   </lot>
                  |   ~~~~~~ this lot

            """)
    }

    @Test("shows a gap line where a long range is quoted by its first and last lines")
    func showsGapInLongRange() {
        let items = (1...8).map { "  <item n=\"\($0)\"/>" }.joined(separator: "\n")
        let source = SourceFile(path: "items.xml", text: "<items>\n\(items)\n</items>\n")
        let diagnostic = ReportingFixture.diagnostic(
            "too many items",
            at: ReportingFixture.location(of: "<items>\n\(items)\n</items>", in: source),
            label: "ten lines"
        )
        #expect(formatter.format(diagnostic) == """
            items.xml:1:1: error: too many items [SV001]
                1 | <items>
                  | ^~~~~~~
                2 |   <item n="1"/>
                  |   ~~~~~~~~~~~~~
              ...
                9 |   <item n="8"/>
                  |   ~~~~~~~~~~~~~
               10 | </items>
                  | ~~~~~~~~ ten lines

            """)
    }

    @Test("clips a 10,000-character line with ellipses and keeps the caret on the range")
    func clipsLongLine() {
        let line = String(repeating: "a", count: 5_000) + "XYZ" + String(repeating: "b", count: 4_997)
        let source = SourceFile(path: "long.json", text: line + "\n")
        let diagnostic = ReportingFixture.diagnostic("found it", at: ReportingFixture.location(of: "XYZ", in: source), label: "here")
        let output = formatter.format(diagnostic)
        // The excerpt keeps 160 code points starting 53 before the range: "…" + 53 a + XYZ + 104 b + "…".
        let quoted = "…" + String(repeating: "a", count: 53) + "XYZ" + String(repeating: "b", count: 104) + "…"
        #expect(output == """
            long.json:1:5001: error: found it [SV001]
                1 | \(quoted)
                  | \(String(repeating: " ", count: 54))^~~ here

            """)
    }

    @Test("marks a range that runs past a clipped end under the ellipsis too")
    func marksRangePastClip() {
        let line = String(repeating: "a", count: 10) + String(repeating: "b", count: 9_990)
        let source = SourceFile(path: "long.json", text: line)
        let diagnostic = ReportingFixture.diagnostic("all b", at: source.location(of: ByteRange(10, 10_000)))
        let lines = formatter.format(diagnostic).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == "    1 | " + String(repeating: "a", count: 10) + String(repeating: "b", count: 150) + "…")
        #expect(lines[2] == "      | " + String(repeating: " ", count: 10) + "^" + String(repeating: "~", count: 150))
    }

    @Test("renders secondary labels with their own note header and a dashed underline, in any file")
    func rendersSecondaryLabels() {
        let tender = ReportingFixture.tender
        let framework = SourceFile(path: "frameworks/nhs.json", text: "{\"minimumSocialValue\": 10}\n")
        var diagnostic = ReportingFixture.diagnostic("too low", at: ReportingFixture.location(of: "weight=\"8\"", in: tender))
        diagnostic.secondary = [
            .init("quality weighted here", at: ReportingFixture.location(of: "weight=\"52\"", in: tender)),
            .init("minimum set here", at: ReportingFixture.location(of: "10", in: framework)),
            .init("applies to the whole framework", at: .wholeFile("frameworks/nhs.json")),
        ]
        #expect(formatter.format(diagnostic) == """
            tenders/2026/community-equipment.xml:5:54: error: too low [SV001]
                5 |     <criterion id="social-value" kind="social-value" weight="8"/>
                  |                                                      ^~~~~~~~~~
            tenders/2026/community-equipment.xml:4:44: note: quality weighted here
                4 |     <criterion id="quality" kind="quality" weight="52"/>
                  |                                            -----------
            frameworks/nhs.json:1:24: note: minimum set here
                1 | {"minimumSocialValue": 10}
                  |                        --
            frameworks/nhs.json:1:1: note: applies to the whole framework

            """)
    }

    @Test("shows a fix-it on one line as the line after the edit, and any other as the quoted replacement")
    func rendersFixIts() {
        let source = SourceFile(path: "lot.xml", text: "<lot>\n  <criterion weight=\"8\"/>\n</lot>\n")
        var diagnostic = ReportingFixture.diagnostic("too low", at: ReportingFixture.location(of: "8", in: source))
        diagnostic.fixIts = [
            .init("set the weight to 10", .safe, replacing: ReportingFixture.location(of: "8", in: source), with: "10"),
            .init("remove the weight", .safe, replacing: ReportingFixture.location(of: " weight=\"8\"", in: source), with: ""),
            .init("rewrite the lot", .safe, replacing: ReportingFixture.location(of: "<lot>\n  <criterion", in: source), with: "<lot id=\"1\">\n\t<criterion"),
            .init("insert a root", .safe, replacing: .wholeFile("lot.xml"), with: "<tender>"),
        ]
        #expect(formatter.format(diagnostic) == #"""
            lot.xml:2:22: error: too low [SV001]
                2 |   <criterion weight="8"/>
                  |                      ^
            fix-it: set the weight to 10
                2 |   <criterion weight="10"/>
            fix-it: remove the weight
                2 |   <criterion/>
            fix-it: rewrite the lot
              replace with: "<lot id=\"1\">\n\t<criterion"
            fix-it: insert a root
              replace with: "<tender>"

            """#)
    }

    @Test("shows a fix-it of several edits as one fix: each line once with all its edits, any other edit as its place and replacement")
    func rendersFixItOfSeveralEdits() {
        let source = SourceFile(path: "lot.xml", text: "<lot>\n  <tittle>Care</tittle>\n  <criterion weight=\"8\"/>\n</lot>\n")
        let location = { (needle: String, occurrence: Int) in ReportingFixture.location(of: needle, in: source, occurrence: occurrence) }
        var diagnostic = ReportingFixture.diagnostic("misspelt", at: location("tittle", 0))
        diagnostic.fixIts = [
            .init("rename it to 'title'", .safe, edits: [
                .init(replacing: location("tittle", 1), with: "title"),
                .init(replacing: location("tittle", 0), with: "title"),
            ]),
            .init("rename and reweigh", .safe, edits: [
                .init(replacing: location("tittle", 0), with: "title"),
                .init(replacing: location("8", 0), with: "10"),
                .init(replacing: location("</lot>\n", 0), with: "</lot>\n\n"),
            ]),
        ]
        #expect(diagnostic.fixIts[0].edits.map(\.location.start.description) == ["2:4", "2:17"], "edits are kept in document order")
        #expect(formatter.format(diagnostic) == #"""
            lot.xml:2:4: error: misspelt [SV001]
                2 |   <tittle>Care</tittle>
                  |    ^~~~~~
            fix-it: rename it to 'title'
                2 |   <title>Care</title>
            fix-it: rename and reweigh
                2 |   <title>Care</tittle>
                3 |   <criterion weight="10"/>
              replace at 4:1 with: "</lot>\n\n"

            """#)
    }

    @Test("renders notes, help and policy lines in that order, and a policy without detail")
    func rendersNotesHelpAndPolicy() {
        var diagnostic = ReportingFixture.diagnostic("missing", at: .wholeFile("a.xml"), severity: .warning)
        diagnostic.notes = ["first note", "second note"]
        diagnostic.help = ["add it"]
        diagnostic.policy = PolicyCitation("PPN 06/20")
        #expect(formatter.format(diagnostic) == """
            a.xml:1:1: warning: missing [SV001]
            note: first note
            note: second note
            help: add it
            policy: PPN 06/20

            """)
    }

    @Test("widens the gutter for every snippet of a diagnostic when a line number needs five digits")
    func widensGutter() {
        let text = String(repeating: "\n", count: 10_099) + "<a/>\n"
        let source = SourceFile(path: "big.xml", text: text)
        var diagnostic = ReportingFixture.diagnostic("deep", at: ReportingFixture.location(of: "<a/>", in: source))
        diagnostic.secondary = [.init("top", at: source.location(of: ByteRange(0, 0)))]
        #expect(formatter.format(diagnostic) == """
            big.xml:10100:1: error: deep [SV001]
             10100 | <a/>
                   | ^~~~
            big.xml:1:1: note: top
                 1 |
                   | -

            """)
    }

    @Test("renders a list of diagnostics as their renderings concatenated in the given order")
    func rendersListInGivenOrder() {
        let first = ReportingFixture.diagnostic("one", at: .wholeFile("b.xml"))
        let second = ReportingFixture.diagnostic("two", at: .wholeFile("a.xml"), severity: .info)
        #expect(formatter.format([first, second]) == formatter.format(first) + formatter.format(second))
        #expect(formatter.format([first, second]) == "b.xml:1:1: error: one [SV001]\na.xml:1:1: info: two [SV001]\n")
        #expect(formatter.format([Diagnostic]()) == "")
    }
}
