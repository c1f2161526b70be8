import Foundation
import Testing
@testable import TenderLintKit

private let source = SourceFile(path: "bulk.jsonl", text: "")

private func tender(buyer: String?, year: Int?, lots: Int = 1, format: TenderFormat = .ocds) -> Tender {
    Tender(
        format: format, source: source,
        buyer: Buyer(name: buyer.map { Located($0, at: nil) }),
        procurementStart: year.map { Located(CalendarDate(year: $0, month: 4, day: 1)!, at: nil) },
        lots: Array(repeating: Lot(evaluation: Evaluation(criteria: [])), count: lots)
    )
}

private func assessment(_ outcomes: [String: [LotOutcome]]) -> TenderAssessment {
    TenderAssessment(
        verdicts: outcomes.keys.sorted().map { TenderAssessment.RuleVerdict(rule: RuleIdentity(id: $0, name: $0.lowercased()), lots: outcomes[$0]!) },
        diagnostics: []
    )
}

@Suite("Audit tally")
struct AuditTallyTests {
    @Test("counts each lot's outcome per rule, buyer and year, and per rule")
    func counts() {
        var tally = AuditTally()
        tally.record(document: [(tender(buyer: "NHS Trust", year: 2024, lots: 3),
                                 assessment(["SV001": [.passes, .fails, .notEvaluable(because: "social-value-share")]]))])
        tally.record(document: [(tender(buyer: "NHS Trust", year: 2024), assessment(["SV001": [.notApplicable(because: "profile")]]))])
        let key = AuditKey(rule: "SV001", buyer: "NHS Trust", year: "2024")
        #expect(tally.groups[key] == AuditCounts(documents: 2, passing: 1, failing: 1, notEvaluable: 1, notApplicable: 1))
        #expect(tally.ruleTotals["SV001"] == tally.groups[key])
        #expect(tally.reasons[.init(rule: "SV001", outcome: .notEvaluable, condition: "social-value-share")] == 1)
        #expect(tally.reasons[.init(rule: "SV001", outcome: .notApplicable, condition: "profile")] == 1)
        #expect(tally.run.documents == 2 && tally.run.tenders == 2 && tally.run.lots == 4)
    }

    @Test("a document counts once in each row its tenders reach, and once per rule")
    func documentsOnce() {
        var tally = AuditTally()
        tally.record(document: [
            (tender(buyer: "A", year: 2024), assessment(["EV001": [.passes]])),
            (tender(buyer: "A", year: 2024), assessment(["EV001": [.fails]])),
            (tender(buyer: "B", year: 2024), assessment(["EV001": [.passes]])),
        ])
        #expect(tally.groups[AuditKey(rule: "EV001", buyer: "A", year: "2024")]?.documents == 1)
        #expect(tally.groups[AuditKey(rule: "EV001", buyer: "A", year: "2024")]?.lots == 2)
        #expect(tally.groups[AuditKey(rule: "EV001", buyer: "B", year: "2024")]?.documents == 1)
        #expect(tally.ruleTotals["EV001"]?.documents == 1)
        #expect(tally.ruleTotals["EV001"]?.lots == 3)
    }

    @Test("documents that are unreadable or not tenders are counted and judge nothing")
    func unreadable() {
        var tally = AuditTally()
        tally.recordUnreadable(2)
        tally.record(document: [])
        #expect(tally.run.documents == 3 && tally.run.unreadable == 2 && tally.run.notTenders == 1)
        #expect(tally.groups.isEmpty && tally.ruleTotals.isEmpty)
    }

    @Test("storage grows with the groups, not with the documents")
    func bounded() {
        var tally = AuditTally()
        for index in 0..<5_000 {
            let buyer = index % 2 == 0 ? "North  Trust" : " North Trust "
            tally.record(document: [(tender(buyer: buyer, year: 2023 + index % 3), assessment(["EV001": [.passes], "SV001": [.fails]]))])
        }
        #expect(tally.groups.count == 2 * 3)
        #expect(tally.ruleTotals.count == 2)
        #expect(tally.reasons.isEmpty)
        #expect(tally.ruleTotals["SV001"]?.documents == 5_000)
    }

    @Test("merging workers' tallies gives what one tally of every document gives")
    func merge() {
        let documents = (0..<300).map { index in
            (tender(buyer: ["A", "B", nil][index % 3], year: [2024, nil][index % 2]),
             assessment(["EV001": [[LotOutcome.passes, .fails, .notEvaluable(because: "numeric-weights")][index % 3]]]))
        }
        var whole = AuditTally()
        var first = AuditTally()
        var second = AuditTally()
        for (index, document) in documents.enumerated() {
            whole.record(document: [document])
            if index % 4 == 0 { first.record(document: [document]) } else { second.record(document: [document]) }
        }
        second.merge(first)
        #expect(second.groups == whole.groups)
        #expect(second.ruleTotals == whole.ruleTotals)
        #expect(second.reasons == whole.reasons)
        #expect(second.run == whole.run)
    }

    @Test("without grouping by buyer or year, rows are per rule alone")
    func grouping() {
        var tally = AuditTally(grouping: AuditGrouping(byBuyer: false, byYear: true))
        tally.record(document: [(tender(buyer: "A", year: 2024), assessment(["EV001": [.passes]]))])
        tally.record(document: [(tender(buyer: "B", year: 2024), assessment(["EV001": [.passes]]))])
        #expect(Array(tally.groups.keys) == [AuditKey(rule: "EV001", buyer: nil, year: "2024")])
        #expect(tally.groups.values.first?.documents == 2)
    }
}

@Suite("Audit keys")
struct AuditKeyTests {
    @Test("buyer names are trimmed with white space collapsed, and an absent or blank one is the unknown buyer")
    func buyerNames() {
        #expect(AuditKey.buyerName("  NHS \t North\n  Trust ") == "NHS North Trust")
        #expect(AuditKey.buyerName(nil) == AuditKey.unknownBuyer)
        #expect(AuditKey.buyerName(" \n ") == AuditKey.unknownBuyer)
        #expect(AuditKey.buyerName("Ysbyty Gwynedd ŵ") == "Ysbyty Gwynedd ŵ")
    }

    @Test("the year is the publication's: release or issue date for notices, planned publication for a tender spec")
    func years() {
        var notice = tender(buyer: nil, year: 2023)
        notice.plannedPublication = Located(CalendarDate(year: 2024, month: 1, day: 1)!, at: nil)
        #expect(AuditKey.year(of: notice) == "2023")
        var spec = notice
        spec.format = .tenderSpec
        #expect(AuditKey.year(of: spec) == "2024")
        #expect(AuditKey.year(of: tender(buyer: nil, year: nil)) == AuditKey.unknownYear)
    }

    @Test("rows sort by rule, then buyer, then year, with unknowns last")
    func order() {
        let keys = [
            AuditKey(rule: "SV001", buyer: "A", year: "2024"),
            AuditKey(rule: "EV001", buyer: AuditKey.unknownBuyer, year: "2023"),
            AuditKey(rule: "EV001", buyer: "Zed", year: AuditKey.unknownYear),
            AuditKey(rule: "EV001", buyer: "Zed", year: "2022"),
        ]
        #expect(keys.sorted().map { "\($0.rule) \($0.buyer!) \($0.year!)" } == [
            "EV001 Zed 2022", "EV001 Zed (unknown year)", "EV001 (unknown buyer) 2023", "SV001 A 2024",
        ])
    }
}
