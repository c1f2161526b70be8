/// What one piece of evidence says about one applicability fact: the values it allows, and how far to trust it.
///
/// A signal allows a set of values rather than naming one: `TED_CA_TYPE "Body governed by public law"` allows an
/// NHS body, a government NDPB or another public body, and other signals narrow it down.
public struct ApplicabilitySignal: Sendable {
    /// How far a signal is trusted when it disagrees with another: a stronger one wins.
    public enum Strength: Int, Sendable, Comparable, CaseIterable {
        /// The buyer's name ("… NHS Foundation Trust"): usable, but the weakest.
        case name = 1
        /// The portal that published the notice (the ocid prefix).
        case publisher
        /// A classification code (TED_CA_TYPE, a NUTS region).
        case classification
        /// A field that states the fact itself (the tender spec's sector, `UK_CA_TYPE`, `aboveThreshold`, eForms BT-11).
        case stated

        public static func < (lhs: Strength, rhs: Strength) -> Bool { lhs.rawValue < rhs.rawValue }

        public var title: String {
            switch self {
            case .name: "the buyer's name"
            case .publisher: "the publisher"
            case .classification: "a classification code"
            case .stated: "a field that states it"
            }
        }
    }

    /// The fact a signal speaks to and the values it allows.
    public enum Claim: Sendable {
        case jurisdiction(Set<Jurisdiction>)
        case buyerKind(Set<BuyerKind>)
        case regime(Set<Regime>)
        case threshold(ThresholdPosition)
        case stage(ProcurementStage)
    }

    public var claim: Claim
    public var evidence: ApplicabilityEvidence
    public var strength: Strength
    /// A hint narrows its fact where that leaves something possible and is never in conflict: COFOG `07` Health
    /// makes an NHS body of a public body, but a council with a health function is no contradiction.
    public var isHint: Bool

    public init(_ claim: Claim, evidence: ApplicabilityEvidence, strength: Strength, isHint: Bool = false) {
        self.claim = claim
        self.evidence = evidence
        self.strength = strength
        self.isHint = isHint
    }
}
