import Foundation
import Testing
@testable import TenderLintKit

private let rule = Rule("SV001", "social-value-minimum-weighting") {
    Summary("Social value carries at least the minimum share of the total score")
    Needs(LotCondition("social-value-share", "the share can be worked out") { _, _ in true })
    Check { _ in }
}

/// Three lots of "Trust, \"North\"" in 2024 (pass, fail, not evaluable) and one of an unknown buyer.
private func report(grouping: AuditGrouping = AuditGrouping()) -> AuditReport {
    var tally = AuditTally(grouping: grouping)
    let source = SourceFile(path: "x.json", text: "")
    let named = Tender(format: .ocds, source: source, buyer: Buyer(name: Located("Trust, \"North\"", at: nil)),
                       procurementStart: Located(CalendarDate(year: 2024, month: 5, day: 1)!, at: nil),
                       lots: Array(repeating: Lot(evaluation: Evaluation(criteria: [])), count: 3))
    let verdict = TenderAssessment.RuleVerdict(rule: rule.identity, lots: [.passes, .fails, .notEvaluable(because: "social-value-share")])
    tally.record(document: [(named, TenderAssessment(verdicts: [verdict], diagnostics: []))])
    let unknown = Tender(format: .ocds, source: source, lots: [Lot(evaluation: Evaluation(criteria: []))])
    let passing = TenderAssessment.RuleVerdict(rule: rule.identity, lots: [.passes])
    tally.record(document: [(unknown, TenderAssessment(verdicts: [passing], diagnostics: []))])
    tally.recordUnreadable()
    return AuditReport(tally: tally, rules: [rule], asOf: CalendarDate(year: 2025, month: 1, day: 1)!)
}

@Suite("Audit reports")
struct AuditFormatterTests {
    @Test("CSV has a header row, a row per rule and per group, fields quoted as RFC 4180 says and shares as decimals")
    func csv() {
        let lines = AuditCSVFormatter().render(report()).components(separatedBy: "\r\n")
        #expect(lines[0] == AuditCSVFormatter.header.joined(separator: ","))
        #expect(lines[1] == "rule,SV001,social-value-minimum-weighting,,,2,4,2,1,1,0,0.5,0.25,0.25,0")
        #expect(lines[2] == "group,SV001,social-value-minimum-weighting,\"Trust, \"\"North\"\"\",2024,1,3,1,1,1,0,0.3333,0.3333,0.3333,0")
        #expect(lines[3] == "group,SV001,social-value-minimum-weighting,(unknown buyer),(unknown year),1,1,1,0,0,0,1,0,0,0")
        #expect(lines[4] == "" && lines.count == 5)
    }

