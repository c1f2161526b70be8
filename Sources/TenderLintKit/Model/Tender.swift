import Foundation

/// Where a tender document came from.
public enum TenderFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// tenderlint's own tender specification, XML or JSON.
    case tenderSpec = "tender-spec"
    case ocds
    case eForms = "eforms"
}

/// Who is buying, as the document names it. What kind of body it is and where, with the evidence, is the
/// tender's `applicability`.
public struct Buyer: Sendable {
    public var name: Located<String>?
    /// The tender spec's `sector`, as stated.
    public var sector: Located<BuyerKind>?
    /// The tender spec's `jurisdiction`, as stated.
    public var jurisdiction: Located<Jurisdiction>?
    /// Such as an integrated care system ("North Central London ICS"), or an OCDS address region (a NUTS code).
    public var region: Located<String>?

    public init(name: Located<String>? = nil, sector: Located<BuyerKind>? = nil, jurisdiction: Located<Jurisdiction>? = nil,
                region: Located<String>? = nil) {
        self.name = name
        self.sector = sector
        self.jurisdiction = jurisdiction
        self.region = region
    }
}

/// Lots reserved for small suppliers, whose net zero milestones come two years later.
public enum LotReservation: String, Sendable, Hashable, CaseIterable, Codable {
    case sme
    case vcse
}

/// What a lot of the model stands for: a lot bought on its own, or a group of lots whose combined award has
/// criteria of its own (eForms BT-330 lot groups).
public enum LotKind: String, Sendable, Hashable, CaseIterable, Codable {
    case lot
    case group
}

/// A lot's own net zero terms, held by reference.
private final class NetZeroTermsBox: Sendable {
    let terms: NetZeroTerms

    init(_ terms: NetZeroTerms) {
        self.terms = terms
    }
}

/// A lot: what is bought separately, with its own value and evaluation.
public struct Lot: Sendable {
    public var id: Located<String>?
    public var title: Located<String>?
    public var value: ContractValue?
    public var duration: ContractDuration?
    public var reservedFor: [Located<LotReservation>]
    /// Net zero terms for this lot alone; nil when the lot takes the tender's.
    public var netZero: NetZeroTerms? {
        get { netZeroStorage?.terms }
        set { netZeroStorage = newValue.map(NetZeroTermsBox.init) }
    }
    /// Boxed: most lots have none, and the terms would add 700 bytes to every lot of a tender with thousands.
    private var netZeroStorage: NetZeroTermsBox?
    public var evaluation: Evaluation
    /// True for the single lot of a tender that has none of its own.
    public var isImplicit: Bool
    public var origin: Origin?
    /// A lot, or a group of lots evaluated as one.
    public var kind: LotKind
    /// For a group, the ids of the lots it gathers, as the document lists them.
    public var groupedLots: [Located<String>]

    public init(id: Located<String>? = nil, title: Located<String>? = nil, value: ContractValue? = nil,
                duration: ContractDuration? = nil, reservedFor: [Located<LotReservation>] = [],
                netZero: NetZeroTerms? = nil, evaluation: Evaluation, isImplicit: Bool = false, origin: Origin? = nil,
                kind: LotKind = .lot, groupedLots: [Located<String>] = []) {
        self.id = id
        self.title = title
        self.value = value
        self.duration = duration
        self.reservedFor = reservedFor
        self.netZeroStorage = netZero.map(NetZeroTermsBox.init)
        self.evaluation = evaluation
        self.isImplicit = isImplicit
        self.origin = origin
        self.kind = kind
        self.groupedLots = groupedLots
    }

    /// "lot 2", "lot group GLO-0001", or "the tender" for an implicit lot, for messages.
    public var label: String {
        if isImplicit { return "the tender" }
        return "\(kind == .group ? "lot group" : "lot") \(id?.value ?? "?")"
    }
}

