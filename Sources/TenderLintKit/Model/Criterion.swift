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
///
/// Its fields are held by reference and copied only when one changes: rules gather a lot's criteria into
/// lists again and again, and copying the fields themselves retained and released a dozen references.
public struct Criterion: Sendable {
    public var id: Located<String>? {
        get { storage.id }
        set { uniqueStorage().id = newValue }
    }
    public var name: Located<String>? {
        get { storage.name }
        set { uniqueStorage().name = newValue }
    }
    public var description: Located<String>? {
        get { storage.description }
        set { uniqueStorage().description = newValue }
    }
    public var kind: Located<CriterionKind> {
        get { storage.kind }
        set { uniqueStorage().kind = newValue }
    }
    /// Why the kind was recognised from text, for formats (OCDS, eForms) that have no such field.
    public var kindRecognition: Recognition? {
        get { storage.kindRecognition }
        set { uniqueStorage().kindRecognition = newValue }
    }
    /// The type code as the notice published it (OCDS `type`, eForms BT-539), where the format has one; the kind may
    /// differ from it when the name says plainly what the criterion is ("Social value" typed `cost`).
    public var publishedType: Located<String>? {
        get { storage.publishedType }
        set { uniqueStorage().publishedType = newValue }
    }
    /// Whether the notice published this criterion as price or cost, whatever its words made of it.
    public var isPublishedAsPrice: Bool {
        guard let type = publishedType?.value.lowercased() else { return false }
        return type == "price" || type == "cost"
    }
    public var weight: Located<Weight>? {
        get { storage.weight }
        set { uniqueStorage().weight = newValue }
    }
    public var children: [Criterion] {
        get { storage.children }
        set { uniqueStorage().children = newValue }
    }
    /// Measures this criterion asks suppliers to commit to.
    public var measures: [MeasureReference] {
        get { storage.measures }
        set { uniqueStorage().measures = newValue }
    }
    /// The criterion's share of the total score, set by `Evaluation`; nil when weights cannot say.
    public internal(set) var effectiveShare: Share? {
        get { storage.effectiveShare }
        set { uniqueStorage().effectiveShare = newValue }
    }
    public var origin: Origin? {
        get { storage.origin }
        set { uniqueStorage().origin = newValue }
    }

    private var storage: Storage

    public init(
        id: Located<String>? = nil, name: Located<String>? = nil, description: Located<String>? = nil,
        kind: Located<CriterionKind>, kindRecognition: Recognition? = nil, weight: Located<Weight>? = nil,
        children: [Criterion] = [], measures: [MeasureReference] = [], origin: Origin? = nil
    ) {
        storage = Storage(
            id: id, name: name, description: description, kind: kind, kindRecognition: kindRecognition, weight: weight,
            children: children, measures: measures, effectiveShare: nil, origin: origin
        )
    }

    /// The storage, copied first if another criterion shares it.
    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// Changed only through `uniqueStorage()`, so no two criteria ever see one change.
    private final class Storage: @unchecked Sendable {
        var id: Located<String>?
        var name: Located<String>?
        var description: Located<String>?
        var kind: Located<CriterionKind>
        var kindRecognition: Recognition?
        var publishedType: Located<String>?
        var weight: Located<Weight>?
        var children: [Criterion]
        var measures: [MeasureReference]
        var effectiveShare: Share?
        var origin: Origin?

        init(id: Located<String>?, name: Located<String>?, description: Located<String>?, kind: Located<CriterionKind>,
             kindRecognition: Recognition?, weight: Located<Weight>?, children: [Criterion], measures: [MeasureReference],
             effectiveShare: Share?, origin: Origin?) {
            self.id = id
            self.name = name
            self.description = description
            self.kind = kind
            self.kindRecognition = kindRecognition
            self.weight = weight
            self.children = children
            self.measures = measures
            self.effectiveShare = effectiveShare
            self.origin = origin
        }

        func copy() -> Storage {
            let copy = Storage(
                id: id, name: name, description: description, kind: kind, kindRecognition: kindRecognition, weight: weight,
                children: children, measures: measures, effectiveShare: effectiveShare, origin: origin
            )
            copy.publishedType = publishedType
            return copy
        }
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
