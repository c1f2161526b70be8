/// The applicability signals an adapter finds in one document, and the codes it could not read; resolved into
/// the tender's `Applicability` with a warning for every signal that disagrees with a stronger one (TL017) and
/// every code tenderlint does not know (TL016). Nothing is dropped silently.
public struct ApplicabilitySignals: Sendable {
    public private(set) var signals: [ApplicabilitySignal] = []
    private var unrecognised: [Diagnostic] = []
    /// Where findings land when a signal has no position of its own: a location given, or the document's origin,
    /// whose location is worked out only when such a finding is made.
    private let givenLocation: SourceLocation?
    private let documentOrigin: Origin?
    private var documentLocation: SourceLocation? { givenLocation ?? documentOrigin?.location }

    public init(documentLocation: SourceLocation? = nil) {
        givenLocation = documentLocation
        documentOrigin = nil
    }

    init(documentOrigin: Origin) {
        givenLocation = nil
        self.documentOrigin = documentOrigin
    }

    public mutating func add(_ claim: ApplicabilitySignal.Claim, field: String, value: String, at origin: Origin?,
                             strength: ApplicabilitySignal.Strength, isHint: Bool = false) {
        let evidence = ApplicabilityEvidence(field: field, value: value, origin: origin)
        signals.append(ApplicabilitySignal(claim, evidence: evidence, strength: strength, isHint: isHint))
    }

    /// A region a field names: its nation where it is a code or name tenderlint knows; TL016 where it looks like
    /// a code tenderlint does not know; nothing for other text, a place name such as "North Central London ICS".
    public mutating func addRegion(_ region: Located<String>, field: String) {
        if let nations = RegionCodes.jurisdictions(of: region.value) {
            add(.jurisdiction(nations), field: field, value: region.value, at: region.origin, strength: .classification)
        } else if RegionCodes.isCode(region.value) {
            unrecognised(field: field, value: region.value, at: region.origin, meaning: "the buyer's nation", known: RegionCodes.knownCodes)
        }
    }

    /// The kinds of body the buyer's name suggests, the weakest signal ("… NHS Foundation Trust").
    public mutating func addBuyerName(_ name: Located<String>) {
        guard let (kinds, phrase) = BuyerNamePatterns.kinds(suggestedBy: name.value) else { return }
        add(.buyerKind(kinds), field: "buyer name (\"\(phrase)\")", value: name.value, at: name.origin, strength: .name)
    }

    /// A code the field should hold but tenderlint does not know: a warning at the field (TL016).
    public mutating func unrecognised(field: String, value: String, at origin: Origin?, meaning: String, known: [String]) {
        let evidence = ApplicabilityEvidence(field: field, value: value, origin: origin)
        guard let location = origin?.location ?? documentLocation else { return }
        let shown = known.count > 12 ? known.prefix(12).joined(separator: ", ") + ", …" : known.joined(separator: ", ")
        unrecognised.append(Diagnostic(
            ApplicabilityRule.unrecognisedSignal, .warning,
            "\(evidence.field) \(Self.quoted(value)) is not a code tenderlint knows, so it says nothing about \(meaning)",
            at: location, label: "unknown code",
            notes: known.isEmpty ? [] : ["the codes tenderlint reads here are \(shown)"],
            help: ["if the code is right, state \(meaning) another way: the tender spec's buyer fields, `profile:` in .tenderlint.yml, or --profile"]
        ).identified(by: origin?.node))
    }

