import Foundation
import Testing
@testable import TenderLintKit

/// A YAML alias bomb: nine levels of nine aliases each, 9^9 values once expanded, in nine short lines. It is the
/// fuzz regression input that hung the configuration loader, read from the repository.
enum YAMLBomb {
    static let text: String = {
        let file = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // TenderLintKitTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("Fuzz/regressions/FuzzConfiguration/yaml-alias-bomb.yml")
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }()
}

@Suite("YAML alias scan")
struct YAMLAliasScanTests {
    @Test("finds the first alias of a bomb at its line and column without expanding anything")
    func findsTheFirstAliasOfABomb() {
        let aliases = YAMLAliasScan.aliases(in: YAMLBomb.text)
        #expect(aliases == [YAMLAliasScan.Alias(anchor: "a0", line: 2, column: 10, endLine: 2, endColumn: 13)])
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
