/// Settles one applicability fact from the signals that speak to it.
///
/// Signals are taken strongest first, each narrowing the possible values. A signal that allows none of what
/// stronger ones left is overruled (a disagreement, reported); signals of the same strength that contradict one
/// another are all set aside, since none is more trustworthy (reported too). Hints come last and only narrow.
struct ApplicabilityResolver<Value: ApplicabilityValue> {
    struct Claim {
        var values: Set<Value>
        var signal: ApplicabilitySignal
    }

    /// A disagreement to report: the signals set aside, and those that were taken instead (none for a tie).
    struct Disagreement {
        var setAside: [Claim]
        var taken: [Claim]
    }

    func resolve(_ claims: [Claim], startingFrom start: Set<Value>? = nil) -> (fact: ApplicabilityFact<Value>, disagreements: [Disagreement]) {
        var possible = start ?? Set(Value.allCases)
        var applied: [Claim] = []
        var overruled: [ApplicabilityEvidence] = []
        var disagreements: [Disagreement] = []
        let constraints = claims.filter { !$0.signal.isHint }
        for strength in ApplicabilitySignal.Strength.allCases.reversed() {
            let tier = constraints.filter { $0.signal.strength == strength }
            guard !tier.isEmpty else { continue }
            let consistent = tier.filter { !$0.values.isDisjoint(with: possible) }
            let inconsistent = tier.filter { $0.values.isDisjoint(with: possible) }
            if !inconsistent.isEmpty {
                overruled += inconsistent.map { $0.signal.evidence }
                disagreements.append(Disagreement(setAside: inconsistent, taken: applied))
            }
            let joint = consistent.reduce(possible) { $0.intersection($1.values) }
            if joint.isEmpty {
                overruled += consistent.map { $0.signal.evidence }
                disagreements.append(Disagreement(setAside: consistent, taken: []))
            } else {
                // The evidence is what narrowed the fact: a signal that allows all that was left adds nothing.
                applied += consistent.filter { !possible.isSubset(of: $0.values) }
                possible = joint
            }
        }
        for hint in claims.filter({ $0.signal.isHint }).sorted(by: { $0.signal.strength > $1.signal.strength }) {
            let narrowed = possible.intersection(hint.values)
            guard !narrowed.isEmpty, narrowed != possible else { continue }
            possible = narrowed
            applied.append(hint)
        }
        let basis: ApplicabilityFact<Value>.Basis =
            applied.isEmpty ? .notKnown : applied.contains { $0.signal.strength == .stated } ? .stated : .inferred
        let fact = ApplicabilityFact(possible: possible, basis: basis, evidence: Self.unique(applied.map { $0.signal.evidence }),
                                     overruled: Self.unique(overruled))
        return (fact, disagreements)
    }

    private static func unique(_ evidence: [ApplicabilityEvidence]) -> [ApplicabilityEvidence] {
        var seen: Set<ApplicabilityEvidence> = []
        return evidence.filter { seen.insert($0).inserted }
    }
}
