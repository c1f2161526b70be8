import Foundation
import Testing
@testable import TenderLintKit

/// A YAML alias bomb: nine levels of nine aliases each, 9^9 values once expanded, in nine short lines.
enum YAMLBomb {
    static let text: String = {
        var lines = ["a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "j"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()
}

@Suite("YAML alias scan")
struct YAMLAliasScanTests {
    @Test("finds the first alias of a bomb at its line and column without expanding anything")
    func findsTheFirstAliasOfABomb() {
        let aliases = YAMLAliasScan.aliases(in: YAMLBomb.text)
        #expect(aliases == [YAMLAliasScan.Alias(anchor: "a", line: 2, column: 8, endLine: 2, endColumn: 10)])
    }

    @Test("finds every alias up to the limit asked for, in order")
    func findsAliasesUpToTheLimit() {
        let aliases = YAMLAliasScan.aliases(in: "base: &base {x: 1}\nfirst: *base\nsecond: [1, *base]\n", limit: 5)
        #expect(aliases.map { "\($0.anchor)@\($0.line):\($0.column)" } == ["base@2:8", "base@3:13"])
    }

    @Test("finds nothing in a file with anchors but no aliases, or with a star inside a quoted string")
    func findsNothingWithoutAliases() {
        #expect(YAMLAliasScan.aliases(in: "a: &anchor 1\nfiles: [\"**/*.xml\"]\nnote: 'a *b'\n").isEmpty)
        #expect(YAMLAliasScan.aliases(in: "").isEmpty)
    }

    @Test("stops quietly at a syntax error, leaving it to the composer to report")
    func stopsAtASyntaxError() {
        #expect(YAMLAliasScan.aliases(in: "a: [1, 2\nb: *a\n").isEmpty)
    }

    @Test("counts columns in characters, as Yams' marks do")
    func countsColumnsInCharacters() {
        let aliases = YAMLAliasScan.aliases(in: "a: &a 1\nŵŵ: *a\n")
        #expect(aliases.first.map { "\($0.line):\($0.column)" } == "2:5")
    }
}
