import Foundation
import Testing
@testable import TenderLintKit

private func finding(_ id: String, _ name: String, omitted: Int = 0, fix: Diagnostic.FixIt.Applicability? = nil) -> Diagnostic {
    var diagnostic = Diagnostic(RuleIdentity(id: id, name: name), .error, "finding", at: .wholeFile("t.json"))
    diagnostic.omitted = omitted
    if let fix {
        diagnostic.fixIts = [Diagnostic.FixIt("mend it", fix, replacing: .wholeFile("t.json"), with: "")]
    }
    return diagnostic
}

@Suite("Findings counted per rule")
struct RuleStatisticsTests {
    @Test("rules are sorted by count, most first, then by id; a folded finding counts for those it stands for")
    func ordered() {
        let statistics = RuleStatistics([
            finding("TOM001", "unknown-measure-code"), finding("SV001", "social-value-minimum-weighting"),
            finding("NZ004", "net-zero-target-year", omitted: 11), finding("EV001", "weights-add-up"),
            finding("SV001", "social-value-minimum-weighting"),
        ])
        #expect(statistics.rows.map(\.rule.id) == ["NZ004", "SV001", "EV001", "TOM001"])
        #expect(statistics.rows.map(\.count) == [12, 2, 1, 1])
        #expect(statistics.text == """
            12  NZ004       net-zero-target-year
             2  SV001       social-value-minimum-weighting
             1  EV001       weights-add-up
             1  TOM001      unknown-measure-code

            """)
    }

    @Test("a rule whose findings have a safe fix is marked [*], one with only unsafe fixes [-], and the JSON counts them")
    func fixable() throws {
        let statistics = RuleStatistics([
            finding("TOM001", "unknown-measure-code", fix: .safe), finding("TOM001", "unknown-measure-code"),
            finding("NZ004", "net-zero-target-year", fix: .unsafe(because: "the year is the buyer's to set")),
            finding("SV001", "social-value-minimum-weighting"),
        ])
        #expect(statistics.text == """
            2  TOM001  [*] unknown-measure-code
            1  NZ004   [-] net-zero-target-year
            1  SV001       social-value-minimum-weighting

            """)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(statistics.json.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["fixable"] as? Bool } == [true, false, false])
        #expect(rows.map { $0["safelyFixable"] as? Int } == [1, 0, 0])
        #expect(rows.map { $0["unsafelyFixable"] as? Int } == [0, 1, 0])
    }

    @Test("the JSON form is an array of count, code, name and fixable; nothing found is an empty array and no text")
    func json() {
        #expect(RuleStatistics([finding("SV001", "social-value-minimum-weighting")]).json == """
            [
              {
                "count": 1,
                "code": "SV001",
                "name": "social-value-minimum-weighting",
                "fixable": false,
                "safelyFixable": 0,
                "unsafelyFixable": 0
              }
            ]

            """)
        #expect(RuleStatistics([]).json == "[]\n")
        #expect(RuleStatistics([]).text.isEmpty)
    }
}
