import Foundation
import Testing
@testable import TenderLintKit

/// A YAML alias bomb: nine levels of nine aliases each, 9^9 values once expanded, in nine short lines. It is the
/// fuzz regression input that hung the configuration loader, read from the repository.
enum YAMLBomb {
    static let text: String = {
        let file = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Reading
            .deletingLastPathComponent()  // TenderLintKitTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("Fuzz/regressions/FuzzConfiguration/yaml-alias-bomb.yml")
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }()
}

@Suite("YAML reader")
struct YAMLReaderTests {
    static func read(_ bytes: [UInt8], limits: DocumentLimits = DocumentLimits()) -> Result<LocatedTree?, YAMLError> {
        YAMLReader(limits: limits).read(SourceFile(path: "f.yml", bytes: bytes), as: "a test file")
    }

    static func tree(_ text: String) throws -> LocatedTree {
        try #require(try read(Array(text.utf8)).get())
    }

    static func error(_ text: String, limits: DocumentLimits = DocumentLimits()) -> YAMLError? {
        error(Array(text.utf8), limits: limits)
    }

    static func error(_ bytes: [UInt8], limits: DocumentLimits = DocumentLimits()) -> YAMLError? {
        if case .failure(let error) = read(bytes, limits: limits) { return error }
        return nil
    }

    /// A range as `line:column-line:column`.
    static func at(_ range: ByteRange, in tree: LocatedTree) -> String {
        let location = tree.source.location(of: range)
        return "\(location.start)-\(location.end)"
    }

    static func position(_ error: YAMLError?, in text: String) -> String? {
        error.map { "\(SourceFile(path: "f.yml", text: text).location(of: $0.range).start)" }
    }

    @Test("reads maps, lists and scalars into the JSON reader's kinds, each key and value at its bytes")
    func readsTheJSONShape() throws {
        let tree = try Self.tree("name: tenderlint\nrules:\n  - SV001\n  - 'NZ 004'\n")
        let root = try #require(tree.root)
        #expect(tree.format == .json)
        #expect(root.kind == .object)
        #expect(root.children.map(\.keyName) == ["name", "rules"])
        let name = try #require(root[key: "name"])
        #expect(name.value == "tenderlint")
        #expect(Self.at(try #require(name.nameRange), in: tree) == "1:1-1:5")
        #expect(Self.at(name.range, in: tree) == "1:7-1:17")
        let rules = try #require(root[key: "rules"])
        #expect(rules.kind == .array)
        #expect(rules.children.map(\.value) == ["SV001", "NZ 004"])
        #expect(rules.children.map(\.arrayIndex) == [0, 1])
        #expect(Self.at(rules.children[1].range, in: tree) == "4:5-4:13")
        // A block list ends at its last value; a flow one at its bracket.
        #expect(Self.at(rules.range, in: tree) == "3:3-4:13")
        let flow = try #require(try Self.tree("a: [1, 2] # note\n").root?[key: "a"])
        #expect(Self.at(flow.range, in: try Self.tree("a: [1, 2] # note\n")) == "1:4-1:10")
        #expect(rules.children[1].path == "/rules/1")
    }

