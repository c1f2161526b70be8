/// A departure from a policy's requirement that a tender declares, with its justification. Each policy allows
/// only its own exceptions (`Policy.exceptions`): one declared under a policy that does not allow it changes nothing.
public struct DeclaredException: Sendable {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// Pre-market engagement showed the market is immature: social value 10% of the quality score instead
        /// (PPN 06/20, wording unconfirmed).
        case immatureMarket = "immature-market"
        /// An absolute method such as price per quality point: social value 10% of the quality score (PPN 002,
        /// wording unconfirmed).
        case pricePerQualityPoint = "price-per-quality-point"
        /// The requirement would not be relevant to the subject matter or proportionate (PPN 002 social value;
        /// PPN 006 and NHS frameworks for a Carbon Reduction Plan).
        case notRelevantOrProportionate = "not-relevant-or-proportionate"

        public var title: String {
            switch self {
            case .immatureMarket: "immature market"
            case .pricePerQualityPoint: "price per quality point"
            case .notRelevantOrProportionate: "not relevant or not proportionate"
            }
        }
    }

    public var kind: Located<Kind>
    public var justification: Located<String>?
    public var origin: Origin?

    public init(kind: Located<Kind>, justification: Located<String>? = nil, origin: Origin? = nil) {
        self.kind = kind
        self.justification = justification
        self.origin = origin
    }

    /// The justification without surrounding blanks; empty when there is none.
    public var justificationText: String {
        justification?.value.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }
}
