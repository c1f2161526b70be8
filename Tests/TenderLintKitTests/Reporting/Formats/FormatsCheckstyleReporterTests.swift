import Foundation
import Testing
import TenderLintKit

@Suite("Formats: Checkstyle XML")
struct FormatsCheckstyleReporterTests {
    @Test("renders the fixed run exactly (golden output)")
    func golden() {
        #expect(CheckstyleReporter().render(FormatsFixture.result) == #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <checkstyle version="4.3">
              <file name="notes/readme: draft.xml">
                <error line="1" column="1" severity="info" message="the file holds no tender document; skipped" source="tenderlint.TL003"/>
              </file>
              <file name="tenders/2026/community-equipment.xml">
                <error line="2" column="39" severity="warning" message="unknown attribute &apos;sectr&apos; on &lt;buyer&gt;" source="tenderlint.TL006"/>
                <error line="5" column="5" severity="error" message="social value carries 8% of the total score in lot 2; at least 10% is required" source="tenderlint.SV001"/>
              </file>
              <file name="tenders/catering, phase 1.json">
                <error line="3" column="16" severity="warning" message="contracts worth £5m a year or more must ask for a Carbon Reduction Plan" source="tenderlint.NZ001"/>
              </file>
            </checkstyle>

            """#)
    }

    @Test("is well-formed XML that reads back with line, column, severity, message and source")
    func parsesBack() throws {
        let root = try FormatsPython.parseXML(CheckstyleReporter().render(FormatsFixture.result))
        #expect(root.tag == "checkstyle")
        #expect(root.attributes["version"] == "4.3")
        let errors = root.all("error")
        #expect(errors.count == 4)
        let sv = try #require(errors.first { $0.attributes["source"] == "tenderlint.SV001" })
        #expect(sv.attributes == [
            "line": "5", "column": "5", "severity": "error",
            "message": FormatsFixture.socialValueTooLow.message, "source": "tenderlint.SV001",
        ])
        #expect(Set(errors.compactMap { $0.attributes["severity"] }) == ["error", "warning", "info"])
    }

    @Test("escapes attribute values and replaces the control characters XML 1.0 forbids")
    func escaping() throws {
        let xml = CheckstyleReporter().render(FormatsFixture.awkward)
        let root = try FormatsPython.parseXML(xml)
        let error = try #require(root.all("error").first)
        let expected = FormatsFixture.awkwardText
            .replacingOccurrences(of: "\u{0}", with: "␀")
            .replacingOccurrences(of: "\u{1B}", with: "␛")
            .replacingOccurrences(of: "\u{7}", with: "␇")
            .replacingOccurrences(of: "\u{FFFE}", with: "\u{FFFD}")
        #expect(error.attributes["message"] == expected)
        #expect(root.all("file").first?.attributes["name"] == "odd dir/a,b:c%d#e?.xml")
        #expect(xml.contains("&lt;tag&gt; &amp; ]]&gt;"))
        #expect(xml.contains("&quot;quoted&quot; &apos;single&apos;"))
        #expect(xml.contains("line one&#10;line two&#13;&#10;"))
    }

    @Test("renders an empty report for a clean run")
    func cleanRun() throws {
        #expect(CheckstyleReporter().render(FormatsFixture.empty) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <checkstyle version="4.3">
            </checkstyle>

            """)
        _ = try FormatsPython.parseXML(CheckstyleReporter().render(FormatsFixture.empty))
    }
}
