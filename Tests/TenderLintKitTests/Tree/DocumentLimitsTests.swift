import Foundation
import Testing
@testable import TenderLintKit

/// The package's own samples: real tender specs to make hostile variants of.
enum Samples {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// The XML sample with `insert` put just after the `<tender …>` start tag.
    static func xmlTender(inserting insert: String) throws -> String {
        let sample = try text("community-equipment.xml")
        let start = try #require(sample.range(of: "<tender "))
        let end = try #require(sample[start.upperBound...].firstIndex(of: ">"))
        let after = sample.index(after: end)
        return String(sample[..<after]) + "\n" + insert + String(sample[after...])
    }
}

@Suite("Per-document limits and folded findings")
struct DocumentLimitsTests {
    @Test("200,000 unknown elements give 100 findings, the last saying how many more there are")
    func foldsManyUnknownFields() throws {
        let text = try Samples.xmlTender(inserting: String(repeating: "<bogus/>", count: 200_000))
        let report = Linter().lint(SourceFile(path: "bogus.xml", text: text))
        let unknown = report.diagnostics.filter { $0.rule == ModelRule.unknownField }
        #expect(unknown.count == 100)
        #expect(unknown.dropLast().allSatisfy { $0.omitted == 0 })
        let last = try #require(unknown.last)
        #expect(last.omitted == 199_900)
        #expect(last.notes.last == FindingLimit.note(199_900, limit: 100))
        #expect(last.notes.last?.hasPrefix("… and 199,900 more like this in this document") == true)
        #expect(RunSummary(diagnostics: report.diagnostics, documents: 1).warnings == 200_000)
    }

    @Test("duplicate JSON keys past the limit are counted on the last one listed")
    func foldsDuplicateKeys() throws {
        let members = (0..<250).map { _ in "\"same\": 1" }.joined(separator: ", ")
        let result = JSONReader(limits: DocumentLimits(findingsPerRule: 10)).read(SourceFile(path: "a.json", text: "{\(members)}"))
        #expect(result.diagnostics.count == 10)
        #expect(result.diagnostics.map(\.omitted) == Array(repeating: 0, count: 9) + [239])
    }

    @Test("folding keeps the first findings of each rule by position and leaves other rules alone")
    func foldKeepsTheFirstByPosition() {
        let source = SourceFile(path: "a.xml", text: String(repeating: "x\n", count: 20))
        func finding(_ rule: RuleIdentity, line: Int) -> Diagnostic {
            Diagnostic(rule, .warning, "line \(line)", at: source.location(of: .at(source.offset(line: line, column: 1))))
        }
        let findings = (1...6).reversed().map { finding(ModelRule.unknownField, line: $0) } + [finding(ModelRule.invalidValue, line: 9)]
        let folded = FindingLimit.fold(findings, limit: 2)
        #expect(folded.map(\.message) == ["line 2", "line 1", "line 9"])
        #expect(folded.map(\.omitted) == [4, 0, 0])
        #expect(FindingLimit.fold(folded, limit: 2).map(\.omitted) == [4, 0, 0])
        #expect(FindingLimit.fold(findings, limit: 100) == findings)
    }

    @Test("a document past the node limit gets one TL018 where the limit was hit, and is not checked")
    func stopsAtTheNodeLimit() throws {
        let xml = try Samples.xmlTender(inserting: String(repeating: "<bogus/>\n", count: 50))
        let limits = DocumentLimits(maximumNodes: 40)
        let xmlResult = XMLReader(limits: limits).read(SourceFile(path: "a.xml", text: xml))
        #expect(xmlResult.documents.isEmpty)
        #expect(xmlResult.diagnostics.map(\.rule) == [ReaderRule.documentTooLarge])
        #expect(xmlResult.diagnostics.first?.message.contains("more than 40 nodes") == true)

        let json = "[" + Array(repeating: "1", count: 100).joined(separator: ",") + "]"
        let jsonResult = JSONReader(limits: limits).read(SourceFile(path: "a.json", text: json))
        #expect(jsonResult.documents.isEmpty)
        let problem = try #require(jsonResult.diagnostics.first)
        #expect(jsonResult.diagnostics.count == 1)
        #expect(problem.rule == ReaderRule.documentTooLarge)
        // The 40th node is the array's 39th element: the 40th element, at column 2 + 39 * 2, is refused.
        #expect(problem.location.start.description == "1:80")
        #expect(JSONReader(limits: DocumentLimits(maximumNodes: 101)).read(SourceFile(path: "a.json", text: json)).documents.count == 1)
    }

