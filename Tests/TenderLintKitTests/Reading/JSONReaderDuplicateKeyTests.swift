import Foundation
import Testing
import TenderLintKit

@Suite("JSON reader: duplicate keys")
struct JSONReaderDuplicateKeyTests: JSONReaderTesting {
    @Test("reports a duplicate key at the second key, points back at the first, and keeps the tree")
    func duplicate() throws {
        let text = """
            {
              "weight": 40,
              "name": "price",
              "weight": 60
            }
            """
        let result = read(text)
        #expect(result.diagnostics.count == 1)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.rule == ReaderRule.jsonDuplicateKey)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "duplicate key 'weight' in this object; JSON readers disagree about which value counts")
        #expect(diagnostic.at == "4:3")
        #expect(diagnostic.location.end.description == "4:11")
        #expect(diagnostic.secondary.first?.message == "first defined here")
        #expect(diagnostic.secondary.first?.location.start.description == "2:3")
        #expect(!diagnostic.help.isEmpty)
        #expect(diagnostic.documentPath == "/weight")
        let root = try #require(result.documents.first?.root)
        #expect(root.children.map(\.key) == ["weight", "name", "weight"])
        #expect(root.children.compactMap(\.value) == ["40", "price", "60"])
    }

    @Test("names a nested duplicate by its pointer and allows the same key in different objects")
    func nested() {
        let result = read(#"{"lots": [{"id": "1", "weight": 50}, {"id": "2", "weight": 50, "id": "3"}], "id": "x"}"#)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.documentPath == "/lots/1/id")
        #expect(result.diagnostics.first?.at == "1:64")
        #expect(result.documents.count == 1)
    }

    @Test("finds duplicates in large objects and compares keys after unescaping, code point by code point")
    func largeAndEscaped() {
        let members = (0..<100).map { "\"key\($0)\": \($0)" }.joined(separator: ", ")
        let large = read("{\(members), \"key7\": 0, \"key99\": 1, \"key100\": 2}")
        #expect(large.diagnostics.map(\.message) == [
            "duplicate key 'key7' in this object; JSON readers disagree about which value counts",
            "duplicate key 'key99' in this object; JSON readers disagree about which value counts",
        ])
        #expect(read(#"{"a": 1, "\u0061": 2}"#).diagnostics.first?.rule == ReaderRule.jsonDuplicateKey)
        #expect(read("{\"caf\u{E9}\": 1, \"cafe\u{301}\": 2}").diagnostics.isEmpty)
        #expect(read(#"{"a": 1, "a": 2, "a": 3}"#).diagnostics.count == 2)
    }

    @Test("reports a duplicate found before a syntax error as well as the error")
    func duplicateThenSyntaxError() {
        let result = read(#"{"a": 1, "a": 2,}"#)
        #expect(result.diagnostics.map(\.rule) == [ReaderRule.jsonDuplicateKey, ReaderRule.jsonWellFormed])
        #expect(result.documents.isEmpty)
    }
}
