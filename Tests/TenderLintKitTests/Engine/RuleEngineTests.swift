import Foundation
import Testing
@testable import TenderLintKit

private func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

/// Policies for testing the engine: one for NHS bodies in England, two editions for central government above
/// the threshold, and an unconfirmed one.
enum TestPolicies {
    static let nhs = Policy(
        id: "test-nhs", shortName: "NHS test policy", title: "For NHS bodies in England", pack: .nhsEngland,
        binds: PolicyScope("NHS bodies in England", buyerKinds: [.nhsBody], jurisdictions: [.england]),
        from: day("2022-04-01"), requirement: "Something", source: "A test")
    static let centralOld = Policy(
        id: "test-central-old", shortName: "Central test policy 1", title: "Old edition", pack: .ukCentralGovernment,
        binds: PolicyScope("central government above the threshold", buyerKinds: [.centralGovernment], threshold: .above),
        from: day("2021-01-01"), until: day("2025-02-24"), requirement: "Something", source: "A test")
    static let centralNew = Policy(
        id: "test-central-new", shortName: "Central test policy 2", title: "New edition", pack: .ukCentralGovernment,
        binds: PolicyScope("central government above the threshold", buyerKinds: [.centralGovernment], threshold: .above),
        from: day("2025-02-24"), requirement: "Something", source: "A test")
    static let unconfirmed = Policy(
        id: "test-unconfirmed", shortName: "Unconfirmed test policy", title: "Maybe", pack: .ukCentralGovernment,
        binds: PolicyScope("central government", buyerKinds: [.centralGovernment]),
        from: day("2021-01-01"), requirement: "Something", status: .unconfirmed, source: "A rumour")
}

private let share = ParameterKey.percent("share", default: 10, "A share")

/// A rule that reports every lot it judges, saying which policy bound it, for testing the engine itself.
private let echoRule = Rule("XX001", "echo") {
    Summary("Reports every lot with the policy and date it was judged under")
    Enforces(TestPolicies.nhs, TestPolicies.centralOld, TestPolicies.centralNew)
    Parameter(share)
    ForEachLot { lot, rule in
        rule.report {
            Message("\(lot.label) under \(rule.policies.first?.shortName ?? "none") as of \(rule.date), share \(MoneyFormat.plain(rule[share]))")
            At(lot.evaluation.origin)
        }
    }
}

private let throwingRule = Rule("XX002", "throws") {
    Summary("Fails")
    Check { _ in throw RuleError.failed("the model surprised it") }
}

private func tender(sector: String? = "nhs", jurisdiction: String? = "england", aboveThreshold: String? = "true",
                    dates: String = "<dates publication=\"2026-03-02\"/>") -> String {
    let buyer = [sector.map { "sector=\"\($0)\"" }, jurisdiction.map { "jurisdiction=\"\($0)\"" }].compactMap { $0 }.joined(separator: " ")
    let threshold = aboveThreshold.map { " above-threshold=\"\($0)\"" } ?? ""
    return """
        <tender xmlns="urn:tenderlint:tender-spec:1" id="T"\(threshold)><buyer \(buyer)>Example buyer</buyer>\(dates)
        <evaluation><criterion id="p" kind="price" weight="100"/></evaluation></tender>
        """
}

private let today = CalendarDate(year: 2026, month: 6, day: 1)!

private func run(_ text: String, rules: [Rule] = [echoRule], settings: EngineSettings = EngineSettings(today: today)) throws -> [Diagnostic] {
    let linter = Linter(engine: RuleEngine(ruleSet: try RuleSet(rules), settings: settings))
    return linter.lint(SourceFile(path: "t.xml", text: text)).diagnostics.filter { $0.rule.id != "TL007" }
}

@Suite("Rule engine: which policies bind")
struct RuleEngineBindingTests {
    @Test("runs a rule only where one of its policies binds the buyer")
    func bindsByBuyer() throws {
        #expect(try run(tender()).map(\.message) == ["the tender under NHS test policy as of 2026-03-02, share 10"])
        #expect(try run(tender(sector: "central-government")).map(\.message) == ["the tender under Central test policy 2 as of 2026-03-02, share 10"])
        #expect(try run(tender(jurisdiction: "wales")).isEmpty)
        #expect(try run(tender(sector: "local-government")).isEmpty)
        #expect(try run(tender(sector: "central-government", aboveThreshold: "false")).isEmpty)
    }

    @Test("never takes a buyer the document does not identify for an NHS England body: one TL015 says what is missing")
    func unknownBuyer() throws {
        let found = try run(tender(sector: "nhs", jurisdiction: nil))
        let info = try #require(found.only)
        #expect(info.rule == ApplicabilityRule.buyerNotIdentified)
        #expect(info.severity == .info)
        #expect(info.message == "the buyer's nation is not stated, so tenderlint could not tell whether NHS test policy binds Example buyer; the rules that need it were not applied")
        #expect(info.help.first?.contains("jurisdiction=\"england\"") == true)
        #expect(info.help.last?.contains("--profile") == true)
        let unidentified = try #require(try run(tender(sector: nil, jurisdiction: nil, aboveThreshold: nil)).only)
        #expect(unidentified.message.hasPrefix("the buyer's kind and nation and whether the procurement is above the procurement threshold are not stated"))
    }

