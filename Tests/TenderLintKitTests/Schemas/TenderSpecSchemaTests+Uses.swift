import TenderLintKit
import Testing

/// The optional fields the schemas must accept, in one table for both spellings: each use says what it adds and
/// where, and `Place` spells where in XML and in JSON once.
extension TenderSpecSchemaTests {
    typealias Change = (replacing: String, with: String)

    /// Where a use adds to the valid tender, found by what stands there in each spelling.
    enum Place {
        /// Attributes of the tender; members of the JSON root.
        case tender
        /// Attributes and members of the buyer.
        case buyer
        /// Attributes and members of the evaluation.
        case evaluation
        /// Children of a social value element; members of a socialValue object.
        case socialValue
        /// Children and members of the net zero part, beside the Carbon Reduction Plan.
        case netZero

        func xml(_ added: String) -> Change {
            switch self {
            case .tender: ("framework=\"false\"", "framework=\"false\" \(added)")
            case .buyer: ("sector=\"nhs\"", "sector=\"nhs\" \(added)")
            case .evaluation: ("<evaluation>", "<evaluation \(added)>")
            case .socialValue: ("<net-zero>", "<social-value>\(added)</social-value><net-zero>")
            case .netZero: ("</net-zero>", "\(added)</net-zero>")
            }
        }

        func json(_ added: String) -> Change {
            switch self {
            case .tender: ("\"framework\": false,", "\"framework\": false, \(added),")
            case .buyer: ("\"sector\": \"nhs\"", "\"sector\": \"nhs\", \(added)")
            case .evaluation: ("\"evaluation\": {", "\"evaluation\": { \(added),")
            case .socialValue: Place.tender.json("\"socialValue\": { \(added) }")
            case .netZero: ("\"netZero\": { ", "\"netZero\": { \(added), ")
            }
        }
    }

    /// Changes to the valid tender that use optional fields, in each spelling; the result must still be valid.
    struct Use: Sendable, CustomTestStringConvertible {
        var name: String
        var xml: [Change]
        var json: [Change]

        var testDescription: String { name }

        init(_ name: String, xml: [Change], json: [Change]) {
            self.name = name
            self.xml = xml
            self.json = json
        }

        init(_ name: String, at place: Place, xml: String, json: String) {
            self.init(name, xml: [place.xml(xml)], json: [place.json(json)])
        }

        static func apply(_ changes: [Change], to text: String) -> String {
            changes.reduce(text) { $0.replacingOccurrences(of: $1.replacing, with: $1.with) }
        }
    }

    static let uses: [Use] = [
        Use("above-threshold and regime on the tender", at: .tender,
            xml: #"above-threshold="true" regime="procurement-act-2023""#, json: #""aboveThreshold": true, "regime": "procurement-act-2023""#),
        Use("a procurement below the threshold", at: .tender, xml: #"above-threshold="false""#, json: #""aboveThreshold": false"#),
        Use("the buyer's jurisdiction", at: .buyer, xml: #"jurisdiction="england""#, json: #""jurisdiction": "england""#),
        Use("failure-disqualifies on the evaluation", at: .evaluation,
            xml: #"failure-disqualifies="true""#, json: #""failureDisqualifies": true"#),
        Use("community benefits included, with a statement", at: .socialValue,
            xml: #"<community-benefits included="true">Two apprenticeships.</community-benefits>"#,
            json: #""communityBenefits": { "included": true, "statement": "Two apprenticeships." }"#),
        Use("no community benefits, with the reasons", at: .socialValue,
            xml: #"<community-benefits included="false">A one-off purchase.</community-benefits>"#,
            json: #""communityBenefits": { "included": false, "statement": "A one-off purchase." }"#),
        Use("no community benefits, with no text", at: .socialValue,
            xml: #"<community-benefits included="false"/>"#, json: #""communityBenefits": { "included": false }"#),
        Use("community benefits beside themes, measures and the exception", at: .socialValue, xml: """
            <theme>wellbeing</theme><measure framework="illustrative-toms" code="ILLUS-NT1"/>\
            <exception kind="not-relevant-or-proportionate">Not relevant.</exception>\
            <community-benefits included="true">Two apprenticeships.</community-benefits>
            """, json: """
            "themes": ["wellbeing"], \
            "exception": { "kind": "not-relevant-or-proportionate", "justification": "Not relevant." }, \
            "communityBenefits": { "included": true, "statement": "Two apprenticeships." }
            """),
        Use("a net zero exception beside the plan", at: .netZero,
            xml: #"<exception kind="not-relevant-or-proportionate">A one-off purchase.</exception>"#,
            json: #""exception": { "kind": "not-relevant-or-proportionate", "justification": "A one-off purchase." }"#),
        Use("a net zero exception alone, with no text", xml: [
            (#"<carbon-reduction-plan required="true" standard="nhs" scopes="1 2 3-business-travel" net-zero-by="2045"/>"#,
             #"<exception kind="not-relevant-or-proportionate"/>"#),
        ], json: [
            (#""netZero": { "carbonReductionPlan": { "required": true, "standard": "nhs", "scopes": ["1", "2", "3-business-travel"], "netZeroBy": 2045 } }"#,
             #""netZero": { "exception": { "kind": "not-relevant-or-proportionate" } }"#),
        ]),
        Use("a lot's net zero exception and failure-disqualifies", xml: [
            ("<evaluation>", """
                <lot id="1"><net-zero><exception kind="not-relevant-or-proportionate">Too small.</exception></net-zero>\
                <evaluation failure-disqualifies="false">
                """),
            ("</evaluation>", "</evaluation></lot>"),
        ], json: [
            ("\"evaluation\": {", """
                "lots": [ { "id": "1", "netZero": { "exception": { "kind": "not-relevant-or-proportionate" } }, \
                "evaluation": { "failureDisqualifies": false,
                """),
            ("\n  }\n}", "\n  } } ]\n}"),
        ]),
    ]

    /// The valid tender with one value of each closed list tenderlint reads, and an exception of that kind in both places.
    static func readable(_ values: (sector: String, jurisdiction: String, regime: String, exceptionKind: String)) -> Use {
        let (sector, jurisdiction, regime, kind) = values
        return Use("\(values)", xml: [
            Place.tender.xml("regime=\"\(regime)\""),
            ("sector=\"nhs\"", "sector=\"\(sector)\" jurisdiction=\"\(jurisdiction)\""),
            Place.socialValue.xml("<exception kind=\"\(kind)\">Why.</exception>"),
            Place.netZero.xml("<exception kind=\"\(kind)\">Why.</exception>"),
        ], json: [
            Place.tender.json("\"regime\": \"\(regime)\""),
            ("\"sector\": \"nhs\"", "\"sector\": \"\(sector)\", \"jurisdiction\": \"\(jurisdiction)\""),
            Place.socialValue.json("\"exception\": { \"kind\": \"\(kind)\", \"justification\": \"Why.\" }"),
            Place.netZero.json("\"exception\": { \"kind\": \"\(kind)\" }"),
        ])
    }
}
