import Testing
import TenderLintKit

@Suite("Terminal safety and colour")
struct TerminalSafetyTests {
    let formatter = TextDiagnosticsFormatter()

    @Test("shows ESC in quoted source, messages and labels as ␛, keeping the caret aligned")
    func showsEscapeAsControlPicture() {
        let source = SourceFile(path: "evil.xml", text: "<name>\u{1B}[31mRed\u{1B}[0m</name>\n")
        let diagnostic = ReportingFixture.diagnostic(
            "bad name \u{1B}]0;owned\u{07}",
            at: ReportingFixture.location(of: "Red", in: source),
            label: "colour \u{1B}[2J"
        )
        let output = formatter.format(diagnostic)
        #expect(output == """
            evil.xml:1:12: error: bad name ␛]0;owned␇ [SV001]
                1 | <name>␛[31mRed␛[0m</name>
                  |            ^~~ colour ␛[2J

            """)
        #expect(!output.unicodeScalars.contains("\u{1B}"))
    }

    @Test("shows bidi overrides and isolates by name, so quoted source reads as the parser saw it")
    func showsBidiControlsByName() {
        let source = SourceFile(path: "trojan.json", text: "{\"role\": \"user\u{202E} \u{2066}// admin\u{2069} \u{2066}\", \"x\": 1}\n")
        let diagnostic = ReportingFixture.diagnostic("hidden text \u{202D}here", at: ReportingFixture.location(of: "\"x\"", in: source))
        let output = formatter.format(diagnostic)
        // Each <U+XXXX> takes 8 cells: 14 + 8 + 1 + 8 + 8 + 8 + 1 + 8 + 3 = 59 cells before "x".
        #expect(output == """
            trojan.json:1:32: error: hidden text <U+202D>here [SV001]
                1 | {"role": "user<U+202E> <U+2066>// admin<U+2069> <U+2066>", "x": 1}
                  | \(String(repeating: " ", count: 59))^~~

            """)
        for bidi in ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"] {
            #expect(!output.contains(bidi))
        }
    }

    @Test("prints a line of a binary file with no control byte that could reach the terminal")
    func rendersBinaryLineSafely() {
        // NUL, SOH, two invalid bytes, NEL (a C1 control in UTF-8), DEL, then "A".
        let source = SourceFile(path: "scan.pdf", bytes: [0x00, 0x01, 0xFF, 0xFE, 0xC2, 0x85, 0x7F, 0x41, 0x0A])
        let diagnostic = ReportingFixture.diagnostic("not XML", at: source.location(of: ByteRange(7, 8)))
        let output = formatter.format(diagnostic)
        #expect(output == """
            scan.pdf:1:7: error: not XML [SV001]
                1 | ␀␁��<U+0085>␡A
                  | \(String(repeating: " ", count: 13))^

            """)
        let unsafe = output.unicodeScalars.filter { $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) }
        #expect(unsafe.isEmpty)
    }

    @Test("keeps a path, message, label or note with line breaks on the lines it belongs to")
    func keepsLineBreaksFromForgingLines() {
        var diagnostic = ReportingFixture.diagnostic(
            "one\nfake.xml:1:1: error: forged [XX999]",
            at: .wholeFile("odd\rname.xml"),
            label: "ignored without source"
        )
        diagnostic.notes = ["two\r\nlines\u{2028}three"]
        #expect(formatter.format(diagnostic) == """
            odd␍name.xml:1:1: error: one␊fake.xml:1:1: error: forged [XX999] [SV001]
            note: two␍␊lines<U+2028>three

            """)
    }

    @Test("quotes a fix-it's replacement with escapes when it cannot be shown in place")
    func quotesReplacementSafely() {
        var diagnostic = ReportingFixture.diagnostic("x", at: .wholeFile("a.xml"))
        diagnostic.fixIts = [.init("replace", .safe, replacing: .wholeFile("a.xml"), with: "a\"b\\c\n\u{1B}[0m\u{202E}")]
        #expect(formatter.format(diagnostic) == #"""
            a.xml:1:1: error: x [SV001]
            fix-it: replace
              replace with: "a\"b\\c\n\u{1B}[0m\u{202E}"

            """#)
    }

    @Test("writes no escape byte at all when colours are off")
    func writesNoEscapeWithoutColour() {
        let diagnostic = ReportingFixture.socialValueTooLow
        let outputs = [
            TextDiagnosticsFormatter(colors: false).format(diagnostic),
            ConciseDiagnosticsFormatter(colors: false).format(diagnostic),
            RunSummary(errors: 2, warnings: 1, infos: 1, documents: 3).formatted(colors: false),
            RunSummary(documents: 3).formatted(colors: false),
        ]
        for output in outputs {
            #expect(!output.utf8.contains(0x1B))
        }
    }

    @Test("colours header, carets, notes, help, fix-its and policy, closing every span with a reset")
    func coloursWithBalancedResets() {
        let diagnostic = ReportingFixture.socialValueTooLow
        let coloured = TextDiagnosticsFormatter(colors: true).format(diagnostic)
        let reset = "\u{1B}[0m"
        #expect(coloured.hasPrefix("\u{1B}[1mtenders/2026/community-equipment.xml:5:5:\(reset) \u{1B}[1;31merror:\(reset)\u{1B}[1m social value"))
        #expect(coloured.contains("\u{1B}[1;31m^~~"))
        #expect(coloured.contains("\u{1B}[1;36mnote:\(reset) counted"))
        #expect(coloured.contains("\u{1B}[1;32mhelp:\(reset) raise"))
        #expect(coloured.contains("\u{1B}[1;32mfix-it:\(reset) set the weight"))
        #expect(coloured.contains("weight=\"\u{1B}[32m10\(reset)\"/>"))
        #expect(coloured.contains("\u{1B}[1;35mpolicy:\(reset) NHS"))
        for line in coloured.split(separator: "\n") {
            #expect(Self.hasBalancedStyles(String(line)), "unbalanced styles in \(line)")
        }
        #expect(Self.strippingStyles(coloured) == TextDiagnosticsFormatter().format(diagnostic))
    }

    @Test("colours the concise header and the summary the same way, and strips back to the plain text")
    func coloursConciseAndSummary() {
        let warning = ReportingFixture.diagnostic("low", at: .wholeFile("a.xml"), severity: .warning)
        let concise = ConciseDiagnosticsFormatter(colors: true).format(warning)
        #expect(concise.contains("\u{1B}[1;33mwarning:\u{1B}[0m"))
        #expect(Self.strippingStyles(concise) == ConciseDiagnosticsFormatter().format(warning))

        let summary = RunSummary(errors: 2, warnings: 1, infos: 3, documents: 3).formatted(colors: true)
        #expect(summary == "\u{1B}[1;31m2 errors\u{1B}[0m, \u{1B}[1;33m1 warning\u{1B}[0m, \u{1B}[1;34m3 info\u{1B}[0m in 3 documents")
        #expect(RunSummary(documents: 2).formatted(colors: true) == "\u{1B}[1;32mno problems found\u{1B}[0m in 2 documents")
    }

    @Test("replaces only unsafe code points, and leaves tabs and ordinary text alone")
    func sanitizerLeavesSafeTextAlone() {
        #expect(TerminalSanitizer.sanitize("Cwm Taf\tMorgannwg 👩‍⚕️ 中文 ŵ") == "Cwm Taf\tMorgannwg 👩‍⚕️ 中文 ŵ")
        #expect(TerminalSanitizer.sanitize("\u{0}\u{1F}\u{7F}\u{9B}\u{2067}") == "␀␟␡<U+009B><U+2067>")
        #expect(TerminalSanitizer.placeholder(for: "\t") == nil)
        #expect(TerminalSanitizer.placeholder(for: "\u{1B}") == "␛")
    }

    // MARK: - Helpers

    /// `text` without SGR sequences (ESC [ digits and semicolons m).
    static func strippingStyles(_ text: String) -> String {
        text.replacing(/\x{1B}\[[0-9;]*m/, with: "")
    }

    /// Whether every style opened on the line is reset before the next opens and before the line ends.
    static func hasBalancedStyles(_ line: String) -> Bool {
        var isOpen = false
        for match in line.matches(of: /\x{1B}\[([0-9;]*)m/) {
            let isReset = match.output.1 == "0"
            guard isReset == isOpen else { return false }
            isOpen.toggle()
        }
        return !isOpen
    }
}
