import Testing
@testable import TenderLintKit

@Suite("Catalogue CSV import")
struct CatalogueCSVImporterTests {
    static let importer = CatalogueCSVImporter(framework: "nhs-london-toms", edition: "2024", inForceFrom: CalendarDate(iso: "2024-04-01"))

    static func run(_ text: String, importer: CatalogueCSVImporter = importer) -> CatalogueLoadResult {
        importer.importCatalogue(SourceFile(path: "measures.csv", text: text))
    }

    static func describe(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.location.start) \($0.severity.rawValue): \($0.message)" }
    }

    @Test("reads quoted fields with commas, doubled quotes and line breaks, a byte order mark and CR LF")
    func quotedFields() throws {
        let text = "\u{FEFF}Code,Title,Theme,Outcome,Unit,Retired in,Replaced by\r\n"
            + "L1,\"Local people employed, full-time equivalent\",tackling-economic-inequality,2,FTE,,\r\n"
            + "L2,\"Hours of \"\"volunteering\"\"\",Wellbeing,7,hours,,\r\n"
            + "L3,\"Emissions avoided\nin tonnes\",3,4,tCO2e,,\r\n"
            + "L4,Old measure,fighting-climate-change,4,miles,2024,L3\r\n"
            + "\r\n"
        let result = Self.run(text)
        #expect(result.diagnostics.isEmpty, "\(Self.describe(result.diagnostics))")
        let catalogue = try #require(result.catalogue)
        #expect(catalogue.measures.map(\.code) == ["L1", "L2", "L3", "L4"])
        #expect(catalogue.measures.map(\.title) == ["Local people employed, full-time equivalent", "Hours of \"volunteering\"",
                                                    "Emissions avoided\nin tonnes", "Old measure"])
        #expect(catalogue.measures.map(\.theme) == [.tacklingEconomicInequality, .wellbeing, .fightingClimateChange, .fightingClimateChange])
        #expect(catalogue.measures.map(\.unit) == ["FTE", "hours", "tCO2e", "miles"])
        #expect(catalogue.measures[3].retiredIn == "2024")
        #expect(catalogue.measures[3].replacedBy == "L3")
        #expect(catalogue.isRetired(catalogue.measures[3]))
        #expect(catalogue.themes == [.tacklingEconomicInequality, .fightingClimateChange, .wellbeing])
        #expect(catalogue.outcomes.map(\.id) == ["2", "7", "4"])
        #expect(catalogue.framework == "nhs-london-toms")
        #expect(catalogue.edition == "2024")
        #expect(catalogue.inForceFrom == CalendarDate(iso: "2024-04-01"))
        #expect(catalogue.title == "NHS London TOMs (NHS London Procurement Partnership), edition 2024")
    }

    @Test("reports each bad row at its line and column: unknown theme, missing code, duplicate code, wrong column count")
    func badRows() throws {
        let text = """
            code,title,theme,unit
            L1,Local jobs,tackling-economic-inequality,FTE
            ,No code,wellbeing,hours
            L1,Again,wellbeing,hours
            L2,Volunteering,wellbeeing,hours
            L3,"Training, apprenticeships",tackling-economic-inequality
            L4,Too,many,columns,here
            """
        let result = Self.run(text)
        #expect(result.catalogue == nil)
        #expect(Self.describe(result.diagnostics) == [
            "3:1 error: this row has no code",
            "4:1 error: the code 'L1' is listed twice",
            "5:17 error: 'wellbeeing' is not a theme of the Social Value Model",
            "6:1 error: this row has 3 columns; the header has 4",
            "7:1 error: this row has 5 columns; the header has 4",
        ])
        let duplicate = try #require(result.diagnostics.first { $0.message.contains("listed twice") })
        #expect(duplicate.secondary.map(\.location.start.description) == ["2:1"])
        let theme = try #require(result.diagnostics.first { $0.message.contains("wellbeeing") })
        #expect(theme.location.end.description == "5:27")
        #expect(theme.fixIts.map(\.replacement) == ["wellbeing"])
        #expect(result.diagnostics.allSatisfy { $0.rule == CatalogueRule.invalidCatalogue })
    }

    @Test("reports a quote that is never closed, and text after a closing quote")
    func quoteErrors() {
        let unclosed = Self.run("code,title,theme\nL1,\"Local jobs,wellbeing\n")
        #expect(Self.describe(unclosed.diagnostics) == ["2:4 error: this quoted field is never closed"])
        #expect(unclosed.catalogue == nil)
        let trailing = Self.run("code,title,theme\nL1,\"Local\" jobs,wellbeing\n")
        #expect(Self.describe(trailing.diagnostics) == ["2:11 error: text after the closing quote of a field"])
    }

    @Test("needs the code, title and theme columns, and says when the file uses semicolons")
    func header() {
        let missing = Self.run("code,unit\nL1,FTE\n")
        #expect(Self.describe(missing.diagnostics) == ["1:1 error: the header has no 'title' or 'theme' column"])
        let semicolons = Self.run("code;title;theme\nL1;Jobs;wellbeing\n")
        #expect(semicolons.diagnostics.first?.message == "the header is one column with semicolons in it; tenderlint reads comma-separated values")
        let empty = Self.run("")
        #expect(empty.diagnostics.first?.message.hasPrefix("the file is empty") == true)
    }

    @Test("leaves out columns it does not read, saying that proxy values are not used")
    func extraColumns() throws {
        let result = Self.run("code,title,theme,unit,proxy value (£)\nL1,Jobs,tackling-economic-inequality,FTE,\"28,000\"\n")
        let catalogue = try #require(result.catalogue)
        #expect(catalogue.measures.count == 1)
        #expect(Self.describe(result.diagnostics) == ["1:23 warning: the column 'proxy value (£)' is not one tenderlint reads; it is left out"])
        #expect(result.diagnostics.first?.notes.contains("tenderlint does not use proxy values; they are not copied into the catalogue") == true)
    }

    @Test("warns about codes not written as a known framework writes them")
    func codeForm() throws {
        let importer = CatalogueCSVImporter(framework: "national-toms", edition: "2024")
        let result = Self.run("code,title,theme\nnt1,Jobs,tackling-economic-inequality\nNT2,Local,2\n", importer: importer)
        #expect(result.catalogue?.measures.count == 2)
        #expect(Self.describe(result.diagnostics) == ["2:1 warning: the code 'nt1' is not written as national-toms writes its codes (NT<n>, RE<n>, FM<n>)"])
        #expect(result.diagnostics.first?.fixIts.map(\.replacement) == ["NT1"])
    }

    @Test("reports a replacement that is not a code of the file, and one without the edition it retires")
    func replacements() {
        let result = Self.run("code,title,theme,retiredIn,replacedBy\nL1,Jobs,wellbeing,2024,L9\nL2,Hours,wellbeing,,L1\n")
        #expect(Self.describe(result.diagnostics) == [
            "2:24 error: the replacement 'L9' is not a code in the file",
            "3:21 error: 'L2' has a replacement but no edition it was retired in",
        ])
    }

    @Test("writes a catalogue that loads back as the same catalogue")
    func roundTrip() throws {
        let text = "code,title,theme,outcome,unit,retiredIn,replacedBy\nL1,\"Jobs, \"\"local\"\"\",tackling-economic-inequality,2,FTE,,\nL2,Old,wellbeing,,hours,2024,L1\n"
        let imported = try #require(Self.run(text).catalogue)
        let json = CatalogueWriter.json(imported)
        let loaded = CatalogueLoader().load(SourceFile(path: "out.json", text: json))
        #expect(loaded.diagnostics.isEmpty, "\(Self.describe(loaded.diagnostics))")
        let catalogue = try #require(loaded.catalogue)
        #expect(catalogue.measures == imported.measures)
        #expect(catalogue.themes == imported.themes)
        #expect(catalogue.outcomes == imported.outcomes)
        #expect(catalogue.framework == imported.framework)
        #expect(catalogue.edition == imported.edition)
        #expect(catalogue.title == imported.title)
        #expect(catalogue.source == "Imported from measures.csv with tenderlint catalogue import")
        #expect(json.hasPrefix("{\n  \"tenderlintCatalogue\": \"1\",\n  \"framework\": \"nhs-london-toms\","))
    }
}
