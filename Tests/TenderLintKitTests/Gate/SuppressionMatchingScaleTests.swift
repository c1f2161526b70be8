import Foundation
import Testing
@testable import TenderLintKit

@Suite("Suppression matching at scale")
struct SuppressionMatchingScaleTests {
    typealias F = SuppressionFixture

    @Test("8,000 disable-next directives, each before its own lot with a finding in it, each match their own lot")
    func eightThousandDirectivesMatchTheirOwnLots() throws {
        let count = 8_000
        let lots = (0..<count).map { "  <!-- tenderlint: disable-next SV001 - lot \($0) -->\n  <lot>l\($0)</lot>\n" }.joined()
        let tree = try F.tree("<tender>\n" + lots + "</tender>\n")
        var findings: [Diagnostic] = []
        findings.reserveCapacity(count)
        var offset = 0
        let bytes = tree.source.bytes
        let marker = Array("<lot>".utf8)
        while findings.count < count, let start = (offset..<(bytes.count - marker.count)).first(where: { bytes[$0..<($0 + marker.count)].elementsEqual(marker) }) {
            findings.append(Diagnostic(F.sv001, .error, "finding \(findings.count)", at: tree.source.location(of: ByteRange(start + 5, start + 6))))
            offset = start + marker.count
        }
        let scanned = SuppressionScanner().scan(tree)
        let outcome = applySuppressions(scanned.suppressions, to: findings, knownRules: F.known)
        #expect(outcome.kept.isEmpty)
        #expect(outcome.problems.isEmpty)
        #expect(outcome.suppressed.count == count)
        #expect(outcome.suppressed.allSatisfy { $0.by.reason == "lot \($0.diagnostic.message.dropFirst("finding ".count))" })
    }

    @Test("8,000 directives stacked before one element: all cover it, and all are counted")
    func stackedDirectivesAllCoverTheElement() throws {
        let directives = (0..<8_000).map { "<!-- tenderlint: disable-next SV001 - reason \($0) -->\n" }.joined()
        let tree = try F.tree("<tender>\n" + directives + "<lot>a</lot>\n</tender>\n")
        let suppressions = SuppressionScanner().scan(tree).suppressions
        let outcome = applySuppressions(suppressions, to: [F.content("a", in: tree.source)], knownRules: F.known)
        #expect(suppressions.count == 8_000)
        #expect(suppressions.allSatisfy { $0.target == "/tender/lot" })
        #expect(outcome.suppressed.count == 1)
        // The first directive is the most specific (all cover the same element), and each counted the finding.
        #expect(outcome.suppressed.first?.by.reason == "reason 0")
        #expect(outcome.waivers.allSatisfy { $0.findings == 1 })
        #expect(outcome.problems.isEmpty)
    }

    @Test("a suppression of a rule whose findings were folded is not reported unused: it may cover one not listed")
    func foldedRulesAreNotCalledUnused() throws {
        let tree = try F.tree("""
            <tender>
              <?tenderlint disable-next SV001 -- agreed?>
              <lot>a</lot>
              <?tenderlint disable-next NZ001 -- agreed?>
              <lot>b</lot>
            </tender>
            """)
        let suppressions = SuppressionScanner().scan(tree).suppressions
        let outcome = applySuppressions(suppressions, to: [], knownRules: F.known, foldedRules: ["SV001"])
        #expect(outcome.problems.map(\.message) == ["suppression of NZ001 (carbon-reduction-plan) suppressed nothing"])
    }
}