/// One tender as the rules see it, whatever format it came in. Every read value keeps its origin.
public struct Tender: Sendable {
    public var format: TenderFormat
    public var source: SourceFile
    public var id: Located<String>?
    public var title: Located<String>?
    public var buyer: Buyer
    /// Who the buyer is and how it buys, as far as the document shows: what decides which policies bind it.
    public var applicability: Applicability
    public var plannedPublication: Located<CalendarDate>?
    public var procurementStart: Located<CalendarDate>?
    public var isFramework: Located<Bool>?
    /// Which field made the tender a framework, where a reader recorded it (OCDS).
    public var frameworkEvidence: FrameworkEvidence?
    /// The whole tender's value; lots may carry their own.
    public var value: ContractValue?
    public var duration: ContractDuration?
    /// Never empty: a tender without lots has one implicit lot.
    public var lots: [Lot]
    public var socialValue: SocialValueTerms
    public var netZero: NetZeroTerms
    public var origin: Origin?
    /// Each lot's node, worked out on the first `lot(containing:)`.
    private let lotIndex = LotNodeIndex()

    public init(format: TenderFormat, source: SourceFile, id: Located<String>? = nil, title: Located<String>? = nil,
                buyer: Buyer = Buyer(), applicability: Applicability = Applicability(), plannedPublication: Located<CalendarDate>? = nil,
                procurementStart: Located<CalendarDate>? = nil, isFramework: Located<Bool>? = nil,
                frameworkEvidence: FrameworkEvidence? = nil, value: ContractValue? = nil, duration: ContractDuration? = nil, lots: [Lot],
                socialValue: SocialValueTerms = SocialValueTerms(), netZero: NetZeroTerms = NetZeroTerms(),
                origin: Origin? = nil) {
        self.format = format
        self.source = source
        self.id = id
        self.title = title
        self.buyer = buyer
        self.applicability = applicability
        self.plannedPublication = plannedPublication
        self.procurementStart = procurementStart
        self.isFramework = isFramework
        self.frameworkEvidence = frameworkEvidence
        self.value = value
        self.duration = duration
        self.lots = lots
        self.socialValue = socialValue
        self.netZero = netZero
        self.origin = origin
    }

    /// The syntax the tender was written in, so that a fix or a piece of advice is spelt as the document spells
    /// things: the tree it was read from says; a tender built in memory is taken as XML unless its file is JSON.
    public var syntax: DocumentFormat {
        if let format = origin?.node.tree.format { return format }
        return source.path.lowercased().hasSuffix(".json") ? .json : .xml
    }

    /// The index of the lot whose part of the document holds `origin`: the lot whose node is the origin's node
    /// or one of its ancestors. Nil for a place outside every lot (the buyer, the tender's own criteria) and for
    /// a value the model derived.
    public func lot(containing origin: Origin?) -> Int? {
        guard let origin else { return nil }
        let lotNodes = lotIndex.nodes(of: lots)
        var node: Node? = origin.node
        while let current = node {
            if let index = lotNodes[current] { return index }
            node = current.parent
        }
        return nil
    }

    /// The net zero terms that apply to a lot: its own, or the tender's.
    public func netZero(of lot: Lot) -> NetZeroTerms { lot.netZero ?? netZero }

    /// A lot's value, or the tender's where the lot has none (a single-lot tender states it once; groups of lots
    /// beside that lot do not make it one of several).
    public func value(of lot: Lot) -> (value: ContractValue, duration: ContractDuration?)? {
        if let value = lot.value { return (value, lot.duration ?? duration) }
        if let value, lot.kind == .lot, hasSingleLot { return (value, lot.duration ?? duration) }
        return nil
    }

    /// Whether one lot is bought, groups aside; stops at the second lot, so it stays cheap for thousands.
    private var hasSingleLot: Bool {
        var count = 0
        for lot in lots where lot.kind == .lot {
            count += 1
            if count > 1 { return false }
        }
        return count == 1
    }
}

/// The lot of each lot node of a tender, built once, on the first question: a tender's findings ask it many
/// times, and a tender with thousands of lots would otherwise be scanned for each.
private final class LotNodeIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var built: (count: Int, nodes: [Node: Int])?

    func nodes(of lots: [Lot]) -> [Node: Int] {
        lock.lock()
        defer { lock.unlock() }
        // Rebuilt if lots were added or removed after the first question (a tender is a value and may be edited).
        if let built, built.count == lots.count { return built.nodes }
        let nodes = Dictionary(lots.enumerated().compactMap { index, lot in lot.origin.map { ($0.node, index) } },
                               uniquingKeysWith: { first, _ in first })
        built = (lots.count, nodes)
        return nodes
    }
}
