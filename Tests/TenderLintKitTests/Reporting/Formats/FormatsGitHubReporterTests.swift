import Foundation
import Testing
import TenderLintKit

@Suite("Formats: GitHub workflow commands and job summary")
struct FormatsGitHubReporterTests {
    @Test("renders the fixed run exactly, errors first (golden output)")
    func golden() {
        #expect(GitHubReporter().render(FormatsFixture.result) == #"""
            ::error file=tenders/2026/community-equipment.xml,line=5,col=5,endLine=5,endColumn=66,title=SV001 social-value-weight::social value carries 8%25 of the total score in lot 2; at least 10%25 is required [SV001]%0Anote: counted: social-value (8%25)%0Ahelp: raise social-value to 10 and lower another criterion by 2%0Apolicy: PPN 06/20 (10%25 of the total score)
            ::warning file=tenders/2026/community-equipment.xml,line=2,col=39,endLine=2,endColumn=44,title=TL006 unknown-field::unknown attribute 'sectr' on <buyer> [TL006]
            ::warning file=tenders/catering%2C phase 1.json,line=3,endLine=5,title=NZ001 carbon-reduction-plan::contracts worth £5m a year or more must ask for a Carbon Reduction Plan [NZ001]
            ::notice file=notes/readme%3A draft.xml,line=1,col=1,title=TL003 not-a-tender-document::the file holds no tender document; skipped [TL003]

            """#)
    }

    @Test("escapes data and properties as the runner reads them back")
    func escaping() {
        #expect(GitHubReporter.escapeData("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b")
        #expect(GitHubReporter.escapeProperty("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext%3A a%2C b")
        // Quotes, markup, emoji and Welsh pass through; only the listed characters are special.
        #expect(GitHubReporter.escapeProperty(#""q" <a>&b 👩‍⚕️ ŵ"#) == #""q" <a>&b 👩‍⚕️ ŵ"#)
        // Escaping % first means an escape-like sequence in the text survives as text.
        #expect(GitHubReporter.escapeData("%0A") == "%250A")
    }

    @Test("keeps each command on one line and shows control characters instead of sending them")
    func awkwardText() {
        let output = GitHubReporter().render(FormatsFixture.awkward)
        #expect(output.split(separator: "\n", omittingEmptySubsequences: false).count == 2)
        #expect(output.hasSuffix("\n"))
        #expect(!output.dropLast().unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        #expect(output.hasPrefix("::error file=odd dir/a%2Cb%3Ac%25d#e?.xml,line=3,col=64,endLine=3,endColumn=68,title=SV001 social-value-weight::line one%0Aline two%0D%0A100%25, a: b, \"quoted\" 'single' <tag> & ]]> | *x* `y` [z]␀␛[1m␇"))
        #expect(output.contains("👩‍⚕️ ŵ [SV001]%0Anote: line one"))
    }

    @Test("puts errors before warnings before notices, keeping the given order within each")
    func ordersBySeverity() {
        let diagnostics = [
            FormatsFixture.awkwardDiagnostic(severity: .info),
            FormatsFixture.missingPlan,
            FormatsFixture.awkwardDiagnostic(severity: .warning),
            FormatsFixture.socialValueTooLow,
            FormatsFixture.unknownAttribute,
        ]
        let result = LintResult(diagnostics: diagnostics, documentCount: 2, fileCount: 2, rules: [])
        let kinds = GitHubReporter().render(result).split(separator: "\n").map { $0.prefix { $0 != " " } }
        #expect(kinds == ["::error", "::warning", "::warning", "::warning", "::notice"])
        #expect(GitHubReporter().render(result).split(separator: "\n")[1].contains("NZ001"))
    }

    @Test("gives columns only for one-line ranges, and no end for an empty one")
    func columns() {
        let source = SourceFile(path: "a.xml", text: "<a>\n  <b/>\n</a>\n")
        func command(_ location: TenderLintKit.SourceLocation) -> String {
            let header = GitHubReporter.command(for: Diagnostic(FormatsFixture.socialValue, .error, "m", at: location))
            return String(header.dropFirst("::error ".count).prefix { $0 != ":" })
        }
        #expect(command(FormatsFixture.location(of: "<b/>", in: source)) == "file=a.xml,line=2,col=3,endLine=2,endColumn=7,title=SV001 social-value-weight")
        #expect(command(FormatsFixture.location(of: "<a>\n  <b/>", in: source)) == "file=a.xml,line=1,endLine=2,title=SV001 social-value-weight")
        // Ending at the start of line 2 ends on line 1.
        #expect(command(FormatsFixture.location(of: "<a>\n", in: source)) == "file=a.xml,line=1,col=1,endLine=1,title=SV001 social-value-weight")
        #expect(command(.wholeFile("./a.xml")) == "file=a.xml,line=1,col=1,title=SV001 social-value-weight")
    }

    @Test("renders nothing for a clean run")
    func cleanRun() {
        #expect(GitHubReporter().render(FormatsFixture.empty) == "")
    }

    // MARK: - Job summary

    @Test("writes a job summary with counts and findings, linking rules and lines (golden output)")
    func summaryGolden() {
        let reporter = GitHubReporter(fileLinkBase: "https://github.com/o/r/blob/abc")
        #expect(reporter.summaryMarkdown(FormatsFixture.result) == #"""
            ## tenderlint

            1 error, 2 warnings, 1 info in 3 documents (3 files)

            | | Count |
            | --- | ---: |
            | Errors | 1 |
            | Warnings | 2 |
            | Info | 1 |
            | Documents | 3 |
            | Files | 3 |
            | Suppressed (with a reason) | 2 |
            | Baselined | 1 |

            ### Findings

            | Severity | Rule | Location | Message |
            | --- | --- | --- | --- |
            | error | [SV001 social-value-weight](https://tenderlint.example/rules#sv001) | [tenders/2026/community-equipment.xml:5:5](https://github.com/o/r/blob/abc/tenders/2026/community-equipment.xml#L5) | social value carries 8% of the total score in lot 2; at least 10% is required<br>help: raise social-value to 10 and lower another criterion by 2 |
            | warning | TL006 unknown-field | [tenders/2026/community-equipment.xml:2:39](https://github.com/o/r/blob/abc/tenders/2026/community-equipment.xml#L2) | unknown attribute 'sectr' on &lt;buyer&gt; |
            | warning | NZ001 carbon-reduction-plan | [tenders/catering, phase 1.json:3:16](https://github.com/o/r/blob/abc/tenders/catering%2C%20phase%201.json#L3-L5) | contracts worth £5m a year or more must ask for a Carbon Reduction Plan |
            | info | TL003 not-a-tender-document | [notes/readme: draft.xml:1:1](https://github.com/o/r/blob/abc/notes/readme%3A%20draft.xml#L1) | the file holds no tender document; skipped |

            """#)
    }

    @Test("escapes Markdown and HTML in the summary, so text reads as written and cannot break the table")
    func summaryEscaping() {
        let markdown = GitHubReporter().summaryMarkdown(FormatsFixture.awkward)
        let row = markdown.split(separator: "\n").last.map(String.init) ?? ""
        #expect(row.hasPrefix("| error | SV001 social-value-weight | odd dir/a,b:c%d#e?.xml:3:64 | line one<br>line two<br>100%, a: b, \"quoted\" 'single' &lt;tag&gt; &amp; \\]\\]&gt; \\| \\*x\\* \\`y\\` \\[z\\]␀␛\\[1m␇"))
        // Every row has exactly the table's five pipes once escaped ones are set aside.
        let unescapedPipes = row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
        #expect(unescapedPipes == 5)
        #expect(!markdown.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F })
    }

    @Test("lists at most the limit of findings in the summary and counts the rest")
    func summaryLimit() {
        let markdown = GitHubReporter(summaryFindingLimit: 2).summaryMarkdown(FormatsFixture.result)
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| error |") || $0.hasPrefix("| warning |") || $0.hasPrefix("| info |") }
        #expect(rows.count == 2)
        #expect(rows.first?.hasPrefix("| error |") == true)
        #expect(markdown.hasSuffix("… and 2 more findings not listed here: see the full report.\n"))
    }

    @Test("summarises a clean run with counts only")
    func summaryOfCleanRun() {
        let clean = LintResult(diagnostics: [], documentCount: 4, fileCount: 2, rules: [], suppressedCount: 1)
        #expect(GitHubReporter().summaryMarkdown(clean) == """
            ## tenderlint

            no problems found in 4 documents (2 files)

            | | Count |
            | --- | ---: |
            | Errors | 0 |
            | Warnings | 0 |
            | Info | 0 |
            | Documents | 4 |
            | Files | 2 |
            | Suppressed (with a reason) | 1 |
            | Baselined | 0 |

            """)
    }
}
