import Foundation
import Testing
@testable import TenderLintKit

@Suite("Suppression sidecar files")
struct SuppressionSidecarTests {
    typealias F = SuppressionFixture

    static let notice = """
        {
          "tender": {
            "lots": [
              {"id": "L0", "evaluation": {"weight": 5}},
              {"id": "L1", "evaluation": {"weight": 5}}
            ]
          }
        }
        """

    static let sidecar = """
        # exceptions agreed at the tender board, 3 March 2026
        suppressions:
          - rule: SV001
            pointer: /tender/lots/1/evaluation
            reason: market engagement showed an immature market, see annex B
          - rule: [NZ001, carbon-reduction-plan, SV002]
            reason: >
              supplier below the
              PPN 06/21 threshold

        """

    func document(_ text: String = Self.notice, path: String = "tenders/notice.json") throws -> LocatedTree {
        try #require(JSONReader().read(SourceFile(path: path, text: text)).documents.first)
    }

    func read(_ yaml: String, document: LocatedTree? = nil, file: String = "tenders/notice.json")
        -> (suppressions: [Suppression], diagnostics: [Diagnostic])
    {
        SuppressionSidecar.read(SourceFile(path: SuppressionSidecar.path(for: file), text: yaml), for: file, document: document)
    }

    /// A finding in the JSON document with this document path.
    func finding(_ rule: RuleIdentity = SuppressionFixture.sv001, path: String?, in tree: LocatedTree) -> Diagnostic {
        Diagnostic(rule, .error, "finding at \(path ?? "nil")", at: tree.source.location(of: ByteRange(0, 1)), documentPath: path)
    }

    @Test("the sidecar of a file is its path with .tenderlint.yml appended")
    func sidecarPath() {
        #expect(SuppressionSidecar.path(for: "tenders/notice.json") == "tenders/notice.json.tenderlint.yml")
    }

    @Test("reads entries with their rules, pointer, reason and positions")
    func readsEntries() throws {
        let (suppressions, diagnostics) = read(Self.sidecar, document: try document())
        #expect(diagnostics.isEmpty)
        #expect(suppressions.count == 2)
        let first = suppressions[0]
        #expect(first.rules == ["SV001"])
        #expect(first.scope == .documentPath("/tender/lots/1/evaluation"))
        #expect(first.reason == "market engagement showed an immature market, see annex B")
        #expect(first.form == .sidecar)
        #expect(first.file == "tenders/notice.json")
        #expect(first.origin.path == "tenders/notice.json.tenderlint.yml")
        #expect(F.position(first.origin) == "3:5")
        #expect(first.ruleLocations.map { "\($0.start)-\($0.end)" } == ["3:11-3:16"])
        let second = suppressions[1]
        #expect(second.rules == ["NZ001", "carbon-reduction-plan", "SV002"], "rules are kept as written, ids and names alike")
        #expect(second.scope == .document)
        #expect(second.reason == "supplier below the PPN 06/21 threshold")
        #expect(second.ruleLocations.map { "\($0.start)" } == ["6:12", "6:19", "6:42"])
        #expect(second.scopeDescription == "the whole document in tenders/notice.json")
    }

    @Test("a pointer covers findings at it and under it, not at its siblings or at a longer key")
    func pointerCoverage() throws {
        let tree = try document()
        let (suppressions, _) = read("""
            suppressions:
              - rule: SV001
                pointer: /tender/lots/1
                reason: immature market
            """, document: tree)
        let at = finding(path: "/tender/lots/1", in: tree)
        let under = finding(path: "/tender/lots/1/evaluation/weight", in: tree)
        let sibling = finding(path: "/tender/lots/0", in: tree)
        let longer = finding(path: "/tender/lots/10/evaluation", in: tree)
        let parent = finding(path: "/tender/lots", in: tree)
        let noPath = finding(path: nil, in: tree)
        let otherRule = finding(F.nz001, path: "/tender/lots/1", in: tree)
        let outcome = applySuppressions(suppressions, to: [at, under, sibling, longer, parent, noPath, otherRule], knownRules: F.known)
        #expect(outcome.suppressed.map(\.diagnostic) == [at, under])
        #expect(outcome.kept == [sibling, longer, parent, noPath, otherRule])
        #expect(outcome.problems.isEmpty)
        #expect(outcome.waivers.map(\.scope) == ["/tender/lots/1 and everything under it in tenders/notice.json"])
    }

