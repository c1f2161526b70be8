/// Which body of policy a tender is checked against.
public enum Profile: String, Sendable, Hashable, CaseIterable, Codable {
    /// The NHS net zero and social value guidance and the NHS Net Zero Supplier Roadmap. The default.
    case nhsEngland = "nhs-england"
    /// PPN 06/20 then PPN 002 (social value); PPN 06/21 then PPN 006 (Carbon Reduction Plans).
    case centralGovernment = "central-government"

    /// The profile a buyer's sector implies: central government gets its own; the NHS, and anyone
    /// who does not say, the NHS profile (tenderlint's default).
    public static func implied(by sector: BuyerSector?) -> Profile {
        sector == .centralGovernment ? .centralGovernment : .nhsEngland
    }

    public var title: String {
        switch self {
        case .nhsEngland: "NHS England"
        case .centralGovernment: "central government"
        }
    }
}
