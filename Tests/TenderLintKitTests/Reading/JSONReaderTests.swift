import Foundation
import Testing
import TenderLintKit

// MARK: - Helpers

private func source(_ text: String) -> SourceFile { SourceFile(path: "tender.json", text: text) }

private func read(_ text: String, maximumDepth: Int = JSONReader.defaultMaximumDepth) -> ReadResult {
    JSONReader(maximumDepth: maximumDepth).read(source(text))
}

private func read(bytes: [UInt8]) -> ReadResult {
    JSONReader().read(SourceFile(path: "tender.json", bytes: bytes))
}

/// The root of a document that must read without any diagnostic.
private func readRoot(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Node? {
    let result = read(text)
    #expect(result.diagnostics.isEmpty, "unexpected: \(result.diagnostics.map(\.message))", sourceLocation: sourceLocation)
    #expect(result.documents.count == 1, sourceLocation: sourceLocation)
    return result.documents.first?.root
}

/// The one diagnostic of a document that must not read; also checks that no tree comes back.
private func failure(_ result: ReadResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
    #expect(result.diagnostics.count == 1, "diagnostics: \(result.diagnostics.map(\.message))", sourceLocation: sourceLocation)
    #expect(result.documents.isEmpty, sourceLocation: sourceLocation)
    #expect(result.documentCount == 1, sourceLocation: sourceLocation)
    guard let diagnostic = result.diagnostics.first else { return nil }
    #expect(diagnostic.rule == ReaderRule.jsonWellFormed, sourceLocation: sourceLocation)
    #expect(diagnostic.severity == .error, sourceLocation: sourceLocation)
    return diagnostic
}

private func failure(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
    failure(read(text), sourceLocation: sourceLocation)
}

private func utf16LittleEndian(_ text: String) -> [UInt8] {
    text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
}

private func utf16BigEndian(_ text: String) -> [UInt8] {
    text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
}

private extension Node {
    /// `line:column` where the node's value starts.
    var start: String { location.start.description }
    /// `line:column` where the node's key starts, with its quote.
    var keyStart: String? { nameRange.map { tree.source.position(at: $0.lowerBound).description } }
    var sourceText: String { tree.source.text(in: range) }
    func child(_ path: String...) -> Node? {
        var node: Node? = self
        for step in path {
            if let index = Int(step) { node = node?.children.first { $0.arrayIndex == index } } else { node = node?[key: step] }
        }
        return node
    }
}

private extension Diagnostic {
    /// `line:column` of the primary location.
    var at: String { location.start.description }
}

/// Every character of a message can be shown on a terminal: no raw control characters.
private func isPrintable(_ message: String) -> Bool {
    message.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) && $0 != "\u{FFFD}" }
}

// MARK: - Trees

@Suite("JSON reader: trees")
struct JSONReaderTreeTests {
    @Test("reads object members with their keys, values and exact lines and columns")
    func members() throws {
        let text = """
            {
              "title": "Community equipment",
              "weight": 33.3,
              "open": true,
              "notes": null
            }
            """
        let root = try #require(readRoot(text))
        #expect(root.kind == .object)
        #expect(root.start == "1:1")
        #expect(root.range == ByteRange(0, text.utf8.count))
        #expect(root.children.map(\.key) == ["title", "weight", "open", "notes"])

        let title = try #require(root[key: "title"])
        #expect(title.kind == .string)
        #expect(title.value == "Community equipment")
        #expect(title.start == "2:12")
        #expect(title.keyStart == "2:3")
        #expect(title.sourceText == "\"Community equipment\"")
        #expect(title.nameRange.map { root.tree.source.text(in: $0) } == "\"title\"")
        #expect(title.memberRange == title.nameRange!.union(title.range))

        let weight = try #require(root[key: "weight"])
        #expect(weight.kind == .number)
        #expect(weight.value == "33.3")
        #expect(weight.start == "3:13")
        #expect(weight.keyStart == "3:3")

        #expect(root[key: "open"]?.kind == .bool)
        #expect(root[key: "open"]?.value == "true")
        #expect(root[key: "open"]?.start == "4:11")
        #expect(root[key: "notes"]?.kind == .null)
        #expect(root[key: "notes"]?.value == "null")
        #expect(root[key: "notes"]?.start == "5:12")
    }

    @Test("keeps number literals exactly as written, never through Double")
    func numbers() throws {
        let literals = ["33.3", "-0.5e3", "0", "-0", "1E+2", "2.5e-2", "12345678901234567890123456789", "0.1", "100.00"]
        let root = try #require(readRoot("[" + literals.joined(separator: ", ") + "]"))
        #expect(root.children.map(\.value) == literals)
        #expect(root.children.allSatisfy { $0.kind == .number })
        #expect(root.children.map(\.sourceText) == literals)
    }

