import Foundation
import Testing
import TenderLintKit

/// Helpers shared by the OCDS adapter's tests.
enum OCDSTesting {
    /// Reads JSON text that must be well formed into its one tree.
    static func tree(_ text: String, path: String = "release.json") -> LocatedTree {
        let result = JSONReader().read(SourceFile(path: path, text: text))
        precondition(result.diagnostics.isEmpty, "test JSON does not read: \(result.diagnostics.map(\.message))")
        return result.documents[0]
    }

    /// The adapter's result for JSON text.
    static func adapt(_ text: String) -> AdapterResult {
        OCDSAdapter().tenders(in: tree(text), vocabulary: .builtIn)
    }

    /// The one tender of a JSON text, or nil (with a failed expectation) when there is not exactly one.
    static func tender(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Tender? {
        let result = adapt(text)
        #expect(result.tenders.count == 1, sourceLocation: sourceLocation)
        return result.tenders.first
    }

    /// A bare release around a tender object's members.
    static func release(tender members: String, release extra: String = "") -> String {
        """
        {
          "ocid": "ocds-test-1",
          "date": "2026-03-02T00:00:00Z",
          "tag": ["tender"],\(extra.isEmpty ? "" : "\n  " + extra + ",")
          "tender": {
            \(members)
          }
        }
        """
    }

    /// A bare release with one lot whose award criteria are these criterion objects.
    static func release(criteria: [String]) -> String {
        release(tender: """
        "lots": [{"id": "1", "awardCriteria": {"criteria": [
              \(criteria.joined(separator: ",\n      "))
            ]}}]
        """)
    }

    /// The criteria of the first lot of a bare release with these criteria.
    static func criteria(_ criteria: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Criterion] {
        tender(release(criteria: criteria), sourceLocation: sourceLocation)?.lots.first?.evaluation.criteria ?? []
    }

    /// The line (1-based) on which a located value starts.
    static func line<Value>(_ value: Located<Value>?) -> Int? { value?.origin?.location.start.line }
}

@Suite("OCDS documents are recognised by their content")
struct OCDSRecognitionTests {
    private func recognises(_ text: String) -> Bool { OCDSAdapter().recognises(OCDSTesting.tree(text)) }

    @Test("recognises a release package, a record package and a bare release")
    func recognisesTheThreeShapes() {
        #expect(recognises(#"{"publishedDate": "2026-01-01T00:00:00Z", "releases": [{"ocid": "ocds-1", "tag": ["tender"]}]}"#))
        #expect(recognises(#"{"records": [{"ocid": "ocds-1", "compiledRelease": {"ocid": "ocds-1"}}]}"#))
        #expect(recognises(#"{"ocid": "ocds-1", "tender": {}}"#))
        #expect(recognises(#"{"ocid": "ocds-1", "tag": ["planning"]}"#))
        #expect(recognises(#"{"ocid": "ocds-1", "initiationType": "tender"}"#))
    }

    @Test("recognises an empty package by its package metadata")
    func recognisesAnEmptyPackage() {
        #expect(recognises(#"{"publishedDate": "2026-01-01T00:00:00Z", "publisher": {"name": "x"}, "releases": []}"#))
        #expect(recognises(#"{"publishedDate": "2026-01-01T00:00:00Z", "version": "1.1", "records": []}"#))
    }

    @Test("does not recognise tenderlint's own tender-spec, even with OCDS-like keys")
    func rejectsTenderSpec() {
        #expect(!recognises(#"{"tenderSpec": "1.0", "ocid": "ocds-1", "tender": {}}"#))
        #expect(!recognises(#"{"tenderSpec": {"version": 1}, "releases": [{"ocid": "ocds-1"}]}"#))
    }

    @Test("does not recognise other JSON")
    func rejectsOtherJSON() {
        #expect(!recognises(#"[{"ocid": "ocds-1", "tender": {}}]"#))
        #expect(!recognises(#"{"releases": [{"tag_name": "v1.0", "name": "first release"}]}"#))
        #expect(!recognises(#"{"records": []}"#))
        #expect(!recognises(#"{"ocid": "ocds-1"}"#))
        #expect(!recognises(#"{"ocid": 12, "tender": {}}"#))
        #expect(!recognises(#"{"tender": {"title": "Cleaning"}}"#))
        #expect(!recognises(#""ocds""#))
    }

    @Test("recognises every OCDS file in the real fixtures and no other", .enabled(if: Fixtures.available, Fixtures.unavailable))
    func recognisesTheRealFixtures() throws {
        for name in try Fixtures.realFiles(withExtension: "json") {
            let result = JSONReader().read(try Fixtures.real(name))
            let tree = try #require(result.documents.first)
            #expect(OCDSAdapter().recognises(tree) == name.contains("ocds"), "\(name)")
        }
    }

