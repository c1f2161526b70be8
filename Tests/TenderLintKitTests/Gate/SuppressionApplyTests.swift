import Foundation
import Testing
@testable import TenderLintKit

@Suite("Suppression application")
struct SuppressionApplyTests {
    typealias F = SuppressionFixture

    @Test("a suppression of a rule that did not run is not reported unused; none is when no rule ran")
    func checkedRules() throws {
        let tree = try F.tree("""
            <tender>
              <?tenderlint disable-next SV001 NZ001 -- agreed at the tender board?>
              <lot>a</lot>
            </tender>
            """)
        let suppressions = SuppressionScanner().scan(tree).suppressions
        let all = applySuppressions(suppressions, to: [], knownRules: F.known)
        #expect(all.problems.map(\.ruleID) == ["TL010", "TL010"])
        let onlySV = applySuppressions(suppressions, to: [], knownRules: F.known, checkedRules: ["SV001"])
        #expect(onlySV.problems.map(\.message) == ["suppression of SV001 (social-value-minimum-weighting) suppressed nothing"])
        let byName = applySuppressions(suppressions, to: [], knownRules: nil, checkedRules: ["nz001"])
        #expect(byName.problems.map(\.message) == ["suppression of NZ001 suppressed nothing"])
        #expect(applySuppressions(suppressions, to: [], knownRules: F.known, checkedRules: []).problems.isEmpty)
    }

    @Test("an unused region closed by 'enable' gets no removal fix-it, which would orphan the 'enable'")
    func regionFixIts() throws {
        let tree = try F.tree("""
            <tender>
              <?tenderlint disable SV001 -- closed later?>
              <lot>a</lot>
              <?tenderlint enable SV001?>
              <?tenderlint disable NZ001 -- runs to the end?>
              <lot>b</lot>
            </tender>
            """)
        let outcome = F.run(tree, []).outcome
        #expect(outcome.problems.map(\.ruleID) == ["TL010", "TL010"])
        #expect(outcome.problems.map(\.fixIts.count) == [0, 1])
    }

    @Test("a directive without a reason in a region names its command in the help")
    func missingReasonHelp() throws {
        let tree = try F.tree("<tender><?tenderlint disable SV001?><lot>a</lot></tender>")
        let outcome = F.run(tree, []).outcome
        #expect(outcome.problems.first?.help == ["write the reason after ' -- ': <?tenderlint disable SV001 -- why the exception is justified?>"])
    }

    @Test("collect gathers a file's directives and its sidecar, with the sidecar's problems")
    func collect() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-collect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("spec.xml").path
        let text = """
            <tender>
              <?tenderlint disable-next SV001 -- immature market?>
              <lot>a</lot>
              <lot>b</lot>
            </tender>
            """
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try "suppressions:\n  - rule: NZ001\n    path: /tender/lot[2]\n    reason: supplier is an SME\n  - rule: SV001\n    pointr: /x\n"
            .write(toFile: SuppressionSidecar.path(for: path), atomically: true, encoding: .utf8)
        let source = try SourceFile.read(path: path)
        let documents = XMLReader().read(source).documents
        let collected = try Suppressions.collect(path: path, documents: documents)
        #expect(collected.suppressions.map(\.form) == [.processingInstruction, .sidecar])
        #expect(collected.diagnostics.map(\.ruleID) == ["TL011"])
        #expect(collected.diagnostics.first?.path == SuppressionSidecar.path(for: path))
        let tree = try #require(documents.first)
        let findings = [F.content(F.sv001, "a", in: tree.source), F.content(F.nz001, "b", in: tree.source)]
        var second = findings[1]
        second.documentPath = "/tender/lot[2]"
        let outcome = applySuppressions(collected.suppressions, to: [findings[0], second], knownRules: F.known)
        #expect(outcome.kept.isEmpty)
        #expect(outcome.problems.isEmpty)
        #expect(try Suppressions.collect(path: path, documents: documents, sidecar: false).suppressions.count == 1)
    }
}
