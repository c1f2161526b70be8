/// What a criterion assesses. Social value and net zero are kinds of their own because policy weights them.
public enum CriterionKind: String, Sendable, Hashable, CaseIterable, Codable {
    case price
    case cost
    case quality
    case socialValue = "social-value"
    case netZero = "net-zero"
    case other
}

/// One award criterion, with its sub-criteria weighted relative to it.
public struct Criterion: Sendable {
    public var id: Located<String>?
    public var name: Located<String>?
    public var description: Located<String>?
    public var kind: Located<CriterionKind>
    /// Why the kind was recognised from text, for formats (OCDS, eForms) that have no such field.
    public var kindRecognition: Recognition?
    public var weight: Located<Weight>?
    public var children: [Criterion]
    /// Measures this criterion asks suppliers to commit to.
    public var measures: [MeasureReference]
    /// The criterion's share of the total score, set by `Evaluation`; nil when weights cannot say.
    public internal(set) var effectiveShare: Share?
    public var origin: Origin?

    public init(
        id: Located<String>? = nil, name: Located<String>? = nil, description: Located<String>? = nil,
        kind: Located<CriterionKind>, kindRecognition: Recognition? = nil, weight: Located<Weight>? = nil,
        children: [Criterion] = [], measures: [MeasureReference] = [], origin: Origin? = nil
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.kind = kind
        self.kindRecognition = kindRecognition
        self.weight = weight
        self.children = children
        self.measures = measures
        self.origin = origin
    }

    /// The id, else the name, for messages: "social-value", "Community benefits".
    public var label: String { id?.value ?? name?.value ?? kind.value.rawValue }

    /// This criterion and all below it, depth first.
    public var allCriteria: [Criterion] {
        var result: [Criterion] = []
        var pending: [Criterion] = [self]
        while let next = pending.popLast() {
            result.append(next)
            pending.append(contentsOf: next.children.reversed())
        }
        return result
    }
}

/// How the scores of criteria are combined.
public enum Methodology: String, Sendable, Hashable, CaseIterable, Codable {
    case weighted
    case pricePerQualityPoint = "price-per-quality-point"
    case orderOfImportance = "order-of-importance"
}
