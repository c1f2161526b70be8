import Foundation
import Testing
import TenderLintKit

@Suite("JSON reader: trees")
struct JSONReaderTreeTests: JSONReaderTesting {
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
