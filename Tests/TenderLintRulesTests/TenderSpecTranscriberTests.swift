import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// The transcriber that writes an XML tender spec in JSON for the variant tests: it must say the same
/// tender in the other spelling, with the names docs/tender-spec.md gives, and carry markers over.
@Suite("Tender-spec transcriber")
struct TenderSpecTranscriberTests {
    static let packageRoot = PackageFolder.root

    /// The model as `tenderlint inspect` shows it, without positions and with the evidence's field names in one
    /// spelling: what two spellings must agree on.
    static func model(_ text: String, path: String) throws -> (model: NSDictionary, problems: [String]) {
        let (tenders, diagnostics) = Linter().model(of: SourceFile(path: path, text: text))
        let json = TenderInspector().json(tenders, path: "tender")
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return (withoutPositions(object) as! NSDictionary, diagnostics.map { "\($0.location.start) [\($0.ruleID)] \($0.message)" })
    }

    static func withoutPositions(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            var kept = object.filter { $0.key != "at" }.mapValues(withoutPositions)
            // Applicability evidence names the field as the document spells it: above-threshold, aboveThreshold.
            if let field = kept["field"] as? String { kept["field"] = camelCase(field) }
            return kept
        }
        if let array = value as? [Any] { return array.map(withoutPositions) }
        return value
    }

    /// `above-threshold` → `aboveThreshold`, as the JSON spelling names an XML attribute.
    static func camelCase(_ name: String) -> String {
        let words = name.split(separator: "-")
        return words.prefix(1).joined() + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// Transcribes and checks that both spellings read into the same model, with no new problems.
    static func expectRoundTrip(_ xml: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let transcript = try TenderSpecTranscriber().transcribe(xml: xml)
        let fromXML = try model(xml, path: "tender.xml")
        let fromJSON = try model(transcript.json, path: "tender.json")
        #expect(fromJSON.problems == fromXML.problems, "\(name): reading the JSON found other problems than the XML\n\(transcript.json)", sourceLocation: sourceLocation)
        #expect(fromJSON.model == fromXML.model, "\(name): the JSON reads into another model\n\(transcript.json)", sourceLocation: sourceLocation)
    }

    static let tender = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- a note for people -->
        <tender xmlns="urn:tenderlint:tender-spec:1" id="CE-2026-014" framework="true">
          <?tenderlint disable SV003?>
          <title>Community &amp; home care</title>
          <buyer sector="central-government" region="North">  Cabinet Office  </buyer>
          <dates publication="2026-03-02" procurement-start="2026-02-24"/>
          <value amount="31000000" currency="GBP" vat="included" basis="total"/>
          <duration start="2026-07-01" end="2031-06-30"/>
          <social-value>
            <theme>fighting-climate-change</theme>
            <theme>wellbeing</theme>
            <measure framework="illustrative-toms" code="ILLUS-NT1" target="4" unit="FTE"/>
            <exception kind="immature-market">Market engagement found two suppliers.</exception>
          </social-value>
          <net-zero>
            <carbon-reduction-plan required="true" standard="ppn-006" scopes="1 2 3-waste" net-zero-by="2045" global="false"/>
            <net-zero-commitment required="0"/>
          </net-zero>
          <lot id="1" reserved-for="sme vcse">
            <title>North</title>
            <value amount="12000000.50" currency="GBP"/>
            <duration months="24"/>
            <net-zero><public-reporting required="true"/></net-zero>
            <evaluation methodology="weighted">
              <criterion id="price" kind="price" weight="40%"/>
              <criterion id="quality" kind="quality" weight="60" name="Quality">
                <description>How the service is run</description>
                <criterion id="delivery" kind="quality" weight="0.8" weight-unit="fraction"/>
                <criterion id="sv" kind="social-value" weight="0.1-0.2" weight-unit="fraction">
                  <!-- counted -->
                  <criterion id="sv-commitments" kind="social-value" points="10-20"/>
                  <criterion id="sv-plan" kind="social-value" points="30"/>
                  <measure framework="illustrative-toms" code="ILLUS-NT2" target="10.5" unit="hours"/>
                </criterion>
              </criterion>
            </evaluation>
          </lot>
          <lot id="2">
            <evaluation methodology="order-of-importance">
              <criterion id="quality" kind="quality" order="1"/>
              <criterion id="price" kind="price" formula="price / quality points"/>
            </evaluation>
          </lot>
        </tender>
        """

    @Test("writes the names docs/tender-spec.md gives, tenderSpec first, numbers as numbers where they are plain")
    func names() throws {
        let json = try TenderSpecTranscriber().transcribe(xml: Self.tender).json
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(json.hasPrefix("{\n  \"tenderSpec\": \"1\",\n"))
        #expect(object["framework"] as? Bool == true)
        #expect(object["title"] as? String == "Community & home care")
        let buyer = try #require(object["buyer"] as? [String: Any])
        #expect(buyer["name"] as? String == "Cabinet Office")
        #expect((object["dates"] as? [String: Any])?["procurementStart"] as? String == "2026-02-24")
        let socialValue = try #require(object["socialValue"] as? [String: Any])
        #expect(socialValue["themes"] as? [String] == ["fighting-climate-change", "wellbeing"])
        #expect((socialValue["exception"] as? [String: Any])?["justification"] as? String == "Market engagement found two suppliers.")
        let plan = try #require((object["netZero"] as? [String: Any])?["carbonReductionPlan"] as? [String: Any])
        #expect(plan["scopes"] as? [String] == ["1", "2", "3-waste"])
        #expect(plan["netZeroBy"] as? Int == 2045)
        #expect(((object["netZero"] as? [String: Any])?["netZeroCommitment"] as? [String: Any])?["required"] as? Bool == false)
        let lots = try #require(object["lots"] as? [[String: Any]])
        #expect(lots.count == 2)
        #expect(lots[0]["reservedFor"] as? [String] == ["sme", "vcse"])
        #expect(json.contains("\"amount\": 12000000.50"))
        #expect(json.contains("\"weight\": \"40%\""))
        #expect(json.contains("\"weight\": 0.8,\n"))
        #expect(json.contains("\"weightUnit\": \"fraction\""))
        #expect(json.contains("\"weight\": \"0.1-0.2\""))
        #expect(json.contains("\"points\": \"10-20\""))
        #expect(json.contains("\"order\": 1"))
        #expect(json.contains("\"target\": 10.5"))
        #expect(json.contains("\"description\": \"How the service is run\""))
        #expect(!json.contains("counted") && !json.contains("tenderlint disable") && !json.contains("a note for people"),
                "comments and processing instructions are dropped")
    }

    @Test("reads into the same model in both spellings: lots, criteria, weights, shares, values and terms")
    func roundTrip() throws {
        try Self.expectRoundTrip(Self.tender, "the transcriber's own tender")
    }

    @Test("carries every XML sample over to a JSON that reads into the same model")
    func samples() throws {
        let folder = Self.packageRoot.appendingPathComponent("Samples")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }.sorted()
        #expect(!names.isEmpty, "no XML samples under \(folder.path)")
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            try Self.expectRoundTrip(text, "Samples/\(name)")
        }
    }

    @Test("writes the XML example of docs/tender-spec.md as the page's JSON example says it")
    func referencePage() throws {
        let page = try String(contentsOf: Self.packageRoot.appendingPathComponent("docs/tender-spec.md"), encoding: .utf8)
        let xml = try #require(Self.fencedBlock("xml", in: page))
        let json = try #require(Self.fencedBlock("json", in: page))
        let transcript = try TenderSpecTranscriber().transcribe(xml: xml)
        let fromPage = try Self.model(json, path: "page.json")
        let fromTranscript = try Self.model(transcript.json, path: "tender.json")
        #expect(fromTranscript.model == fromPage.model, "\(transcript.json)")
        #expect(fromTranscript.problems.isEmpty, "\(fromTranscript.problems)")
    }

    static func fencedBlock(_ language: String, in page: String) -> String? {
        guard let open = page.range(of: "```\(language)\n") else { return nil }
        guard let close = page.range(of: "\n```", range: open.upperBound..<page.endIndex) else { return nil }
        return String(page[open.upperBound..<close.lowerBound])
    }

    @Test("carries every rule example over to a JSON that reads into the same model")
    func ruleExamples() throws {
        for rule in BuiltInRules.ruleSet.rules {
            for example in rule.examples {
                let text = RuleExampleRunner.removeMarkers(from: example.document).text
                let place = Testing.SourceLocation(fileID: example.fileID, filePath: example.fileID, line: example.line, column: 1)
                do {
                    try Self.expectRoundTrip(text, "\(rule.id) example at \(example.fileID):\(example.line)", sourceLocation: place)
                } catch {
                    Issue.record("\(rule.id): \(error)", sourceLocation: place)
                }
            }
        }
    }

    @Test("maps markers as the runner reads them: elements, list entries, attributes, values, words and text")
    func markers() throws {
        let marked = """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="T">
              ↓<buyer sector="nhs">↓Example NHS Trust</buyer>
              <net-zero>
                <carbon-reduction-plan required="true" ↓scopes="1 ↓2" net-zero-by="↓2045"/>
              </net-zero>
              <social-value><theme>↓wellbeing</theme></social-value>
              <lot id="1" reserved-for="sme">
                <evaluation>
                  ↓<criterion id="price" kind="price" ↓weight="40"/>
                  <criterion id="quality" kind="quality" weight="↓60"/>
                </evaluation>
              </lot>
            </tender>
            """
        let (text, markers) = RuleExampleRunner.removeMarkers(from: marked)
        let transcript = try TenderSpecTranscriber().transcribe(xml: text, markers: markers)
        let json = Array(transcript.json.utf8)
        // What each marker now stands before, up to the end of its line.
        let landed = transcript.markers.map { offset in
            String(String(decoding: json[offset...], as: UTF8.self).prefix { $0 != "\n" }.prefix(30))
        }
        #expect(landed == [
            "\"buyer\": {",               // an element that becomes a member: its key
            "\"Example NHS Trust\"",      // an element's text: the string
            "\"scopes\": [\"1\", \"2\"],", // an attribute's name: the member's key
            "\"2\"],",                    // a word of a list attribute: its entry
            "2045",                       // an attribute's value: the JSON value
            "\"wellbeing\"]",             // a theme's text: its entry
            "{",                          // an element that becomes an array entry: its brace
            "\"weight\": 40",             // an attribute's name: the member's key
            "60",                         // an attribute's value: the JSON value
        ])
        // The runner maps each to the place a rule's diagnostic would land.
        let source = SourceFile(path: "example.json", text: transcript.json)
        #expect(transcript.markers.allSatisfy { $0 < source.bytes.count })
    }

    /// A rule that reports at every kind of place a marker can point at, to check that the markers, carried over,
    /// land where the rule's diagnostics land in each variant.
    static let everywhere = Rule("XX001", "reports-everywhere") {
        Summary("Reports at every kind of place")
        Check { rule in
            let tender = rule.tender
            rule.report { Message("title"); At(tender.title) }
            rule.report { Message("buyer"); At(tender.buyer.name) }
            for theme in tender.socialValue.themes { rule.report { Message("theme"); At(theme) } }
            for measure in tender.socialValue.measures {
                rule.report { Message("measure"); At(measure.origin) }
                rule.report { Message("code"); At(measure.code) }
            }
            if let plan = tender.netZero.carbonReductionPlan {
                rule.report { Message("plan"); At(plan.origin) }
                for scope in plan.scopes { rule.report { Message("scope"); At(scope) } }
            }
            if let commitment = tender.netZero.netZeroCommitment { rule.report { Message("required"); At(commitment.required) } }
            // A field as a whole, as `Origin` puts a node: an attribute's value, a JSON member from its key.
            if let amount = tender.value?.amount.origin { rule.report { Message("amount"); At(Origin(amount.node)) } }
            for lot in tender.lots {
                rule.report { Message("lot"); At(lot.origin) }
                for criterion in lot.evaluation.allCriteria {
                    rule.report { Message("criterion"); At(criterion.origin) }
                    rule.report { Message("weight"); At(criterion.weight) }
                }
            }
        }
        Examples {
            Triggering("""
                <tender xmlns="urn:tenderlint:tender-spec:1" id="T">
                  <title>↓Community podiatry</title>
                  <buyer sector="nhs">↓Example NHS Trust</buyer>
                  <dates publication="2026-06-01"/>
                  <value ↓amount="7200000" currency="GBP"/>
                  <social-value>
                    <theme>↓fighting-climate-change</theme>
                    <theme>↓wellbeing</theme>
                    ↓<measure framework="illustrative-toms" code="↓ILLUS-NT1"/>
                  </social-value>
                  <net-zero>
                    ↓<carbon-reduction-plan required="true" scopes="↓1 ↓3-waste"/>
                    <net-zero-commitment required="↓false"/>
                  </net-zero>
                  ↓<lot id="1" reserved-for="sme">
                    <evaluation>
                      ↓<criterion id="price" kind="price" weight="↓40"/>
                      ↓<criterion id="quality" kind="quality" weight="↓60%">
                        ↓<criterion id="sv" kind="social-value" weight="↓10-20"/>
                      </criterion>
                    </evaluation>
                  </lot>
                </tender>
                """)
        }
    }

    @Test("carries markers to where a rule's diagnostics land, in XML, JSON, with multi-byte text and with CR LF")
    func markersLandWhereRulesReport() throws {
        let testCase = RuleExamplesTests.Case(rule: Self.everywhere, index: 0)
        let outcome = try RuleExamplesTests.runner.run(testCase.rule, example: testCase.example)
        #expect(outcome.diagnostics.count == 18)
        RuleExamplesTests.check(outcome, testCase)
        let variants = RuleExampleVariantsTests()
        try variants.json(testCase)
        try variants.multibyte(testCase)
        try variants.crlf(testCase)
    }

    @Test("refuses what the format does not define, saying where", arguments: [
        ("<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\"><colour>red</colour></tender>", "<colour>"),
        ("<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\" wieght=\"4\"/>", "'wieght'"),
        ("<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\">loose words</tender>", "loose words"),
        ("<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\"><title>T</title><title>U</title></tender>", "twice"),
        ("<tender xmlns=\"urn:example\" id=\"T\"/>", "not a tender spec"),
        ("<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\"><buyer sector=\"nhs\"><b>x</b></buyer></tender>", "<b>"),
        ("<tender", "cannot be read"),
    ])
    func refuses(_ xml: String, _ expected: String) {
        #expect {
            try TenderSpecTranscriber().transcribe(xml: xml)
        } throws: { error in
            "\(error)".contains(expected)
        }
    }

    @Test("refuses a marker that points at nothing with a JSON counterpart")
    func strayMarker() {
        let (text, markers) = RuleExampleRunner.removeMarkers(from: """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="T">
              <!-- ↓a comment -->
              <buyer sector="nhs"/>
            </tender>
            """)
        #expect {
            try TenderSpecTranscriber().transcribe(xml: text, markers: markers)
        } throws: { error in
            "\(error)".contains("2:8") && "\(error)".contains("no place in JSON")
        }
    }
}