    @Test("gives array elements their index and every node its JSON Pointer")
    func pointers() throws {
        let text = """
            {"tender": {"lots": [
              {"id": "1"},
              {"id": "2", "awardCriteria": {"criteria": [
                {"name": "price", "weight": 60},
                {"name": "quality", "weight": 30},
                {"name": "social value", "weight": 10}
              ]}}
            ]}}
            """
        let root = try #require(readRoot(text))
        #expect(root.path == "")
        let criterion = try #require(root.child("tender", "lots", "1", "awardCriteria", "criteria", "2"))
        #expect(criterion.path == "/tender/lots/1/awardCriteria/criteria/2")
        #expect(criterion.arrayIndex == 2)
        #expect(criterion.key == nil)
        #expect(criterion.start == "6:5")
        #expect(criterion[key: "weight"]?.path == "/tender/lots/1/awardCriteria/criteria/2/weight")
        #expect(criterion[key: "weight"]?.value == "10")
        #expect(root.child("tender", "lots", "0")?.arrayIndex == 0)
        #expect(root.child("tender", "lots")?.children.map(\.arrayIndex) == [0, 1])
    }

    @Test("escapes '~' as ~0 and '/' as ~1 in JSON Pointers")
    func pointerEscapes() throws {
        let root = try #require(readRoot(#"{"a/b": {"m~n": [true]}}"#))
        #expect(root.child("a/b", "m~n", "0")?.path == "/a~1b/m~0n/0")
    }

    @Test("unescapes strings and keys, and ranges include the quotes and the escapes")
    func escapes() throws {
        let text = #"{"caf\u00e9": "line\nbreak \"quoted\" \\ \/ \ud83d\ude00 \t \b\f\r"}"#
        let root = try #require(readRoot(text))
        let member = try #require(root.children.first)
        #expect(member.key == "café")
        #expect(member.value == "line\nbreak \"quoted\" \\ / 😀 \t \u{8}\u{C}\r")
        #expect(member.nameRange.map { root.tree.source.text(in: $0) } == #""caf\u00e9""#)
        #expect(member.sourceText.hasPrefix(#""line\n"#) && member.sourceText.hasSuffix(#"\r""#))
    }

    @Test("decodes multi-byte text straight from its bytes")
    func multiByteText() throws {
        let buyer = "Llywodraeth Cymru — Cwm Taf Morgannwg 👩‍⚕️"
        let root = try #require(readRoot(#"{"buyer": "\#(buyer)", "lot": "ŵ"}"#))
        #expect(root[key: "buyer"]?.value == buyer)
        // 👩‍⚕️ is four code points: the buyer string closes at column 54.
        #expect(root[key: "lot"]?.keyStart == "1:57")
        #expect(root[key: "lot"]?.start == "1:64")
    }

    @Test("reads strings of every length with escapes, quotes and multi-byte text at every offset")
    func stringBoundaries() throws {
        for length in 0..<24 {
            let plain = String(repeating: "a", count: length)
            #expect(readRoot("[\"\(plain)\"]")?.children.first?.value == plain)
            #expect(readRoot("[\"\(plain)\\n\(plain)\"]")?.children.first?.value == plain + "\n" + plain)
            #expect(readRoot("[\"\(plain)é\(plain)\"]")?.children.first?.value == plain + "é" + plain)
            #expect(readRoot("[\"\(plain)\\\"\"]")?.children.first?.value == plain + "\"")
            let control = failure("[\"\(plain)\u{1}\(plain)\"]")
            #expect(control?.message == "control character U+0001 must be escaped")
            #expect(control?.at == "1:\(length + 3)")
        }
    }

    @Test("reads top-level strings, numbers and literals")
    func topLevelScalars() {
        #expect(readRoot("42")?.value == "42")
        #expect(readRoot("42")?.kind == .number)
        #expect(readRoot(#"  "text"  "#)?.value == "text")
        #expect(readRoot(#"  "text"  "#)?.range == ByteRange(2, 8))
        #expect(readRoot("null")?.kind == .null)
        #expect(readRoot("false")?.value == "false")
    }

