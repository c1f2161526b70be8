import Foundation
import Testing

@Suite("tenderlint catalogue, run as a program")
struct CatalogueCommandEndToEndTests {
    static let csv = #"""
        Code,Title,Theme,Unit,Proxy value
        NHSL1,"Local people employed, full-time",Tackling economic inequality,FTE,"£1,000"
        NHSL2,"Hours of ""volunteering""",wellbeing,hours,£15
        NHSL3,Emissions avoided,fighting-climate-change,tCO2e,£200

        """#

    static let tender = """
        <tender xmlns="urn:tenderlint:tender-spec:1" id="T-1">
          <buyer sector="nhs">An NHS Trust</buyer>
          <dates publication="2026-06-01"/>
          <social-value>
            <theme>fighting-climate-change</theme>
            <theme>tackling-economic-inequality</theme>
          </social-value>
          <net-zero>
            <net-zero-commitment required="true"/>
          </net-zero>
          <evaluation>
            <criterion id="price" kind="price" weight="90"/>
            <criterion id="social-value" kind="social-value" weight="10">
              <measure framework="nhs-london-toms" code="NHSL1" target="4" unit="%"/>
              <measure framework="nhs-london-toms" code="NHSL7" target="100" unit="hours"/>
            </criterion>
          </evaluation>
        </tender>
        """

    @Test("imports a CSV, checks the catalogue, and lints a tender against it with --catalogue")
    func importCheckLint() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("measures.csv", Self.csv)
        try scratch.write("tender.xml", Self.tender)

        let imported = try TenderlintProcess.run(
            ["catalogue", "import", "measures.csv", "--framework", "nhs-london-toms", "--edition", "2024",
             "--in-force-from", "2024-04-01", "--output", "nhs-london.json"], in: scratch.url)
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput == "wrote 3 measures of nhs-london-toms edition 2024 to nhs-london.json\n")
        #expect(imported.standardError.contains("measures.csv:1:23: warning: the column 'Proxy value' is not one tenderlint reads; it is left out [TL008]"))
        let written = try String(contentsOf: scratch.url.appendingPathComponent("nhs-london.json"), encoding: .utf8)
        #expect(written.contains("\"title\": \"Hours of \\\"volunteering\\\"\""))
        #expect(!written.contains("£"))

        let checked = try TenderlintProcess.run(["catalogue", "check", "nhs-london.json"], in: scratch.url)
        #expect(checked.status == 0)
        #expect(checked.standardOutput == """
            nhs-london.json: nhs-london-toms edition 2024, in force from 2024-04-01: 3 measures, 3 themes
            no problems found in 1 document

