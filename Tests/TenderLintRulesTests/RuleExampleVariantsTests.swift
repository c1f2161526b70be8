import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// Every example of every rule again, in the variants a real document comes in: written in JSON, with
/// multi-byte text in front of the places the markers point at, and with CR LF line ends. Each must give
/// the same verdict at the same place as the example as written. Adding a rule adds these tests too.
@Suite("Rule examples in their other spellings")
struct RuleExampleVariantsTests {
    typealias Case = RuleExamplesTests.Case

    static var runner: RuleExampleRunner { RuleExamplesTests.runner }

    /// A comment of Welsh and multi-byte text: "—" is 3 bytes, "ŵ" and "ŷ" 2, "👩‍⚕️" 13 bytes and 4 columns.
    static let multibyteComment = "<!-- Llywodraeth Cymru — Cwm Taf Morgannwg 👩‍⚕️ Gwasanaeth Iechyd Gwladol: gofal yn nes at y tŷ, dŵr glân -->"

    @Test("reports each example at the same place when it is written in JSON", arguments: RuleExamplesTests.cases)
    func json(_ testCase: Case) throws {
        let place = Self.place(of: testCase)
        let original = try Self.runner.run(testCase.rule, example: testCase.example)
        let (text, markers) = RuleExampleRunner.removeMarkers(from: testCase.example.document)
        let transcript: TenderSpecTranscriber.Transcript
        do {
            transcript = try TenderSpecTranscriber().transcribe(xml: text, markers: markers)
        } catch {
            Issue.record("JSON: the example cannot be transcribed: \(error)", sourceLocation: place)
            return
        }
        let outcome = try Self.runner.run(testCase.rule, example: testCase.example, text: transcript.json,
                                          markers: transcript.markers, path: "example.json")
        RuleExamplesTests.check(outcome, testCase, variant: "JSON")
        Self.expectSameVerdict(outcome, as: original, testCase, variant: "JSON", comparingMessages: false)
        let found = outcome.diagnostics.map(\.location.start).sorted()
        if testCase.example.kind == .triggering, found.map(\.description) != outcome.expected.map(\.description) {
            let quote: (SourcePosition) -> String = { position in
                let line = outcome.source.text(ofLine: position.line)
                return "\(position) '" + String(line.unicodeScalars.dropFirst(position.column - 1).prefix(30)) + "'"
            }
            Issue.record("""
                JSON: the markers, carried over, stand before \(outcome.expected.map(quote).joined(separator: ", ")); \
                the rule reports at \(found.map(quote).joined(separator: ", ")). A marker before an attribute's name \
                (↓name="…") stands for the field as a whole, a JSON member from its key; one inside the quotes \
                (name="↓…") for the value alone. Put it where the rule reports, or report the other.
                """, sourceLocation: place)
        }
    }

