import Foundation
import Testing
@testable import TenderLintKit

@Suite("Standard input")
struct StandardInputTests {
    private func kind(_ text: String, name: String? = nil) -> DocumentKind {
        StandardInput(name: name).kind(of: Array(text.utf8), limits: DocumentLimits())
    }

    @Test("the name's extension gives the kind; without a known one, the content does")
    func kinds() {
        #expect(kind("{}", name: "a.xml") == .xml)
        #expect(kind("<a/>", name: "bulk.ndjson") == .jsonLines)
        #expect(kind("\u{FEFF}\n  <tender/>") == .xml)
        #expect(kind("<tender/>", name: "notes.txt") == .xml)
        #expect(kind("{\"a\": 1}") == .json)
        #expect(kind("") == .json)
    }

    @Test("JSON Lines only when the first line is a whole JSON value and more follows, which no JSON document can be")
    func jsonLines() {
        #expect(kind("{\"a\": 1}\n{\"b\": 2}\n") == .jsonLines)
        #expect(kind("{\"a\": 1}\n\n") == .json)
        #expect(kind("{\n  \"a\": 1\n}\n") == .json)
        #expect(kind("{\"a\": \"}\"\n, \"b\": 2}\n") == .json)
    }

    @Test("reads to the end, keeping no more than the limit, and says how large a document past it was")
    func limit() throws {
        var pipe: [Int32] = [0, 0]
        #expect(Foundation.pipe(&pipe) == 0)
        let bytes = [UInt8](repeating: 0x20, count: 1000)
        _ = bytes.withUnsafeBytes { write(pipe[1], $0.baseAddress, $0.count) }
        close(pipe[1])
        defer { close(pipe[0]) }
        guard case .tooLarge(let size) = try StandardInput(name: nil, descriptor: pipe[0]).read(limit: 999) else {
            Issue.record("a document past the limit was kept")
            return
        }
        #expect(size == 1000)
    }
}
