import Foundation
import Testing
@testable import TenderLintKit

/// Shared by the suppression tests: rules, documents and findings placed at a piece of text.
enum SuppressionFixture {
    static let sv001 = RuleIdentity(id: "SV001", name: "social-value-minimum-weighting")
    static let sv002 = RuleIdentity(id: "SV002", name: "social-value-themes")
    static let nz001 = RuleIdentity(id: "NZ001", name: "carbon-reduction-plan")
    static let known = [sv001, sv002, nz001]

    static func tree(_ text: String, path: String = "tenders/a.xml") throws -> LocatedTree {
        let result = XMLReader().read(SourceFile(path: path, text: text))
        #expect(result.diagnostics.isEmpty, "the test document must be well formed: \(result.diagnostics.map(\.message))")
        return try #require(result.documents.first)
    }

    /// A finding located at the `occurrence`th `needle` of the document, as a rule reports it.
    static func finding(_ rule: RuleIdentity = sv001, at needle: String, occurrence: Int = 1, in source: SourceFile,
                        documentPath: String? = nil) -> Diagnostic {
        let start = source.offset(of: needle, occurrence: occurrence)
        return Diagnostic(rule, .error, "finding at \(needle)", at: source.location(of: ByteRange(start, start + needle.utf8.count)),
                          documentPath: documentPath)
    }

    /// Scans, applies, and returns everything in one go.
    static func run(_ tree: LocatedTree, _ diagnostics: [Diagnostic], known: [RuleIdentity]? = SuppressionFixture.known)
        -> (scan: [Diagnostic], outcome: SuppressionOutcome, suppressions: [Suppression])
    {
        let scanned = SuppressionScanner().scan(tree)
        return (scanned.diagnostics, applySuppressions(scanned.suppressions, to: diagnostics, knownRules: known), scanned.suppressions)
    }

    static func content(_ text: String, in source: SourceFile) -> Diagnostic { content(sv001, text, in: source) }

    /// A finding at an element's text content, written `>text<` in the document.
    static func content(_ rule: RuleIdentity, _ text: String, in source: SourceFile) -> Diagnostic {
        let start = source.offset(of: ">\(text)<") + 1
        return Diagnostic(rule, .error, "finding at \(text)", at: source.location(of: ByteRange(start, start + text.utf8.count)))
    }

