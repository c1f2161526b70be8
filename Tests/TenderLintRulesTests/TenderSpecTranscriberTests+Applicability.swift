import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// The fields that say which policies bind a tender and how it answers them: above-threshold, regime, the buyer's
/// jurisdiction, failure-disqualifies, community benefits and the net zero exception.
extension TenderSpecTranscriberTests {
    static let applicabilityTender = """
        <tender xmlns="urn:tenderlint:tender-spec:1" id="SG-2026-031" above-threshold="true" regime="scottish-regulations">
          <buyer sector="devolved-government" jurisdiction="scotland">Scottish Government</buyer>
          <value amount="4800000" currency="GBP"/>
          <social-value>
            <theme>wellbeing</theme>
            <exception kind="not-relevant-or-proportionate">A one-off purchase.</exception>
            <community-benefits included="true">
              Two apprenticeships for local young people.
            </community-benefits>
          </social-value>
          <net-zero>
            <carbon-reduction-plan required="false"/>
            <exception kind="not-relevant-or-proportionate">Sole traders only: a plan would not be proportionate.</exception>
          </net-zero>
          <lot id="1">
            <net-zero><exception kind="not-relevant-or-proportionate"/></net-zero>
            <evaluation methodology="weighted" failure-disqualifies="false">
              <criterion id="price" kind="price" weight="100"/>
            </evaluation>
          </lot>
          <lot id="2">
            <evaluation failure-disqualifies="1">
              <criterion id="price" kind="price" weight="100"/>
            </evaluation>
          </lot>
        </tender>
        """

    @Test("writes above-threshold, regime, jurisdiction, failure-disqualifies, community benefits and the net zero exception as the JSON names")
    func applicabilityNames() throws {
        let json = try TenderSpecTranscriber().transcribe(xml: Self.applicabilityTender).json
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(json.contains("\"aboveThreshold\": true,"), "a boolean, not a string")
        #expect(object["regime"] as? String == "scottish-regulations")
        let buyer = try #require(object["buyer"] as? [String: Any])
        #expect(buyer["sector"] as? String == "devolved-government")
        #expect(buyer["jurisdiction"] as? String == "scotland")
        let socialValue = try #require(object["socialValue"] as? [String: Any])
        #expect((socialValue["exception"] as? [String: Any])?["kind"] as? String == "not-relevant-or-proportionate")
        let benefits = try #require(socialValue["communityBenefits"] as? [String: Any])
        #expect(json.contains("\"included\": true,"), "a boolean, not a string")
        #expect(benefits["statement"] as? String == "Two apprenticeships for local young people.")
        let exception = try #require((object["netZero"] as? [String: Any])?["exception"] as? [String: Any])
        #expect(exception["kind"] as? String == "not-relevant-or-proportionate")
        #expect(exception["justification"] as? String == "Sole traders only: a plan would not be proportionate.")
        let lots = try #require(object["lots"] as? [[String: Any]])
        #expect(lots.count == 2)
        let lotException = try #require((lots[0]["netZero"] as? [String: Any])?["exception"] as? [String: Any])
        #expect(lotException["kind"] as? String == "not-relevant-or-proportionate")
        #expect(lotException["justification"] == nil, "an empty <exception> has no justification")
        #expect(json.contains("\"failureDisqualifies\": false,"), "a boolean, not a string")
        #expect(json.contains("\"failureDisqualifies\": true,"), "1 is true")
    }

