import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// What the HTML report draws for the samples: each lot's shares after nesting, measured against the minimum
/// SV001 declares only where a policy it enforces binds the buyer.
@Suite("HTML report charts of the samples")
struct HTMLReportChartsTests {
    /// A sample linted as `--format html` lints it: every rule, the shipped catalogues, digests gathered.
    static func lint(_ file: String) throws -> LintReport {
        let path = SamplesRulesTests.samplesDirectory.appendingPathComponent(file).path
        var linter = Linter(engine: RuleEngine(ruleSet: BuiltInRules.ruleSet, settings: EngineSettings(
            today: CalendarDate(year: 2026, month: 6, day: 1)!, catalogues: BuiltInRules.shippedCatalogues)))
        linter.gathersDigests = true
        return try linter.lint(paths: [path])
    }

    static func digests(_ file: String) throws -> [TenderDigest] { try lint(file).digests }

    static func report(_ file: String) throws -> String {
        HTMLReporter().render(LintResult(try lint(file), rules: BuiltInRules.reportedRules))
    }

    @Test("the wheelchair tender's social value is 8% against NHS England's 10%, 2 points short")
    func wheelchairIsShort() throws {
        let lot = try #require(try Self.digests("wheelchair-services.json").first?.lots.first)
        let minimum = try #require(lot.minimum)
        #expect(minimum.minimum == 10)
        #expect(minimum.rule == "SV001")
        #expect(minimum.policy == "NHS net zero and social value guidance")
        #expect(minimum.kinds == [.socialValue, .netZero])
        #expect(lot.counted == Share(exactly: 8))
        #expect(lot.shortfall == 2)
        #expect(lot.groups.map(\.group) == [.price, .quality, .socialValue])
        #expect(lot.groups.map { $0.share?.description } == ["40%", "52%", "8%"])
    }

    @Test("a social value sub-criterion counts at its share of the total after nesting: 6%")
    func nestedShareIsCharted() throws {
        let lot = try #require(try Self.digests("interpreting-services.json").first?.lots.first)
        #expect(lot.counted == Share(exactly: 6))
        #expect(lot.shortfall == 4)
        #expect(lot.entries.contains { $0.group == .socialValue && $0.share == Share(exactly: 6) })
    }

    @Test("a Scottish council is held to no social value minimum, so no line is drawn")
    func noMinimumWhereNoPolicyBinds() throws {
        let digest = try #require(try Self.digests("school-transport.xml").first)
        #expect(digest.lots.allSatisfy { $0.minimum == nil && $0.shortfall == nil })
        #expect(!digest.policies.contains { $0.verdict == .binds && $0.name.contains("social value") })
        #expect(!(try Self.report("school-transport.xml")).contains("minimum-line"))
    }

    @Test("a lot with no social value criterion at all is charted as 0%, 10 points short")
    func missingCriterionIsShort() throws {
        let lots = try #require(try Self.digests("hospital-catering.json").first?.lots)
        let short = try #require(lots.first { $0.counted == Share(exactly: 0) })
        #expect(short.shortfall == 10)
    }

    @Test("the page draws the wheelchair chart: the 10% line, the 8% bar and the shortfall in words")
    func wheelchairPage() throws {
        let page = try Self.report("wheelchair-services.json")
        #expect(page.contains(#"class="minimum-line" data-minimum="10""#))
        #expect(page.contains(#"class="bar" data-group="social-value" data-share="8""#))
        #expect(page.contains(#"class="shortfall" data-shortfall="2""#))
        #expect(page.contains("2 percentage points short of the 10% minimum that NHS net zero and social value guidance sets (SV001)"))
        #expect(page.contains(#"data-rule="SV001""#))
        #expect(page.contains("NHS North East London Integrated Care Board"))
    }
}
