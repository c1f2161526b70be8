import TenderLintKit
import Testing

/// The mistakes the schemas must reject, in one table for both spellings: each says what it changes in the valid
/// tender, in XML, in JSON or both, and a phrase each rejection must contain so it fails for the right reason.
extension TenderSpecSchemaTests {
    struct Mistake: Sendable, CustomTestStringConvertible {
        /// The mistake in one spelling.
        struct Spelling: Sendable {
            var change: Change
            var expected: String
        }

        var name: String
        var xml: Spelling?
        var json: Spelling?

        var testDescription: String { name }

        init(_ name: String, xml: (replacing: String, with: String, expected: String)? = nil,
             json: (replacing: String, with: String, expected: String)? = nil) {
            self.name = name
            self.xml = xml.map { Spelling(change: ($0.replacing, $0.with), expected: $0.expected) }
            self.json = json.map { Spelling(change: ($0.replacing, $0.with), expected: $0.expected) }
        }

        /// A mistake in what is added at `place`.
        init(_ name: String, at place: Place, xml: (added: String, expected: String)? = nil, json: (added: String, expected: String)? = nil) {
            self.name = name
            self.xml = xml.map { Spelling(change: place.xml($0.added), expected: $0.expected) }
            self.json = json.map { Spelling(change: place.json($0.added), expected: $0.expected) }
        }
    }

