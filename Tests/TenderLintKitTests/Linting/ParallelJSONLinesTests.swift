import Foundation
import Testing
import TenderLintKit

@Suite("A JSON Lines file checked on several threads")
struct ParallelJSONLinesTests {
    @Test("reports exactly what one thread reports, in line order, across many batches", arguments: [2, 3, 8])
    func sameAsOneThread(jobs: Int) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-lines-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // Enough lines for several batches, with malformed lines, blank lines and duplicate keys among them.
        let lines = (1...700).map { number -> String in
            switch number % 7 {
            case 0: return "{\"ocid\": \"ocds-\(number)\", \"tender\": }"
            case 3: return ""
            case 5: return "{\"ocid\": \"a\", \"ocid\": \"b\"}"
            default: return "{\"ocid\": \"ocds-\(number)\", \"tender\": {\"id\": \"\(number)\", \"lots\": [{\"id\": \"1\"}]}}"
            }
        }
        let path = directory.appendingPathComponent("bulk.jsonl").path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)

        var one = Linter()
        one.jobs = 1
        var many = Linter()
        many.jobs = jobs
        let expected = try one.lint(path: path)
        let report = try many.lint(path: path)
        #expect(report.diagnostics == expected.diagnostics)
        #expect(report.documentCount == expected.documentCount)
        #expect(expected.documentCount == 600)
        #expect(expected.diagnostics.contains { $0.rule == ReaderRule.jsonWellFormed && $0.location.start.line == 700 })
    }
}