    @Test("judges the buyer as --profile says, and says what set it")
    func profile() throws {
        let settings = EngineSettings(profile: .nhsEngland, profileSetter: "--profile nhs-england", today: today)
        let found = try #require(try run(tender(sector: "local-government", jurisdiction: "wales"), settings: settings).only)
        #expect(found.message.hasPrefix("the tender under NHS test policy"))
        #expect(found.notes.contains("Example buyer is an NHS body (set by --profile nhs-england) in England (set by --profile nhs-england), so NHS test policy binds it"))
    }

    @Test("says in every finding why the policy binds, with the evidence, and the day it was judged as of")
    func notes() throws {
        let found = try #require(try run(tender(sector: "central-government")).only)
        #expect(found.notes == [
            "Example buyer is UK central government (sector central-government, line 1) and the procurement is above the procurement threshold (above-threshold true, line 1), so Central test policy 2 binds it",
            "evaluated as of 2026-03-02 (planned publication): Central test policy 2 applies to procurements commenced from 2025-02-24",
        ])
        #expect(found.policy?.shortName == "Central test policy 2")
    }

    @Test("cites the edition that applies to procurements commenced on the evaluation date")
    func editions() throws {
        let early = try #require(try run(tender(sector: "central-government", dates: "<dates publication=\"2024-05-01\"/>")).only)
        #expect(early.policy?.shortName == "Central test policy 1")
        #expect(early.notes.last == "evaluated as of 2024-05-01 (planned publication): Central test policy 1 applies to procurements commenced from 2021-01-01 until 2025-02-23")
        #expect(try run(tender(sector: "central-government", dates: "<dates publication=\"2020-05-01\"/>")).isEmpty)
    }

    @Test("judges as of --as-of, else planned publication, else procurement start, else today")
    func evaluationDate() throws {
        let started = try #require(try run(tender(dates: "<dates procurement-start=\"2025-01-15\"/>")).only)
        #expect(started.notes.last?.hasPrefix("evaluated as of 2025-01-15 (procurement start)") == true)
        let undated = try #require(try run(tender(dates: "")).only)
        #expect(undated.notes.last?.hasPrefix("evaluated as of 2026-06-01 (today)") == true)
        let asOf = try #require(try run(tender(), settings: EngineSettings(asOf: CalendarDate(year: 2030, month: 1, day: 1)!, today: today)).only)
        #expect(asOf.notes.last?.hasPrefix("evaluated as of 2030-01-01 (--as-of)") == true)
    }

    @Test("leaves an unconfirmed policy off unless it is turned on")
    func unconfirmed() throws {
        let rule = Rule("XX003", "maybe") {
            Summary("Only under the unconfirmed policy")
            Enforces(TestPolicies.unconfirmed)
            Check { rule in rule.report { Message("bound") } }
        }
        #expect(try run(tender(sector: "central-government"), rules: [rule]).isEmpty)
        let on = EngineSettings(today: today, policySwitches: [TestPolicies.unconfirmed.id: true])
        #expect(try run(tender(sector: "central-government"), rules: [rule], settings: on).map(\.message) == ["bound"])
    }

    @Test("judges no evaluation design in a planning notice")
    func stage() throws {
        let planning = """
            {"ocid": "ocds-h6vhtk-0001", "id": "1", "date": "2026-03-02T00:00:00Z", "tag": ["planning"],
             "parties": [{"id": "B", "name": "Example NHS Trust", "roles": ["buyer"], "address": {"region": "UKI33"}}],
             "tender": {"awardCriteria": {"criteria": [{"name": "Price", "numbers": [{"number": 100, "weight": "percentageExact"}]}]}}}
            """
        let ruleForAll = Rule("XX004", "all") { Summary("Every tender"); Check { rule in rule.report { Message("judged") } } }
        let linter = Linter(engine: RuleEngine(ruleSet: try RuleSet([ruleForAll]), settings: EngineSettings(today: today)))
        #expect(linter.lint(SourceFile(path: "n.json", text: planning)).diagnostics.isEmpty)
        let tender = planning.replacingOccurrences(of: "\"planning\"", with: "\"tender\"")
        #expect(linter.lint(SourceFile(path: "n.json", text: tender)).diagnostics.map(\.message) == ["judged"])
    }

    @Test("judges an award notice as the record of its competition, and says so in a note")
    func awardNotice() throws {
        let award = """
            {"ocid": "ocds-h6vhtk-0002", "id": "2", "date": "2026-03-02T00:00:00Z", "tag": ["award"],
             "parties": [{"id": "B", "name": "Example NHS Trust", "roles": ["buyer"], "address": {"region": "UKI33"}}],
             "tender": {"awardCriteria": {"criteria": [{"name": "Price", "numbers": [{"number": 100, "weight": "percentageExact"}]}]}}}
            """
        let ruleForAll = Rule("XX004", "all") { Summary("Every tender"); Check { rule in rule.report { Message("judged") } } }
        let linter = Linter(engine: RuleEngine(ruleSet: try RuleSet([ruleForAll]), settings: EngineSettings(today: today)))
        let found = try #require(linter.lint(SourceFile(path: "n.json", text: award)).diagnostics.only)
        #expect(found.notes.contains("this is an award notice, judged as the record of the competition it closes"))
        let competition = award.replacingOccurrences(of: "\"award\"", with: "\"tender\"")
        let judged = try #require(linter.lint(SourceFile(path: "n.json", text: competition)).diagnostics.only)
        #expect(!judged.notes.contains { $0.contains("record of the competition") })
    }
}

