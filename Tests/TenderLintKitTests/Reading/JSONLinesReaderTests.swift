import Testing
import TenderLintKit

private func readLines(_ text: String) -> ReadResult {
    JSONLinesReader().read(SourceFile(path: "tenders.jsonl", text: text))
}

private func readLines(bytes: [UInt8]) -> ReadResult {
    JSONLinesReader().read(SourceFile(path: "tenders.jsonl", bytes: bytes))
}

@Suite("JSON Lines reader")
struct JSONLinesReaderTests {
    @Test("reads one document per line with positions relative to the whole file")
    func linesAndPositions() throws {
        let text = """
            {"ocid": "a", "weight": 40}
            {"ocid": "b", "weight": 60}
            {"ocid": "c", "lots": [1, 2]}
            """
        let result = readLines(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.documentCount == 3)
        #expect(result.documents.count == 3)
        let third = try #require(result.documents.last?.root)
        #expect(third[key: "ocid"]?.value == "c")
        #expect(third.location.start.description == "3:1")
        #expect(third[key: "lots"]?.children.last?.location.start.description == "3:27")
        #expect(third[key: "lots"]?.children.last?.path == "/lots/1")
        #expect(result.documents.map { $0.root?.location.start.line } == [1, 2, 3])
    }

    @Test("gives each document its own line's text, without the line terminator, placed where it is in the file")
    func documentRanges() {
        let text = "[1]\n[22]\r\n[333]\n"
        let result = readLines(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.map { $0.source.bytes } == [Array("[1]".utf8), Array("[22]".utf8), Array("[333]".utf8)])
        #expect(result.documents.map(\.range) == [ByteRange(0, 3), ByteRange(0, 4), ByteRange(0, 5)])
        #expect(result.documents.map { $0.root?.location.start.offset } == [0, 4, 10])
        #expect(result.documents.map { $0.root?.location.end.offset } == [3, 8, 15])
        #expect(result.documents.map { $0.source.firstLine } == [1, 2, 3])
        #expect(result.documents.allSatisfy { $0.format == .json })
    }

    @Test("skips blank and whitespace-only lines and does not count them")
    func blankLines() {
        let result = readLines("\n{\"a\": 1}\n   \n\t\r\n{\"a\": 2}\n\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.documentCount == 2)
        #expect(result.documents.map { $0.root?.location.start.line } == [2, 5])
    }

    @Test("reads the other lines when a middle line is malformed, reporting it on its own line")
    func malformedMiddleLine() throws {
        let text = """
            {"ocid": "a"}
            {"ocid": "b",}
            {"ocid": "c"}
            """
        let result = readLines(text)
        #expect(result.documentCount == 3)
        #expect(result.documents.count == 2)
        #expect(result.documents.compactMap { $0.root?[key: "ocid"]?.value } == ["a", "c"])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.rule == ReaderRule.jsonWellFormed)
        #expect(diagnostic.message == "trailing comma before '}' is not allowed in JSON")
        #expect(diagnostic.location.start.description == "2:13")
        #expect(diagnostic.location.excerpt.lines.map(\.number) == [2])
    }

    @Test("reports the same lines and columns for CR LF files as for LF files")
    func crlf() {
        let lines = [#"{"a": 1}"#, #"{"b": 2 "c": 3}"#, #"{"d": [1, 2]}"#]
        let lf = readLines(lines.joined(separator: "\n"))
        let crlf = readLines(lines.joined(separator: "\r\n") + "\r\n")
        #expect(lf.diagnostics.map(\.location.start.description) == ["2:9"])
        #expect(crlf.diagnostics.map(\.location.start.description) == ["2:9"])
        #expect(lf.documents.count == 2)
        #expect(crlf.documents.count == 2)
        #expect(crlf.documents.last?.root?[key: "d"]?.location.start.description == "3:7")
    }

    @Test("treats a value split over two lines as two malformed documents")
    func valueOverTwoLines() {
        let result = readLines("{\"a\":\n1}")
        #expect(result.documentCount == 2)
        #expect(result.documents.isEmpty)
        #expect(result.diagnostics.map(\.message) == [
            "unexpected end of file: expected a value",
            "unexpected content after the JSON value",
        ])
        #expect(result.diagnostics.map(\.location.start.description) == ["1:6", "2:2"])
    }

    @Test("reports duplicate keys on the line where they are, keeping the document")
    func duplicateKeys() {
        let result = readLines("{\"a\": 1}\n{\"w\": 1, \"w\": 2}")
        #expect(result.documents.count == 2)
        #expect(result.diagnostics.map(\.rule) == [ReaderRule.jsonDuplicateKey])
        #expect(result.diagnostics.first?.location.start.description == "2:10")
        #expect(result.diagnostics.first?.documentPath == "/w")
    }

    @Test("reads an empty file as no documents and no diagnostics")
    func emptyFile() {
        let result = readLines("")
        #expect(result.documentCount == 0)
        #expect(result.documents.isEmpty)
        #expect(result.diagnostics.isEmpty)
    }

    @Test("accepts a UTF-8 byte order mark before the first line")
    func byteOrderMark() {
        let result = readLines(bytes: [0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}\n{\"a\": 2}".utf8))
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.count == 2)
        #expect(result.documents.first?.root?[key: "a"]?.nameRange.map { result.documents[0].source.position(at: $0.lowerBound).description } == "1:2")
    }

    @Test("reports a UTF-16 file once, not once per line")
    func utf16() {
        let bytes = [0xFF, 0xFE] + Array("{\"a\": 1}\n{\"a\": 2}\n".utf16).flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = readLines(bytes: bytes)
        #expect(result.diagnostics.map(\.message) == ["JSON must be UTF-8; this file looks like UTF-16"])
        #expect(result.diagnostics.first?.location.start.description == "1:1")
        #expect(result.documents.isEmpty)
    }

    @Test("reads lines with a reader of a given maximum depth")
    func configuredReader() {
        let reader = JSONLinesReader(jsonReader: JSONReader(maximumDepth: 2))
        let result = reader.read(SourceFile(path: "deep.jsonl", text: "[[1]]\n[[[1]]]\n"))
        #expect(result.documents.count == 1)
        #expect(result.diagnostics.map(\.message) == ["nesting is deeper than 2 levels; tenderlint stops reading here"])
        #expect(result.diagnostics.first?.location.start.description == "2:3")
    }
}
