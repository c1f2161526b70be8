import Foundation
import Testing
import TenderLintKit

@Suite("Formats: JUnit XML")
struct FormatsJUnitReporterTests {
    @Test("renders the fixed run exactly (golden output)")
    func golden() {
        #expect(JUnitReporter().render(FormatsFixture.result) == #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="tenderlint" tests="4" failures="1" errors="0">
              <testsuite name="notes/readme: draft.xml" tests="1" failures="0" errors="0" skipped="1">
                <testcase name="TL003 not-a-tender-document at 1:1" classname="notes/readme: draft.xml">
                  <skipped message="info: the file holds no tender document; skipped"/>
                  <system-out>notes/readme: draft.xml:1:1: info: the file holds no tender document; skipped [TL003]</system-out>
                </testcase>
              </testsuite>
              <testsuite name="tenders/2026/community-equipment.xml" tests="2" failures="1" errors="0" skipped="1">
                <testcase name="TL006 unknown-field at 2:39" classname="tenders/2026/community-equipment.xml">
                  <skipped message="warning: unknown attribute &apos;sectr&apos; on &lt;buyer&gt;"/>
                  <system-out>tenders/2026/community-equipment.xml:2:39: warning: unknown attribute 'sectr' on &lt;buyer&gt; [TL006]
            at: /tender/buyer/@sectr
            fix-it: did you mean 'sector'?</system-out>
                </testcase>
                <testcase name="SV001 social-value-weight at 5:5" classname="tenders/2026/community-equipment.xml">
                  <failure message="social value carries 8% of the total score in lot 2; at least 10% is required" type="SV001">tenders/2026/community-equipment.xml:5:5: error: social value carries 8% of the total score in lot 2; at least 10% is required [SV001]
            at: /tender/lot/criterion[2]
            tenders/2026/community-equipment.xml:4:40: note: price weighted here
            note: counted: social-value (8%)
            help: raise social-value to 10 and lower another criterion by 2
            fix-it (unsafe: it changes how bids are scored): set the weight to 10
            policy: PPN 06/20 (10% of the total score)</failure>
                </testcase>
              </testsuite>
              <testsuite name="tenders/catering, phase 1.json" tests="1" failures="0" errors="0" skipped="1">
                <testcase name="NZ001 carbon-reduction-plan at 3:16" classname="tenders/catering, phase 1.json">
                  <skipped message="warning: contracts worth £5m a year or more must ask for a Carbon Reduction Plan"/>
                  <system-out>tenders/catering, phase 1.json:3:16: warning: contracts worth £5m a year or more must ask for a Carbon Reduction Plan [NZ001]
            at: /tender/netZero</system-out>
                </testcase>
              </testsuite>
            </testsuites>

            """#)
    }

    @Test("is well-formed XML 1.0 that a strict parser reads back with counts that add up")
    func parsesBack() throws {
        let root = try FormatsPython.parseXML(JUnitReporter().render(FormatsFixture.result))
        #expect(root.tag == "testsuites")
        #expect(root.attributes["tests"] == "4")
        #expect(root.attributes["failures"] == "1")
        let suites = root.all("testsuite")
        #expect(suites.map { $0.attributes["name"] } == ["notes/readme: draft.xml", "tenders/2026/community-equipment.xml", "tenders/catering, phase 1.json"])
        for suite in suites {
            let cases = suite.all("testcase")
            #expect(suite.attributes["tests"] == String(cases.count))
            #expect(suite.attributes["failures"] == String(suite.all("failure").count))
            #expect(suite.attributes["skipped"] == String(suite.all("skipped").count))
        }
        let failure = try #require(root.all("failure").first { $0.attributes["type"] == "SV001" })
        #expect(failure.attributes["message"] == FormatsFixture.socialValueTooLow.message)
        #expect(failure.text.contains("help: raise social-value to 10"))
    }

    @Test("escapes quotes, markup and line ends, and replaces the control characters XML 1.0 forbids")
    func escaping() throws {
        let xml = JUnitReporter().render(FormatsFixture.awkward)
        let root = try FormatsPython.parseXML(xml)
        let failure = try #require(root.all("failure").first)
        // What XML cannot carry is shown as Control Pictures; U+FFFE becomes U+FFFD; the rest reads back exactly.
        let expected = FormatsFixture.awkwardText
            .replacingOccurrences(of: "\u{0}", with: "␀")
            .replacingOccurrences(of: "\u{1B}", with: "␛")
            .replacingOccurrences(of: "\u{7}", with: "␇")
            .replacingOccurrences(of: "\u{FFFE}", with: "\u{FFFD}")
        #expect(failure.attributes["message"] == expected)
        #expect(failure.text.contains(expected))
        #expect(root.all("testsuite").first?.attributes["name"] == "odd dir/a,b:c%d#e?.xml")
        #expect(!xml.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0xFFFE })
    }

    @Test("one test case per finding, named by rule and position; only findings at or above the failing level fail")
    func oneCasePerFinding() throws {
        var second = FormatsFixture.socialValueTooLow
        second.message = "another lot is too low"
        let result = LintResult(diagnostics: [FormatsFixture.socialValueTooLow, second, FormatsFixture.unknownAttribute, FormatsFixture.notATender],
                                documentCount: 1, fileCount: 1, rules: [])
        let root = try FormatsPython.parseXML(JUnitReporter().render(result))
        #expect(root.all("testcase").map { $0.attributes["name"] } == [
            "TL003 not-a-tender-document at 1:1",
            "SV001 social-value-weight at 5:5", "SV001 social-value-weight at 5:5 (2)", "TL006 unknown-field at 2:39",
        ])
        #expect(root.all("failure").map { $0.attributes["message"] } == [FormatsFixture.socialValueTooLow.message, "another lot is too low"])
        #expect(root.all("skipped").map { $0.attributes["message"] } == [
            "info: the file holds no tender document; skipped", "warning: unknown attribute 'sectr' on <buyer>",
        ])
        #expect(root.attributes["failures"] == "2")

        // With --fail-on warning the warning fails too; the note is still skipped.
        let strict = try FormatsPython.parseXML(JUnitReporter(failingLevel: .warning).render(result))
        #expect(strict.all("failure").count == 3)
        #expect(strict.all("skipped").map { $0.attributes["message"] } == ["info: the file holds no tender document; skipped"])
        #expect(strict.attributes["failures"] == "3")
    }

    @Test("a run of warnings only fails no test case")
    func warningsDoNotFail() throws {
        let result = LintResult(diagnostics: [FormatsFixture.unknownAttribute, FormatsFixture.missingPlan], documentCount: 2, fileCount: 2, rules: [])
        let root = try FormatsPython.parseXML(JUnitReporter().render(result))
        #expect(root.attributes["failures"] == "0")
        #expect(root.all("failure").isEmpty)
        #expect(root.all("skipped").count == 2)
    }

    @Test("a run failed for more warnings than --max-warnings allows has a failing test case saying so")
    func tooManyWarningsFail() throws {
        let result = LintResult(diagnostics: [FormatsFixture.unknownAttribute, FormatsFixture.missingPlan], documentCount: 2, fileCount: 2, rules: [])
        let over = try FormatsPython.parseXML(JUnitReporter(maxWarnings: 1).render(result))
        #expect(over.attributes["failures"] == "1")
        let failure = try #require(over.all("failure").first)
        #expect(failure.attributes["type"] == "max-warnings")
        #expect(failure.attributes["message"] == "2 warnings, more than the 1 --max-warnings allows")
        let allowed = try FormatsPython.parseXML(JUnitReporter(maxWarnings: 2).render(result))
        #expect(allowed.attributes["failures"] == "0")
        #expect(allowed.all("failure").isEmpty)
    }

    @Test("every text is bounded, however long the finding's notes")
    func textsAreBounded() throws {
        var long = FormatsFixture.socialValueTooLow
        long.message = String(repeating: "a very long message ", count: 500)
        long.notes = [String(repeating: "ŵ", count: 1_000_000)]
        let xml = JUnitReporter().render(LintResult(diagnostics: [long], documentCount: 1, fileCount: 1, rules: []))
        #expect(xml.utf8.count < 3 * (JUnitReporter.textLimit + JUnitReporter.messageLimit))
        let failure = try #require(try FormatsPython.parseXML(xml).all("failure").first)
        #expect(failure.text.utf8.count <= JUnitReporter.textLimit)
        #expect(failure.text.hasSuffix("(cut at 4,096 bytes)"))
        #expect((failure.attributes["message"]?.utf8.count ?? .max) <= JUnitReporter.messageLimit)
    }

    @Test("past the limit of test cases, failures are listed first and the rest counted in one failing test case")
    func testCasesAreBounded() throws {
        let diagnostics = (1...30).map { index -> Diagnostic in
            var diagnostic = index % 3 == 0 ? FormatsFixture.socialValueTooLow : FormatsFixture.unknownAttribute
            diagnostic.location.start.line = index
            return diagnostic
        }
        let root = try FormatsPython.parseXML(JUnitReporter(caseLimit: 12).render(LintResult(diagnostics: diagnostics, documentCount: 1, fileCount: 1, rules: [])))
        let cases = root.all("testcase")
        #expect(cases.count == 13)
        #expect(root.attributes["tests"] == "13")
        // All ten errors listed, then two warnings; the other 18 warnings counted in one skipped test case.
        #expect(root.all("failure").count == 10)
        let last = try #require(cases.last)
        #expect(last.attributes["name"] == "18 more findings not listed (0 at or above error)")
        #expect(last.all("skipped").count == 1)

        // When failures themselves are left out, the summary test case fails, so the build does too.
        let failing = try FormatsPython.parseXML(JUnitReporter(caseLimit: 4).render(LintResult(diagnostics: diagnostics, documentCount: 1, fileCount: 1, rules: [])))
        #expect(failing.all("testcase").last?.attributes["name"] == "26 more findings not listed (6 at or above error)")
        #expect(failing.all("failure").count == 5)
        #expect(failing.attributes["failures"] == "5")
    }

    @Test("writes one passing test case for a clean run")
    func cleanRun() throws {
        let clean = LintResult(diagnostics: [], documentCount: 3, fileCount: 3, rules: [])
        #expect(JUnitReporter().render(clean) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="tenderlint" tests="1" failures="0" errors="0">
              <testsuite name="tenderlint" tests="1" failures="0" errors="0" skipped="0">
                <testcase name="no problems found in 3 documents" classname="tenderlint"/>
              </testsuite>
            </testsuites>

            """)
        _ = try FormatsPython.parseXML(JUnitReporter().render(clean))
    }
}
