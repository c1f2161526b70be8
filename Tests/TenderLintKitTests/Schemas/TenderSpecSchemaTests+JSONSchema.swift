import Foundation
import TenderLintKit
import Testing

/// The JSON spelling: the JSON Schema is valid, the samples validate, and it rejects and accepts what it should.
extension TenderSpecSchemaTests {
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

    @Test("the JSON Schema accepts", arguments: uses.filter { !$0.json.isEmpty })
    func jsonSchemaAccepts(_ use: Use) throws {
        for change in use.json {
            #expect(Self.validJSON.contains(change.replacing), "the valid tender has no \(change.replacing)")
        }
        let outcome = try Self.validateJSON([JSONSchemaValidation.Document(name: use.name, text: Use.apply(use.json, to: Self.validJSON))])
        #expect(outcome.schemaErrors.isEmpty, "\(outcome.schemaErrors)")
        let errors = try #require(outcome.documents.first).errors
        #expect(errors.isEmpty, "\(use.name): \(errors)")
    }

    @Test("the JSON Schema accepts every sector, jurisdiction, regime and exception kind tenderlint reads")
    func jsonSchemaAcceptsEveryReadableValue() throws {
        let documents = Self.readableValues.map { values in
            JSONSchemaValidation.Document(name: "\(values)", text: Use.apply(Self.readable(values).json, to: Self.validJSON))
        }
        let outcome = try Self.validateJSON(documents)
        #expect(outcome.schemaErrors.isEmpty, "\(outcome.schemaErrors)")
        #expect(outcome.documents.count == documents.count)
        for document in outcome.documents {
            #expect(document.errors.isEmpty, "\(document.name): \(document.errors)")
        }
    }
}
