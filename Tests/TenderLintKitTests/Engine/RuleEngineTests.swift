import Foundation
import Testing
@testable import TenderLintKit

/// A rule that reports every lot, saying what it saw, for testing the engine itself.
private let echoRule = Rule("XX001", "echo") {
    Summary("Reports every lot with the profile and date it was judged under")
    Enforces(.nhsNetZeroAndSocialValue, .ppn0620, .ppn002)
    Parameter(.percent("share", default: 10, "A share"))
    ForEachLot { lot, rule in
        let share = try rule.percent("share")
        rule.report {
            Message("\(lot.label) under \(rule.profile.rawValue) as of \(rule.date), share \(MoneyFormat.plain(share))")
            At(lot.evaluation.origin)
        }
    }
}

private let throwingRule = Rule("XX002", "throws") {
    Summary("Fails")
    Check { _ in throw RuleError.failed("the model surprised it") }
}

private func tender(sector: String = "nhs", dates: String = "<dates publication=\"2026-03-02\"/>") -> String {
    """
    <tender xmlns="urn:tenderlint:tender-spec:1" id="T"><buyer sector="\(sector)"/>\(dates)
    <evaluation><criterion id="p" kind="price" weight="100"/></evaluation></tender>
    """
}

private func run(_ text: String, rules: [Rule] = [echoRule], settings: EngineSettings = EngineSettings(today: CalendarDate(year: 2026, month: 6, day: 1)!)) throws -> [Diagnostic] {
    let linter = Linter(engine: RuleEngine(ruleSet: try RuleSet(rules), settings: settings))
    return linter.lint(SourceFile(path: "t.xml", text: text)).diagnostics
}

@Suite("Rule engine")
struct RuleEngineTests {
    @Test("judges a tender under the profile its buyer's sector implies, or the one --profile names")
    func profiles() throws {
        #expect(try run(tender(sector: "central-government")).first?.message.contains("under central-government") == true)
        #expect(try run(tender(sector: "nhs")).first?.message.contains("under nhs-england") == true)
        #expect(try run(tender(sector: "other")).first?.message.contains("under nhs-england") == true)
        let forced = EngineSettings(profile: .centralGovernment, today: CalendarDate(year: 2026, month: 6, day: 1)!)
        #expect(try run(tender(sector: "nhs"), settings: forced).first?.message.contains("under central-government") == true)
    }

    @Test("judges as of --as-of, else planned publication, else procurement start, else today, and says so in a note")
    func evaluationDate() throws {
        let today = CalendarDate(year: 2026, month: 6, day: 1)!
        let published = try #require(try run(tender()).first)
        #expect(published.message.hasSuffix("as of 2026-03-02, share 10"))
        #expect(published.notes.last == "evaluated as of 2026-03-02 (planned publication) under NHS net zero and social value guidance (in force since 2022-04-01)")
        let started = try #require(try run(tender(dates: "<dates procurement-start=\"2025-01-15\"/>")).first)
        #expect(started.notes.last?.hasPrefix("evaluated as of 2025-01-15 (procurement start)") == true)
        let undated = try #require(try run(tender(dates: "")).first)
        #expect(undated.notes.last?.hasPrefix("evaluated as of 2026-06-01 (today)") == true)
        let asOf = try #require(try run(tender(), settings: EngineSettings(asOf: CalendarDate(year: 2030, month: 1, day: 1)!, today: today)).first)
        #expect(asOf.notes.last?.hasPrefix("evaluated as of 2030-01-01 (--as-of)") == true)
    }

    @Test("cites the edition of a policy in force on the evaluation date")
    func policyEdition() throws {
        let early = try #require(try run(tender(sector: "central-government", dates: "<dates publication=\"2024-05-01\"/>")).first)
        #expect(early.policy?.shortName == "PPN 06/20")
        let late = try #require(try run(tender(sector: "central-government", dates: "<dates publication=\"2025-11-01\"/>")).first)
        #expect(late.policy?.shortName == "PPN 002")
    }

    @Test("uses parameter overrides instead of defaults")
    func parameters() throws {
        let settings = EngineSettings(today: CalendarDate(year: 2026, month: 6, day: 1)!, parameters: ["XX001": ["share": .percent(12.5)]])
        #expect(try run(tender(), settings: settings).first?.message.hasSuffix("share 12.5") == true)
    }

    @Test("turns a rule that throws into an internal-error diagnostic and runs the others")
    func internalError() throws {
        let found = try run(tender(), rules: [echoRule, throwingRule])
        #expect(found.count == 2)
        let failure = try #require(found.first { $0.rule.id == "XX002" })
        #expect(failure.severity == .error)
        #expect(failure.message == "internal error: rule XX002 could not check this document: the model surprised it")
        #expect(found.contains { $0.rule.id == "XX001" })
    }
}

