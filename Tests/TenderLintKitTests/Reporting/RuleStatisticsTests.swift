import Testing
@testable import TenderLintKit

private func finding(_ id: String, _ name: String, omitted: Int = 0) -> Diagnostic {
    var diagnostic = Diagnostic(RuleIdentity(id: id, name: name), .error, "finding", at: .wholeFile("t.json"))
    diagnostic.omitted = omitted
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
            12  NZ004   net-zero-target-year
             2  SV001   social-value-minimum-weighting
             1  EV001   weights-add-up
             1  TOM001  unknown-measure-code

            """)
    }

    @Test("the JSON form is an array of count, code and name; nothing found is an empty array and no text")
    func json() {
        #expect(RuleStatistics([finding("SV001", "social-value-minimum-weighting")]).json == """
            [
              {
                "count": 1,
                "code": "SV001",
                "name": "social-value-minimum-weighting"
              }
            ]

            """)
        #expect(RuleStatistics([]).json == "[]\n")
        #expect(RuleStatistics([]).text.isEmpty)
    }
}
