import Foundation
import Testing
@testable import TenderLintKit

/// What the scanner reports about the directives themselves: a missing reason (TL009), an unused suppression (TL010),
/// an unknown rule or a malformed directive (TL011).
extension SuppressionScannerTests {
    @Test("a suppression without a reason is reported (TL009) and does not suppress")
    func missingReason() throws {
        let tree = try F.tree("""
            <tender>
              <?tenderlint disable-next SV001?>
              <lot>a</lot>
              <!-- tenderlint: disable-next NZ001 - -->
              <lot>b</lot>
            </tender>
            """)
        let a = F.content("a", in: tree.source)
        let (scan, outcome, suppressions) = F.run(tree, [a])
        #expect(scan.isEmpty)
        #expect(suppressions.map(\.reason) == [nil, nil])
        #expect(outcome.kept == [a])
        #expect(outcome.suppressed.isEmpty)
        #expect(outcome.problems.map(\.rule) == [SuppressionRule.missingReason, SuppressionRule.missingReason],
                "no reason: TL009 only, never TL010 as well")
        #expect(outcome.problems.map(F.position) == ["2:3", "4:3"])
        #expect(outcome.problems.map(\.severity) == [.warning, .warning])
        #expect(outcome.problems.first?.message == "suppression of SV001 gives no reason, so it is not applied")
        #expect(outcome.problems.first?.notes.last == "with a reason it would suppress 1 finding")
        #expect(outcome.problems.last?.help.first?.contains("' - '") == true)
        #expect(outcome.waivers.map(\.status) == [.noReason, .noReason])
    }

    @Test("a suppression that suppressed nothing is reported (TL010) at the rule, with a fix-it when all of it is unused")
    func unused() throws {
        let tree = try F.tree("""
            <tender>
              <?tenderlint disable-next SV001 NZ001 -- both were expected?>
              <lot>a</lot>
              <?tenderlint disable SV002 -- nothing here any more?>
              <lot>b</lot>
            </tender>
            """)
        let a = F.content(F.sv001, "a", in: tree.source)
        let (_, outcome, _) = F.run(tree, [a])
        #expect(outcome.suppressed.count == 1)
        #expect(outcome.problems.map(\.rule) == [SuppressionRule.unused, SuppressionRule.unused])
        #expect(outcome.problems.map(F.position) == ["2:35", "4:24"])
        #expect(outcome.problems.map(\.message) == [
            "suppression of NZ001 (carbon-reduction-plan) suppressed nothing",
            "suppression of SV002 (social-value-themes) suppressed nothing",
        ])
        #expect(outcome.problems.first?.fixIts.isEmpty == true, "SV001 of the same directive is used: no removal")
        let removal = try #require(outcome.problems.last?.fixIts.first)
        #expect(removal.replacement == "")
        #expect(tree.source.text(in: ByteRange(removal.location.start.offset, removal.location.end.offset))
                == "<?tenderlint disable SV002 -- nothing here any more?>")
        #expect(outcome.problems.last?.secondary.map { F.position($0.location) } == ["4:3"])
    }

    @Test("an unknown rule is reported (TL011) with a did-you-mean and a fix-it; the directive's other rules still apply")
    func unknownRule() throws {
        let tree = try F.tree("""
            <tender>
              <?tenderlint disable-next SV01 NZ001 social-value-minimum-weightng immature market?>
              <lot>a</lot>
            </tender>
            """)
        let nz = F.content(F.nz001, "a", in: tree.source)
        let (_, outcome, _) = F.run(tree, [nz])
        let problems = outcome.problems.filter { $0.rule == SuppressionRule.malformed }
        #expect(problems.map(F.position) == ["2:29", "2:40", "2:70", "2:79"])
        #expect(problems[0].message == "unknown rule 'SV01' in a suppression; did you mean SV001 (social-value-minimum-weighting)?")
        #expect(problems[0].fixIts.map(\.replacement) == ["SV001"])
        #expect(problems[1].fixIts.map(\.replacement) == ["social-value-minimum-weighting"])
        #expect(problems[2].message == "unknown rule 'immature' in a suppression")
        #expect(problems[2].notes.contains("if this is the start of the reason, put ' -- ' before it"))
        // With no reason nothing is applied: TL009 too.
        #expect(outcome.problems.contains { $0.rule == SuppressionRule.missingReason })
        #expect(outcome.kept == [nz])
    }

    @Test("with a reason, a directive's known rules apply despite an unknown one beside them")
    func unknownBesideKnown() throws {
        let tree = try F.tree("""
            <tender>
              <?tenderlint disable-next SV01 NZ001 -- supplier exempt?>
              <lot>a</lot>
            </tender>
            """)
        let nz = F.content(F.nz001, "a", in: tree.source)
        let (_, outcome, _) = F.run(tree, [nz])
        #expect(outcome.suppressed.count == 1)
        #expect(outcome.problems.map(\.rule) == [SuppressionRule.malformed])
        #expect(outcome.waivers.map(\.status) == [.unknownRule, .inForce])
    }

    @Test("without known rules, every rule written is accepted")
    func noKnownRules() throws {
        let tree = try F.tree("<tender><?tenderlint disable-next XX999 -- test?><lot/></tender>")
        let finding = F.finding(RuleIdentity(id: "XX999", name: "experimental"), at: "<lot/>", in: tree.source)
        let (_, outcome, _) = F.run(tree, [finding], known: nil)
        #expect(outcome.suppressed.count == 1)
        #expect(outcome.problems.isEmpty)
    }

    @Test("unknown commands, empty directives, missing rules and wildcards are malformed (TL011), each positioned")
    func malformedDirectives() throws {
        let tree = try F.tree("""
            <tender>
              <?tenderlint disable-next-line SV001 -- eslint habit?>
              <?tenderlint disabel SV001 -- typo?>
              <?tenderlint?>
              <?tenderlint disable-next -- forgot the rule?>
              <?tenderlint disable-next all -- everything?>
              <!-- tenderlint: frobnicate -->
              <lot>a</lot>
            </tender>
            """)
        let (scan, _, suppressions) = F.run(tree, [])
        #expect(suppressions.isEmpty)
        #expect(scan.allSatisfy { $0.rule == SuppressionRule.malformed && $0.severity == .warning })
        #expect(scan.map(F.position) == ["2:16", "3:16", "4:3", "5:16", "6:29", "7:20"])
        #expect(scan[0].message == "unknown tenderlint directive 'disable-next-line'; did you mean 'disable-next'?")
        #expect(scan[0].fixIts.map(\.replacement) == ["disable-next"])
        #expect(scan[1].message == "unknown tenderlint directive 'disabel'; did you mean 'disable'?")
        #expect(scan[2].message == "empty tenderlint directive: it says nothing to suppress")
        #expect(scan[3].message == "'disable-next' names no rules to suppress")
        #expect(scan[4].message == "'all' is not a rule: a suppression must name the rules it suppresses")
        #expect(scan[5].message == "unknown tenderlint directive 'frobnicate'")
    }
}
