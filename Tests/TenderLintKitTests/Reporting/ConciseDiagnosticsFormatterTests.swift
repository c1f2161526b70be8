import Testing
import TenderLintKit

@Suite("Concise diagnostics formatter")
struct ConciseDiagnosticsFormatterTests {
    let formatter = ConciseDiagnosticsFormatter()

    @Test("renders only the header line, leaving out source, notes, help, fix-its and policy")
    func rendersHeaderOnly() {
        #expect(formatter.format(ReportingFixture.socialValueTooLow) == """
            tenders/2026/community-equipment.xml:5:5: error: social value carries 8% of the total score in lot 2; at least 10% is required [SV001]

            """)
    }

    @Test("renders one line per diagnostic in the given order, naming each severity as CI parsers expect")
    func rendersOneLineEach() {
        let source = ReportingFixture.tender
        let diagnostics = [
            ReportingFixture.diagnostic("too low", at: ReportingFixture.location(of: "weight=\"8\"", in: source)),
            ReportingFixture.diagnostic("unusual", at: ReportingFixture.location(of: "weight=\"52\"", in: source), severity: .warning),
            ReportingFixture.diagnostic("fyi", at: .wholeFile("other.json"), severity: .info),
        ]
        #expect(formatter.format(diagnostics) == """
            tenders/2026/community-equipment.xml:5:54: error: too low [SV001]
            tenders/2026/community-equipment.xml:4:44: warning: unusual [SV001]
            other.json:1:1: info: fyi [SV001]

            """)
    }

    @Test("keeps a message with line breaks and escapes on exactly one line")
    func keepsOneLine() {
        let diagnostic = ReportingFixture.diagnostic("first\nsecond\r\nthird\u{1B}[1m", at: .wholeFile("a.xml"))
        let output = formatter.format(diagnostic)
        #expect(output == "a.xml:1:1: error: first␊second␍␊third␛[1m [SV001]\n")
        #expect(output.filter(\.isNewline).count == 1)
    }

    @Test("counts columns in code points, not bytes, after multi-byte Welsh text")
    func countsColumnsInCodePoints() {
        let source = SourceFile(path: "buyer.xml", text: "<name>Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg — Gwasanaethau ŵ</name>\n")
        let diagnostic = ReportingFixture.diagnostic("closing tag", at: ReportingFixture.location(of: "</name>", in: source))
        #expect(formatter.format(diagnostic) == "buyer.xml:1:64: error: closing tag [SV001]\n")
    }
}