    @Test("JSON carries its version, the settings, the run, each rule with its reasons and each group")
    func json() throws {
        let text = AuditJSONFormatter().render(report())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "1")
        #expect(object["kind"] as? String == "tenderlint-audit")
        let settings = try #require(object["settings"] as? [String: Any])
        #expect(settings["asOf"] as? String == "2025-01-01")
        #expect(settings["profile"] is NSNull)
        #expect(settings["groupBy"] as? [String] == ["buyer", "year"])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["files": 0, "documents": 3, "unreadable": 1, "notTenders": 0, "tenders": 2, "lots": 4])
        let rules = try #require(object["rules"] as? [[String: Any]])
        #expect(rules.first?["failing"] as? Int == 1)
        #expect((rules.first?["shares"] as? [String: Any])?["failing"] as? Double == 0.25)
        let reasons = try #require(rules.first?["notEvaluableBecause"] as? [[String: Any]])
        #expect(reasons.first?["condition"] as? String == "social-value-share" && reasons.first?["lots"] as? Int == 1)
        let groups = try #require(object["groups"] as? [[String: Any]])
        #expect(groups.map { $0["buyer"] as? String } == ["Trust, \"North\"", AuditKey.unknownBuyer])
        // Keys come in a fixed order, so the same audit gives the same bytes.
        #expect(text == AuditJSONFormatter().render(report()))
        #expect(text.range(of: "\"version\"")!.lowerBound < text.range(of: "\"summary\"")!.lowerBound)
    }

    @Test("text aligns its columns and gives percentages of the lots with one decimal")
    func text() {
        let lines = AuditTextFormatter().render(report()).components(separatedBy: "\n")
        #expect(lines[0] == "Audited 0 files: 3 documents, 1 unreadable, 0 not tender documents; 2 tenders with 4 lots.")
        #expect(lines[1] == "Profile: none: each document says who its buyer is; judged as of 2025-01-01.")
        let row = lines.first { $0.hasPrefix("SV001  social-value") } ?? ""
        #expect(row.hasSuffix("2     4    25.0%          25.0%    50.0%            0.0%"))
        #expect(lines.contains { $0.hasPrefix("SV001  social-value-share") && $0.hasSuffix("1 lot") })
        let header = lines.first { $0.hasPrefix("RULE   BUYER") } ?? ""
        let group = lines.first { $0.contains("Trust, \"North\"") } ?? ""
        #expect(DisplayWidth.of(header) == DisplayWidth.of(group))
        #expect(group.contains("33.3%"))
    }

    @Test("text cuts long buyer names short and leaves out the columns the audit does not group by")
    func textColumns() {
        let short = AuditTextFormatter(buyerWidth: 10).render(report())
        #expect(short.contains("Trust, \"N…"))
        let byYear = AuditTextFormatter().render(report(grouping: AuditGrouping(byBuyer: false, byYear: true)))
        #expect(byYear.contains("By year:\nRULE   YEAR"))
        let none = AuditTextFormatter().render(report(grouping: AuditGrouping(byBuyer: false, byYear: false)))
        #expect(!none.contains("By "))
    }

    @Test("a percentage has one decimal and a row without lots has none")
    func percentages() {
        let counts = AuditCounts(documents: 1, passing: 2, failing: 1, notEvaluable: 0, notApplicable: 0)
        #expect(counts.percent(1) == "33.3" && counts.percent(2) == "66.7" && counts.percent(0) == "0.0")
        #expect(counts.share(1) == Decimal(string: "0.3333"))
        #expect(AuditCounts().percent(0) == nil && AuditCounts().share(0) == nil)
    }
}

/// A clock the test moves by hand.
private final class ManualClock: @unchecked Sendable {
    var now = 100.0
}

private final class Drawings: @unchecked Sendable {
    var snapshots: [AuditProgress.Snapshot] = []
}

@Suite("Audit progress")
struct AuditProgressTests {
    @Test("draws at most every interval, and always at the end")
    func throttled() {
        let clock = ManualClock()
        let drawings = Drawings()
        let progress = AuditProgress(totalBytes: 1_000, interval: 0.1, clock: { clock.now }) { drawings.snapshots.append($0) }
        for _ in 0..<50 {
            progress.advance(bytes: 10, documents: 1)
            clock.now += 0.01
        }
        progress.finish()
        // 50 updates over 0.5 s: one at the start, then one every 0.1 s, then the last.
        #expect((5...7).contains(drawings.snapshots.count))
        let last = drawings.snapshots.last
        #expect(last?.isFinished == true && last?.bytes == 500 && last?.documents == 50)
        #expect(drawings.snapshots.dropLast().allSatisfy { !$0.isFinished })
    }

    @Test("the line shows the bar, the share of bytes, the sizes, documents and the rate")
    func line() {
        let snapshot = AuditProgress.Snapshot(bytes: 452_000_000, totalBytes: 1_000_000_000, documents: 120_345, seconds: 10)
        #expect(AuditProgress.line(snapshot, barWidth: 10)
                == "[####------]  45.2%  452.0 MB of 1.0 GB  120,345 documents  12,035/s")
        #expect(AuditProgress.size(999) == "999 B")
        #expect(AuditProgress.size(1_500) == "1.5 kB")
        #expect(AuditProgress.size(2_300_000_000_000) == "2.3 TB")
    }
}