    /// The facts the signals settle, and the warnings for codes not known and signals that disagree.
    public func resolve() -> (applicability: Applicability, diagnostics: [Diagnostic]) {
        var applicability = Applicability()
        var diagnostics = unrecognised

        let jurisdiction = ApplicabilityResolver<Jurisdiction>().resolve(claims { if case .jurisdiction(let v) = $0 { v } else { nil } })
        applicability.jurisdiction = jurisdiction.fact
        diagnostics += jurisdiction.disagreements.map { diagnostic($0, fact: "the buyer's nation", describe: ApplicabilityFact<Jurisdiction>.describe) }

        // There is no devolved government in England.
        var kinds = Set(BuyerKind.allCases)
        if applicability.jurisdiction.value == .england { kinds.remove(.devolvedGovernment) }
        let kind = ApplicabilityResolver<BuyerKind>().resolve(claims { if case .buyerKind(let v) = $0 { v } else { nil } }, startingFrom: kinds)
        applicability.buyerKind = kind.fact
        diagnostics += kind.disagreements.map { disagreement in
            if !kinds.contains(.devolvedGovernment), disagreement.taken.isEmpty,
               disagreement.setAside.allSatisfy({ $0.values.isSubset(of: [.devolvedGovernment]) }) {
                return devolvedGovernmentInEngland(disagreement, nation: applicability.jurisdiction)
            }
            return diagnostic(disagreement, fact: "the buyer's kind", describe: ApplicabilityFact<BuyerKind>.describe)
        }

        let regime = ApplicabilityResolver<Regime>().resolve(claims { if case .regime(let v) = $0 { v } else { nil } })
        applicability.regime = regime.fact
        diagnostics += regime.disagreements.map { diagnostic($0, fact: "the procurement regime", describe: ApplicabilityFact<Regime>.describe) }

        let threshold = ApplicabilityResolver<ThresholdPosition>().resolve(claims { if case .threshold(let v) = $0 { [v] } else { nil } })
        applicability.threshold = threshold.fact
        diagnostics += threshold.disagreements.map { diagnostic($0, fact: "whether the procurement is above the threshold", describe: ApplicabilityFact<ThresholdPosition>.describe) }

        let stage = ApplicabilityResolver<ProcurementStage>().resolve(claims { if case .stage(let v) = $0 { [v] } else { nil } })
        applicability.stage = stage.fact
        diagnostics += stage.disagreements.map { diagnostic($0, fact: "the procurement's stage", describe: ApplicabilityFact<ProcurementStage>.describe) }
        return (applicability, diagnostics)
    }

    private func claims<Value>(_ values: (ApplicabilitySignal.Claim) -> Set<Value>?) -> [ApplicabilityResolver<Value>.Claim] {
        signals.compactMap { signal in values(signal.claim).map { ApplicabilityResolver<Value>.Claim(values: $0, signal: signal) } }
    }

    /// A warning at the first signal set aside, naming what it says and what was taken instead.
    private func diagnostic<Value>(_ disagreement: ApplicabilityResolver<Value>.Disagreement, fact: String,
                                   describe: (Set<Value>) -> String) -> Diagnostic {
        func says(_ claim: ApplicabilityResolver<Value>.Claim) -> String { "\(claim.signal.evidence) says \(describe(claim.values))" }
        let first = disagreement.setAside[0]
        let message: String
        let notes: [String]
        if disagreement.taken.isEmpty {
            message = "the signals about \(fact) disagree: " + disagreement.setAside.map(says).joined(separator: "; ")
            notes = ["they are equally strong (\(first.signal.strength.title)), so none of them was taken"]
        } else {
            let taken = disagreement.taken.filter { $0.signal.strength > first.signal.strength }
            message = "\(says(first)), but " + (taken.isEmpty ? disagreement.taken : taken).map(says).joined(separator: " and ")
            notes = ["the stronger signal was taken: tenderlint trusts a field that states the fact over a classification code, a classification over the publisher, and the publisher over the buyer's name"]
        }
        let secondary = disagreement.setAside.dropFirst().compactMap { claim in
            claim.signal.evidence.origin.map { Diagnostic.Label("\(claim.signal.evidence.field) says \(describe(claim.values))", at: $0.location) }
        }
        return Diagnostic(
            ApplicabilityRule.conflictingSignals, .warning, message,
            at: first.signal.evidence.origin?.location ?? documentLocation ?? .wholeFile(""),
            label: "disagrees", secondary: secondary, notes: notes,
            help: ["correct the field that is wrong; to judge the tender as another kind of buyer, set `profile:` in .tenderlint.yml or pass --profile"]
        ).identified(by: first.signal.evidence.origin?.node)
    }

    /// A warning at a signal for a devolved government, when the nation the document gives is England.
    private func devolvedGovernmentInEngland(_ disagreement: ApplicabilityResolver<BuyerKind>.Disagreement,
                                             nation: ApplicabilityFact<Jurisdiction>) -> Diagnostic {
        let first = disagreement.setAside[0].signal.evidence
        let where_ = nation.evidence.first.map { " (\($0))" } ?? ""
        return Diagnostic(
            ApplicabilityRule.conflictingSignals, .warning,
            "\(first) says a devolved government, but the buyer is in England\(where_), which has none",
            at: first.origin?.location ?? documentLocation ?? .wholeFile(""),
            label: "not in England",
            secondary: nation.evidence.compactMap { evidence in evidence.origin.map { Diagnostic.Label("the nation", at: $0.location) } },
            notes: ["the nation was taken and the buyer's kind left open: the Welsh, Scottish and Northern Ireland governments are not in England"],
            help: ["correct the sector or the nation; to judge the tender as another kind of buyer, set `profile:` in .tenderlint.yml or pass --profile"]
        ).identified(by: first.origin?.node)
    }

    static func quoted(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "\"" + (flat.count > 60 ? flat.prefix(57) + "…" : flat) + "\""
    }
}