    @Test("reads empty objects and arrays, ranges ending after the closing bracket")
    func emptyContainers() throws {
        let root = try #require(readRoot("{\"a\": {}, \"b\": [ ], \"c\": [[]]}"))
        #expect(root[key: "a"]?.kind == .object)
        #expect(root[key: "a"]?.sourceText == "{}")
        #expect(root[key: "a"]?.children.isEmpty == true)
        #expect(root[key: "b"]?.kind == .array)
        #expect(root[key: "b"]?.sourceText == "[ ]")
        #expect(root[key: "c"]?.sourceText == "[[]]")
        #expect(root[key: "c"]?.children.first?.path == "/c/0")
    }

    @Test("records the whole file as the document and the value alone as the root")
    func documentRange() throws {
        let text = "\n  [1, 2]  \n"
        let tree = try #require(read(text).documents.first)
        #expect(tree.format == .json)
        #expect(tree.range == ByteRange(0, text.utf8.count))
        #expect(tree.root?.range == ByteRange(3, 9))
        #expect(tree.root?.start == "2:3")
        #expect(tree.nodeCount == 4)
        #expect(tree.allNodes.map(\.kind) == [.array, .number, .number])
    }

    @Test("reads a document from part of a file, keeping positions relative to the file")
    func partOfFile() throws {
        let file = source("garbage\n  {\"a\": [1, 2]}  \nmore garbage")
        let (tree, diagnostics) = JSONReader().readDocument(file, in: ByteRange(8, 24))
        #expect(diagnostics.isEmpty)
        let root = try #require(tree?.root)
        #expect(tree?.range == ByteRange(8, 24))
        #expect(root.start == "2:3")
        #expect(root.child("a", "1")?.start == "2:13")
        let (broken, errors) = JSONReader().readDocument(file, in: ByteRange(8, 21))
        #expect(broken == nil)
        #expect(errors.map(\.message) == ["unexpected end of file: expected ',' or ']' after array element"])
        #expect(errors.first?.at == "2:14")
    }

