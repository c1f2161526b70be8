import Foundation
import Testing
import TenderLintKit

/// A summary of a read that can be compared: what each document and diagnostic says and where.
private func outline(_ results: [ReadResult]) -> [String] {
    results.flatMap { result in
        result.documents.map { "document \($0.root?.location.start.description ?? "-")…\($0.root?.location.end.description ?? "-") @\($0.root?.location.start.offset ?? -1)" }
            + result.diagnostics.map { "\($0.rule.id) \($0.location.start) @\($0.location.start.offset) \($0.message) | \($0.location.excerpt.lines.map(\.text))" }
            + ["count \(result.documentCount)"]
    }
}

private func streamed(_ bytes: [UInt8], chunkSize: Int) throws -> [ReadResult] {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-stream-\(UUID().uuidString).jsonl").path
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    defer { try? FileManager.default.removeItem(atPath: path) }
    var results: [ReadResult] = []
    try JSONLinesReader(chunkSize: chunkSize).forEachDocument(path: path) { results.append($0) }
    return results
}

private func inMemory(_ bytes: [UInt8]) -> [ReadResult] {
    var results: [ReadResult] = []
    JSONLinesReader().forEachDocument(in: SourceFile(path: "x.jsonl", bytes: bytes)) { results.append($0) }
    return results
}

@Suite("JSON Lines reader: streaming from disk")
struct JSONLinesStreamingTests {
    static let awkwardFiles: [[UInt8]] = [
        Array("{\"a\": 1}\n{\"b\": 2 \"c\": 3}\n\n   \n{\"d\": [1, \"ŵ€👩‍⚕️\", {\"e\": null}]}".utf8),
        Array("{\"a\": 1}\r\n\r\n{\"b\":,}\r\n{\"c\": 3}\r\n".utf8),
        [0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}\n{\"w\": 1, \"w\": 2}\n".utf8),
        Array("{\"a\":\r1}\n{\"b\": 2}\n".utf8),  // a lone CR ends a line for positions
        Array("[1]\n[22".utf8),  // the last line has no line feed and is cut short
        Array("\n\n\n".utf8),
        Array("7".utf8),
    ]

    @Test("reports exactly what reading the whole file in memory reports, however the file is cut into chunks",
          arguments: awkwardFiles)
    func chunkBoundariesChangeNothing(file: [UInt8]) throws {
        let expected = outline(inMemory(file))
        for chunkSize in [1, 2, 3, 5, 8, 13, 4096] {
            #expect(try outline(streamed(file, chunkSize: chunkSize)) == expected, "chunk size \(chunkSize)")
        }
    }

    @Test("numbers lines and offsets as in the whole file, past blank lines and CR LF line ends")
    func positionsAreTheFiles() throws {
        let results = try streamed(Array("\n{\"a\": 1}\r\n  \n{\"b\": [true, 2]}\n".utf8), chunkSize: 3)
        let second = try #require(results.last?.documents.first?.root)
        #expect(second.location.start.description == "4:1")
        #expect(second.location.start.offset == 14)
        #expect(second[key: "b"]?.children.last?.location.start.description == "4:14")
        #expect(results.map(\.documentCount) == [1, 1])
    }

    @Test("reports a UTF-16 file once and stops reading it")
    func utf16StopsAtOnce() throws {
        let text = String(repeating: "{\"a\": 1}\n", count: 200)
        let bytes = [0xFF, 0xFE] + Array(text.utf16).flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        for chunkSize in [1, 3, 64, 1 << 20] {
            let results = try streamed(bytes, chunkSize: chunkSize)
            #expect(results.flatMap(\.diagnostics).map(\.message) == ["JSON must be UTF-8; this file looks like UTF-16"])
            #expect(results.map(\.documentCount) == [1])
        }
    }

    @Test("keeps no document alive: each tree is let go once it has been handed over")
    func treesAreReleased() throws {
        let lines = (1...50).map { "{\"ocid\": \"ocds-\($0)\", \"tender\": {\"lots\": [{\"id\": \"\($0)\"}]}}" }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-release-\(UUID().uuidString).jsonl").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(lines.joined(separator: "\n").utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        final class Weak { weak var tree: LocatedTree? ; init(_ tree: LocatedTree) { self.tree = tree } }
        var seen: [Weak] = []
        try JSONLinesReader(chunkSize: 256).forEachDocument(path: path) { result in
            seen += result.documents.map(Weak.init)
        }
        #expect(seen.count == 50)
        #expect(seen.allSatisfy { $0.tree == nil })
    }

    @Test("says why a path cannot be streamed")
    func unreadablePaths() {
        #expect(throws: PathError.self) { try JSONLinesReader().forEachDocument(path: "/no/such/file.jsonl") { _ in } }
        #expect(throws: PathError.self) { try JSONLinesReader().forEachDocument(path: NSTemporaryDirectory()) { _ in } }
    }
}