    @Test("gives no tenders for a document it does not recognise")
    func givesNothingForOtherJSON() {
        let result = OCDSTesting.adapt(#"{"tenderSpec": "1.0", "ocid": "ocds-1", "tender": {"title": "x"}}"#)
        #expect(result.tenders.isEmpty)
        #expect(result.diagnostics.isEmpty)
    }
}

@Suite("OCDS packages and records give one tender each")
struct OCDSPackageTests {
    @Test("reads one tender per release of a release package, taking the release id where there is no ocid")
    func readsEachRelease() {
        let result = OCDSTesting.adapt("""
        {"publishedDate": "2026-01-01T00:00:00Z", "publisher": {"name": "x"}, "releases": [
          {"ocid": "ocds-a", "id": "a-1", "tender": {"title": "First"}},
          {"id": "b-1", "tender": {"title": "Second"}},
          "https://example.com/release.json"
        ]}
        """)
        #expect(result.tenders.map { $0.id?.value } == ["ocds-a", "b-1"])
        #expect(result.tenders.map { $0.title?.value } == ["First", "Second"])
        #expect(result.tenders.allSatisfy { $0.format == .ocds })
        #expect(result.tenders.map { $0.origin?.path } == ["/releases/0", "/releases/1"])
        // The linked release is skipped with a warning that points at it.
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.diagnostics.first?.rule == ModelRule.invalidValue)
        #expect(result.diagnostics.first?.location.start.line == 4)
    }

    @Test("reads a record without a compiled release from its last embedded release with a tender")
    func readsAnEmbeddedRelease() {
        let result = OCDSTesting.adapt("""
        {"records": [{"ocid": "ocds-a", "releases": [
          {"ocid": "ocds-a", "id": "1", "date": "2026-01-05T00:00:00Z", "tag": ["tender"], "tender": {"title": "Old title"}},
          {"ocid": "ocds-a", "id": "2", "date": "2026-02-01T00:00:00Z", "tag": ["tenderAmendment"], "tender": {"title": "New title"}},
          {"ocid": "ocds-a", "id": "3", "date": "2026-04-01T00:00:00Z", "tag": ["award"], "awards": []}
        ]}]}
        """)
        #expect(result.diagnostics.isEmpty)
        let tender = result.tenders.first
        #expect(tender?.title?.value == "New title")
        // Released as a tender on the date of the release tagged "tender".
        #expect(tender?.procurementStart?.value == CalendarDate(year: 2026, month: 1, day: 5))
        #expect(OCDSTesting.line(tender?.procurementStart) == 2)
    }

    @Test("skips a record with neither a compiled release nor an embedded one, with a TL005 warning")
    func skipsARecordWithoutReleases() {
        let result = OCDSTesting.adapt("""
        {"records": [
          {"ocid": "ocds-a", "releases": [{"url": "https://example.com/a.json#1", "date": "2026-01-05T00:00:00Z", "tag": ["tender"]}]},
          {"ocid": "ocds-b", "compiledRelease": {"ocid": "ocds-b", "tender": {"title": "B"}}}
        ]}
        """)
        #expect(result.tenders.map { $0.id?.value } == ["ocds-b"])
        let diagnostic = result.diagnostics.first
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic?.rule == ModelRule.invalidValue)
        #expect(diagnostic?.severity == .warning)
        #expect(diagnostic?.message == "record 'ocds-a' has no compiledRelease and no embedded release, so it has no tender to read; it is skipped")
        #expect(diagnostic?.location.start.line == 2)
        #expect(diagnostic?.documentPath == "/records/0")
    }

    @Test("reads each line of a JSON Lines file as its own release")
    func readsJSONLines() {
        let text = """
        {"ocid": "ocds-a", "tag": ["tender"], "tender": {"title": "A", "value": {"amount": 10, "currency": "GBP"}}}
        {"ocid": "ocds-b", "tag": ["tender"], "tender": {"title": "B", "value": {"amount": 20, "currency": "EUR"}}}
        """
        let read = JSONLinesReader().read(SourceFile(path: "releases.jsonl", text: text))
        let tenders = read.documents.flatMap { OCDSAdapter().tenders(in: $0, vocabulary: .english).tenders }
        #expect(tenders.map { $0.title?.value } == ["A", "B"])
        #expect(tenders.map { $0.value?.currency.value } == ["GBP", "EUR"])
        #expect(tenders.map { OCDSTesting.line($0.value?.amount) } == [1, 2])
    }
}
