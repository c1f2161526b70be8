import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// Every example of every rule again, in the variants a real document comes in: written in JSON, with
/// multi-byte text in front of the places the markers point at, and with CR LF line ends. Each must give
/// the same verdict at the same place as the example as written. Adding a rule adds these tests too.
@Suite("Rule examples in their other spellings")
struct RuleExampleVariantsTests {
    typealias Case = RuleExamplesTests.Case

    static var runner: RuleExampleRunner { RuleExamplesTests.runner }

    /// A comment of Welsh and multi-byte text: "—" is 3 bytes, "ŵ" and "ŷ" 2, "👩‍⚕️" 13 bytes and 4 columns.
    static let multibyteComment = "<!-- Llywodraeth Cymru — Cwm Taf Morgannwg 👩‍⚕️ Gwasanaeth Iechyd Gwladol: gofal yn nes at y tŷ, dŵr glân -->"

    @Test("reports each example at the same place when it is written in JSON", arguments: RuleExamplesTests.cases)
    func json(_ testCase: Case) throws {
        let place = Self.place(of: testCase)
        let original = try Self.runner.run(testCase.rule, example: testCase.example)
        let (text, markers) = RuleExampleRunner.removeMarkers(from: testCase.example.document)
        let transcript: TenderSpecTranscriber.Transcript
        do {
            transcript = try TenderSpecTranscriber().transcribe(xml: text, markers: markers)
        } catch {
            Issue.record("JSON: the example cannot be transcribed: \(error)", sourceLocation: place)
            return
        }
        let outcome = try Self.runner.run(testCase.rule, example: testCase.example, text: transcript.json,
                                          markers: transcript.markers, path: "example.json")
        RuleExamplesTests.check(outcome, testCase, variant: "JSON")
        Self.expectSameVerdict(outcome, as: original, testCase, variant: "JSON", comparingMessages: false)
        let found = outcome.diagnostics.map(\.location.start).sorted()
        if testCase.example.kind == .triggering, found.map(\.description) != outcome.expected.map(\.description) {
            let quote: (SourcePosition) -> String = { position in
                let line = outcome.source.text(ofLine: position.line)
                return "\(position) '" + String(line.unicodeScalars.dropFirst(position.column - 1).prefix(30)) + "'"
            }
            Issue.record("""
                JSON: the markers, carried over, stand before \(outcome.expected.map(quote).joined(separator: ", ")); \
                the rule reports at \(found.map(quote).joined(separator: ", ")). A marker before an attribute's name \
                (↓name="…") stands for the field as a whole, a JSON member from its key; one inside the quotes \
                (name="↓…") for the value alone. Put it where the rule reports, or report the other.
                """, sourceLocation: place)
        }
    }