    @Test("accepts a UTF-8 byte order mark silently, without counting it as a column")
    func byteOrderMark() throws {
        let result = read(bytes: [0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8))
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.documents.first?.root)
        #expect(root.start == "1:1")
        #expect(root[key: "a"]?.keyStart == "1:2")
        let error = failure(read(bytes: [0xEF, 0xBB, 0xBF] + Array(#"{"a" 1}"#.utf8)))
        #expect(error?.message == "expected ':' after object key")
        #expect(error?.at == "1:6")
    }

    @Test("reports the same lines and columns for CR LF line ends as for LF")
    func crlf() throws {
        let lines = ["{", "  \"lots\": [", "    {\"id\": \"1\", \"weight\": 40}", "  ]", "}"]
        let lf = try #require(readRoot(lines.joined(separator: "\n")))
        let crlf = try #require(readRoot(lines.joined(separator: "\r\n")))
        let lfNodes = lf.tree.allNodes.map(\.start)
        #expect(lfNodes == crlf.tree.allNodes.map(\.start))
        #expect(crlf.child("lots", "0", "weight")?.start == "3:27")

        let broken = ["{", "  \"lots\": [", "    {\"id\": \"1\" \"weight\": 40}", "  ]", "}"]
        let lfError = failure(broken.joined(separator: "\n"))
        let crlfError = failure(broken.joined(separator: "\r\n"))
        #expect(lfError?.at == "3:16")
        #expect(crlfError?.at == "3:16")
        #expect(lfError?.message == crlfError?.message)
    }

    @Test("reads 512 levels of nesting, the default limit")
    func deepButAllowed() throws {
        let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        let root = try #require(readRoot(text))
        #expect(root.tree.nodeCount == 513)
    }

    @Test("reads the real tender fixtures as they are published", .enabled(if: Fixtures.available, Fixtures.unavailable))
    func realFixtures() throws {
        let directory = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/fixtures/real").standardizedFileURL
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(names.count >= 4)
        for name in names {
            let file = try SourceFile.read(path: directory.appendingPathComponent(name).path)
            let result = JSONReader().read(file)
            #expect(result.diagnostics.isEmpty, "\(name): \(result.diagnostics.map { "\($0.at) \($0.message)" })")
            let root = try #require(result.documents.first?.root, "\(name)")
            #expect(root.kind == .object, "\(name)")
            #expect(root.children.count > 2, "\(name)")
            #expect(root.range.upperBound <= file.bytes.count)
        }
        let scotland = try SourceFile.read(path: directory.appendingPathComponent("pcs_ocds-r6ebe6-0000569951_release.json").path)
        let release = try #require(JSONReader().read(scotland).documents.first?.root)
        #expect(release[key: "ocid"]?.value == "ocds-r6ebe6-0000569951")
        #expect(release[key: "ocid"]?.start == "2:11")
        #expect(release[key: "tag"]?.children.first?.path == "/tag/0")
    }
}

// MARK: - Syntax errors

@Suite("JSON reader: syntax errors")
struct JSONReaderSyntaxErrorTests {
    @Test("reports a missing comma between members at the next key, with a fix-it inserting it")
    func missingCommaInObject() throws {
        let error = try #require(failure(#"{"a": 1 "b": 2}"#))
        #expect(error.message == "expected ',' or '}' after object member")
        #expect(error.at == "1:9")
        #expect(error.label == #"found the string "b""#)
        let fix = try #require(error.fixIts.first)
        #expect(fix.replacement == ",")
        #expect(fix.location.start.description == "1:8")
        #expect(fix.location.start == fix.location.end)
        #expect(error.documentPath == "")
    }

    @Test("reports a wrong token after a member without a fix-it when no comma would help")
    func wrongTokenInObject() {
        let error = failure(#"{"a": 1 ]"#)
        #expect(error?.message == "expected ',' or '}' after object member")
        #expect(error?.at == "1:9")
        #expect(error?.fixIts.isEmpty == true)
        #expect(error?.secondary.first?.message == "the object opened here")
        #expect(error?.secondary.first?.location.start.description == "1:1")
    }

    @Test("reports a missing comma between array elements")
    func missingCommaInArray() {
        let error = failure("[1 2]")
        #expect(error?.message == "expected ',' or ']' after array element")
        #expect(error?.at == "1:4")
        #expect(error?.fixIts.first?.replacement == ",")
        #expect(error?.fixIts.first?.location.start.description == "1:3")
        let closer = failure("[1, 2}")
        #expect(closer?.message == "expected ',' or ']' after array element")
        #expect(closer?.at == "1:6")
        #expect(closer?.label == "found '}'")
    }

    @Test("points at a trailing comma in an object, with a fix-it removing it")
    func trailingCommaInObject() throws {
        let error = try #require(failure(#"{"a": 1,}"#))
        #expect(error.message == "trailing comma before '}' is not allowed in JSON")
        #expect(error.at == "1:8")
        let fix = try #require(error.fixIts.first)
        #expect(fix.replacement == "")
        #expect(fix.location.start.description == "1:8")
        #expect(fix.location.end.description == "1:9")
    }

    @Test("points at a trailing comma in an array")
    func trailingCommaInArray() {
        let error = failure("[1, 2, ]")
        #expect(error?.message == "trailing comma before ']' is not allowed in JSON")
        #expect(error?.at == "1:6")
        #expect(error?.fixIts.first?.replacement == "")
    }

    @Test("reports a stray comma on line 7 at column 3")
    func strayCommaOnLineSeven() {
        let text = """
            {
              "tender": {
                "title": "Community equipment",
                "lots": [{"id": "1"}, {"id": "2"}]
              },
              "weights": [60, 40]
              ,
            }
            """
        let error = failure(text)
        #expect(error?.message == "trailing comma before '}' is not allowed in JSON")
        #expect(error?.at == "7:3")
        #expect(error?.location.excerpt.lines.first?.number == 7)
        #expect(error?.fixIts.first?.location.start.description == "7:3")
    }

    @Test("asks for a string key in double quotes, with a fix-it quoting a bare or single-quoted key")
    func keys() {
        let bare = failure("{a: 1}")
        #expect(bare?.message == "expected a string key in double quotes")
        #expect(bare?.at == "1:2")
        #expect(bare?.fixIts.first?.replacement == #""a""#)

        let single = failure("{'weight': 1}")
        #expect(single?.message == "expected a string key in double quotes")
        #expect(single?.at == "1:2")
        #expect(single?.fixIts.first?.replacement == #""weight""#)
        #expect(single?.fixIts.first?.location.end.description == "1:10")

        let curly = failure("{“a”: 1}")
        #expect(curly?.message == "expected a string key in double quotes")
        #expect(curly?.at == "1:2")
        #expect(curly?.help.contains { $0.contains("typographic quote") } == true)

        let number = failure(#"{"a": 1, 2: 3}"#)
        #expect(number?.message == "expected a string key in double quotes")
        #expect(number?.at == "1:10")
    }

    @Test("asks for ':' after a key")
    func colon() {
        let missing = failure(#"{"a" 1}"#)
        #expect(missing?.message == "expected ':' after object key")
        #expect(missing?.at == "1:6")
        #expect(missing?.fixIts.first?.replacement == ":")
        #expect(missing?.fixIts.first?.location.start.description == "1:5")
        let equals = failure(#"{"a" = 1}"#)
        #expect(equals?.at == "1:6")
        #expect(equals?.fixIts.first?.replacement == ":")
        #expect(equals?.fixIts.first?.location.end.description == "1:7")
    }

    @Test("asks for a value where one is missing")
    func values() {
        let member = failure(#"{"a": }"#)
        #expect(member?.message == "expected a value")
        #expect(member?.at == "1:7")
        #expect(member?.label == "found '}'")
        #expect(member?.documentPath == "/a")
        let element = failure("[1, , 2]")
        #expect(element?.message == "expected a value")
        #expect(element?.at == "1:5")
        #expect(element?.documentPath == "/1")
        let single = failure(#"{"a": 'text'}"#)
        #expect(single?.message == "expected a value")
        #expect(single?.at == "1:7")
        #expect(single?.fixIts.first?.replacement == #""text""#)
        let end = failure("[1,\n  ")
        #expect(end?.message == "unexpected end of file: expected a value")
        #expect(end?.at == "1:4")
    }

    @Test("reports an empty or whitespace-only file at 1:1")
    func emptyFile() {
        for text in ["", "   ", "\n\n\t \r\n"] {
            let error = failure(text)
            #expect(error?.message == "the file is empty: expected a JSON value")
            #expect(error?.at == "1:1")
        }
        let bomOnly = failure(read(bytes: [0xEF, 0xBB, 0xBF]))
        #expect(bomOnly?.message == "the file is empty: expected a JSON value")
        #expect(bomOnly?.at == "1:1")
    }

    @Test("reports a truncated file at its end, naming the bracket left open")
    func truncated() throws {
        let error = try #require(failure(#"{"a": [1, 2"#))
        #expect(error.message == "unexpected end of file: expected ',' or ']' after array element")
        #expect(error.at == "1:12")
        #expect(error.secondary.first?.message == "the array opened here is never closed")
        #expect(error.secondary.first?.location.start.description == "1:7")
        #expect(error.documentPath == "/a")

        let object = failure("{\"a\": {\"b\": 1\n")
        #expect(object?.message == "unexpected end of file: expected ',' or '}' after object member")
        #expect(object?.at == "1:14")
        #expect(failure(#"{"a""#)?.message == "unexpected end of file: expected ':' after object key")
        #expect(failure(#"{"a": 1,"#)?.message == "unexpected end of file: expected a string key in double quotes")
        #expect(failure("[tru")?.message == "unknown word 'tru'; JSON literals are true, false and null")
    }

    @Test("reports unexpected content after the top-level value")
    func trailingContent() {
        let word = failure(#"{"a": 1} x"#)
        #expect(word?.message == "unexpected content after the JSON value")
        #expect(word?.at == "1:10")
        let second = failure("{}\n{}")
        #expect(second?.message == "unexpected content after the JSON value")
        #expect(second?.at == "2:1")
        #expect(second?.help.contains { $0.contains("JSON Lines") } == true)
        let bracket = failure(#"{"a": [1]}]"#)
        #expect(bracket?.at == "1:11")
        #expect(bracket?.documentPath == nil)
    }

    @Test("names the container being read in the document path of a syntax error")
    func errorPaths() {
        #expect(failure(#"{"tender": {"lots": [1, 2 3]}}"#)?.documentPath == "/tender/lots")
        #expect(failure(#"{"tender": {"title": "bad \x"}}"#)?.documentPath == "/tender/title")
        #expect(failure(#"{"a/b": [{"c": tru}]}"#)?.documentPath == "/a~1b/0/c")
        #expect(failure("[1 2]")?.documentPath == "")
    }

    @Test("rejects comments")
    func comments() {
        let line = failure("{\"a\": 1 // the weight\n}")
        #expect(line?.message == "comments are not allowed in JSON")
        #expect(line?.at == "1:9")
        #expect(line?.location.end.description == "1:22")
        #expect(failure("/* header */ {}")?.message == "comments are not allowed in JSON")
    }
}

// MARK: - Strings

@Suite("JSON reader: strings")
struct JSONReaderStringTests {
    @Test("points an unterminated string at its opening quote and says where the file ends")
    func unterminatedAtEndOfFile() {
        let error = failure(#"{"a": "abc"#)
        #expect(error?.message == "unterminated string: the file ends before its closing quote")
        #expect(error?.at == "1:7")
        #expect(error?.secondary.first?.message == "the file ends here")
    }

    @Test("points an unterminated string at its opening quote and says where the line ends")
    func unterminatedAtEndOfLine() throws {
        let error = try #require(failure("{\"title\": \"Community equipment,\n \"lot\": 1}"))
        #expect(error.message == "unterminated string: the line ends before its closing quote")
        #expect(error.at == "1:11")
        #expect(error.secondary.first?.message == "the line ends here")
        #expect(error.secondary.first?.location.start.description == "1:32")
        #expect(error.fixIts.first?.replacement == "\"")
        #expect(error.documentPath == "/title")
    }

    @Test("asks for a line break inside a string to be escaped")
    func lineBreakInString() {
        let error = failure("[\"line one\nline two\"]")
        #expect(error?.message == "control character U+000A must be escaped")
        #expect(error?.at == "1:11")
        #expect(error?.fixIts.first?.replacement == "\\n")
        let crlf = failure("[\"line one\r\nline two\"]")
        #expect(crlf?.message == "control character U+000D must be escaped")
        #expect(crlf?.at == "1:11")
    }

    @Test("asks for control characters in strings to be escaped, naming them as U+XXXX")
    func controlCharacters() {
        let tab = failure("{\"a\": \"x\ty\"}")
        #expect(tab?.message == "control character U+0009 must be escaped")
        #expect(tab?.at == "1:9")
        #expect(tab?.fixIts.first?.replacement == "\\t")
        let nul = failure("[\"a\u{0}b\"]")
        #expect(nul?.message == "control character U+0000 must be escaped")
        #expect(nul.map { isPrintable($0.message) && isPrintable($0.label ?? "") } == true)
    }

    @Test("rejects invalid escapes, offering to double the backslash")
    func invalidEscapes() {
        let hex = failure(#"["\x41"]"#)
        #expect(hex?.message == #"invalid escape '\x' in string"#)
        #expect(hex?.at == "1:3")
        #expect(hex?.location.end.description == "1:5")
        #expect(hex?.fixIts.first?.replacement == #"\\"#)
        let path = failure(#"{"file": "C:\docs\tender.pdf"}"#)
        #expect(path?.message == #"invalid escape '\d' in string"#)
        #expect(path?.at == "1:13")
        let accent = failure(#"["\é"]"#)
        #expect(accent?.message == #"invalid escape '\é' in string"#)
    }

    @Test("rejects \\u escapes without four hexadecimal digits")
    func badUnicodeEscapes() {
        let letters = failure(#"["\u12G4"]"#)
        #expect(letters?.message == #"invalid escape '\u12G4' in string: \u needs four hexadecimal digits"#)
        #expect(letters?.at == "1:3")
        let short = failure(#"["ab\u12"]"#)
        #expect(short?.message == #"invalid escape '\u12' in string: \u needs four hexadecimal digits"#)
        #expect(short?.at == "1:5")
        #expect(failure(#"["\u"#)?.message == #"invalid escape '\u' in string: \u needs four hexadecimal digits"#)
    }

    @Test("rejects lone surrogates and accepts surrogate pairs")
    func surrogates() {
        let high = failure(#"["\uD800"]"#)
        #expect(high?.message == #"lone surrogate '\uD800' in string: a high surrogate must be followed by a low surrogate (\uDC00 to \uDFFF)"#)
        #expect(high?.at == "1:3")
        #expect(high?.location.end.description == "1:9")
        let followed = failure(#"["x\uD83D\u0041"]"#)
        #expect(followed?.message.hasPrefix(#"lone surrogate '\uD83D'"#) == true)
        #expect(followed?.at == "1:4")
        let low = failure(#"["\udc00"]"#)
        #expect(low?.message == #"lone surrogate '\udc00' in string: a low surrogate must follow a high surrogate (\uD800 to \uDBFF)"#)
        #expect(readRoot(#"["\uD83D\uDE00"]"#)?.children.first?.value == "😀")
        #expect(readRoot(#"["\u0000"]"#)?.children.first?.value == "\u{0}")
    }
}

// MARK: - Numbers and words

@Suite("JSON reader: numbers and literals")
struct JSONReaderNumberTests {
    @Test("rejects numbers RFC 8259 does not allow, at the number's first character", arguments: [
        ("[01]", "leading zeros are not allowed in JSON numbers: '01'"),
        ("[-007.5]", "leading zeros are not allowed in JSON numbers: '-007.5'"),
        ("[.5]", "number '.5' needs a digit before the decimal point"),
        ("[-.5]", "number '-.5' needs a digit before the decimal point"),
        ("[1.]", "number '1.' needs a digit after the decimal point"),
        ("[1.e3]", "number '1.e3' needs a digit after the decimal point"),
        ("[+1]", "number '+1' cannot start with '+' in JSON"),
        ("[1e]", "number '1e' needs digits in its exponent"),
        ("[1e+]", "number '1e+' needs digits in its exponent"),
        ("[0x1F]", "hexadecimal number '0x1F' is not allowed in JSON"),
        ("[1.2.3]", "invalid number '1.2.3'"),
        ("[12abc]", "invalid number '12abc'"),
        ("[-]", "expected a digit after '-'"),
        ("[NaN]", "'NaN' is not a JSON number; JSON has no NaN or infinity"),
        ("[Infinity]", "'Infinity' is not a JSON number; JSON has no NaN or infinity"),
        ("[-Infinity]", "'-Infinity' is not a JSON number; JSON has no NaN or infinity"),
    ])
    func badNumbers(text: String, message: String) {
        let error = failure(text)
        #expect(error?.message == message)
        #expect(error?.at == "1:2")
    }

    @Test("offers fix-its for numbers with an obvious repair")
    func numberFixIts() {
        #expect(failure("[.5]")?.fixIts.first?.replacement == "0")
        #expect(failure("[+1]")?.fixIts.first?.replacement == "")
        #expect(failure("[0x1F]")?.help == ["write it in decimal: 31"])
        #expect(failure("[007]")?.help.first?.hasPrefix("write 7,") == true)
    }

    @Test("names unknown words and suggests the literal meant", arguments: [
        ("[True]", "True", "true"),
        ("[FALSE]", "FALSE", "false"),
        ("[nul]", "nul", "null"),
        ("[None]", "None", "null"),
        ("[undefined]", "undefined", "null"),
    ])
    func unknownWords(text: String, word: String, suggestion: String) {
        let error = failure(text)
        #expect(error?.message == "unknown word '\(word)'; JSON literals are true, false and null")
        #expect(error?.at == "1:2")
        #expect(error?.fixIts.first?.replacement == suggestion)
        #expect(error?.label == "did you mean '\(suggestion)'?")
    }

    @Test("suggests quotes for a bare word that is not a literal")
    func bareText() {
        let error = failure(#"{"status": open}"#)
        #expect(error?.message == "unknown word 'open'; JSON literals are true, false and null")
        #expect(error?.at == "1:12")
        #expect(error?.help == [#"if this is text, put it in double quotes: "open""#])
        #expect(error?.fixIts.isEmpty == true)
    }
}

// MARK: - Bytes and encodings

@Suite("JSON reader: bytes and encodings")
struct JSONReaderEncodingTests {
    @Test("reports invalid UTF-8 in a string at the offending byte")
    func invalidUTF8InString() throws {
        let error = try #require(failure(read(bytes: Array(#"{"a": "x"#.utf8) + [0xFF] + Array(#""}"#.utf8))))
        #expect(error.message == "invalid UTF-8 byte 0xFF")
        #expect(error.at == "1:9")
        #expect(error.location.start.offset == 8)
        #expect(isPrintable(error.message))
        #expect(error.documentPath == "/a")
    }

    @Test("reports invalid UTF-8 outside strings")
    func invalidUTF8OutsideStrings() {
        let error = failure(read(bytes: Array("[1, ".utf8) + [0xC3] + Array("]".utf8)))
        #expect(error?.message == "invalid UTF-8 byte 0xC3")
        #expect(error?.location.start.offset == 4)
        #expect(error?.at == "1:5")
    }

    @Test("explains a Windows-1252 pound sign, and the column after multi-byte text")
    func windows1252() throws {
        let bytes = Array(#"{"note": "Cwm Taf — "#.utf8) + [0xA3] + Array(#"5m"}"#.utf8)
        let error = try #require(failure(read(bytes: bytes)))
        #expect(error.message == "invalid UTF-8 byte 0xA3")
        #expect(error.at == "1:21")
        #expect(error.help.contains { $0.contains("'£'") })
    }

    @Test("rejects overlong, surrogate and truncated UTF-8 sequences", arguments: [
        [0xC0, 0xAF] as [UInt8], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0x80], [0xF8],
    ])
    func badSequences(sequence: [UInt8]) {
        let error = failure(read(bytes: Array(#"["ab"#.utf8) + sequence + Array(#""]"#.utf8)))
        #expect(error?.message == "invalid UTF-8 byte \(String(format: "0x%02X", sequence[0]))")
        #expect(error?.at == "1:5")
        #expect(error.map { isPrintable($0.message) } == true)
    }

    @Test("reports UTF-16 and UTF-32 at 1:1, with or without a byte order mark", arguments: [
        ([0xFF, 0xFE] + utf16LittleEndian("{}"), "UTF-16"),
        ([0xFE, 0xFF] + utf16BigEndian("{}"), "UTF-16"),
        (utf16LittleEndian("{\"a\": 1}"), "UTF-16"),
        (utf16BigEndian("{\"a\": 1}"), "UTF-16"),
        ([0xFF, 0xFE, 0, 0, 0x7B, 0, 0, 0, 0x7D, 0, 0, 0], "UTF-32"),
        ([0, 0, 0, 0x7B, 0, 0, 0, 0x7D], "UTF-32"),
    ] as [([UInt8], String)])
    func utf16(bytes: [UInt8], encoding: String) {
        let error = failure(read(bytes: bytes))
        #expect(error?.message == "JSON must be UTF-8; this file looks like \(encoding)")
        #expect(error?.at == "1:1")
    }

    @Test("gives a diagnostic for a PNG file, never a crash")
    func png() {
        let header: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let error = failure(read(bytes: header + [UInt8](repeating: 0x42, count: 64)))
        #expect(error?.message == "invalid UTF-8 byte 0x89")
        #expect(error?.at == "1:1")
        #expect(error?.notes.contains { $0.contains("binary") } == true)
    }

    @Test("gives one diagnostic for random bytes, never a crash or a hang")
    func randomBytes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<200 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(state % 300) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(UInt8(truncatingIfNeeded: state >> 56))
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let result = read(bytes: bytes)
            // Random bytes are almost never JSON; either way there is a tree or a diagnostic, not both.
            #expect(result.diagnostics.count + result.documents.count == 1)
            #expect(result.diagnostics.allSatisfy { isPrintable($0.message) && isPrintable($0.label ?? "") })
        }
    }

    @Test("never puts raw control characters or invalid bytes in a message", arguments: [
        "[\u{7}]", "{\u{1B}}", "[1\u{0}]", "{\"a\":1}\u{C}", "[\u{A0}1]", "[\u{FEFF}1]", "{\"a\u{7}b\": 1, \"a\u{7}b\": 2,}",
    ])
    func printableMessages(text: String) {
        let result = read(text)
        #expect(!result.diagnostics.isEmpty)
        for diagnostic in result.diagnostics {
            #expect(isPrintable(diagnostic.message), "\(diagnostic.message.unicodeScalars.map(\.value))")
            #expect(isPrintable(diagnostic.label ?? ""))
        }
    }

    @Test("names a no-break space and offers an ordinary one")
    func noBreakSpace() {
        let error = failure("[1,\u{A0}2]")
        #expect(error?.message == "expected a value")
        #expect(error?.label == "found U+00A0 (no-break space)")
        #expect(error?.at == "1:4")
        #expect(error?.fixIts.first?.replacement == " ")
    }
}

// MARK: - Multi-byte text and depth

@Suite("JSON reader: columns and limits")
struct JSONReaderLimitTests {
    @Test("counts columns in code points after multi-byte text on the same line")
    func columnsAfterMultiByteText() throws {
        // "👩‍⚕️" is four code points; the string runs from column 11 to 54.
        let text = #"{"buyer": "Llywodraeth Cymru — Cwm Taf Morgannwg 👩‍⚕️" "lot": 2}"#
        let error = try #require(failure(text))
        #expect(error.message == "expected ',' or '}' after object member")
        #expect(error.at == "1:56")
        #expect(error.fixIts.first?.location.start.description == "1:55")
    }

    @Test("stops 100,000 nested '[' with one diagnostic, quickly and without overflowing the stack")
    func deepNesting() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let error = try #require(failure(String(repeating: "[", count: 100_000)))
        #expect(error.message == "nesting is deeper than 512 levels; tenderlint stops reading here")
        #expect(error.at == "1:513")
        #expect(clock.now - started < .seconds(5))
        let balanced = failure(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
        #expect(balanced?.at == "1:513")
        let objects = failure(String(repeating: #"{"a":"#, count: 100_000))
        #expect(objects?.at == "1:\(512 * 5 + 1)")
    }

    @Test("applies a configured maximum depth")
    func configuredDepth() {
        #expect(read("[[[1]]]", maximumDepth: 3).diagnostics.isEmpty)
        let error = failure(read("[[[[1]]]]", maximumDepth: 3))
        #expect(error?.message == "nesting is deeper than 3 levels; tenderlint stops reading here")
        #expect(error?.at == "1:4")
    }
}

// MARK: - Duplicate keys

@Suite("JSON reader: duplicate keys")
struct JSONReaderDuplicateKeyTests {
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
