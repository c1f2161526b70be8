import Foundation
import Testing
@testable import TenderLintKit

/// How a directive may be written, and where positions and directives can and cannot come from.
extension SuppressionScannerTests {
    @Test("the comment spelling: 'tenderlint:' then the directive, with ' - ' or an em dash before the reason")
    func commentSpelling() throws {
        let tree = try F.tree("""
            <tender>
              <!-- tenderlint: disable-next SV001 - market engagement showed an immature market -->
              <lot>a</lot>
              <!--tenderlint:disable-next NZ001 — supplier is an SME, PPN 06/21 threshold not met-->
              <lot>b</lot>
              <!-- tenderlint disable-next SV002 - the colon may be left out before a command -->
              <lot>c</lot>
              <!-- tenderlint flagged this lot last year; see the minutes -->
              <lot>d</lot>
            </tender>
            """)
        let source = tree.source
        let a = F.finding(F.sv001, at: "a</lot>", in: source)
        let b = F.finding(F.nz001, at: "b</lot>", in: source)
        let c = F.finding(F.sv002, at: "c</lot>", in: source)
        let (scan, outcome, suppressions) = F.run(tree, [a, b, c])
        #expect(scan.isEmpty, "prose mentioning tenderlint is not a directive")
        #expect(suppressions.map(\.form) == [.comment, .comment, .comment])
        #expect(suppressions.map(\.reason) == [
            "market engagement showed an immature market", "supplier is an SME, PPN 06/21 threshold not met",
            "the colon may be left out before a command",
        ])
        #expect(outcome.suppressed.count == 3)
        #expect(outcome.problems.isEmpty)
    }

    @Test("rules may be separated by commas; a multi-line reason is collapsed to one line")
    func commasAndLongReasons() throws {
        let tree = try F.tree("""
            <tender>
              <?tenderlint disable-next SV001,NZ001 --
                  market engagement (annex B)
                  showed an immature market?>
              <lot>a</lot>
            </tender>
            """)
        let (_, _, suppressions) = F.run(tree, [])
        #expect(suppressions.first?.rules == ["SV001", "NZ001"])
        #expect(suppressions.first?.reason == "market engagement (annex B) showed an immature market")
    }

    @Test("a processing instruction whose target only looks like 'tenderlint' is reported; other targets are left alone")
    func misspeltTarget() throws {
        let tree = try F.tree("""
            <?xml-stylesheet href="notice.xsl" type="text/xsl"?>
            <tender>
              <?TenderLint disable-next SV001 -- reason?>
              <?tenderlint-disable SV001 -- reason?>
              <?buyer-note check with legal?>
              <lot>a</lot>
            </tender>
            """)
        let (scan, _, suppressions) = F.run(tree, [])
        #expect(suppressions.isEmpty)
        #expect(scan.map(F.position) == ["3:5", "4:5"])
        #expect(scan.first?.message == "'TenderLint' is not a tenderlint directive: the target must be exactly 'tenderlint'")
    }

    @Test("positions are right after CRLF line ends and multi-byte text")
    func crlfAndMultiByte() throws {
        let text = "<tender>\r\n  <title>Gofal cymdeithasol — Cwm Taf 👩‍⚕️ ŵ</title><?tenderlint disable-next SV001?><lot>a</lot>\r\n"
            + "  <!-- tenderlint: disable-next NZ001 - ŵyr: adroddiad 👩‍⚕️ -->\r\n  <lot>b</lot>\r\n"
            + "  <?tenderlint disable SV02 -- café?>\r\n  <lot>c</lot>\r\n</tender>\r\n"
        let tree = try F.tree(text)
        let source = tree.source
        let a = F.finding(F.sv001, at: "a</lot>", in: source)
        let b = F.finding(F.nz001, at: "b</lot>", in: source)
        let c = F.finding(F.sv002, at: "c</lot>", in: source)
        let (scan, outcome, suppressions) = F.run(tree, [a, b, c])
        #expect(scan.isEmpty)
        #expect(suppressions.map(\.reason) == [nil, "ŵyr: adroddiad 👩‍⚕️", "café"])
        #expect(suppressions.map { F.position($0.origin) } == ["2:53", "3:3", "5:3"])
        #expect(outcome.suppressed.map(\.diagnostic) == [b])
        #expect(outcome.kept == [a, c])
        let missing = try #require(outcome.problems.first { $0.rule == SuppressionRule.missingReason })
        #expect(F.position(missing) == "2:53")
        #expect(missing.location.excerpt.lines.first?.number == 2)
        let unknown = try #require(outcome.problems.first { $0.rule == SuppressionRule.malformed })
        #expect(F.position(unknown) == "5:24")
        #expect(unknown.fixIts.map(\.replacement) == ["SV002"])
        #expect(source.text(in: ByteRange(unknown.location.start.offset, unknown.location.end.offset)) == "SV02")
    }

    @Test("findings of another file, and findings about suppressions, are never suppressed")
    func otherFilesAndSuppressionFindings() throws {
        let tree = try F.tree("<tender><?tenderlint disable SV001 TL011 TL010 -- all of it?><lot>a</lot></tender>")
        var elsewhere = F.content("a", in: tree.source)
        elsewhere.location.path = "tenders/b.xml"
        let meta = Diagnostic(SuppressionRule.malformed, .warning, "x", at: F.content("a", in: tree.source).location)
        let (_, outcome, _) = F.run(tree, [elsewhere, meta], known: F.known + SuppressionRule.all)
        #expect(outcome.kept == [elsewhere, meta])
        #expect(outcome.problems.map(\.rule) == [SuppressionRule.unused, SuppressionRule.unused, SuppressionRule.unused])
    }

    @Test("JSON trees hold no directives")
    func jsonHasNone() throws {
        let tree = try #require(JSONReader().read(SourceFile(path: "a.json", text: #"{"a": "<?tenderlint disable-next SV001 -- x?>"}"#)).documents.first)
        let scanned = SuppressionScanner().scan(tree)
        #expect(scanned.suppressions.isEmpty)
        #expect(scanned.diagnostics.isEmpty)
    }
}
