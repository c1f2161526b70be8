import Foundation
import Testing
@testable import TenderLintKit

@Suite("Suppression audit trail (--waivers)")
struct SuppressionWaiverTests {
    typealias F = SuppressionFixture

    static let document = """
        <tender>
          <?tenderlint disable-next SV001 -- market engagement showed an immature market, see annex B?>
          <lot>a</lot>
          <?tenderlint disable NZ001 SV02 -- framework call-off: terms set by CCS RM6100?>
          <lot>b</lot>
          <lot>c</lot>
          <!-- tenderlint: disable-next SV002 -->
          <lot>d</lot>
        </tender>
        """

    func outcome() throws -> (SuppressionOutcome, LocatedTree) {
        let tree = try F.tree(Self.document)
        let source = tree.source
        let findings = [
            F.content(F.sv001, "a", in: source),
            F.content(F.nz001, "b", in: source),
            F.content(F.nz001, "c", in: source),
            F.content(F.sv002, "d", in: source),
        ]
        return (F.run(tree, findings).outcome, tree)
    }

    @Test("one row per rule of each suppression: rule, place, scope, reason, findings suppressed and status")
    func rows() throws {
        let (outcome, _) = try outcome()
        #expect(outcome.waivers.map(\.rule) == ["SV001", "NZ001", "SV02", "SV002"])
        #expect(outcome.waivers.map(\.identity) == [F.sv001, F.nz001, nil, F.sv002])
        #expect(outcome.waivers.map { "\($0.location.start)" } == ["2:3", "4:3", "4:3", "7:3"])
        #expect(outcome.waivers.map(\.findings) == [1, 2, 0, 1])
        #expect(outcome.waivers.map(\.status) == [.inForce, .inForce, .unknownRule, .noReason])
        #expect(outcome.waivers.map(\.scope) == [
            "next element /tender/lot[1], line 3", "region, lines 4–9 (to the end of the document)",
            "region, lines 4–9 (to the end of the document)", "next element /tender/lot[4], line 8",
        ])
        #expect(outcome.suppressed.count == 3)
        #expect(outcome.kept.map(\.ruleID) == ["SV002"])
    }

    @Test("the listing is plain text a person can audit")
    func text() throws {
        let (outcome, _) = try outcome()
        let reason = "market engagement showed an immature market, see annex B"
        #expect(WaiverListing.text(outcome.waivers) == """
            Suppressions: 2 suppressions in force, 3 findings suppressed; 2 not in force

            tenders/a.xml:2:3  SV001 social-value-minimum-weighting
                scope:      next element /tender/lot[1], line 3
                reason:     \(reason)
                suppressed: 1 finding
            tenders/a.xml:4:3  NZ001 carbon-reduction-plan
                scope:      region, lines 4–9 (to the end of the document)
                reason:     framework call-off: terms set by CCS RM6100
                suppressed: 2 findings
            tenders/a.xml:4:3  SV02  (not in force: unknown rule)
                scope:      region, lines 4–9 (to the end of the document)
                reason:     framework call-off: terms set by CCS RM6100
                suppressed: 0 findings
            tenders/a.xml:7:3  SV002 social-value-themes  (not in force: no reason)
                scope:      next element /tender/lot[4], line 8
                reason:     (none)
                would hide: 1 finding

            """)
        #expect(WaiverListing.text([]) == "No suppressions.\n")
    }

    @Test("control characters in a reason cannot reach the terminal")
    func sanitized() throws {
        let tree = try F.tree("<tender><?tenderlint disable-next SV001 -- ok \u{202E}der?><lot>a</lot></tender>")
        let outcome = F.run(tree, [F.content("a", in: tree.source)]).outcome
        let text = WaiverListing.text(outcome.waivers)
        #expect(!text.unicodeScalars.contains("\u{202E}"))
        #expect(text.contains("reason:     ok <U+202E>der"))
    }
}