            """)

        let withoutCatalogue = try TenderlintProcess.run(["lint", "--format", "concise", "tender.xml"], in: scratch.url)
        #expect(withoutCatalogue.standardOutput.contains("tender.xml:14:27: info: no catalogue of the nhs-london-toms framework is loaded, so its measures cannot be checked [TOM002]"))

        let linted = try TenderlintProcess.run(["lint", "--format", "concise", "--catalogue", "nhs-london.json", "tender.xml"], in: scratch.url)
        #expect(linted.status == 1)
        #expect(linted.standardOutput.contains("tender.xml:14:74: error: the target of 'NHSL1' is in '%', but the measure counts FTE [TOM004]"))
        #expect(linted.standardOutput.contains("tender.xml:15:50: error: the measure code 'NHSL7' is not in the nhs-london-toms catalogue [TOM001]"))
        #expect(!linted.standardOutput.contains("TOM002"))
    }

    @Test("refuses a CSV with bad rows, at their line and column, and writes nothing")
    func badRows() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("measures.csv", "code,title,theme\nL1,Jobs,tackling-economic-inequality\nL1,Again,wellbeing\nL2,Hours,wellbeeing\nL3,\"Broken\n")
        let outcome = try TenderlintProcess.run(["catalogue", "import", "measures.csv", "--framework", "nhs-london-toms", "--edition", "2024",
                                                 "-o", "out.json"], in: scratch.url)
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.contains("measures.csv:3:1: error: the code 'L1' is listed twice [TL008]"))
        #expect(outcome.standardError.contains("measures.csv:4:10: error: 'wellbeeing' is not a theme of the Social Value Model [TL008]"))
        #expect(outcome.standardError.contains("measures.csv:5:4: error: this quoted field is never closed [TL008]"))
        #expect(outcome.standardError.hasSuffix("tenderlint: error: measures.csv: 3 errors; no catalogue written\n"))
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("out.json").path))
    }

    @Test("writes the catalogue to standard output without --output")
    func standardOutput() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("m.csv", "code,title,theme\nX1,Jobs,2\n")
        let outcome = try TenderlintProcess.run(["catalogue", "import", "m.csv", "--framework", "our-toms", "--edition", "1"], in: scratch.url)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasPrefix("{\n  \"tenderlintCatalogue\": \"1\",\n  \"framework\": \"our-toms\",\n  \"edition\": \"1\","))
        #expect(outcome.standardError.isEmpty)
    }

    @Test("gives exit status 2 for usage errors: a missing file, a bad framework id, an official list marked illustrative")
    func usageErrors() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("m.csv", "code,title,theme\nX1,Jobs,2\n")
        let cases: [([String], String)] = [
            (["catalogue", "check", "missing.json"], "tenderlint: error: missing.json: no such file or directory\n"),
            (["catalogue", "check", "m.csv"], "tenderlint: error: m.csv: not a catalogue file tenderlint reads (it reads .json, .yaml and .yml)\n"),
            (["catalogue", "import", "m.csv", "--framework", "Our TOMs", "--edition", "1"],
             "tenderlint: error: --framework 'Our TOMs' should be lower-case words joined by hyphens, such as nhs-london-toms\n"),
            (["catalogue", "import", "m.csv", "--framework", "national-toms", "--edition", "1", "--illustrative"],
             "tenderlint: error: an illustrative catalogue must not use the framework id 'national-toms' of an official list\n"),
            (["catalogue", "import", "m.csv", "--framework", "x", "--edition", "1", "--in-force-from", "April"],
             "tenderlint: error: --in-force-from 'April' is not a date; write it as YYYY-MM-DD\n"),
        ]
        for (arguments, message) in cases {
            let outcome = try TenderlintProcess.run(arguments, in: scratch.url)
            #expect(outcome.status == 2, "\(arguments)")
            #expect(outcome.standardError == message, "\(arguments)")
        }
        let missingOption = try TenderlintProcess.run(["catalogue", "import", "m.csv", "--edition", "1"], in: scratch.url)
        #expect(missingOption.status == 2)
    }

    @Test("check reports a bad catalogue at its line and column and exits 1; lint refuses it with exit 2 after its diagnostics")
    func badCatalogue() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("bad.yaml", """
            framework: our-toms
            edition: 1
            title: Ours
            measures:
              - code: X1
                title: Jobs
                theme: wellbeeing
            """)
        try scratch.write("tender.xml", Self.tender)
        let checked = try TenderlintProcess.run(["catalogue", "check", "--format", "concise", "bad.yaml"], in: scratch.url)
        #expect(checked.status == 1)
        #expect(checked.standardOutput == "bad.yaml:7:12: error: 'wellbeeing' is not a theme of the Social Value Model [TL008]\n1 error in 1 document\n")

        let linted = try TenderlintProcess.run(["lint", "--catalogue", "bad.yaml", "tender.xml"], in: scratch.url)
        #expect(linted.status == 2)
        #expect(linted.standardOutput.isEmpty)
        #expect(linted.standardError.hasPrefix("bad.yaml:7:12: error: 'wellbeeing' is not a theme of the Social Value Model [TL008]"))
        let lastLine = linted.standardError.split(separator: "\n").last.map(String.init)
        #expect(lastLine == "tenderlint: error: --catalogue bad.yaml is not a valid catalogue (1 error); see 'tenderlint catalogue check bad.yaml'")
    }

    @Test("lint checks the illustrative codes of the samples with no --catalogue: the shipped catalogues are always loaded")
    func shippedCatalogues() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("tender.xml", Self.tender
            .replacingOccurrences(of: "nhs-london-toms\" code=\"NHSL1\" target=\"4\" unit=\"%\"", with: "illustrative-toms\" code=\"ILLUS-NT1\" target=\"4\" unit=\"FTE\"")
            .replacingOccurrences(of: "nhs-london-toms\" code=\"NHSL7\"", with: "illustrative-toms\" code=\"ILLUS-NT42\""))
        let outcome = try TenderlintProcess.run(["lint", "--format", "concise", "tender.xml"], in: scratch.url)
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.contains("error: the measure code 'ILLUS-NT42' is not in the illustrative-toms catalogue [TOM001]"))
    }
}
