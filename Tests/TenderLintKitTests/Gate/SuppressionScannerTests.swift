import Foundation
import Testing
@testable import TenderLintKit

@Suite("Suppression directives in XML")
struct SuppressionScannerTests {
    typealias F = SuppressionFixture

    static let lots = """
        <tender>
          <?tenderlint disable-next SV001 -- market engagement showed an immature market, see annex B?>
          <lot id="L1" weight="5">
            <criterion>social value</criterion>
          </lot>
          <lot id="L2" weight="5">
            <criterion>social value</criterion>
          </lot>
        </tender>
        """

    @Test("disable-next covers the next element, attributes and descendants included, and not its following sibling")
    func nextElementOnly() throws {
        let tree = try F.tree(Self.lots)
        let source = tree.source
        let onAttribute = F.finding(at: #"weight="5""#, in: source)
        let onDescendant = F.finding(at: "social value", in: source)
        let onSibling = F.finding(at: #"id="L2""#, in: source)
        let onSiblingChild = F.finding(at: "social value", occurrence: 2, in: source)
        let (scan, outcome, suppressions) = F.run(tree, [onAttribute, onDescendant, onSibling, onSiblingChild])
        #expect(scan.isEmpty)
        #expect(suppressions.count == 1)
        let suppression = try #require(suppressions.first)
        #expect(suppression.rules == ["SV001"])
        #expect(suppression.reason == "market engagement showed an immature market, see annex B")
        #expect(suppression.form == .processingInstruction)
        #expect(suppression.target == "/tender/lot[1]")
        #expect(suppression.coveredLines == 3...5)
        #expect(F.position(suppression.origin) == "2:3")
        #expect(source.text(in: ByteRange(suppression.ruleLocations[0].start.offset, suppression.ruleLocations[0].end.offset)) == "SV001")
        #expect(outcome.suppressed.map(\.diagnostic) == [onAttribute, onDescendant])
        #expect(outcome.kept == [onSibling, onSiblingChild])
        #expect(outcome.problems.isEmpty)
    }

    @Test("disable-next matches by id or by kebab-case name, in any case, and only the rules it lists")
    func matchesByIdOrName() throws {
        let tree = try F.tree("""
            <tender>
              <?tenderlint disable-next social-value-minimum-weighting nz001 -- framework call-off?>
              <lot>x</lot>
            </tender>
            """)
        let sv = F.finding(F.sv001, at: "<lot>", in: tree.source)
        let nz = F.content(F.nz001, "x", in: tree.source)
        let other = F.finding(F.sv002, at: "<lot>", in: tree.source)
        let (_, outcome, _) = F.run(tree, [sv, nz, other])
        #expect(outcome.suppressed.map(\.diagnostic) == [sv, nz])
        #expect(outcome.kept == [other])
        #expect(outcome.problems.isEmpty)
    }

    @Test("directives stacked before one element all apply to it, skipping comments in between")
    func stackedDirectives() throws {
        let tree = try F.tree("""
            <tender>
              <?tenderlint disable-next SV001 -- one?>
              <!-- a note for the buyer -->
              <?tenderlint disable-next NZ001 -- two?>
              <lot>x</lot>
              <lot>y</lot>
            </tender>
            """)
        let sv = F.content(F.sv001, "x", in: tree.source)
        let nz = F.content(F.nz001, "x", in: tree.source)
        let later = F.content(F.nz001, "y", in: tree.source)
        let (scan, outcome, suppressions) = F.run(tree, [sv, nz, later])
        #expect(scan.isEmpty)
        #expect(suppressions.map(\.target) == ["/tender/lot[1]", "/tender/lot[1]"])
        #expect(outcome.suppressed.map(\.diagnostic) == [sv, nz])
        #expect(outcome.kept == [later])
    }

    @Test("a directive before the document element covers the whole document element")
    func topLevelDirective() throws {
        let tree = try F.tree("""
            <?xml version="1.0"?>
            <?tenderlint disable-next SV001 -- pilot notice, social value handled by the framework?>
            <tender><lot>x</lot></tender>
            """)
        let finding = F.content("x", in: tree.source)
        let (scan, outcome, suppressions) = F.run(tree, [finding])
        #expect(scan.isEmpty)
        #expect(suppressions.first?.target == "/tender")
        #expect(outcome.suppressed.count == 1)
    }

    @Test("disable-next with no element after it in the same parent is malformed, and positioned")
    func disableNextWithNothingAfter() throws {
        let tree = try F.tree("""
            <tender>
              <lot>x</lot>
              <?tenderlint disable-next SV001 -- too late?>
            </tender>
            <!-- end -->
            """)
        let (scan, _, suppressions) = F.run(tree, [])
        #expect(suppressions.isEmpty)
        #expect(scan.map(\.rule) == [SuppressionRule.malformed])
        #expect(scan.map(F.position) == ["3:3"])
        #expect(scan.first?.message == "'disable-next' is followed by no element it could cover")
        #expect(scan.first?.severity == .warning)
    }

    static let region = """
        <tender>
          <lot>before</lot>
          <?tenderlint disable SV001 NZ001 -- framework call-off: terms set by CCS RM6100?>
          <lot>inside</lot>
          <?tenderlint enable SV001?>
          <lot>after</lot>
        </tender>
        """

    @Test("disable … enable is a region; enable closes only the rules it names; the end of the document closes the rest")
    func regions() throws {
        let tree = try F.tree(Self.region)
        let source = tree.source
        let before = F.finding(at: "before", in: source)
        let inside = F.finding(at: "inside", in: source)
        let after = F.finding(at: "after", in: source)
        let nzAfter = F.finding(F.nz001, at: "after", in: source)
        let nzBefore = F.finding(F.nz001, at: "before", in: source)
        let (scan, outcome, suppressions) = F.run(tree, [before, inside, after, nzAfter, nzBefore])
        #expect(scan.isEmpty)
        #expect(suppressions.map(\.rules) == [["SV001"], ["NZ001"]])
        #expect(suppressions.map(\.coveredLines) == [3...5, 3...7])
        #expect(suppressions.map { $0.regionEnd.map(F.position) } == ["5:3", nil])
        #expect(suppressions.map(\.scopeDescription) == ["region, lines 3–5", "region, lines 3–7 (to the end of the document)"])
        #expect(outcome.suppressed.map(\.diagnostic) == [inside, nzAfter])
        #expect(outcome.kept == [before, after, nzBefore])
        #expect(outcome.problems.isEmpty)
    }

    @Test("regions nest for different rules; a bare enable closes every open region")
    func nestedRegions() throws {
        let tree = try F.tree("""
            <tender>
              <?tenderlint disable SV001 -- outer?>
              <lot>a</lot>
              <?tenderlint disable NZ001 -- inner?>
              <lot>b</lot>
              <?tenderlint enable NZ001?>
              <lot>c</lot>
              <?tenderlint disable NZ001 -- again?>
              <lot>d</lot>
              <?tenderlint enable?>
              <lot>e</lot>
            </tender>
            """)
        let source = tree.source
        let findings = ["a", "b", "c", "d", "e"].flatMap { text in
            [F.finding(F.sv001, at: "<lot>\(text)", in: source), F.finding(F.nz001, at: "\(text)</lot>", in: source)]
        }
        let (scan, outcome, suppressions) = F.run(tree, findings)
        #expect(scan.isEmpty)
        #expect(suppressions.map(\.reason) == ["outer", "inner", "again"])
        let suppressed = outcome.suppressed.map { "\($0.diagnostic.ruleID) \($0.diagnostic.location.start.line) by \($0.by.reason!)" }
        #expect(suppressed == [
            "SV001 3 by outer", "SV001 5 by outer", "NZ001 5 by inner", "SV001 7 by outer", "SV001 9 by outer", "NZ001 9 by again",
        ])
        #expect(outcome.kept.map { "\($0.ruleID) \($0.location.start.line)" } == ["NZ001 3", "NZ001 7", "SV001 11", "NZ001 11"])
    }

