import Foundation

// MARK: - The format, element by element

extension TenderSpecTranscriber {
    enum Scalar {
        case string
        /// A plain decimal becomes a JSON number; anything else stays text for the reader to judge.
        case number
        /// true, false, 1 and 0 become booleans.
        case bool
        /// Words separated by spaces become an array of strings.
        case list
    }

    enum Child {
        /// An element read as an object, under a key.
        case object(key: String, schema: SchemaID)
        /// An element whose text is a string, under a key.
        case text(key: String)
        /// Repeated elements read as objects, collected in an array.
        case objects(key: String, schema: SchemaID)
        /// Repeated elements whose text is a string, collected in an array.
        case texts(key: String)

        var key: String {
            switch self {
            case .object(let key, _), .text(let key), .objects(let key, _), .texts(let key): key
            }
        }

        var isList: Bool {
            switch self {
            case .objects, .texts: true
            case .object, .text: false
            }
        }
    }

    /// The kinds of object the format has; a criterion holds criteria, so schemas refer to each other by name.
    enum SchemaID {
        case tender, buyer, dates, value, duration, socialValue, exception, communityBenefits, measure, netZero
        case carbonReductionPlan, requirement, lot, evaluation, criterion
    }

    struct Schema {
        var attributes: [String: Scalar] = [:]
        /// The key that holds the element's own text (`name` for `<buyer>`); nil where text is not allowed.
        var textKey: String?
        var children: [String: Child] = [:]

        static func named(_ id: SchemaID) -> Schema {
            switch id {
            case .tender:
                Schema(
                    attributes: ["id": .string, "framework": .bool, "above-threshold": .bool, "regime": .string],
                    children: [
                        "title": .text(key: "title"),
                        "buyer": .object(key: "buyer", schema: .buyer),
                        "dates": .object(key: "dates", schema: .dates),
                        "value": .object(key: "value", schema: .value),
                        "duration": .object(key: "duration", schema: .duration),
                        "social-value": .object(key: "socialValue", schema: .socialValue),
                        "net-zero": .object(key: "netZero", schema: .netZero),
                        "lot": .objects(key: "lots", schema: .lot),
                        "evaluation": .object(key: "evaluation", schema: .evaluation),
                    ]
                )
            case .buyer: Schema(attributes: ["sector": .string, "jurisdiction": .string, "region": .string], textKey: "name")
            case .dates: Schema(attributes: ["publication": .string, "procurement-start": .string])
            case .value: Schema(attributes: ["amount": .number, "currency": .string, "vat": .string, "basis": .string])
            case .duration: Schema(attributes: ["months": .number, "start": .string, "end": .string])
            case .socialValue:
                Schema(children: [
                    "theme": .texts(key: "themes"),
                    "measure": .objects(key: "measures", schema: .measure),
                    "exception": .object(key: "exception", schema: .exception),
                    "community-benefits": .object(key: "communityBenefits", schema: .communityBenefits),
                ])
            case .exception: Schema(attributes: ["kind": .string], textKey: "justification")
            case .communityBenefits: Schema(attributes: ["included": .bool], textKey: "statement")
            case .measure: Schema(attributes: ["framework": .string, "code": .string, "target": .number, "unit": .string])
            case .netZero:
                Schema(children: [
                    "carbon-reduction-plan": .object(key: "carbonReductionPlan", schema: .carbonReductionPlan),
                    "net-zero-commitment": .object(key: "netZeroCommitment", schema: .requirement),
                    "evergreen-assessment": .object(key: "evergreenAssessment", schema: .requirement),
                    "public-reporting": .object(key: "publicReporting", schema: .requirement),
                    "product-carbon-footprints": .object(key: "productCarbonFootprints", schema: .requirement),
                    "exception": .object(key: "exception", schema: .exception),
                ])
            case .carbonReductionPlan:
                Schema(attributes: ["required": .bool, "standard": .string, "scopes": .list, "net-zero-by": .number, "global": .bool])
            case .requirement: Schema(attributes: ["required": .bool])
            case .lot:
                Schema(
                    attributes: ["id": .string, "reserved-for": .list],
                    children: [
                        "title": .text(key: "title"),
                        "value": .object(key: "value", schema: .value),
                        "duration": .object(key: "duration", schema: .duration),
                        "net-zero": .object(key: "netZero", schema: .netZero),
                        "evaluation": .object(key: "evaluation", schema: .evaluation),
                    ]
                )
            case .evaluation:
                Schema(attributes: ["methodology": .string, "failure-disqualifies": .bool],
                       children: ["criterion": .objects(key: "criteria", schema: .criterion)])
            case .criterion:
                Schema(
                    attributes: [
                        "id": .string, "kind": .string, "name": .string, "weight": .number, "weight-unit": .string,
                        "points": .number, "order": .number, "formula": .string,
                    ],
                    children: [
                        "description": .text(key: "description"),
                        "criterion": .objects(key: "criteria", schema: .criterion),
                        "measure": .objects(key: "measures", schema: .measure),
                    ]
                )
            }
        }
    }

    /// The JSON key for an XML attribute name: `procurement-start` → `procurementStart`.
    static func camelCase(_ name: String) -> String {
        let words = name.split(separator: "-")
        guard let first = words.first else { return name }
        return String(first) + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// `40`, `33.3`, `0.4`: digits as JSON writes a number; `40%`, `10-20`, `08` stay strings.
    static func isPlainDecimal(_ text: String) -> Bool {
        text.wholeMatch(of: /(0|[1-9][0-9]*)(\.[0-9]+)?/) != nil
    }
}
