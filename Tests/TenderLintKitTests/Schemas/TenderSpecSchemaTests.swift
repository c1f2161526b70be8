import Foundation
import Testing

/// The tender-spec schemas (docs/schemas) are valid schemas, every sample in Samples/ (except the
/// deliberately malformed drafts) validates against them, and the common mistakes do not.
@Suite("Tender spec schemas: XSD and JSON Schema")
struct TenderSpecSchemaTests {
    // MARK: XML Schema

    /// A small valid tender; each negative case changes one thing in it.
    static let validXML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- a comment before the root -->
        <?tenderlint disable SV001?>
        <tender xmlns="urn:tenderlint:tender-spec:1" id="T-1" framework="false">
          <!-- comments and processing instructions are allowed anywhere -->
          <buyer sector="nhs" region="North Central London ICS">NHS North Central London ICB</buyer>
          <dates publication="2026-03-02"/>
          <value amount="31000000" currency="GBP" vat="excluded" basis="total"/>
          <duration months="60"/>
          <net-zero>
            <carbon-reduction-plan required="true" standard="nhs" scopes="1 2 3-business-travel" net-zero-by="2045"/>
          </net-zero>
          <evaluation>
            <?tenderlint disable SV002?>
            <criterion id="price" kind="price" weight="40"/>
            <criterion id="quality" kind="quality" weight="60">
              <criterion id="delivery" kind="quality" weight="80"/>
              <criterion id="social-value" kind="social-value" weight="20"><!-- 12% of the total -->
                <measure framework="illustrative-toms" code="ILLUS-NT1" target="12" unit="FTE"/>
              </criterion>
            </criterion>
          </evaluation>
        </tender>
        """

    static func validateXML(_ text: String, name: String = "inline.xml") -> XSDValidation.Result {
        XSDValidation.validate(Array(text.utf8), named: name, against: SchemaFiles.xsd.path)
    }

    @Test("the XSD is a valid XML Schema that libxml2 compiles")
    func xsdCompiles() throws {
        let result = Self.validateXML(Self.validXML)
        #expect(result.schemaProblems.isEmpty, "\(result.schemaProblems)")
        #expect(result.documentProblems.isEmpty, "\(result.documentProblems)")
    }

    @Test("every XML sample validates against the XSD")
    func xmlSamplesValidate() throws {
        let samples = SchemaFiles.samples(withExtension: "xml")
        #expect(!samples.isEmpty, "no XML samples found under \(SchemaFiles.samples.path)")
        for sample in samples {
            let path = SchemaFiles.samples.appendingPathComponent(sample).path
            let bytes = try #require(FileManager.default.contents(atPath: path), "cannot read \(path)")
            let result = XSDValidation.validate([UInt8](bytes), named: "Samples/\(sample)", against: SchemaFiles.xsd.path)
            #expect(result.isValid, "Samples/\(sample): \(result.schemaProblems + result.documentProblems)")
        }
    }

    /// A change to the valid tender, and a phrase the rejection must contain so it fails for the right reason.
    struct Mistake: Sendable, CustomTestStringConvertible {
        var name: String
        var replacing: String
        var with: String
        var expected: String

        var testDescription: String { name }
    }

    static let xmlMistakes: [Mistake] = [
        Mistake(name: "a misspelt element", replacing: "<criterion id=\"price\" kind=\"price\" weight=\"40\"/>",
                with: "<critrion id=\"price\" kind=\"price\" weight=\"40\"/>", expected: "critrion"),
        Mistake(name: "a misspelt attribute", replacing: "kind=\"price\" weight=\"40\"",
                with: "kind=\"price\" wieght=\"40\"", expected: "wieght"),
        Mistake(name: "a bad enumeration value", replacing: "kind=\"social-value\"",
                with: "kind=\"social value\"", expected: "social value"),
        Mistake(name: "a bad sector", replacing: "sector=\"nhs\"", with: "sector=\"NHS\"", expected: "NHS"),
        Mistake(name: "a bad scope", replacing: "scopes=\"1 2 3-business-travel\"",
                with: "scopes=\"1 2 3-travel\"", expected: "3-travel"),
        Mistake(name: "two weight forms on one criterion", replacing: "kind=\"price\" weight=\"40\"",
                with: "kind=\"price\" weight=\"40\" points=\"40\"", expected: "at-most-one-of-weight-points-order-formula"),
        Mistake(name: "two weight forms on a sub-criterion", replacing: "kind=\"quality\" weight=\"80\"",
                with: "kind=\"quality\" order=\"1\" formula=\"p / q\"", expected: "at-most-one-of-weight-points-order-formula"),
        Mistake(name: "a weight that is not a number", replacing: "weight=\"40\"", with: "weight=\"forty\"", expected: "forty"),
        Mistake(name: "months and dates on one duration", replacing: "<duration months=\"60\"/>",
                with: "<duration months=\"60\" start=\"2026-07-01\" end=\"2031-06-30\"/>", expected: "months-or-start-and-end"),
        Mistake(name: "a date that is not YYYY-MM-DD", replacing: "publication=\"2026-03-02\"",
                with: "publication=\"02/03/2026\"", expected: "02/03/2026"),
        Mistake(name: "a missing required attribute", replacing: " id=\"T-1\"", with: "", expected: "'id' is required"),
        Mistake(name: "lots and an evaluation together", replacing: "</evaluation>",
                with: "</evaluation><lot id=\"1\"><evaluation><criterion id=\"p\" kind=\"price\" weight=\"100\"/></evaluation></lot>",
                expected: "lot"),
        Mistake(name: "another namespace", replacing: "urn:tenderlint:tender-spec:1", with: "urn:tenderlint:tender-spec:draft",
                expected: "No matching global declaration"),
    ]

    @Test("the XSD rejects", arguments: xmlMistakes)
    func xsdRejects(_ mistake: Mistake) throws {
        #expect(Self.validXML.contains(mistake.replacing), "the valid tender has no \(mistake.replacing)")
        let text = Self.validXML.replacingOccurrences(of: mistake.replacing, with: mistake.with)
        let result = Self.validateXML(text)
        #expect(result.schemaProblems.isEmpty, "\(result.schemaProblems)")
        #expect(!result.documentProblems.isEmpty, "accepted \(mistake.name)")
        #expect(result.documentProblems.contains { $0.message.contains(mistake.expected) },
                "rejected, but not for \(mistake.expected): \(result.documentProblems)")
        #expect(result.documentProblems.allSatisfy { $0.line > 0 }, "\(result.documentProblems)")
    }

    // MARK: JSON Schema

    /// The same small tender in JSON; each negative case changes one thing in it.
    static let validJSON = """
        {
          "$schema": "https://example.org/tender-spec-1.schema.json",
          "$comment": "A small valid tender.",
          "tenderSpec": "1",
          "id": "T-1",
          "framework": false,
          "buyer": { "name": "NHS North Central London ICB", "sector": "nhs", "region": "North Central London ICS" },
          "dates": { "publication": "2026-03-02" },
          "value": { "amount": 31000000, "currency": "GBP", "vat": "excluded", "basis": "total" },
          "duration": { "months": 60 },
          "netZero": { "carbonReductionPlan": { "required": true, "standard": "nhs", "scopes": ["1", "2", "3-business-travel"], "netZeroBy": 2045 } },
          "evaluation": {
            "criteria": [
              { "id": "price", "kind": "price", "weight": 40 },
              { "id": "quality", "kind": "quality", "weight": "60%",
                "criteria": [
                  { "id": "delivery", "kind": "quality", "weight": 80 },
                  { "id": "social-value", "kind": "social-value", "weight": 20,
                    "measures": [ { "framework": "illustrative-toms", "code": "ILLUS-NT1", "target": 12, "unit": "FTE" } ] }
                ] }
            ]
          }
        }
        """

    static let jsonMistakes: [Mistake] = [
        Mistake(name: "a misspelt key", replacing: "\"criteria\": [\n      { \"id\": \"price\"",
                with: "\"critera\": [\n      { \"id\": \"price\"", expected: "'critera' was unexpected"),
        Mistake(name: "a misspelt key in a criterion", replacing: "\"kind\": \"price\", \"weight\": 40",
                with: "\"kind\": \"price\", \"wieght\": 40", expected: "'wieght' was unexpected"),
        Mistake(name: "both lots and an evaluation", replacing: "\"evaluation\": {",
                with: "\"lots\": [ { \"id\": \"1\", \"evaluation\": { \"criteria\": [ { \"id\": \"p\", \"kind\": \"price\", \"weight\": 100 } ] } } ],\n  \"evaluation\": {",
                expected: "is valid under each of"),
        Mistake(name: "neither lots nor an evaluation", replacing: "\"evaluation\": {", with: "\"unused\": {",
                expected: "is not valid under any of"),
        Mistake(name: "a bad enumeration value", replacing: "\"sector\": \"nhs\"", with: "\"sector\": \"NHS\"",
                expected: "'NHS' is not one of"),
        Mistake(name: "a bad criterion kind", replacing: "\"kind\": \"social-value\"", with: "\"kind\": \"social value\"",
                expected: "'social value' is not one of"),
        Mistake(name: "two weight forms on one criterion", replacing: "\"kind\": \"price\", \"weight\": 40",
                with: "\"kind\": \"price\", \"weight\": 40, \"points\": 40", expected: "should not be valid under"),
        Mistake(name: "a weight unit without a weight", replacing: "\"kind\": \"price\", \"weight\": 40",
                with: "\"kind\": \"price\", \"order\": 1, \"weightUnit\": \"fraction\"", expected: "'weight' is a dependency of 'weightUnit'"),
        Mistake(name: "months and dates on one duration", replacing: "\"duration\": { \"months\": 60 }",
                with: "\"duration\": { \"months\": 60, \"start\": \"2026-07-01\", \"end\": \"2031-06-30\" }", expected: "is not valid under any of"),
        Mistake(name: "a date that is not a date", replacing: "\"publication\": \"2026-03-02\"",
                with: "\"publication\": \"2026-02-30\"", expected: "'2026-02-30' is not a 'date'"),
        Mistake(name: "another version", replacing: "\"tenderSpec\": \"1\"", with: "\"tenderSpec\": \"2\"", expected: "'1' was expected"),
        Mistake(name: "a missing buyer sector", replacing: "\"sector\": \"nhs\", ", with: "", expected: "'sector' is a required property"),
        Mistake(name: "a key given twice", replacing: "\"id\": \"T-1\",", with: "\"id\": \"T-1\", \"id\": \"T-2\",", expected: "given twice"),
    ]

    static func validateJSON(_ documents: [JSONSchemaValidation.Document]) throws -> JSONSchemaValidation.Outcome {
        // Missing tools throw, failing the test with what to do: the schemas must not go unchecked quietly.
        try JSONSchemaValidation.validate(documents, against: SchemaFiles.jsonSchema.path)
    }

    @Test("the JSON Schema is a valid draft 2020-12 schema")
    func jsonSchemaIsValid() throws {
        let data = try Data(contentsOf: SchemaFiles.jsonSchema)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let outcome = try Self.validateJSON([JSONSchemaValidation.Document(name: "valid", text: Self.validJSON)])
        #expect(outcome.schemaErrors.isEmpty, "\(outcome.schemaErrors)")
        #expect(outcome.documents.first?.errors.isEmpty == true, "\(outcome.documents.first?.errors ?? [])")
    }

    @Test("every JSON sample validates against the JSON Schema")
    func jsonSamplesValidate() throws {
        let samples = SchemaFiles.samples(withExtension: "json")
        #expect(!samples.isEmpty, "no JSON samples found under \(SchemaFiles.samples.path)")
        let documents = samples.map {
            JSONSchemaValidation.Document(name: "Samples/\($0)", path: SchemaFiles.samples.appendingPathComponent($0).path)
        }
        let outcome = try Self.validateJSON(documents)
        #expect(outcome.schemaErrors.isEmpty, "\(outcome.schemaErrors)")
        #expect(outcome.documents.map(\.name) == documents.map(\.name))
        for document in outcome.documents {
            #expect(document.errors.isEmpty, "\(document.name): \(document.errors)")
        }
    }

    @Test("the JSON Schema rejects", arguments: jsonMistakes)
    func jsonSchemaRejects(_ mistake: Mistake) throws {
        #expect(Self.validJSON.contains(mistake.replacing), "the valid tender has no \(mistake.replacing)")
        let text = Self.validJSON.replacingOccurrences(of: mistake.replacing, with: mistake.with)
        let outcome = try Self.validateJSON([JSONSchemaValidation.Document(name: mistake.name, text: text)])
        #expect(outcome.schemaErrors.isEmpty, "\(outcome.schemaErrors)")
        let errors = try #require(outcome.documents.first).errors
        #expect(!errors.isEmpty, "accepted \(mistake.name)")
        #expect(errors.contains { $0.message.contains(mistake.expected) }, "rejected, but not for \(mistake.expected): \(errors)")
    }

    // MARK: The reference page

    /// The fenced blocks of docs/tender-spec.md in this language that are complete tenders.
    static func completeExamples(_ language: String) throws -> [String] {
        let page = try String(contentsOf: SchemaFiles.packageRoot.appendingPathComponent("docs/tender-spec.md"), encoding: .utf8)
        var examples: [String] = []
        var current: [Substring]?
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```\(language)" {
                current = []
            } else if current != nil, line == "```" {
                let text = current!.joined(separator: "\n")
                if text.contains("urn:tenderlint:tender-spec:1") || text.contains("\"tenderSpec\"") { examples.append(text) }
                current = nil
            } else if current != nil {
                current!.append(line)
            }
        }
        return examples
    }

    @Test("the complete examples in docs/tender-spec.md are valid")
    func referencePageExamples() throws {
        let xml = try Self.completeExamples("xml")
        let json = try Self.completeExamples("json")
        #expect(!xml.isEmpty && !json.isEmpty, "docs/tender-spec.md has no complete XML or JSON example")
        for (index, example) in xml.enumerated() {
            let result = Self.validateXML(example, name: "docs/tender-spec.md XML example \(index + 1)")
            #expect(result.isValid, "XML example \(index + 1): \(result.schemaProblems + result.documentProblems)")
        }
        let outcome = try Self.validateJSON(json.enumerated().map {
            JSONSchemaValidation.Document(name: "JSON example \($0.offset + 1)", text: $0.element)
        })
        for document in outcome.documents {
            #expect(document.errors.isEmpty, "\(document.name): \(document.errors)")
        }
    }

    @Test("the malformed draft stays malformed and out of the schema checks")
    func draftsAreSkipped() {
        #expect(!SchemaFiles.samples(withExtension: "json").contains { $0.hasPrefix("drafts/") })
        let draft = SchemaFiles.samples.appendingPathComponent("drafts/unfinished-draft.json")
        #expect(FileManager.default.fileExists(atPath: draft.path))
    }
}