@Suite("Rule sets")
struct RuleSetTests {
    @Test("rejects two rules with one id, naming the rule")
    func duplicateIDs() {
        let twin = Rule("XX001", "echo-again") { Summary("Twin"); Check { _ in } }
        #expect(throws: RuleSetError(rule: "XX001", problem: "another rule has the same id")) { try RuleSet([echoRule, twin]) }
    }

    @Test("rejects a badly formed id or name, a missing summary and a rule that checks nothing")
    func malformed() {
        #expect(throws: RuleSetError.self) { try RuleSet([Rule("sv1", "x") { Summary("S"); Check { _ in } }]) }
        #expect(throws: RuleSetError.self) { try RuleSet([Rule("XX003", "Not Kebab") { Summary("S"); Check { _ in } }]) }
        #expect(throws: RuleSetError(rule: "XX004", problem: "it has no summary")) { try RuleSet([Rule("XX004", "x") { Check { _ in } }]) }
        #expect(throws: RuleSetError(rule: "XX005", problem: "it checks nothing")) { try RuleSet([Rule("XX005", "x") { Summary("S") }]) }
    }

    @Test("rejects an invalid parameter default and an example that sets an undeclared or invalid parameter")
    func parameters() {
        let badDefault = Rule("XX006", "bad-default") {
            Summary("S")
            Parameter(.percent("share", default: 140, "A share"))
            Check { _ in }
        }
        #expect(throws: RuleSetError(rule: "XX006", problem: "the default of 'share' is invalid: share must be between 0% and 100%")) {
            try RuleSet([badDefault])
        }
        let badExample = Rule("XX007", "bad-example") {
            Summary("S")
            Parameter(.percent("share", default: 10, "A share"))
            Check { _ in }
            Examples { NonTriggering("<evaluation/>", parameters: ["shares": .percent(5)]) }
        }
        #expect(throws: RuleSetError.self) { try RuleSet([badExample]) }
    }

    @Test("reads parameter overrides written as text in the parameter's kind")
    func parameterText() {
        #expect(ParameterValue.percent(10).parsingSameKind("12.5%") == .percent(12.5))
        #expect(ParameterValue.pounds(5).parsingSameKind("£5,000,000") == .pounds(5_000_000))
        #expect(ParameterValue.year(2050).parsingSameKind("2045") == .year(2045))
        #expect(ParameterValue.date(CalendarDate(year: 2030, month: 1, day: 1)!).parsingSameKind("2031-02-30") == nil)
        #expect(ParameterValue.flag(true).parsingSameKind("yes") == nil)
    }
}

@Suite("Policies in force")
struct PolicyTests {
    @Test("apply from their first day until their successor's")
    func inForce() {
        let day = { (text: String) in CalendarDate(iso: text)! }
        #expect(!Policy.ppn0620.isInForce(on: day("2020-12-31")))
        #expect(Policy.ppn0620.isInForce(on: day("2021-01-01")))
        #expect(!Policy.ppn0620.isInForce(on: day("2025-10-01")))
        #expect(Policy.ppn002.isInForce(on: day("2025-10-01")))
    }

    @Test("give lots reserved for SMEs or VCSEs two years' grace on the roadmap milestones that allow it")
    func grace() throws {
        let text = """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="T"><buyer sector="nhs"/><dates publication="2025-06-01"/>
            <lot id="1"><evaluation/></lot><lot id="2" reserved-for="sme"><evaluation/></lot></tender>
            """
        let tender = try #require(Linter().model(of: SourceFile(path: "t.xml", text: text)).tenders.first)
        let context = RuleContext(
            tender: tender, profile: .nhsEngland, evaluationDate: EvaluationDate(date: CalendarDate(iso: "2025-06-01")!, source: .plannedPublication),
            catalogues: CatalogueSet(), rule: RuleIdentity(id: "XX001", name: "x"), parameters: [:]
        )
        #expect(context.isInForce(.nhsRoadmap2024, for: tender.lots[0]))
        #expect(!context.isInForce(.nhsRoadmap2024, for: tender.lots[1]))
        #expect(context.graceDefers(.nhsRoadmap2024, for: tender.lots[1]))
        #expect(context.graceNote(.nhsRoadmap2024, for: tender.lots[1]) == "lot 2 is reserved for SMEs or VCSEs, so NHS Net Zero Supplier Roadmap, April 2024 applies to it 2 years later, from 2026-04-01")
        #expect(!context.isInForce(.ppn0620))
    }
}