    @Test("reports each example at the same place with multi-byte text in front", arguments: RuleExamplesTests.cases)
    func multibyte(_ testCase: Case) throws {
        let original = try Self.runner.run(testCase.rule, example: testCase.example)
        let (text, markers) = RuleExampleRunner.removeMarkers(from: testCase.example.document)
        let insertions = Self.multibyteInsertions(in: text, markers: markers)
        let variant = Self.apply(insertions, to: text)
        let outcome = try Self.runner.run(testCase.rule, example: testCase.example, text: variant,
                                          markers: markers.map { Self.shift($0, by: insertions) }, path: "example.xml")
        RuleExamplesTests.check(outcome, testCase, variant: "multi-byte text in front")
        Self.expectSameVerdict(outcome, as: original, testCase, variant: "multi-byte text in front", comparingMessages: true)
        // The original's positions, carried through the insertions, are where the variant's must be.
        let carried = original.diagnostics.map { outcome.source.position(at: Self.shift($0.location.start.offset, by: insertions)) }
        #expect(outcome.diagnostics.map(\.location.start.description).sorted() == carried.map(\.description).sorted(),
                "multi-byte text in front: the positions moved other than by the inserted text",
                sourceLocation: Self.place(of: testCase))
    }

    @Test("reports each example at the same line and column with CR LF line ends", arguments: RuleExamplesTests.cases)
    func crlf(_ testCase: Case) throws {
        let original = try Self.runner.run(testCase.rule, example: testCase.example)
        let (text, markers) = RuleExampleRunner.removeMarkers(from: testCase.example.document)
        let bytes = Array(text.utf8)
        let shifted = markers.map { offset in offset + bytes[..<offset].count { $0 == UInt8(ascii: "\n") } }
        let outcome = try Self.runner.run(testCase.rule, example: testCase.example,
                                          text: text.replacingOccurrences(of: "\n", with: "\r\n"),
                                          markers: shifted, path: "example.xml")
        RuleExamplesTests.check(outcome, testCase, variant: "CR LF")
        Self.expectSameVerdict(outcome, as: original, testCase, variant: "CR LF", comparingMessages: true)
        #expect(outcome.diagnostics.map(\.location.start.description).sorted() == original.diagnostics.map(\.location.start.description).sorted(),
                "CR LF: the line:column positions differ from LF's", sourceLocation: Self.place(of: testCase))
    }

    // MARK: Helpers

    static func place(of testCase: Case) -> Testing.SourceLocation {
        Testing.SourceLocation(fileID: testCase.example.fileID, filePath: testCase.example.fileID, line: testCase.example.line, column: 1)
    }

    /// The same number of diagnostics, of the same severities (and, where the text is the same, messages).
    static func expectSameVerdict(_ outcome: RuleExampleRunner.Outcome, as original: RuleExampleRunner.Outcome, _ testCase: Case,
                                  variant: String, comparingMessages: Bool) {
        let place = place(of: testCase)
        #expect(outcome.diagnostics.count == original.diagnostics.count,
                "\(variant): \(outcome.diagnostics.count) diagnostic(s), the example as written gives \(original.diagnostics.count)", sourceLocation: place)
        let summary: (Diagnostic) -> String = { "\($0.severity.rawValue): " + (comparingMessages ? $0.message : "") }
        #expect(outcome.diagnostics.map(summary).sorted() == original.diagnostics.map(summary).sorted(),
                "\(variant): the findings differ from the example as written", sourceLocation: place)
    }

    /// Where the multi-byte comment goes: after the root's start tag, on the line of its first child (just
    /// before that child), and in front of each element that begins a line holding a marker.
    static func multibyteInsertions(in text: String, markers: [Int]) -> [(offset: Int, text: String)] {
        let source = SourceFile(path: "example.xml", text: text)
        guard let tree = XMLReader().read(source).documents.first, let root = tree.root else { return [] }
        var offsets: Set<Int> = [root.elements.first?.range.lowerBound ?? root.valueRange.upperBound]
        let elements = tree.allNodes.filter { $0.kind == .element }
        for marker in markers {
            let line = source.contentRange(ofLine: source.line(containing: marker))
            var first = line.lowerBound
            while first < line.upperBound, source.bytes[first] == UInt8(ascii: " ") || source.bytes[first] == UInt8(ascii: "\t") { first += 1 }
            if elements.contains(where: { $0.range.lowerBound == first }) { offsets.insert(first) }
        }
        return offsets.sorted().map { ($0, multibyteComment) }
    }

    static func apply(_ insertions: [(offset: Int, text: String)], to text: String) -> String {
        var bytes = Array(text.utf8)
        for insertion in insertions.sorted(by: { $0.offset > $1.offset }) {
            bytes.insert(contentsOf: Array(insertion.text.utf8), at: insertion.offset)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Where an offset of the original is after the insertions: text inserted at or before it pushes it on.
    static func shift(_ offset: Int, by insertions: [(offset: Int, text: String)]) -> Int {
        offset + insertions.filter { $0.offset <= offset }.map(\.text.utf8.count).reduce(0, +)
    }
}

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
