/// How far a procurement had gone when the document was written.
public enum ProcurementStage: String, ApplicabilityValue, Codable {
    /// A planning or prior information notice: no competition is advertised yet.
    case planning
    /// A tender or contract notice, or a draft: the competition itself.
    case competition
    /// A contract awarded without competition (a transparency notice, a PSR direct award).
    case directAward = "direct-award"
    /// An award notice: the record of a competition.
    case award
    /// A contract notice after award: the record of a competition.
    case contract
    /// A change to a contract already awarded.
    case modification

    /// Whether a document at this stage advertises a competition whose evaluation design can be judged: a
    /// competition, or the record of one (award, contract).
    public var hasEvaluationDesign: Bool {
        switch self {
        case .competition, .award, .contract: true
        case .planning, .directAward, .modification: false
        }
    }

    public var title: String {
        switch self {
        case .planning: "a planning notice"
        case .competition: "a competition"
        case .directAward: "a direct award"
        case .award: "an award notice"
        case .contract: "a contract notice"
        case .modification: "a contract modification"
        }
    }
}
