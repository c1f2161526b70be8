/// One fact that decides which policies bind a tender, as far as the document shows it, with the evidence.
///
/// A fact is a set of possible values: one value when known, every value when nothing is known, and in between
/// when the evidence narrows it without settling it ("an NHS body or another public body").
public struct ApplicabilityFact<Value: ApplicabilityValue>: Sendable {
    /// How the fact came to be known.
    public enum Basis: Sendable, Hashable {
        /// Nothing in the document says.
        case notKnown
        /// A field of the document states it.
        case stated
        /// Worked out from the named signals, which do not state it outright.
        case inferred
        /// Set by the user: `--profile`, or `profile:` in a configuration file (named here).
        case setBy(String)
    }

    public var possible: Set<Value>
    public var basis: Basis
    /// The signals it rests on, strongest first.
    public var evidence: [ApplicabilityEvidence]
    /// Signals that disagreed and were not taken.
    public var overruled: [ApplicabilityEvidence]

    public init(possible: Set<Value>, basis: Basis, evidence: [ApplicabilityEvidence] = [], overruled: [ApplicabilityEvidence] = []) {
        self.possible = possible
        self.basis = basis
        self.evidence = evidence
        self.overruled = overruled
    }

    /// Nothing known: every value possible.
    public static var unknown: ApplicabilityFact { ApplicabilityFact(possible: Set(Value.allCases), basis: .notKnown) }

    /// A value the user set, whatever the document says.
    public static func set(_ value: Value, by setter: String) -> ApplicabilityFact {
        ApplicabilityFact(possible: [value], basis: .setBy(setter))
    }

    /// The value, when only one is possible.
    public var value: Value? { possible.count == 1 ? possible.first : nil }
    public var isKnown: Bool { possible.count == 1 }

    /// Whether the fact is certainly one of `values`, certainly none of them, or could be either.
    public func isWithin(_ values: Set<Value>) -> Bool? {
        if possible.isSubset(of: values) { return true }
        if possible.isDisjoint(with: values) { return false }
        return nil
    }

    /// "stated (sector nhs, line 5)", "inferred from address.region UKL16, line 9", "set by --profile nhs-england".
    public var basisDescription: String {
        let signals = evidence.map(\.description).joined(separator: "; ")
        switch basis {
        case .notKnown: return "not stated"
        case .stated: return "stated (\(signals))"
        case .inferred: return "inferred from \(signals)"
        case .setBy(let setter): return "set by \(setter)"
        }
    }
}

/// A value of an applicability fact: one of a closed list, with a name a sentence can use.
public protocol ApplicabilityValue: Hashable, Sendable, CaseIterable, RawRepresentable where RawValue == String {
    var title: String { get }
}

extension ApplicabilityFact {
    /// "an NHS body or another kind of public body", in the order the values are declared.
    public var possibleDescription: String { Self.describe(possible) }

    public static func describe(_ values: Set<Value>) -> String {
        let ordered = Value.allCases.filter { values.contains($0) }.map(\.title)
        return ordered.isEmpty ? "nothing" : Prose.list(ordered, "or")
    }
}