@Suite("Rule engine: running rules")
struct RuleEngineTests {
    @Test("reads typed parameters, the run's values over the defaults")
    func parameters() throws {
        let settings = EngineSettings(today: today, parameters: ["XX001": ["share": .percent(12.5)]])
        #expect(try run(tender(), settings: settings).first?.message.hasSuffix("share 12.5") == true)
    }

    @Test("reports a rule that reads a parameter it does not declare as an internal error")
    func undeclaredParameter() throws {
        let careless = Rule("XX005", "careless") {
            Summary("Reads what it did not declare")
            Check { rule in rule.report { Message("share \(rule[share])") } }
        }
        let found = try #require(try run(tender(), rules: [careless]).only)
        #expect(found.message == "internal error: rule XX005 could not check this document: rule XX005 reads a parameter it does not declare: share")
    }

    @Test("runs a check only on the lots that meet the rule's conditions")
    func conditions() throws {
        let text = """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="T" above-threshold="true"><buyer sector="nhs" jurisdiction="england">B</buyer>
            <lot id="1"><evaluation><criterion id="p" kind="price" weight="100"/></evaluation></lot>
            <lot id="2"><evaluation/></lot></tender>
            """
        let withCriteria = LotCondition("criteria", "has criteria") { lot, _ in !lot.evaluation.criteria.isEmpty }
        let rule = Rule("XX006", "lots") {
            Summary("Every lot with criteria")
            Needs(withCriteria)
            ForEachLot { lot, rule in rule.report { Message(lot.label) } }
        }
        #expect(try run(text, rules: [rule]).map(\.message) == ["lot 1"])
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
            Parameter(share)
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

@Suite("Policies")
struct PolicyTests {
    @Test("apply to procurements commenced from their first day until their successor's")
    func dates() {
        #expect(!TestPolicies.centralOld.applies(on: day("2020-12-31")))
        #expect(TestPolicies.centralOld.applies(on: day("2021-01-01")))
        #expect(!TestPolicies.centralOld.applies(on: day("2025-02-24")))
        #expect(TestPolicies.centralNew.applies(on: day("2025-02-24")))
        #expect(TestPolicies.centralOld.datesDescription == "Central test policy 1 applies to procurements commenced from 2021-01-01 until 2025-02-23")
    }

    @Test("give lots reserved for SMEs or VCSEs the grace only where the rule's smallSupplierGrace is on")
    func grace() throws {
        let milestone = Policy(
            id: "test-milestone", shortName: "Test milestone", title: "A milestone", pack: .nhsEngland,
            binds: PolicyScope("NHS bodies in England", buyerKinds: [.nhsBody], jurisdictions: [.england]),
            from: day("2024-04-01"), requirement: "Something", source: "A test", graceYearsForSmallSuppliers: 2)
        let rule = Rule("XX008", "grace") {
            Summary("Grace")
            Enforces(milestone)
            Parameter(.smallSupplierGrace)
            Check { _ in }
        }
        let text = """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="T"><buyer sector="nhs" jurisdiction="england"/><dates publication="2025-06-01"/>
            <lot id="1"><evaluation/></lot><lot id="2" reserved-for="sme"><evaluation/></lot></tender>
            """
        let tender = try #require(Linter().model(of: SourceFile(path: "t.xml", text: text)).tenders.first)
        func context(grace: Bool) throws -> RuleContext {
            let settings = EngineSettings(today: today, parameters: ["XX008": ["smallSupplierGrace": .flag(grace)]])
            let engine = RuleEngine(ruleSet: try RuleSet([rule]), settings: settings)
            return engine.context(for: rule, judgement: engine.judge(tender), policies: [milestone])
        }
        let without = try context(grace: false)
        #expect(without.binds(milestone, for: tender.lots[1]))
        let with = try context(grace: true)
        #expect(with.binds(milestone, for: tender.lots[0]))
        #expect(!with.binds(milestone, for: tender.lots[1]))
        #expect(with.graceDefers(milestone, for: tender.lots[1]))
        #expect(with.graceNote(milestone, for: tender.lots[1]) == "lot 2 is reserved for SMEs or VCSEs and the smallSupplierGrace parameter is on, so Test milestone applies to it 2 years later, from 2026-04-01")
    }
}

extension Array {
    /// The one element, or nil when there are none or several.
    var only: Element? { count == 1 ? first : nil }
}