    /// What the tender spec's new fields read into, in the model, without positions.
    static func applicabilityFields(_ text: String, path: String) -> [String] {
        let (tenders, _) = Linter().model(of: SourceFile(path: path, text: text))
        func value<T>(_ value: T?) -> String { value.map { "\($0)" } ?? "none" }
        func exception(_ exception: DeclaredException?) -> String {
            exception.map { "\($0.kind.value.rawValue): '\($0.justificationText)'" } ?? "none"
        }
        func fact<Value: ApplicabilityValue>(_ fact: ApplicabilityFact<Value>) -> String {
            Value.allCases.filter { fact.possible.contains($0) }.map(\.rawValue).joined(separator: " or ") + " (\(fact.basis))"
        }
        return tenders.flatMap { tender -> [String] in
            let benefits = tender.socialValue.communityBenefits
            return [
                "sector \(value(tender.buyer.sector?.value.rawValue)), jurisdiction \(value(tender.buyer.jurisdiction?.value.rawValue))",
                "buyer kind \(fact(tender.applicability.buyerKind)), nation \(fact(tender.applicability.jurisdiction))",
                "threshold \(fact(tender.applicability.threshold)), regime \(fact(tender.applicability.regime))",
                "community benefits \(value(benefits?.included?.value)): '\(benefits?.statementText ?? "")'",
                "social value exception \(exception(tender.socialValue.exception))",
                "net zero exception \(exception(tender.netZero.exception))",
            ] + tender.lots.map { lot in
                "lot \(value(lot.id?.value)): failure disqualifies \(value(lot.evaluation.failureDisqualifies?.value)), "
                    + "net zero exception \(exception(lot.netZero?.exception))"
            }
        }
    }

