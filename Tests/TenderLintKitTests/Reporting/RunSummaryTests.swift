import Testing
import TenderLintKit

@Suite("Run summary")
struct RunSummaryTests {
    @Test(
        "words the summary in singular, plural and zero cases",
        arguments: [
            (RunSummary(errors: 2, warnings: 1, documents: 3), "2 errors, 1 warning in 3 documents"),
            (RunSummary(errors: 1, documents: 1), "1 error in 1 document"),
            (RunSummary(warnings: 1, documents: 1), "1 warning in 1 document"),
            (RunSummary(warnings: 2, documents: 5), "2 warnings in 5 documents"),
            (RunSummary(infos: 1, documents: 2), "1 info in 2 documents"),
            (RunSummary(infos: 2, documents: 2), "2 info in 2 documents"),
            (RunSummary(errors: 1, warnings: 2, infos: 3, documents: 1), "1 error, 2 warnings, 3 info in 1 document"),
            (RunSummary(errors: 3, infos: 1, documents: 2), "3 errors, 1 info in 2 documents"),
            (RunSummary(documents: 4), "no problems found in 4 documents"),
            (RunSummary(documents: 1), "no problems found in 1 document"),
            (RunSummary(documents: 0), "no documents checked"),
            (RunSummary(errors: 1, documents: 0), "1 error in 0 documents"),
        ]
    )
    func wording(summary: RunSummary, expected: String) {
        #expect(summary.line == expected)
        #expect(summary.formatted(colors: false) == expected)
    }

    @Test("counts diagnostics by severity")
    func countsDiagnostics() {
        let at = TenderLintKit.SourceLocation.wholeFile("a.xml")
        let diagnostics: [Diagnostic] = [
            ReportingFixture.diagnostic("a", at: at),
            ReportingFixture.diagnostic("b", at: at, severity: .warning),
            ReportingFixture.diagnostic("c", at: at),
            ReportingFixture.diagnostic("d", at: at, severity: .info),
        ]
        let summary = RunSummary(diagnostics: diagnostics, documents: 3)
        #expect(summary == RunSummary(errors: 2, warnings: 1, infos: 1, documents: 3))
        #expect(summary.line == "2 errors, 1 warning, 1 info in 3 documents")
        #expect(RunSummary(diagnostics: [], documents: 2).line == "no problems found in 2 documents")
    }
}
