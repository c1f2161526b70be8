import Foundation
import Testing

@Suite("tenderlint inspect, run as a program")
struct InspectCommandEndToEndTests {
    static let tender = """
        <tender xmlns="urn:tenderlint:tender-spec:1" id="CE-1">
          <buyer sector="nhs">NHS Trust</buyer>
          <value amount="12000000" currency="GBP" vat="excluded"/>
          <duration months="24"/>
          <evaluation>
            <criterion id="price" kind="price" weight="40"/>
            <criterion id="quality" kind="quality" weight="60">
              <criterion id="sv" kind="social-value" weight="20"/>
              <criterion id="delivery" kind="quality" weight="80"/>
            </criterion>
          </evaluation>
        </tender>
        """

    @Test("prints the model as JSON with positions, effective shares and the value per annum")
    func json() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("t.xml", Self.tender)
        let outcome = try TenderlintProcess.run(["inspect", "t.xml"], in: scratch.url)
        #expect(outcome.status == 0)
        #expect(outcome.standardError.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let tender = try #require((object["tenders"] as? [[String: Any]])?.first)
        let lot = try #require((tender["lots"] as? [[String: Any]])?.first)
        #expect(lot["socialValueAndNetZeroShare"] as? String == "12%")
        #expect(lot["valuePerAnnum"] as? Int == 6_000_000)
        let quality = try #require((lot["criteria"] as? [[String: Any]])?.last)
        let socialValue = try #require((quality["criteria"] as? [[String: Any]])?.first)
        #expect(socialValue["effectiveShare"] as? String == "12%")
        #expect(socialValue["at"] as? String == "8:7")
    }

    @Test("prints a readable tree with --format text")
    func text() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("t.xml", Self.tender)
        let outcome = try TenderlintProcess.run(["inspect", "--format", "text", "t.xml"], in: scratch.url)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("criterion sv: [social-value] 20% → 12% of the total  (8:7)"))
        #expect(outcome.standardOutput.contains("value per annum: £12,000,000 over 24 months is £6,000,000 a year"))
    }

    @Test("puts problems on standard error and exits 1 when the document has errors")
    func errors() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("t.xml", Self.tender.replacingOccurrences(of: "weight=\"20\"", with: "weight=\"twenty\""))
        let outcome = try TenderlintProcess.run(["inspect", "t.xml"], in: scratch.url)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.hasPrefix("t.xml:8:54: error: the weight 'twenty' is not a number [TL005]"))
    }
}
