/// Whom a policy binds: kinds of buyer in some nations, under some regimes, perhaps only above the threshold.
public struct PolicyScope: Sendable, Hashable {
    public var buyerKinds: Set<BuyerKind>
    public var jurisdictions: Set<Jurisdiction>
    public var regimes: Set<Regime>
    /// `.above` for a policy that binds only procurements above the procurement threshold; nil for any.
    public var threshold: ThresholdPosition?
    /// "NHS bodies in England", for documentation and notes.
    public var summary: String

    public init(_ summary: String, buyerKinds: Set<BuyerKind> = Set(BuyerKind.allCases),
                jurisdictions: Set<Jurisdiction> = Set(Jurisdiction.allCases), regimes: Set<Regime> = Set(Regime.allCases),
                threshold: ThresholdPosition? = nil) {
        self.summary = summary
        self.buyerKinds = buyerKinds
        self.jurisdictions = jurisdictions
        self.regimes = regimes
        self.threshold = threshold
    }

    // A set of cases is all of them when it is as large: counted, not compared with a set built for each question
    // (the engine asks for every policy of every tender).
    public var restrictsBuyerKind: Bool { buyerKinds.count < BuyerKind.allCases.count }
    public var restrictsJurisdiction: Bool { jurisdictions.count < Jurisdiction.allCases.count }
    public var restrictsRegime: Bool { regimes.count < Regime.allCases.count }
}
