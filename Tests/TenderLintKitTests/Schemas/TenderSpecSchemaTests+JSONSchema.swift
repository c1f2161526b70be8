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

    @Test("the JSON Schema rejects", arguments: mistakes.filter { $0.json != nil })
    func jsonSchemaRejects(_ mistake: Mistake) throws {
        let spelling = try #require(mistake.json)
        #expect(Self.validJSON.contains(spelling.change.replacing), "the valid tender has no \(spelling.change.replacing)")
        let text = Self.validJSON.replacingOccurrences(of: spelling.change.replacing, with: spelling.change.with)
        let outcome = try Self.validateJSON([JSONSchemaValidation.Document(name: mistake.name, text: text)])
        #expect(outcome.schemaErrors.isEmpty, "\(outcome.schemaErrors)")
        let errors = try #require(outcome.documents.first).errors
        #expect(!errors.isEmpty, "accepted \(mistake.name)")
        #expect(errors.contains { $0.message.contains(spelling.expected) }, "rejected, but not for \(spelling.expected): \(errors)")
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