    @Test("reads above-threshold, regime, jurisdiction, failure-disqualifies, community benefits and the net zero exception the same in both spellings")
    func applicabilityRoundTrip() throws {
        let transcript = try TenderSpecTranscriber().transcribe(xml: Self.applicabilityTender)
        let fromXML = Self.applicabilityFields(Self.applicabilityTender, path: "tender.xml")
        #expect(fromXML == [
            "sector devolved-government, jurisdiction scotland",
            "buyer kind devolved-government (stated), nation scotland (stated)",
            "threshold above (stated), regime scottish-regulations (stated)",
            "community benefits true: 'Two apprenticeships for local young people.'",
            "social value exception not-relevant-or-proportionate: 'A one-off purchase.'",
            "net zero exception not-relevant-or-proportionate: 'Sole traders only: a plan would not be proportionate.'",
            "lot 1: failure disqualifies false, net zero exception not-relevant-or-proportionate: ''",
            "lot 2: failure disqualifies true, net zero exception none",
        ])
        #expect(Self.applicabilityFields(transcript.json, path: "tender.json") == fromXML, "\(transcript.json)")
        try Self.expectRoundTrip(Self.applicabilityTender, "the tender with the applicability fields")
    }

    @Test("carries community benefits without text, and below the threshold, over as the reader expects")
    func applicabilityVariants() throws {
        let xml = """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="T" above-threshold="false">
              <buyer sector="local-government" jurisdiction="scotland">Example Council</buyer>
              <social-value><community-benefits included="false"/></social-value>
              <evaluation><criterion id="price" kind="price" weight="100"/></evaluation>
            </tender>
            """
        let json = try TenderSpecTranscriber().transcribe(xml: xml).json
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(json.contains("\"aboveThreshold\": false,"))
        let benefits = try #require((object["socialValue"] as? [String: Any])?["communityBenefits"] as? [String: Any])
        #expect(benefits.keys.sorted() == ["included"], "no statement where the element has no text")
        #expect(json.contains("\"included\": false\n"))
        #expect(Self.applicabilityFields(json, path: "tender.json") == Self.applicabilityFields(xml, path: "tender.xml"))
        try Self.expectRoundTrip(xml, "community benefits without text")
    }

    @Test("carries wrong values of the new fields over as text, for the reader to report the same in JSON", arguments: [
        ("<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\" above-threshold=\"yes\"><buyer sector=\"nhs\"/><evaluation><criterion id=\"p\" kind=\"price\"/></evaluation></tender>",
         "above-threshold should be true or false"),
        ("<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\" regime=\"pa-2023\"><buyer sector=\"nhs\"/><evaluation><criterion id=\"p\" kind=\"price\"/></evaluation></tender>",
         "'pa-2023'"),
        ("<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\"><buyer sector=\"nhs\" jurisdiction=\"uk\"/><evaluation><criterion id=\"p\" kind=\"price\"/></evaluation></tender>",
         "'uk'"),
        ("<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\"><buyer sector=\"nhs\"/><evaluation failure-disqualifies=\"no\"><criterion id=\"p\" kind=\"price\"/></evaluation></tender>",
         "failure-disqualifies should be true or false"),
        ("<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\"><buyer sector=\"nhs\"/><social-value><community-benefits included=\"maybe\">A</community-benefits></social-value><evaluation><criterion id=\"p\" kind=\"price\"/></evaluation></tender>",
         "included should be true or false"),
        ("<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\"><buyer sector=\"nhs\"/><social-value><community-benefits>A</community-benefits></social-value><evaluation><criterion id=\"p\" kind=\"price\"/></evaluation></tender>",
         "'included'"),
        ("<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\"><buyer sector=\"nhs\"/><net-zero><exception kind=\"bogus\">A</exception></net-zero><evaluation><criterion id=\"p\" kind=\"price\"/></evaluation></tender>",
         "'bogus'"),
    ])
    func applicabilityWrongValues(_ xml: String, _ expected: String) throws {
        let json = try TenderSpecTranscriber().transcribe(xml: xml).json
        let messages: (String, String) -> [String] = { text, path in
            Linter().model(of: SourceFile(path: path, text: text)).diagnostics.map(\.message).sorted()
        }
        let fromXML = messages(xml, "tender.xml")
        #expect(fromXML.contains { $0.contains(expected) }, "\(fromXML)")
        #expect(messages(json, "tender.json") == fromXML, "\(json)")
    }

    @Test("refuses what the new elements do not define, saying where", arguments: [
        ("<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\"><social-value><community-benefits included=\"true\"><b>x</b></community-benefits></social-value></tender>", "<b>"),
        ("<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\"><social-value><community-benefits included=\"true\" value=\"4m\"/></social-value></tender>", "'value'"),
        ("<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\"><social-value><community-benefits included=\"true\"/><community-benefits included=\"false\"/></social-value></tender>", "twice"),
        ("<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\"><net-zero><exception kind=\"immature-market\"/><exception kind=\"immature-market\"/></net-zero></tender>", "twice"),
        ("<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\"><net-zero><exception kind=\"immature-market\" scope=\"all\"/></net-zero></tender>", "'scope'"),
        ("<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\"><buyer sector=\"nhs\" regime=\"other\"/></tender>", "'regime'"),
    ])
    func applicabilityRefuses(_ xml: String, _ expected: String) {
        #expect {
            try TenderSpecTranscriber().transcribe(xml: xml)
        } throws: { error in
            "\(error)".contains(expected)
        }
    }

    @Test("maps markers on the new fields as on the others: attributes, values, elements and text")
    func applicabilityMarkers() throws {
        let marked = """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="T" ↓above-threshold="↓true" regime="↓pcr-2015">
              <buyer sector="nhs" ↓jurisdiction="↓england">Example NHS Trust</buyer>
              <social-value>
                ↓<community-benefits included="↓false">
                  ↓No benefit is relevant to a one-off purchase.
                </community-benefits>
              </social-value>
              <net-zero>
                ↓<exception kind="↓not-relevant-or-proportionate">↓A one-off purchase.</exception>
              </net-zero>
              <evaluation ↓failure-disqualifies="↓true">
                <criterion id="price" kind="price" weight="100"/>
              </evaluation>
            </tender>
            """
        let (text, markers) = RuleExampleRunner.removeMarkers(from: marked)
        let transcript = try TenderSpecTranscriber().transcribe(xml: text, markers: markers)
        let json = Array(transcript.json.utf8)
        let landed = transcript.markers.map { offset in
            String(String(decoding: json[offset...], as: UTF8.self).prefix { $0 != "\n" }.prefix(40))
        }
        #expect(landed == [
            "\"aboveThreshold\": true,",                         // an attribute's name: the member's key
            "true,",                                             // an attribute's value: the JSON boolean
            "\"pcr-2015\",",                                     // an attribute's value: the JSON string
            "\"jurisdiction\": \"england\",",
            "\"england\",",
            "\"communityBenefits\": {",                          // an element that becomes a member: its key
            "false,",
            "\"No benefit is relevant to a one-off pur",        // an element's text: the statement
            "\"exception\": {",
            "\"not-relevant-or-proportionate\",",
            "\"A one-off purchase.\"",                           // an element's text: the justification
            "\"failureDisqualifies\": true,",
            "true,",
        ])
    }
}