    @Test("an entry without a pointer, or with the empty pointer, covers the whole document")
    func wholeDocument() throws {
        let tree = try document()
        let (suppressions, diagnostics) = read("""
            suppressions:
              - rule: SV001
                reason: whole notice is a pilot
              - rule: NZ001
                pointer: ""
                reason: whole notice is a pilot
            """, document: tree)
        #expect(diagnostics.isEmpty)
        #expect(suppressions.map(\.scope) == [.document, .document])
        let findings = [finding(path: nil, in: tree), finding(F.nz001, path: "/tender", in: tree)]
        #expect(applySuppressions(suppressions, to: findings, knownRules: F.known).suppressed.count == 2)
    }

    @Test("an entry without a reason is reported (TL009) at the entry and does not suppress; an unused one is TL010")
    func reasonAndUse() throws {
        let tree = try document()
        let (suppressions, diagnostics) = read("""
            suppressions:
              - rule: SV001
                pointer: /tender/lots/1
              - rule: NZ001
                pointer: /tender/lots/0
                reason: "   "
              - rule: SV002
                pointer: /tender/lots/0
                reason: fixed since?
            """, document: tree)
        #expect(diagnostics.isEmpty)
        let covered = finding(path: "/tender/lots/1", in: tree)
        let outcome = applySuppressions(suppressions, to: [covered], knownRules: F.known)
        #expect(outcome.kept == [covered])
        #expect(outcome.problems.map(\.ruleID) == ["TL009", "TL009", "TL010"])
        #expect(outcome.problems.map(F.position) == ["2:5", "4:5", "7:11"])
        #expect(outcome.problems.allSatisfy { $0.path == "tenders/notice.json.tenderlint.yml" })
        #expect(outcome.problems[0].help == ["add 'reason: why the exception is justified' to the entry"])
        #expect(outcome.problems[2].fixIts.isEmpty, "no automatic removal of sidecar entries")
    }

    @Test("unknown keys, missing rules, several rules in one string and wildcards are malformed (TL011), positioned")
    func malformedEntries() throws {
        let (suppressions, diagnostics) = read("""
            supressions: []
            suppressions:
              - rule: SV001
                pointr: /tender/lots/1
                reasn: typo
              - pointer: /tender
                reason: no rule
              - rule: SV001, NZ001
                reason: several
              - rule: all
                reason: everything
              - just a string
            """)
        #expect(diagnostics.allSatisfy { $0.rule == SuppressionRule.malformed && $0.severity == .warning })
        #expect(diagnostics.map(F.position) == ["1:1", "4:5", "5:5", "6:5", "8:11", "10:11", "12:5"])
        #expect(diagnostics[0].message == "unknown key 'supressions' in a suppressions file; did you mean 'suppressions'?")
        #expect(diagnostics[0].fixIts.map(\.replacement) == ["suppressions"])
        #expect(diagnostics[1].message == "unknown key 'pointr' in an entry; did you mean 'pointer'?")
        #expect(diagnostics[2].message == "unknown key 'reasn' in an entry; did you mean 'reason'?")
        #expect(diagnostics[3].message == "the entry names no rule to suppress")
        #expect(diagnostics[4].message == "one rule per item: 'SV001, NZ001' looks like several")
        #expect(diagnostics[5].message == "'all' is not a rule: a suppression must name the rules it suppresses")
        #expect(diagnostics[6].message == "an entry must be a mapping with 'rule', 'pointer' and 'reason', not the text 'just a string'")
        #expect(suppressions.isEmpty, "a misspelt key drops the entry rather than widen it to the whole document")
    }

