import Testing
@testable import TenderLintKit

/// The regular expression the hand-written matcher replaces, kept here as the oracle.
private func regexMatch(_ text: String) -> OCDSWeightTextPattern? {
    let pattern = /(?<label>[^0-9%]*?)[\s:=(]*(?<low>[0-9]+(?:\.[0-9]+)?|\.[0-9]+)\s*(?<lowUnit>%)?\s*(?:(?:-|–|—|to)\s*(?<high>[0-9]+(?:\.[0-9]+)?|\.[0-9]+)\s*)?(?<unit>%|percent|per\s*cent|points|point|pts|marks|mark)?[\s).]*/
    guard let match = text.wholeMatch(of: pattern) else { return nil }
    return OCDSWeightTextPattern(
        label: String(match.label), low: String(match.low), lowHasUnit: match.lowUnit != nil,
        high: match.high.map(String.init), unit: match.unit.map(String.init)
    )
}

@Suite("Weights written as text: the hand-written matcher")
struct OCDSWeightTextPatternTests {
    static let written = [
        "30%", "30 %", "30 percent", "30 per cent", "30 percent.", "weighting: 20%", "weighting 20 %", "weighting - 20%",
        "weight = 20%", "social value (20%)", "price 20%.", "15-40%", "15 – 40%", "15—40 %", "15% - 40%", "15 to 40%",
        "20 points", "weighting: 5 pts", "10-20 marks", "1 mark", "1 point", ".5", "0.25", "1.3", "30.", "30..", "40)",
        "(40%)", "quality (see note 2) 40%", "60% quality 40% price", "30% points", "10 to", "10 -", "10 - x", "price 30% x",
        "30 . %", "x.5", "a.b 5", "weighting:\t20%", "20%%", "perc 20", "20 per  cent", "20 percents", "20 pointss",
        "%20", "20 tomorrow", "weighting 20 to 30 points", "5.5.5", "50 ) %", "weight(20)", "social value: 10", "",
    ]

    @Test("matches exactly what the regular expression matches", arguments: written)
    func agreesWithTheRegularExpression(text: String) {
        #expect(OCDSWeightTextPattern.match(text) == regexMatch(text))
    }

    @Test("agrees with the regular expression on every short text built from the pieces weights are written with")
    func agreesOnGeneratedTexts() {
        let pieces = ["", "weighting", ":", " ", "(", "1", "2.5", ".5", "%", "-", "to", "points", "per cent", ")", ".", "x", "–"]
        let fewer = ["", " ", "1", ".5", "%", "-", "to", ")"]
        var count = 0
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for d in (a.isEmpty ? fewer : [""]) {
                        let text = a + b + c + d
                        #expect(OCDSWeightTextPattern.match(text) == regexMatch(text), "\(text)")
                        count += 1
                    }
                }
            }
        }
        #expect(count == 6_936)
    }
}