    @Test("reports each example at the same place with multi-byte text in front", arguments: RuleExamplesTests.cases)
    func multibyte(_ testCase: Case) throws {
        let original = try Self.runner.run(testCase.rule, example: testCase.example)
        let (text, markers) = RuleExampleRunner.removeMarkers(from: testCase.example.document)
        let insertions = Self.multibyteInsertions(in: text, markers: markers)
        let variant = Self.apply(insertions, to: text)
        let outcome = try Self.runner.run(testCase.rule, example: testCase.example, text: variant,
                                          markers: markers.map { Self.shift($0, by: insertions) }, path: "example.xml")
        RuleExamplesTests.check(outcome, testCase, variant: "multi-byte text in front")
        Self.expectSameVerdict(outcome, as: original, testCase, variant: "multi-byte text in front", comparingMessages: true)
        // The original's positions, carried through the insertions, are where the variant's must be.
        let carried = original.diagnostics.map { outcome.source.position(at: Self.shift($0.location.start.offset, by: insertions)) }
        #expect(outcome.diagnostics.map(\.location.start.description).sorted() == carried.map(\.description).sorted(),
                "multi-byte text in front: the positions moved other than by the inserted text",
                sourceLocation: Self.place(of: testCase))
    }

    @Test("reports each example at the same line and column with CR LF line ends", arguments: RuleExamplesTests.cases)
    func crlf(_ testCase: Case) throws {
        let original = try Self.runner.run(testCase.rule, example: testCase.example)
        let (text, markers) = RuleExampleRunner.removeMarkers(from: testCase.example.document)
        let bytes = Array(text.utf8)
        let shifted = markers.map { offset in offset + bytes[..<offset].count { $0 == UInt8(ascii: "\n") } }
        let outcome = try Self.runner.run(testCase.rule, example: testCase.example,
                                          text: text.replacingOccurrences(of: "\n", with: "\r\n"),
                                          markers: shifted, path: "example.xml")
        RuleExamplesTests.check(outcome, testCase, variant: "CR LF")
        Self.expectSameVerdict(outcome, as: original, testCase, variant: "CR LF", comparingMessages: true)
        #expect(outcome.diagnostics.map(\.location.start.description).sorted() == original.diagnostics.map(\.location.start.description).sorted(),
                "CR LF: the line:column positions differ from LF's", sourceLocation: Self.place(of: testCase))
    }

    // MARK: Helpers

    static func place(of testCase: Case) -> Testing.SourceLocation {
        Testing.SourceLocation(fileID: testCase.example.fileID, filePath: testCase.example.fileID, line: testCase.example.line, column: 1)
    }

    /// The same number of diagnostics, of the same severities (and, where the text is the same, messages).
    static func expectSameVerdict(_ outcome: RuleExampleRunner.Outcome, as original: RuleExampleRunner.Outcome, _ testCase: Case,
                                  variant: String, comparingMessages: Bool) {
        let place = place(of: testCase)
        #expect(outcome.diagnostics.count == original.diagnostics.count,
                "\(variant): \(outcome.diagnostics.count) diagnostic(s), the example as written gives \(original.diagnostics.count)", sourceLocation: place)
        let summary: (Diagnostic) -> String = { "\($0.severity.rawValue): " + (comparingMessages ? $0.message : "") }
        #expect(outcome.diagnostics.map(summary).sorted() == original.diagnostics.map(summary).sorted(),
                "\(variant): the findings differ from the example as written", sourceLocation: place)
    }

    /// Where the multi-byte comment goes: after the root's start tag, on the line of its first child (just
    /// before that child), and in front of each element that begins a line holding a marker.
    static func multibyteInsertions(in text: String, markers: [Int]) -> [(offset: Int, text: String)] {
        let source = SourceFile(path: "example.xml", text: text)
        guard let tree = XMLReader().read(source).documents.first, let root = tree.root else { return [] }
        var offsets: Set<Int> = [root.elements.first?.range.lowerBound ?? root.valueRange.upperBound]
        let elements = tree.allNodes.filter { $0.kind == .element }
        for marker in markers {
            let line = source.contentRange(ofLine: source.line(containing: marker))
            var first = line.lowerBound
            while first < line.upperBound, source.bytes[first] == UInt8(ascii: " ") || source.bytes[first] == UInt8(ascii: "\t") { first += 1 }
            if elements.contains(where: { $0.range.lowerBound == first }) { offsets.insert(first) }
        }
        return offsets.sorted().map { ($0, multibyteComment) }
    }

    static func apply(_ insertions: [(offset: Int, text: String)], to text: String) -> String {
        var bytes = Array(text.utf8)
        for insertion in insertions.sorted(by: { $0.offset > $1.offset }) {
            bytes.insert(contentsOf: Array(insertion.text.utf8), at: insertion.offset)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Where an offset of the original is after the insertions: text inserted at or before it pushes it on.
    static func shift(_ offset: Int, by insertions: [(offset: Int, text: String)]) -> Int {
        offset + insertions.filter { $0.offset <= offset }.map(\.text.utf8.count).reduce(0, +)
    }
}