    @Test("disabling a rule an open region already disables is reported, and enable with nothing to close too")
    func regionMisuse() throws {
        let tree = try F.tree("""
            <tender>
              <?tenderlint disable SV001 -- outer?>
              <?tenderlint disable SV001 NZ001 -- inner?>
              <lot>a</lot>
              <?tenderlint enable SV002?>
            </tender>
            """)
        let (scan, _, suppressions) = F.run(tree, [])
        #expect(scan.map(\.rule) == [SuppressionRule.malformed, SuppressionRule.malformed])
        #expect(scan.map(F.position) == ["3:24", "5:23"])
        #expect(scan.first?.message == "SV001 is already disabled by the region opened on line 2")
        #expect(scan.last?.message == "'enable SV002' closes nothing: no region disables SV002 here")
        #expect(suppressions.map(\.rules) == [["SV001"], ["NZ001"]])
    }

    @Test("the most specific suppression gets the credit, and every suppression covering a finding counts as used")
    func overlappingSuppressions() throws {
        let tree = try F.tree("""
            <tender>
              <?tenderlint disable SV001 -- whole call-off?>
              <?tenderlint disable-next SV001 -- this lot was tendered before PPN 06/20?>
              <lot>a</lot>
            </tender>
            """)
        let finding = F.content("a", in: tree.source)
        let (_, outcome, _) = F.run(tree, [finding])
        #expect(outcome.suppressed.map(\.by.reason) == ["this lot was tendered before PPN 06/20"])
        #expect(outcome.problems.isEmpty)
        #expect(outcome.waivers.map(\.findings) == [1, 1])
    }
}