    @Test("unknown rule ids in a sidecar are reported with a did-you-mean at the rule")
    func unknownRule() throws {
        let (suppressions, diagnostics) = read("""
            suppressions:
              - rule: [SV001, NZ01]
                reason: immature market
            """)
        #expect(diagnostics.isEmpty)
        let outcome = applySuppressions(suppressions, to: [], knownRules: F.known)
        let unknown = try #require(outcome.problems.first { $0.rule == SuppressionRule.malformed })
        #expect(F.position(unknown) == "2:19")
        #expect(unknown.message == "unknown rule 'NZ01' in a suppression; did you mean NZ001 (carbon-reduction-plan)?")
        #expect(unknown.fixIts.map(\.replacement) == ["NZ001"])
        #expect(outcome.problems.filter { $0.rule == SuppressionRule.unused }.map(F.position) == ["2:12"])
    }

    @Test("pointers are checked: a leading '/', JSON Pointer escapes, and against the document when it is known")
    func pointerChecks() throws {
        let tree = try document()
        let (suppressions, diagnostics) = read("""
            suppressions:
              - rule: SV001
                pointer: tender/lots/1
                reason: r
              - rule: SV001
                pointer: /tender/a~2b
                reason: r
              - rule: SV001
                pointer: /tender/lost/1/evaluation
                reason: r
              - rule: SV001
                pointer: /tender/lots/1/awardCriteria
                reason: a finding about a missing member points at it
              - rule: SV001
                pointer: /tender/lots/0
                path: /tender/lots/1
                reason: r
            """, document: tree)
        #expect(diagnostics.map(F.position) == ["3:14", "6:14", "9:14", "16:5"])
        #expect(diagnostics[0].message == "a document path starts with '/': 'tender/lots/1' does not")
        #expect(diagnostics[0].fixIts.map(\.replacement) == ["/tender/lots/1"])
        #expect(diagnostics[1].message == "'~2' is not a JSON Pointer escape: '~' must be followed by 0 ('~') or 1 ('/')")
        #expect(diagnostics[2].message
                == "'/tender/lost/1/evaluation' names nothing in tenders/notice.json: /tender has no 'lost'; did you mean '/tender/lots/1/evaluation'?")
        #expect(diagnostics[2].fixIts.map(\.replacement) == ["/tender/lots/1/evaluation"])
        #expect(diagnostics[3].message == "an entry takes one of 'pointer' and 'path', not both")
        #expect(suppressions.map(\.target) == ["/tender/lots/1/awardCriteria"])
    }

    @Test("XML documents may have a sidecar too, naming XPaths as tenderlint prints them")
    func xmlSidecar() throws {
        let tree = try F.tree("""
            <tender>
              <lot id="L1"><criterion/></lot>
              <lot id="L2"><criterion/></lot>
            </tender>
            """, path: "tenders/spec.xml")
        let (suppressions, diagnostics) = read("""
            suppressions:
              - rule: SV001
                path: /tender/lot[2]
                reason: lot 2 is a pilot
              - rule: SV001
                path: /tender/lto[2]/criterion
                reason: typo
            """, document: tree, file: "tenders/spec.xml")
        #expect(diagnostics.map(\.message) == [
            "'/tender/lto[2]/criterion' names nothing in tenders/spec.xml: /tender has no 'lto[2]'; did you mean '/tender/lot[2]/criterion'?",
        ])
        let second = tree.root!.elements[1]
        let covered = Diagnostic(F.sv001, .error, "x", at: second.location, documentPath: second.attribute("id")!.path)
        let first = tree.root!.elements[0]
        let kept = Diagnostic(F.sv001, .error, "x", at: first.location, documentPath: first.path)
        let outcome = applySuppressions(suppressions, to: [covered, kept], knownRules: F.known)
        #expect(covered.documentPath == "/tender/lot[2]/@id")
        #expect(outcome.suppressed.map(\.diagnostic) == [covered])
        #expect(outcome.kept == [kept])
    }

    @Test("YAML that cannot be read is one positioned TL011; an empty file suppresses nothing")
    func yamlErrors() throws {
        let broken = read("suppressions:\n  - rule: SV001\n    reason: [unclosed\n")
        #expect(broken.suppressions.isEmpty)
        #expect(broken.diagnostics.map(\.rule) == [SuppressionRule.malformed])
        #expect(broken.diagnostics.first?.message.hasPrefix("YAML syntax error") == true)
        #expect(broken.diagnostics.first.map { $0.location.start.line } == 4)

        let duplicate = read("suppressions:\n  - rule: SV001\n    rule: NZ001\n    reason: r\n")
        #expect(duplicate.diagnostics.map(\.rule) == [SuppressionRule.malformed])
        #expect(duplicate.diagnostics.first?.message == "the key 'rule' is given twice in this map; which value counts is ambiguous")
        #expect(duplicate.diagnostics.map(F.position) == ["3:5"])

        let notUTF8 = SuppressionSidecar.read(SourceFile(path: "x.tenderlint.yml", bytes: Array("suppressions: # caf".utf8) + [0xE9]),
                                              for: "x", document: nil)
        #expect(notUTF8.diagnostics.map(F.position) == ["1:20"])

        #expect(read("").suppressions.isEmpty)
        #expect(read("").diagnostics.isEmpty)
        #expect(read("# nothing yet\nsuppressions:\n").diagnostics.isEmpty)
        #expect(read("- rule: SV001\n").diagnostics.map(\.message)
                == ["a suppressions file is a mapping with the key 'suppressions', not a list"])
    }

    @Test("positions are right after CRLF line ends and multi-byte text")
    func crlfAndMultiByte() throws {
        let yaml = "# eithriadau — cytunwyd 👩‍⚕️\r\nsuppressions:\r\n  - rule: SV001\r\n    reason: \"ŵyr — café\"\r\n"
            + "  - {rule: NZ01, reason: \"👩‍⚕️ clinic\"}\r\n  - {rule: SV002, reason: \"ŵ\", pointr: /x}\r\n"
        let (suppressions, diagnostics) = read(yaml)
        #expect(suppressions.map(\.reason) == ["ŵyr — café", "👩‍⚕️ clinic"])
        #expect(diagnostics.map(F.position) == ["6:32"])
        #expect(diagnostics.first?.location.end.column == 38)
        let outcome = applySuppressions(suppressions, to: [], knownRules: F.known)
        #expect(outcome.problems.map { "\($0.ruleID) \(F.position($0))" } == ["TL010 3:11", "TL011 5:12"])
        let unknown = try #require(outcome.problems.last)
        #expect(unknown.location.end.column == 16)
    }

    @Test("load reads from disk; loadIfPresent is nil when there is no sidecar")
    func loading() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-suppressions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let document = directory.appendingPathComponent("notice.json").path
        #expect(try SuppressionSidecar.loadIfPresent(for: document, document: nil) == nil)
        try Self.sidecar.write(toFile: SuppressionSidecar.path(for: document), atomically: true, encoding: .utf8)
        let loaded = try #require(try SuppressionSidecar.loadIfPresent(for: document, document: nil))
        #expect(loaded.suppressions.count == 2)
        #expect(loaded.suppressions.allSatisfy { $0.file == document })
        let direct = try SuppressionSidecar.load(path: SuppressionSidecar.path(for: document), for: nil)
        #expect(direct.suppressions.first?.file == document)
        #expect(throws: PathError.self) { try SuppressionSidecar.load(path: directory.appendingPathComponent("none.yml").path, for: nil) }
    }
}
