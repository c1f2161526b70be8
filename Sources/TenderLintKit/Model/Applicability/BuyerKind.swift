/// What kind of body a buyer is: the second thing, after its nation, that decides which policies bind it.
///
/// The raw values are the tender spec's `sector` values.
public enum BuyerKind: String, ApplicabilityValue, Codable {
    /// An NHS body: a trust, foundation trust, integrated care board, health board, NHS England, NHS Wales, …
    /// Which nation's NHS is the jurisdiction's.
    case nhsBody = "nhs"
    /// UK central government: a department, an executive agency or a non-departmental public body.
    case centralGovernment = "central-government"
    /// A devolved government (Welsh Government, Scottish Government, the Northern Ireland departments), its
    /// agencies and non-departmental public bodies.
    case devolvedGovernment = "devolved-government"
    case localGovernment = "local-government"
    /// Any other public body: a university, a housing association, a public undertaking, a utility.
    case otherPublicBody = "other"

    /// "an NHS body", "UK central government": as a sentence names it.
    public var title: String {
        switch self {
        case .nhsBody: "an NHS body"
        case .centralGovernment: "UK central government"
        case .devolvedGovernment: "a devolved government body"
        case .localGovernment: "local government"
        case .otherPublicBody: "another kind of public body"
        }
    }
}
