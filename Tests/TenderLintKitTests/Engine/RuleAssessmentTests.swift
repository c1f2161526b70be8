import Foundation
import Testing
@testable import TenderLintKit

private let weighted = LotCondition("weighted", "a criterion has a weight") { lot, _ in
    lot.evaluation.allCriteria.contains { $0.weight != nil }
}

/// Fails lot 2 only; cannot judge a lot without weights.
private let perLotRule = Rule("XX001", "per-lot") {
    Summary("Fails lot 2")
    Needs(weighted)
    ForEachLot { lot, rule in
        rule.require(lot.id?.value != "2") { Message("lot 2"); At(lot.evaluation.origin) }
    }
}

/// A whole-tender check that reports once, at the tender: every lot fails.
private let tenderRule = Rule("XX002", "whole-tender") {
    Summary("Fails the tender")
    Check { rule in rule.report { Message("the tender") } }
}

/// A whole-tender check that reports inside lot 1: only lot 1 fails.
private let placedRule = Rule("XX003", "placed") {
    Summary("Fails lot 1 by its place")
    Check { rule in rule.report { Message("lot 1's criteria"); At(rule.tender.lots.first?.evaluation.origin) } }
}

private let centralOnlyRule = Rule("XX004", "central-only") {
    Summary("Central government only")
    Enforces(TestPolicies.centralNew)
    Check { _ in }
}

private let adviceRule = Rule("XX005", "advice") {
    Summary("Only advises")
    Severity(.info)
    Check { rule in rule.report { Message("advice") } }
}

private let throwingRule = Rule("XX006", "throws") {
    Summary("Fails to run")
    Check { _ in throw RuleError.failed("surprised") }
}

/// Says it cannot judge lot 1, and fails lot 2 besides saying so.
private let cannotJudgeRule = Rule("XX007", "cannot-judge") {
    Summary("Cannot judge lots 1 and 2")
    ForEachLot { lot, rule in
        guard lot.id?.value != "3" else { return }
        rule.report { Message("cannot judge \(lot.label)"); CannotEvaluate(because: "looks-incomplete"); At(lot.evaluation.origin) }
        if lot.id?.value == "2" { rule.report { Message("and it fails"); At(lot.evaluation.origin) } }
    }
}

private let threeLots = """
    <tender xmlns="urn:tenderlint:tender-spec:1" id="T"><buyer sector="nhs" jurisdiction="england">Trust</buyer><dates publication="2026-03-02"/>
    <lot id="1"><evaluation><criterion id="p" kind="price" weight="100"/></evaluation></lot>
    <lot id="2"><evaluation><criterion id="p" kind="price" weight="100"/></evaluation></lot>
    <lot id="3"><evaluation><criterion id="p" kind="price"/></evaluation></lot>
    </tender>
    """

private func assess(_ rules: [Rule], onlyRules: Set<String>? = nil) throws -> TenderAssessment {
    let source = SourceFile(path: "t.xml", text: threeLots)
    let tree = try #require(XMLReader().read(source).documents.first)
    let tender = try #require(TenderModelBuilder().tenders(in: tree).tenders.first)
    let settings = EngineSettings(today: CalendarDate(year: 2026, month: 6, day: 1)!, onlyRules: onlyRules)
    return RuleEngine(ruleSet: try RuleSet(rules), settings: settings).assess(tender)
}

@Suite("Rule assessment per lot")
struct RuleAssessmentTests {
    @Test("a per-lot finding fails only its lot, and a lot without what the rule needs could not be evaluated")
    func perLot() throws {
        let verdict = try #require(try assess([perLotRule]).verdicts.first)
        #expect(verdict.lots == [.passes, .fails, .notEvaluable(because: "weighted")])
    }

    @Test("a finding that says the rule cannot judge a lot is a warning, and counts the lot as not evaluable unless another fails it")
    func cannotEvaluate() throws {
        let assessment = try assess([cannotJudgeRule])
        #expect(assessment.verdicts.first?.lots == [.notEvaluable(because: "looks-incomplete"), .fails, .passes])
        #expect(assessment.diagnostics.filter { $0.message.hasPrefix("cannot judge") }.allSatisfy { $0.severity == .warning })
        #expect(assessment.inconsistencies.isEmpty)
    }

    @Test("a whole-tender finding fails every lot unless it points inside one lot")
    func wholeTender() throws {
        let verdicts = try assess([tenderRule, placedRule]).verdicts
        #expect(verdicts.map(\.rule.id) == ["XX002", "XX003"])
        #expect(verdicts[0].lots == [.fails, .fails, .fails])
        #expect(verdicts[1].lots == [.fails, .passes, .passes])
    }

    @Test("a rule whose policies bind no one here does not apply, an info finding is no failure, a throwing rule could not evaluate")
    func otherOutcomes() throws {
        let verdicts = try assess([centralOnlyRule, adviceRule, throwingRule]).verdicts
        #expect(verdicts[0].lots == Array(repeating: .notApplicable(because: "policy"), count: 3))
        #expect(verdicts[1].lots == Array(repeating: .passes, count: 3))
        #expect(verdicts[2].lots == Array(repeating: .notEvaluable(because: "internal-error"), count: 3))
    }

    @Test("assessing gives exactly the diagnostics checking gives, and only the selected rules")
    func sameDiagnostics() throws {
        let assessment = try assess([perLotRule, tenderRule], onlyRules: ["XX001"])
        #expect(assessment.verdicts.map(\.rule.id) == ["XX001"])
        #expect(assessment.diagnostics.map(\.message) == ["lot 2"])
        #expect(assessment.inconsistencies.isEmpty)
    }

    @Test("a rule that reports on a lot its conditions say it cannot judge is counted failing and flagged")
    func inconsistency() throws {
        let contradictory = Rule("XX007", "contradictory") {
            Summary("Needs weights but reports inside lot 3 anyway")
            Needs(weighted)
            Check { rule in rule.report { Message("lot 3"); At(rule.tender.lots[2].evaluation.origin) } }
        }
        let assessment = try assess([contradictory])
        #expect(assessment.verdicts[0].lots == [.passes, .passes, .fails])
        #expect(assessment.inconsistencies == [.init(rule: "XX007", lot: 2, condition: "weighted")])
    }
}