    static func position(_ diagnostic: Diagnostic) -> String { "\(diagnostic.location.start)" }
    static func position(_ location: TenderLintKit.SourceLocation) -> String { "\(location.start)" }
}

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

    @Test("the comment spelling: 'tenderlint:' then the directive, with ' - ' or an em dash before the reason")
    func commentSpelling() throws {
        let tree = try F.tree("""
            <tender>
              <!-- tenderlint: disable-next SV001 - market engagement showed an immature market -->
              <lot>a</lot>
              <!--tenderlint:disable-next NZ001 — supplier is an SME, PPN 06/21 threshold not met-->
              <lot>b</lot>
              <!-- tenderlint disable-next SV002 - the colon may be left out before a command -->
              <lot>c</lot>
              <!-- tenderlint flagged this lot last year; see the minutes -->
              <lot>d</lot>
            </tender>
            """)
        let source = tree.source
        let a = F.finding(F.sv001, at: "a</lot>", in: source)
        let b = F.finding(F.nz001, at: "b</lot>", in: source)
        let c = F.finding(F.sv002, at: "c</lot>", in: source)
        let (scan, outcome, suppressions) = F.run(tree, [a, b, c])
        #expect(scan.isEmpty, "prose mentioning tenderlint is not a directive")
        #expect(suppressions.map(\.form) == [.comment, .comment, .comment])
        #expect(suppressions.map(\.reason) == [
            "market engagement showed an immature market", "supplier is an SME, PPN 06/21 threshold not met",
            "the colon may be left out before a command",
        ])
        #expect(outcome.suppressed.count == 3)
        #expect(outcome.problems.isEmpty)
    }

    @Test("rules may be separated by commas; a multi-line reason is collapsed to one line")
    func commasAndLongReasons() throws {
        let tree = try F.tree("""
            <tender>
              <?tenderlint disable-next SV001,NZ001 --
                  market engagement (annex B)
                  showed an immature market?>
              <lot>a</lot>
            </tender>
            """)
        let (_, _, suppressions) = F.run(tree, [])
        #expect(suppressions.first?.rules == ["SV001", "NZ001"])
        #expect(suppressions.first?.reason == "market engagement (annex B) showed an immature market")
    }

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

    @Test("a processing instruction whose target only looks like 'tenderlint' is reported; other targets are left alone")
    func misspeltTarget() throws {
        let tree = try F.tree("""
            <?xml-stylesheet href="notice.xsl" type="text/xsl"?>
            <tender>
              <?TenderLint disable-next SV001 -- reason?>
              <?tenderlint-disable SV001 -- reason?>
              <?buyer-note check with legal?>
              <lot>a</lot>
            </tender>
            """)
        let (scan, _, suppressions) = F.run(tree, [])
        #expect(suppressions.isEmpty)
        #expect(scan.map(F.position) == ["3:5", "4:5"])
        #expect(scan.first?.message == "'TenderLint' is not a tenderlint directive: the target must be exactly 'tenderlint'")
    }

    @Test("positions are right after CRLF line ends and multi-byte text")
    func crlfAndMultiByte() throws {
        let text = "<tender>\r\n  <title>Gofal cymdeithasol — Cwm Taf 👩‍⚕️ ŵ</title><?tenderlint disable-next SV001?><lot>a</lot>\r\n"
            + "  <!-- tenderlint: disable-next NZ001 - ŵyr: adroddiad 👩‍⚕️ -->\r\n  <lot>b</lot>\r\n"
            + "  <?tenderlint disable SV02 -- café?>\r\n  <lot>c</lot>\r\n</tender>\r\n"
        let tree = try F.tree(text)
        let source = tree.source
        let a = F.finding(F.sv001, at: "a</lot>", in: source)
        let b = F.finding(F.nz001, at: "b</lot>", in: source)
        let c = F.finding(F.sv002, at: "c</lot>", in: source)
        let (scan, outcome, suppressions) = F.run(tree, [a, b, c])
        #expect(scan.isEmpty)
        #expect(suppressions.map(\.reason) == [nil, "ŵyr: adroddiad 👩‍⚕️", "café"])
        #expect(suppressions.map { F.position($0.origin) } == ["2:53", "3:3", "5:3"])
        #expect(outcome.suppressed.map(\.diagnostic) == [b])
        #expect(outcome.kept == [a, c])
        let missing = try #require(outcome.problems.first { $0.rule == SuppressionRule.missingReason })
        #expect(F.position(missing) == "2:53")
        #expect(missing.location.excerpt.lines.first?.number == 2)
        let unknown = try #require(outcome.problems.first { $0.rule == SuppressionRule.malformed })
        #expect(F.position(unknown) == "5:24")
        #expect(unknown.fixIts.map(\.replacement) == ["SV002"])
        #expect(source.text(in: ByteRange(unknown.location.start.offset, unknown.location.end.offset)) == "SV02")
    }

    @Test("findings of another file, and findings about suppressions, are never suppressed")
    func otherFilesAndSuppressionFindings() throws {
        let tree = try F.tree("<tender><?tenderlint disable SV001 TL011 TL010 -- all of it?><lot>a</lot></tender>")
        var elsewhere = F.content("a", in: tree.source)
        elsewhere.location.path = "tenders/b.xml"
        let meta = Diagnostic(SuppressionRule.malformed, .warning, "x", at: F.content("a", in: tree.source).location)
        let (_, outcome, _) = F.run(tree, [elsewhere, meta], known: F.known + SuppressionRule.all)
        #expect(outcome.kept == [elsewhere, meta])
        #expect(outcome.problems.map(\.rule) == [SuppressionRule.unused, SuppressionRule.unused, SuppressionRule.unused])
    }

    @Test("JSON trees hold no directives")
    func jsonHasNone() throws {
        let tree = try #require(JSONReader().read(SourceFile(path: "a.json", text: #"{"a": "<?tenderlint disable-next SV001 -- x?>"}"#)).documents.first)
        let scanned = SuppressionScanner().scan(tree)
        #expect(scanned.suppressions.isEmpty)
        #expect(scanned.diagnostics.isEmpty)
    }
}

@Suite("Suppression directives with markup in their reasons")
struct SuppressionDirectiveMarkupTests {
    typealias F = SuppressionFixture

    @Test("a processing-instruction directive whose reason contains '<?' is read whole and still applies")
    func reasonContainingProcessingInstructionOpener() throws {
        let tree = try F.tree("""
            <tender>
              <?tenderlint disable-next SV001 -- the template keeps its <? placeholders, see section 2?>
              <lot>x</lot>
            </tender>
            """)
        let finding = F.finding(at: "<lot>", in: tree.source)
        let (scan, outcome, suppressions) = F.run(tree, [finding])
        #expect(scan.isEmpty)
        let suppression = try #require(suppressions.first)
        #expect(suppression.reason == "the template keeps its <? placeholders, see section 2")
        #expect(F.position(suppression.origin) == "2:3")
        #expect(outcome.suppressed.map(\.diagnostic) == [finding])
    }
}