    @Test("plain scalars are numbers, true or false, or null as Yams resolves them, keeping their text; quoted ones are strings")
    func scalarKinds() throws {
        let root = try #require(try Self.tree("""
            a: 10
            b: "10"
            c: 1.5
            d: yes
            e: true
            f: ~
            g:
            h: text
            i: |
              block
            j: !!str 10
            """).root)
        let kinds = root.children.map { "\($0.keyName)=\($0.kind):\($0.value ?? "-")" }
        #expect(kinds == ["a=number:10", "b=string:10", "c=number:1.5", "d=bool:yes", "e=bool:true", "f=null:~", "g=null:",
                          "h=string:text", "i=string:block\n", "j=string:10"])
        #expect(root[key: "b"]?.isQuoted == true)
        #expect(root[key: "a"]?.isPlain == true)
        #expect(root[key: "i"]?.isPlain == false)
        #expect(root[key: "d"]?.isTrue == true)
    }

    @Test("an empty file, or one of comments, has no document; a bare document marker is null")
    func emptyFiles() throws {
        #expect(try Self.read([]).get() == nil)
        #expect(try Self.read(Array("# only a comment\n\n".utf8)).get() == nil)
        #expect(try Self.tree("---\n").root?.kind == .null)
    }

    @Test("an alias is refused at itself, before anything expands it: a bomb stops at its first alias")
    func aliasesAreRefused() throws {
        let bomb = try #require(Self.error(YAMLBomb.text))
        #expect(bomb.message == "aliases (*a0) are not allowed in a test file; write the value out")
        #expect(Self.position(bomb, in: YAMLBomb.text) == "2:10")
        let single = "base: &b 1\nother: [x, *b]\n"
        #expect(Self.position(Self.error(single), in: single) == "2:12")
        // An anchor alone repeats nothing and is read as the value it marks.
        #expect(try Self.tree("a: &anchor 1\nnote: 'a *b'\n").root?[key: "a"]?.value == "1")
    }

    @Test("a key given twice is refused at the second, with the first beside it")
    func duplicateKeys() throws {
        let text = "a: 1\nb:\n  c: 2\n  c: 3\n"
        let error = try #require(Self.error(text))
        #expect(error.message == "the key 'c' is given twice in this map; which value counts is ambiguous")
        #expect(Self.position(error, in: text) == "4:3")
        #expect(error.secondary.map(\.message) == ["first given here"])
        #expect(Self.position(YAMLError(message: "", range: error.secondary[0].range), in: text) == "3:3")
        // The same key in two maps is no duplicate.
        #expect(Self.error("- c: 1\n- c: 2\n") == nil)
    }

    @Test("a key that is a list or a map is refused")
    func complexKeys() {
        #expect(Self.error("? [a, b]\n: 1\n")?.message == "a key must be plain text, not a list or a map")
    }

    @Test("a syntax error, a tab for indentation or a second document is refused where libyaml stopped")
    func syntaxErrors() throws {
        let unclosed = "a: [1, 2\nb: 3\n"
        let error = try #require(Self.error(unclosed))
        #expect(error.message.hasPrefix("YAML syntax error: "))
        #expect(error.notes.first?.hasPrefix("while parsing a flow sequence at 1:4") == true)
        let tab = "a:\n\tb: 1\n"
        #expect(Self.position(Self.error(tab), in: tab) == "2:1")
        let two = "a: 1\n---\nb: 2\n"
        #expect(Self.error(two)?.message == "YAML syntax error: but found another document")
        #expect(Self.position(Self.error(two), in: two) == "2:1")
    }

    @Test("bytes that are not UTF-8 are refused at the first of them; a byte order mark is skipped, columns after it kept")
    func encodings() throws {
        let notUTF8 = Self.error(Array("a: caf".utf8) + [0xE9, 0x0A])
        #expect(notUTF8?.message == "a test file must be UTF-8; this byte is not")
        #expect(notUTF8?.range == ByteRange(6, 7))
        let bom = try #require(try Self.read([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8)).get())
        #expect(bom.root?[key: "a"]?.nameRange == ByteRange(3, 4))
        #expect(Self.at(try #require(bom.root?[key: "a"]?.nameRange), in: bom) == "1:1-1:2")
        #expect(try Self.read([0xEF, 0xBB, 0xBF]).get() == nil)
    }

    @Test("columns count characters and lines end at CRLF, as the rest of tenderlint counts them")
    func positionsAfterWideCharactersAndCRLF() throws {
        let tree = try Self.tree("ŵŵ: é\r\nb: [x, ŷ]\r\n")
        let root = try #require(tree.root)
        #expect(Self.at(try #require(root[key: "ŵŵ"]).range, in: tree) == "1:5-1:6")
        #expect(Self.at(try #require(root[key: "b"]?.children.last).range, in: tree) == "2:8-2:9")
        #expect(tree.source.text(in: try #require(root[key: "b"]?.children.last).range) == "ŷ")
    }

    @Test("a file past the byte limit is not read; one past the node limit stops at the node that went past it")
    func limits() throws {
        let bytes = Self.error("a: 1\n", limits: DocumentLimits(maximumBytes: 4))
        #expect(bytes?.message == "a test file is 5 bytes, more than the 4 bytes tenderlint reads")
        let text = "- 1\n- 2\n- 3\n"
        let nodes = Self.error(text, limits: DocumentLimits(maximumNodes: 3))
        #expect(nodes?.message == "a test file has more than 3 values; tenderlint stops reading here")
        #expect(Self.position(nodes, in: text) == "3:3")
    }

    @Test("a long line of many values is read whole, each value at its own column")
    func longLines() throws {
        let count = 20_000
        let text = "[" + Array(repeating: "ŵ", count: count).joined(separator: ",") + "]"
        let tree = try Self.tree(text)
        let items = try #require(tree.root?.children)
        #expect(items.count == count)
        #expect(items.last.map { tree.source.position(at: $0.range.lowerBound).column } == 2 * count)
    }
}