    static let mistakes: [Mistake] = [
        Mistake("a misspelt element or key",
                xml: (#"<criterion id="price" kind="price" weight="40"/>"#, #"<critrion id="price" kind="price" weight="40"/>"#, "critrion"),
                json: ("\"criteria\": [\n      { \"id\": \"price\"", "\"critera\": [\n      { \"id\": \"price\"", "'critera' was unexpected")),
        Mistake("a misspelt attribute or key in a criterion",
                xml: (#"kind="price" weight="40""#, #"kind="price" wieght="40""#, "wieght"),
                json: (#""kind": "price", "weight": 40"#, #""kind": "price", "wieght": 40"#, "'wieght' was unexpected")),
        Mistake("a bad criterion kind",
                xml: (#"kind="social-value""#, #"kind="social value""#, "social value"),
                json: (#""kind": "social-value""#, #""kind": "social value""#, "'social value' is not one of")),
        Mistake("a bad sector",
                xml: (#"sector="nhs""#, #"sector="NHS""#, "NHS"),
                json: (#""sector": "nhs""#, #""sector": "NHS""#, "'NHS' is not one of")),
        Mistake("a bad scope", xml: (#"scopes="1 2 3-business-travel""#, #"scopes="1 2 3-travel""#, "3-travel")),
        Mistake("two weight forms on one criterion",
                xml: (#"kind="price" weight="40""#, #"kind="price" weight="40" points="40""#, "at-most-one-of-weight-points-order-formula"),
                json: (#""kind": "price", "weight": 40"#, #""kind": "price", "weight": 40, "points": 40"#, "should not be valid under")),
        Mistake("two weight forms on a sub-criterion",
                xml: (#"kind="quality" weight="80""#, #"kind="quality" order="1" formula="p / q""#, "at-most-one-of-weight-points-order-formula")),
        Mistake("a weight that is not a number", xml: (#"weight="40""#, #"weight="forty""#, "forty")),
        Mistake("a weight unit without a weight",
                json: (#""kind": "price", "weight": 40"#, #""kind": "price", "order": 1, "weightUnit": "fraction""#, "'weight' is a dependency of 'weightUnit'")),
        Mistake("months and dates on one duration",
                xml: (#"<duration months="60"/>"#, #"<duration months="60" start="2026-07-01" end="2031-06-30"/>"#, "months-or-start-and-end"),
                json: (#""duration": { "months": 60 }"#, #""duration": { "months": 60, "start": "2026-07-01", "end": "2031-06-30" }"#, "is not valid under any of")),
        Mistake("a date that is not a YYYY-MM-DD date",
                xml: (#"publication="2026-03-02""#, #"publication="02/03/2026""#, "02/03/2026"),
                json: (#""publication": "2026-03-02""#, #""publication": "2026-02-30""#, "'2026-02-30' is not a 'date'")),
        Mistake("a missing required field",
                xml: (#" id="T-1""#, "", "'id' is required"),
                json: (#""sector": "nhs", "#, "", "'sector' is a required property")),
        Mistake("a key given twice", json: (#""id": "T-1","#, #""id": "T-1", "id": "T-2","#, "given twice")),
        Mistake("lots and an evaluation together",
                xml: ("</evaluation>", #"</evaluation><lot id="1"><evaluation><criterion id="p" kind="price" weight="100"/></evaluation></lot>"#, "lot"),
                json: (#""evaluation": {"#, "\"lots\": [ { \"id\": \"1\", \"evaluation\": { \"criteria\": [ { \"id\": \"p\", \"kind\": \"price\", \"weight\": 100 } ] } } ],\n  \"evaluation\": {", "is valid under each of")),
        Mistake("neither lots nor an evaluation", json: (#""evaluation": {"#, #""unused": {"#, "is not valid under any of")),
        Mistake("another version of the format",
                xml: ("urn:tenderlint:tender-spec:1", "urn:tenderlint:tender-spec:draft", "No matching global declaration"),
                json: (#""tenderSpec": "1""#, #""tenderSpec": "2""#, "'1' was expected")),
        Mistake("an above-threshold that is not true or false", at: .tender,
                xml: (#"above-threshold="yes""#, "above-threshold"),
                json: (#""aboveThreshold": "true""#, "'true' is not of type 'boolean'")),
        Mistake("an above-threshold written 1", at: .tender, xml: (#"above-threshold="1""#, "above-threshold")),
        Mistake("a bad regime", at: .tender, xml: (#"regime="pa-2023""#, "'pa-2023'"), json: (#""regime": "pa-2023""#, "'pa-2023' is not one of")),
        Mistake("a regime on the buyer", at: .buyer, json: (#""regime": "pcr-2015""#, "'regime' was unexpected")),
        Mistake("a bad jurisdiction", at: .buyer, xml: (#"jurisdiction="uk""#, "'uk'"), json: (#""jurisdiction": "uk""#, "'uk' is not one of")),
        Mistake("a jurisdiction in capitals", at: .buyer, xml: (#"jurisdiction="England""#, "'England'")),
        Mistake("a failure-disqualifies that is not true or false", at: .evaluation,
                xml: (#"failure-disqualifies="no""#, "failure-disqualifies"),
                json: (#""failureDisqualifies": "yes""#, "'yes' is not of type 'boolean'")),
        Mistake("community benefits without included", at: .socialValue,
                xml: ("<community-benefits>Two apprenticeships.</community-benefits>", "'included' is required"),
                json: (#""communityBenefits": { "statement": "Two apprenticeships." }"#, "'included' is a required property")),
        Mistake("community benefits with an included that is not true or false", at: .socialValue,
                xml: (#"<community-benefits included="maybe"/>"#, "included"),
                json: (#""communityBenefits": { "included": "true" }"#, "'true' is not of type 'boolean'")),
        Mistake("community benefits with a misspelt statement", at: .socialValue,
                json: (#""communityBenefits": { "included": true, "summary": "A" }"#, "'summary' was unexpected")),
        Mistake("community benefits twice, or as a list", at: .socialValue,
                xml: (#"<community-benefits included="true">A</community-benefits><community-benefits included="false"/>"#, "community-benefits': This element is not expected"),
                json: (#""communityBenefits": [ { "included": true } ]"#, "is not of type 'object'")),
        Mistake("community benefits before the exception", at: .socialValue,
                xml: (#"<community-benefits included="true">A</community-benefits><exception kind="immature-market">B</exception>"#, "exception': This element is not expected")),
        Mistake("a bad social value exception kind", at: .socialValue,
                xml: (#"<exception kind="not relevant">Why.</exception>"#, "'not relevant'"),
                json: (#""exception": { "kind": "not relevant" }"#, "'not relevant' is not one of")),
        Mistake("a bad net zero exception kind", at: .netZero,
                xml: (#"<exception kind="not-relevant">Too small.</exception>"#, "'not-relevant'"),
                json: (#""exception": { "kind": "not-relevant" }"#, "'not-relevant' is not one of")),
        Mistake("a net zero exception without a kind", at: .netZero,
                xml: ("<exception>Too small.</exception>", "'kind' is required"),
                json: (#""exception": { "justification": "Too small." }"#, "'kind' is a required property")),
        Mistake("a net zero exception with a misspelt justification", at: .netZero,
                json: (#""exception": { "kind": "not-relevant-or-proportionate", "reason": "A" }"#, "'reason' was unexpected")),
        Mistake("a net zero exception before the plan",
                xml: ("<net-zero>", #"<net-zero><exception kind="not-relevant-or-proportionate">Too small.</exception>"#, "carbon-reduction-plan': This element is not expected")),
        Mistake("two net zero exceptions", at: .netZero,
                xml: (#"<exception kind="not-relevant-or-proportionate">A</exception><exception kind="not-relevant-or-proportionate">B</exception>"#, "exception': This element is not expected")),
    ]
}