    @Test("a file past the byte limit is refused with its size and the limit, before it is read")
    func refusesAFileOverTheByteLimit() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("big.json").path
        try Data(("{\"tenderSpec\": \"1\", \"pad\": \"" + String(repeating: "x", count: 3000) + "\"}").utf8).write(to: URL(fileURLWithPath: path))
        var linter = Linter()
        linter.limits.maximumBytes = 2048
        let report = try linter.lint(path: path)
        #expect(report.diagnostics.map(\.rule) == [ReaderRule.documentTooLarge])
        #expect(report.diagnostics.first?.message == "the document is 3.0 KiB (3,030 bytes), more than the 2.0 KiB (2,048 bytes) tenderlint reads; it was not checked")
    }

    @Test("a JSON Lines line past the byte limit is skipped unkept and reported at its line; the others are read")
    func skipsALongJSONLinesLine() throws {
        let long = "[" + Array(repeating: "1", count: 5000).joined(separator: ",") + "]"
        let text = "{\"a\": 1}\n" + long + "\n{\"b\": 2}\n"
        var results: [ReadResult] = []
        let reader = JSONLinesReader(jsonReader: JSONReader(limits: DocumentLimits(maximumBytes: 1000)), chunkSize: 64)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("a.jsonl").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try reader.forEachDocument(path: path) { results.append($0) }
        #expect(results.map(\.documents.count) == [1, 0, 1])
        let problem = try #require(results[1].diagnostics.first)
        #expect(problem.rule == ReaderRule.documentTooLarge)
        #expect(problem.location.start.description == "2:1")
        #expect(problem.message.contains("(10,001 bytes)"))
        #expect(results[2].documents.first?.root?[key: "b"] != nil)
        #expect(results[2].documents.first?.source.firstLine == 3)
    }

    @Test("a start tag with more than 10,000 attributes is refused before libxml2 compares them all; comments and values do not count")
    func refusesACrowdedStartTag() throws {
        func tag(_ count: Int) -> String {
            "<a " + (0..<count).map { "b\($0)=\"=\"" }.joined(separator: " ") + "/>"
        }
        let crowded = "<?xml version=\"1.0\"?>\n<!-- " + String(repeating: "x=", count: 20_000) + " -->\n<r>\n" + tag(10_001) + "</r>\n"
        let result = XMLReader().read(SourceFile(path: "a.xml", text: crowded))
        #expect(result.documents.isEmpty)
        let problem = try #require(result.diagnostics.first)
        #expect(problem.rule == ReaderRule.documentTooLarge)
        #expect(problem.location.start.description == "4:1")
        #expect(problem.message.hasPrefix("this start tag has 10,001 attributes, more than the 10,000"))
        let allowed = "<!-- " + String(repeating: "x=", count: 20_000) + " -->\n<r>" + tag(10_000) + "</r>"
        #expect(XMLReader().read(SourceFile(path: "a.xml", text: allowed)).documents.count == 1)
    }

    @Test("counts read with separators and sizes in binary units")
    func formatsCountsAndSizes() {
        #expect(Prose.grouped(999_900) == "999,900")
        #expect(Prose.grouped(12) == "12")
        #expect(DocumentLimits.bytes(812) == "812 bytes")
        #expect(DocumentLimits.bytes(256 << 20) == "256.0 MiB (268,435,456 bytes)")
    }
}
