/// The facts that decide which policies bind a tender, each with the evidence it rests on: where the buyer is,
/// what kind of body it is, the procurement law, whether the procurement is above the threshold, and its stage.
///
/// Read from the document by the adapters (see `ApplicabilitySignals`); `--profile` and configuration can set
/// the buyer's nation and kind instead. The day policies are judged by is the engine's (`EvaluationDate`).
public struct Applicability: Sendable {
    public var jurisdiction: ApplicabilityFact<Jurisdiction>
    public var buyerKind: ApplicabilityFact<BuyerKind>
    public var regime: ApplicabilityFact<Regime>
    public var threshold: ApplicabilityFact<ThresholdPosition>
    public var stage: ApplicabilityFact<ProcurementStage>

    public init(jurisdiction: ApplicabilityFact<Jurisdiction> = .unknown, buyerKind: ApplicabilityFact<BuyerKind> = .unknown,
                regime: ApplicabilityFact<Regime> = .unknown, threshold: ApplicabilityFact<ThresholdPosition> = .unknown,
                stage: ApplicabilityFact<ProcurementStage> = .unknown) {
        self.jurisdiction = jurisdiction
        self.buyerKind = buyerKind
        self.regime = regime
        self.threshold = threshold
        self.stage = stage
    }

    /// Whether the buyer is an NHS body in England: the bodies NHS England's guidance binds.
    public var isNHSEnglandBody: Bool? {
        switch (buyerKind.isWithin([.nhsBody]), jurisdiction.isWithin([.england])) {
        case (false?, _), (_, false?): false
        case (true?, true?): true
        default: nil
        }
    }

    /// "an NHS body in England", "UK central government", "local government in Wales", "a body of unknown kind
    /// in Scotland": who the buyer is, as far as it is known.
    public var buyerDescription: String {
        let kind = buyerKind.value.map(\.title) ?? "a body of unknown kind"
        if buyerKind.value == .centralGovernment { return kind }
        guard let nation = jurisdiction.value else { return kind }
        return "\(kind) \(nation.phrase)"
    }
}

/// The names of the facts, for what is missing when a policy cannot be said to bind.
public enum ApplicabilityFactName: String, Sendable, Hashable, CaseIterable {
    case jurisdiction
    case buyerKind = "buyer-kind"
    case regime
    case threshold
    case stage

    /// "the buyer's nation", "whether the procurement is above the threshold".
    public var title: String {
        switch self {
        case .jurisdiction: "the buyer's nation"
        case .buyerKind: "the buyer's kind"
        case .regime: "the procurement regime"
        case .threshold: "whether the procurement is above the procurement threshold"
        case .stage: "the procurement's stage"
        }
    }
}
