import Foundation
import Testing
import TenderLintKit

@Suite("Formats: JUnit XML")
struct FormatsJUnitReporterTests {
    @Test("renders the fixed run exactly (golden output)")
    func golden() {
        #expect(JUnitReporter().render(FormatsFixture.result) == #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="tenderlint" tests="4" failures="4" errors="0">
              <testsuite name="notes/readme: draft.xml" tests="1" failures="1" errors="0" skipped="0">
                <testcase name="TL003 not-a-tender-document" classname="notes/readme: draft.xml">
                  <failure message="the file holds no tender document; skipped" type="TL003">notes/readme: draft.xml:1:1: info: the file holds no tender document; skipped [TL003]</failure>
                </testcase>
              </testsuite>
              <testsuite name="tenders/2026/community-equipment.xml" tests="2" failures="2" errors="0" skipped="0">
                <testcase name="SV001 social-value-weight" classname="tenders/2026/community-equipment.xml">
                  <failure message="social value carries 8% of the total score in lot 2; at least 10% is required" type="SV001">tenders/2026/community-equipment.xml:5:5: error: social value carries 8% of the total score in lot 2; at least 10% is required [SV001]
            at: /tender/lot/criterion[2]
            tenders/2026/community-equipment.xml:4:40: note: price weighted here
            note: counted: social-value (8%)
            help: raise social-value to 10 and lower another criterion by 2
            fix-it: set the weight to 10
            policy: PPN 06/20 (10% of the total score)</failure>
                </testcase>
                <testcase name="TL006 unknown-field" classname="tenders/2026/community-equipment.xml">
                  <failure message="unknown attribute &apos;sectr&apos; on &lt;buyer&gt;" type="TL006">tenders/2026/community-equipment.xml:2:39: warning: unknown attribute 'sectr' on &lt;buyer&gt; [TL006]
            at: /tender/buyer/@sectr
            fix-it: did you mean 'sector'?</failure>
                </testcase>
              </testsuite>
              <testsuite name="tenders/catering, phase 1.json" tests="1" failures="1" errors="0" skipped="0">
                <testcase name="NZ001 carbon-reduction-plan" classname="tenders/catering, phase 1.json">
                  <failure message="contracts worth £5m a year or more must ask for a Carbon Reduction Plan" type="NZ001">tenders/catering, phase 1.json:3:16: warning: contracts worth £5m a year or more must ask for a Carbon Reduction Plan [NZ001]
            at: /tender/netZero</failure>
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
        #expect(root.attributes["failures"] == "4")
        let suites = root.all("testsuite")
        #expect(suites.map { $0.attributes["name"] } == ["notes/readme: draft.xml", "tenders/2026/community-equipment.xml", "tenders/catering, phase 1.json"])
        for suite in suites {
            let cases = suite.all("testcase")
            #expect(suite.attributes["tests"] == String(cases.count))
            #expect(suite.attributes["failures"] == String(suite.all("failure").count))
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

    @Test("groups findings of one rule in one file into one failing test case")
    func groupsByFileAndRule() throws {
        var second = FormatsFixture.socialValueTooLow
        second.message = "another lot is too low"
        let result = LintResult(diagnostics: [FormatsFixture.socialValueTooLow, second, FormatsFixture.unknownAttribute], documentCount: 1, fileCount: 1, rules: [])
        let root = try FormatsPython.parseXML(JUnitReporter().render(result))
        #expect(root.all("testcase").map { $0.attributes["name"] } == ["SV001 social-value-weight", "TL006 unknown-field"])
        let failure = try #require(root.all("failure").first)
        #expect(failure.attributes["message"] == FormatsFixture.socialValueTooLow.message + " (and 1 more)")
        #expect(failure.text.contains("another lot is too low"))
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
