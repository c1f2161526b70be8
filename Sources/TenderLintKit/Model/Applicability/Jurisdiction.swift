/// Where a buyer is, as far as UK procurement policy is concerned: each nation's public bodies have their own
/// policies, and a buyer outside the UK has none of them.
public enum Jurisdiction: String, ApplicabilityValue, Codable {
    case england
    case wales
    case scotland
    case northernIreland = "northern-ireland"
    case outsideUK = "outside-uk"

    /// The four nations of the United Kingdom.
    public static let ukNations: Set<Jurisdiction> = [.england, .wales, .scotland, .northernIreland]

    /// "England", "outside the UK": as a sentence names it.
    public var title: String {
        switch self {
        case .england: "England"
        case .wales: "Wales"
        case .scotland: "Scotland"
        case .northernIreland: "Northern Ireland"
        case .outsideUK: "outside the UK"
        }
    }

    /// "in England", "outside the UK".
    public var phrase: String { self == .outsideUK ? title : "in \(title)" }
}
