import Foundation
import Testing
@testable import TenderLintKit

@Suite("A finding's location holds only what the run's reports need")
struct LocationDetailTests {
    private static let text = "{\n  \"tender\": [1, 2,\n}\n"

    /// The findings of a malformed JSON document linted with `detail`, from a file (and from a JSON Lines file).
    private static func findings(_ detail: LocationDetail, lines: Bool = false) throws -> [Diagnostic] {
        let folder = try RunFolder(documents: [lines ? "a.jsonl" : "a.json": lines ? "{\"tender\": [1,}\n" : text])
        var linter = Linter()
        linter.jobs = 1
        linter.locationDetail = detail
        return try linter.lint(paths: [folder.path(lines ? "docs/a.jsonl" : "docs/a.json")]).diagnostics
    }

    @Test("quotes source lines and keeps the subject when every detail is asked for")
    func all() throws {
        for lines in [false, true] {
            let found = try Self.findings(.all, lines: lines)
            #expect(!found.isEmpty)
            #expect(found.allSatisfy { !$0.location.excerpt.lines.isEmpty && !$0.location.subject.isEmpty })
        }
    }

    @Test("builds neither excerpt nor subject for a run whose reports print neither, such as concise")
    func none() throws {
        for lines in [false, true] {
            let all = try Self.findings(.all, lines: lines)
            let bare = try Self.findings([], lines: lines)
            #expect(bare.count == all.count)
            #expect(bare.allSatisfy { $0.location.excerpt.lines.isEmpty && $0.location.subject.isEmpty })
            // Positions do not depend on the detail.
            #expect(bare.map(\.location.start) == all.map(\.location.start))
            #expect(bare.map(\.location.end) == all.map(\.location.end))
        }
    }

    @Test("builds the subject without the excerpt for a baseline or a fingerprinting format")
    func subjectOnly() throws {
        let all = try Self.findings(.all)
        let subjects = try Self.findings(.subject)
        #expect(subjects.map(\.location.subject) == all.map(\.location.subject))
        #expect(subjects.allSatisfy { $0.location.excerpt.lines.isEmpty })
    }

    @Test("builds the excerpt without the subject for the text format")
    func excerptOnly() throws {
        let all = try Self.findings(.all)
        let excerpts = try Self.findings(.excerpt)
        #expect(excerpts.map(\.location.excerpt) == all.map(\.location.excerpt))
        #expect(excerpts.allSatisfy { $0.location.subject.isEmpty })
    }

    @Test("keeps the document's detail when an XML document is transcoded to UTF-8")
    func transcoded() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "<a><b></a>".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let found = Linter().lint(SourceFile(path: "a.xml", bytes: bytes, detail: [])).diagnostics
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.location.excerpt.lines.isEmpty && $0.location.subject.isEmpty })
    }

    @Test("builds a place asked for twice in one document once, and each place of it apart")
    func cached() {
        let source = SourceFile(path: "a.xml", text: "<a>\n  <b/>\n</a>\n")
        let first = source.location(of: ByteRange(6, 10))
        #expect(source.location(of: ByteRange(6, 10)) == first)
        #expect(source.locations.count == 1)
        let other = source.location(of: ByteRange(0, 3))
        #expect(other != first)
        #expect(other.excerpt.lines.map(\.text) == ["<a>"])
        #expect(source.locations.count == 2)
    }

    @Test("is decided once for a run from its formats, its baseline and --statistics")
    func decidedByTheRun() throws {
        func detail(_ formats: [String], _ configure: (inout LintRun) -> Void = { _ in }) throws -> LocationDetail {
            var run = LintRun(linter: Linter(), paths: ["."], plan: try OutputPlan(formats: formats, outputs: []), rules: [])
            configure(&run)
            return run.reportingLinter.locationDetail
        }
        #expect(try detail(["concise"]) == [])
        #expect(try detail(["text"]) == .excerpt)
        #expect(try detail(["concise"]) { $0.baselinePath = "baseline.json" } == .subject)
        #expect(try detail(["concise"]) { $0.writeBaselinePath = "baseline.json" } == .subject)
        #expect(try detail(["text"]) { $0.statistics = true } == [])
        #expect(try detail(["text"]) { $0.statistics = true; $0.baselinePath = "baseline.json" } == .subject)
    }
}
