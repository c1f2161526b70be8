import Testing
import TenderLintKit

@Suite("Where each requested report format goes")
struct OutputPlanTests {
    @Test("is text on standard output when no format is asked for")
    func defaultsToText() throws {
        let plan = try OutputPlan(formats: [], outputs: [])
        #expect(plan.destinations.map(\.format) == [.text])
        #expect(plan.destinations.map(\.file) == [nil])
    }

    @Test("gives the n-th --output to the n-th format without a file of its own")
    func pairsOutputsInOrder() throws {
        let plan = try OutputPlan(formats: ["sarif", "json:a.json", "junit"], outputs: ["a.sarif", "a.xml"])
        #expect(plan.destinations.map(\.format) == [.sarif, .json, .junit])
        #expect(plan.destinations.map(\.file) == ["a.sarif", "a.json", "a.xml"])
    }

    @Test("refuses what it cannot do, saying why", arguments: [
        (["yaml"], [String](), "unknown format 'yaml'; formats are text, concise, json, sarif, github, junit, checkstyle, gitlab, html"),
        (["json"], [""], "--format json names no file"),
        (["json"], ["a.json", "b.json"], "--output b.json has no --format to go with it"),
        (["json", "sarif"], [], "only one format can go to standard output; give the others a file with --output or FORMAT:FILE"),
        (["json:same", "sarif:same"], [], "--format json and --format sarif both write same; one would overwrite the other, so give each its own file"),
    ])
    func refuses(formats: [String], outputs: [String], message: String) {
        #expect(throws: RunFailure.invalidArgument(message)) { try OutputPlan(formats: formats, outputs: outputs) }
    }
}

@Suite("What a run's reports need of a finding's location")
struct OutputPlanLocationDetailTests {
    @Test("is what each format prints or matches on", arguments: [
        ("text", LocationDetail.excerpt), ("html", .excerpt), ("json", .subject), ("sarif", .subject), ("gitlab", .subject),
        ("concise", LocationDetail()), ("github", LocationDetail()), ("junit", LocationDetail()), ("checkstyle", LocationDetail()),
    ] as [(String, LocationDetail)])
    func perFormat(format: String, detail: LocationDetail) throws {
        #expect(try OutputPlan(formats: [format], outputs: []).locationDetail(comparingWithBaseline: false) == detail)
    }

    @Test("adds the subject for a baseline, and joins what several formats need")
    func baselineAndSeveral() throws {
        #expect(try OutputPlan(formats: ["concise"], outputs: []).locationDetail(comparingWithBaseline: true) == .subject)
        #expect(try OutputPlan(formats: ["text", "sarif:a.sarif"], outputs: []).locationDetail(comparingWithBaseline: false) == .all)
        #expect(try OutputPlan(formats: [], outputs: []).locationDetail(comparingWithBaseline: false) == .excerpt)
    }
}
