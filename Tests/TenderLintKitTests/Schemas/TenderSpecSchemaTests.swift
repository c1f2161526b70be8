import Foundation
import TenderLintKit
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
        Mistake(name: "an above-threshold that is not true or false", replacing: "framework=\"false\"",
                with: "framework=\"false\" above-threshold=\"yes\"", expected: "above-threshold"),
        Mistake(name: "an above-threshold written 1", replacing: "framework=\"false\"",
                with: "framework=\"false\" above-threshold=\"1\"", expected: "above-threshold"),
        Mistake(name: "a bad regime", replacing: "framework=\"false\"", with: "framework=\"false\" regime=\"pa-2023\"", expected: "'pa-2023'"),
        Mistake(name: "a bad jurisdiction", replacing: "sector=\"nhs\"", with: "sector=\"nhs\" jurisdiction=\"uk\"", expected: "'uk'"),
        Mistake(name: "a jurisdiction in capitals", replacing: "sector=\"nhs\"", with: "sector=\"nhs\" jurisdiction=\"England\"",
                expected: "'England'"),
        Mistake(name: "a failure-disqualifies that is not true or false", replacing: "<evaluation>",
                with: "<evaluation failure-disqualifies=\"no\">", expected: "failure-disqualifies"),
        Mistake(name: "community benefits without included", replacing: "<net-zero>",
                with: "<social-value><community-benefits>Two apprenticeships.</community-benefits></social-value><net-zero>",
                expected: "'included' is required"),
        Mistake(name: "community benefits with an included that is not true or false", replacing: "<net-zero>",
                with: "<social-value><community-benefits included=\"maybe\"/></social-value><net-zero>", expected: "included"),
        Mistake(name: "community benefits twice", replacing: "<net-zero>",
                with: "<social-value><community-benefits included=\"true\">A</community-benefits><community-benefits included=\"false\"/></social-value><net-zero>",
                expected: "community-benefits': This element is not expected"),
        Mistake(name: "community benefits before the exception", replacing: "<net-zero>",
                with: "<social-value><community-benefits included=\"true\">A</community-benefits><exception kind=\"immature-market\">B</exception></social-value><net-zero>",
                expected: "exception': This element is not expected"),
        Mistake(name: "a bad social value exception kind", replacing: "<net-zero>",
                with: "<social-value><exception kind=\"not relevant\">Why.</exception></social-value><net-zero>", expected: "'not relevant'"),
        Mistake(name: "a bad net zero exception kind", replacing: "</net-zero>",
                with: "<exception kind=\"not-relevant\">Too small.</exception></net-zero>", expected: "'not-relevant'"),
        Mistake(name: "a net zero exception without a kind", replacing: "</net-zero>",
                with: "<exception>Too small.</exception></net-zero>", expected: "'kind' is required"),
        Mistake(name: "a net zero exception before the plan", replacing: "<net-zero>",
                with: "<net-zero><exception kind=\"not-relevant-or-proportionate\">Too small.</exception>",
                expected: "carbon-reduction-plan': This element is not expected"),
        Mistake(name: "two net zero exceptions", replacing: "</net-zero>",
                with: "<exception kind=\"not-relevant-or-proportionate\">A</exception><exception kind=\"not-relevant-or-proportionate\">B</exception></net-zero>",
                expected: "exception': This element is not expected"),
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

    /// Changes to the valid tender that use optional fields; the result must still be valid.
    struct Use: Sendable, CustomTestStringConvertible {
        var name: String
        var changes: [(replacing: String, with: String)]

        var testDescription: String { name }

        func applied(to text: String) -> String {
            changes.reduce(text) { $0.replacingOccurrences(of: $1.replacing, with: $1.with) }
        }
    }

    static let xmlUses: [Use] = [
        Use(name: "above-threshold and regime on the tender", changes: [
            ("framework=\"false\"", "framework=\"false\" above-threshold=\"true\" regime=\"procurement-act-2023\""),
        ]),
        Use(name: "a procurement below the threshold", changes: [("framework=\"false\"", "framework=\"false\" above-threshold=\"false\"")]),
        Use(name: "the buyer's jurisdiction", changes: [("sector=\"nhs\"", "sector=\"nhs\" jurisdiction=\"england\"")]),
        Use(name: "failure-disqualifies on the evaluation", changes: [("<evaluation>", "<evaluation failure-disqualifies=\"true\">")]),
        Use(name: "community benefits included, with a summary", changes: [
            ("<net-zero>", "<social-value><community-benefits included=\"true\">Two apprenticeships.</community-benefits></social-value><net-zero>"),
        ]),
        Use(name: "no community benefits, with the reasons", changes: [
            ("<net-zero>", "<social-value><community-benefits included=\"false\">A one-off purchase.</community-benefits></social-value><net-zero>"),
        ]),
        Use(name: "community benefits with no text", changes: [
            ("<net-zero>", "<social-value><community-benefits included=\"false\"/></social-value><net-zero>"),
        ]),
        Use(name: "community benefits after themes, measures and the exception", changes: [
            ("<net-zero>", """
                <social-value><theme>wellbeing</theme><measure framework="illustrative-toms" code="ILLUS-NT1"/>\
                <exception kind="not-relevant-or-proportionate">Not relevant.</exception>\
                <community-benefits included="true">Two apprenticeships.</community-benefits></social-value><net-zero>
                """),
        ]),
        Use(name: "a net zero exception after the plan", changes: [
            ("</net-zero>", "<exception kind=\"not-relevant-or-proportionate\">A one-off purchase.</exception></net-zero>"),
        ]),
        Use(name: "a net zero exception alone, with no text", changes: [
            ("<carbon-reduction-plan required=\"true\" standard=\"nhs\" scopes=\"1 2 3-business-travel\" net-zero-by=\"2045\"/>",
             "<exception kind=\"not-relevant-or-proportionate\"/>"),
        ]),
        Use(name: "a lot's net zero exception and failure-disqualifies", changes: [
            ("<evaluation>", """
                <lot id="1"><net-zero><exception kind="not-relevant-or-proportionate">Too small.</exception></net-zero>\
                <evaluation failure-disqualifies="false">
                """),
            ("</evaluation>", "</evaluation></lot>"),
        ]),
    ]

    @Test("the XSD accepts", arguments: xmlUses)
    func xsdAccepts(_ use: Use) throws {
        for change in use.changes {
            #expect(Self.validXML.contains(change.replacing), "the valid tender has no \(change.replacing)")
        }
        let result = Self.validateXML(use.applied(to: Self.validXML))
        #expect(result.isValid, "\(use.name): \(result.schemaProblems + result.documentProblems)")
    }

    /// The valid tender with one value of each closed list tenderlint reads, and an exception of `kind` in both places.
    static func xmlUsing(sector: String, jurisdiction: String, regime: String, exceptionKind kind: String) -> String {
        Self.validXML
            .replacingOccurrences(of: "framework=\"false\"", with: "framework=\"false\" regime=\"\(regime)\"")
            .replacingOccurrences(of: "sector=\"nhs\"", with: "sector=\"\(sector)\" jurisdiction=\"\(jurisdiction)\"")
            .replacingOccurrences(of: "<net-zero>", with: "<social-value><exception kind=\"\(kind)\">Why.</exception></social-value><net-zero>")
            .replacingOccurrences(of: "</net-zero>", with: "<exception kind=\"\(kind)\">Why.</exception></net-zero>")
    }

    /// Every value of the closed lists tenderlint reads, each list padded to the longest by repeating its first value.
    static var readableValues: [(sector: String, jurisdiction: String, regime: String, exceptionKind: String)] {
        let sectors = BuyerKind.allCases.map(\.rawValue)
        let jurisdictions = Jurisdiction.allCases.map(\.rawValue)
        let regimes = Regime.allCases.map(\.rawValue)
        let kinds = DeclaredException.Kind.allCases.map(\.rawValue)
        let count = [sectors.count, jurisdictions.count, regimes.count, kinds.count].max() ?? 0
        func value(_ list: [String], _ index: Int) -> String { index < list.count ? list[index] : list[0] }
        return (0..<count).map { (value(sectors, $0), value(jurisdictions, $0), value(regimes, $0), value(kinds, $0)) }
    }

    @Test("the XSD accepts every sector, jurisdiction, regime and exception kind tenderlint reads")
    func xsdAcceptsEveryReadableValue() throws {
        #expect(Self.readableValues.count >= 5)
        for values in Self.readableValues {
            let text = Self.xmlUsing(sector: values.sector, jurisdiction: values.jurisdiction, regime: values.regime, exceptionKind: values.exceptionKind)
            let result = Self.validateXML(text)
            #expect(result.isValid, "\(values): \(result.schemaProblems + result.documentProblems)")
        }
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
        Mistake(name: "an aboveThreshold in quotes", replacing: "\"framework\": false,",
                with: "\"framework\": false, \"aboveThreshold\": \"true\",", expected: "'true' is not of type 'boolean'"),
        Mistake(name: "a bad regime", replacing: "\"framework\": false,",
                with: "\"framework\": false, \"regime\": \"pa-2023\",", expected: "'pa-2023' is not one of"),
        Mistake(name: "a regime on the buyer", replacing: "\"sector\": \"nhs\"",
                with: "\"sector\": \"nhs\", \"regime\": \"pcr-2015\"", expected: "'regime' was unexpected"),
        Mistake(name: "a bad jurisdiction", replacing: "\"sector\": \"nhs\"",
                with: "\"sector\": \"nhs\", \"jurisdiction\": \"uk\"", expected: "'uk' is not one of"),
        Mistake(name: "a failureDisqualifies in quotes", replacing: "\"evaluation\": {",
                with: "\"evaluation\": { \"failureDisqualifies\": \"yes\",", expected: "'yes' is not of type 'boolean'"),
        Mistake(name: "community benefits without included", replacing: "\"framework\": false,",
                with: "\"framework\": false, \"socialValue\": { \"communityBenefits\": { \"statement\": \"Two apprenticeships.\" } },",
                expected: "'included' is a required property"),
        Mistake(name: "community benefits with an included in quotes", replacing: "\"framework\": false,",
                with: "\"framework\": false, \"socialValue\": { \"communityBenefits\": { \"included\": \"true\" } },",
                expected: "'true' is not of type 'boolean'"),
        Mistake(name: "community benefits with a misspelt statement", replacing: "\"framework\": false,",
                with: "\"framework\": false, \"socialValue\": { \"communityBenefits\": { \"included\": true, \"summary\": \"A\" } },",
                expected: "'summary' was unexpected"),
        Mistake(name: "community benefits as a list", replacing: "\"framework\": false,",
                with: "\"framework\": false, \"socialValue\": { \"communityBenefits\": [ { \"included\": true } ] },",
                expected: "is not of type 'object'"),
        Mistake(name: "a bad social value exception kind", replacing: "\"framework\": false,",
                with: "\"framework\": false, \"socialValue\": { \"exception\": { \"kind\": \"not relevant\" } },",
                expected: "'not relevant' is not one of"),
        Mistake(name: "a bad net zero exception kind", replacing: "\"netZero\": { ",
                with: "\"netZero\": { \"exception\": { \"kind\": \"not-relevant\" }, ", expected: "'not-relevant' is not one of"),
        Mistake(name: "a net zero exception without a kind", replacing: "\"netZero\": { ",
                with: "\"netZero\": { \"exception\": { \"justification\": \"Too small.\" }, ", expected: "'kind' is a required property"),
        Mistake(name: "a net zero exception with a misspelt justification", replacing: "\"netZero\": { ",
                with: "\"netZero\": { \"exception\": { \"kind\": \"not-relevant-or-proportionate\", \"reason\": \"A\" }, ",
                expected: "'reason' was unexpected"),
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

    static let jsonUses: [Use] = [
        Use(name: "aboveThreshold and regime on the tender", changes: [
            ("\"framework\": false,", "\"framework\": false, \"aboveThreshold\": true, \"regime\": \"procurement-act-2023\","),
        ]),
        Use(name: "a procurement below the threshold", changes: [("\"framework\": false,", "\"framework\": false, \"aboveThreshold\": false,")]),
        Use(name: "the buyer's jurisdiction", changes: [("\"sector\": \"nhs\"", "\"sector\": \"nhs\", \"jurisdiction\": \"england\"")]),
        Use(name: "failureDisqualifies on the evaluation", changes: [("\"evaluation\": {", "\"evaluation\": { \"failureDisqualifies\": true,")]),
        Use(name: "community benefits included, with a statement", changes: [
            ("\"framework\": false,", "\"framework\": false, \"socialValue\": { \"communityBenefits\": { \"included\": true, \"statement\": \"Two apprenticeships.\" } },"),
        ]),
        Use(name: "no community benefits, without a statement", changes: [
            ("\"framework\": false,", "\"framework\": false, \"socialValue\": { \"communityBenefits\": { \"included\": false } },"),
        ]),
        Use(name: "community benefits beside themes and an exception", changes: [
            ("\"framework\": false,", """
                "framework": false, "socialValue": { "themes": ["wellbeing"], \
                "exception": { "kind": "not-relevant-or-proportionate", "justification": "Not relevant." }, \
                "communityBenefits": { "included": true, "statement": "Two apprenticeships." } },
                """),
        ]),
        Use(name: "a net zero exception", changes: [
            ("\"netZero\": { ", "\"netZero\": { \"exception\": { \"kind\": \"not-relevant-or-proportionate\", \"justification\": \"A one-off purchase.\" }, "),
        ]),
        Use(name: "a lot's net zero exception and failureDisqualifies", changes: [
            ("\"evaluation\": {", """
                "lots": [ { "id": "1", "netZero": { "exception": { "kind": "not-relevant-or-proportionate" } }, \
                "evaluation": { "failureDisqualifies": false,
                """),
            ("\n  }\n}", "\n  } } ]\n}"),
        ]),
    ]

    @Test("the JSON Schema accepts", arguments: jsonUses)
    func jsonSchemaAccepts(_ use: Use) throws {
        for change in use.changes {
            #expect(Self.validJSON.contains(change.replacing), "the valid tender has no \(change.replacing)")
        }
        let outcome = try Self.validateJSON([JSONSchemaValidation.Document(name: use.name, text: use.applied(to: Self.validJSON))])
        #expect(outcome.schemaErrors.isEmpty, "\(outcome.schemaErrors)")
        let errors = try #require(outcome.documents.first).errors
        #expect(errors.isEmpty, "\(use.name): \(errors)")
    }

    @Test("the JSON Schema accepts every sector, jurisdiction, regime and exception kind tenderlint reads")
    func jsonSchemaAcceptsEveryReadableValue() throws {
        let documents = Self.readableValues.map { values in
            JSONSchemaValidation.Document(name: "\(values)", text: Self.validJSON
                .replacingOccurrences(of: "\"framework\": false,", with: """
                    "framework": false, "regime": "\(values.regime)", \
                    "socialValue": { "exception": { "kind": "\(values.exceptionKind)", "justification": "Why." } },
                    """)
                .replacingOccurrences(of: "\"sector\": \"nhs\"", with: "\"sector\": \"\(values.sector)\", \"jurisdiction\": \"\(values.jurisdiction)\"")
                .replacingOccurrences(of: "\"netZero\": { ", with: "\"netZero\": { \"exception\": { \"kind\": \"\(values.exceptionKind)\" }, "))
        }
        let outcome = try Self.validateJSON(documents)
        #expect(outcome.schemaErrors.isEmpty, "\(outcome.schemaErrors)")
        #expect(outcome.documents.count == documents.count)
        for document in outcome.documents {
            #expect(document.errors.isEmpty, "\(document.name): \(document.errors)")
        }
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
