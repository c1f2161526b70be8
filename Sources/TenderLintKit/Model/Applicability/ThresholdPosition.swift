/// Whether a procurement is above the procurement threshold (regulated, covered by the GPA) or below it.
public enum ThresholdPosition: String, ApplicabilityValue, Codable {
    case above
    case below

    public var title: String { self == .above ? "above the procurement threshold" : "below the procurement threshold" }
}
