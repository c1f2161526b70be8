extension RuleEngine {
    /// Checks a tender as `check` does, and sums up what a person reading the report needs to see of it: who the
    /// buyer is and which policies bind it, and each lot's shares against the minimum the binding rules set.
    /// In the same pass as the check, so the tender is judged once.
    public func checkAndDigest(_ tender: Tender) -> (diagnostics: [Diagnostic], digest: TenderDigest) {
        let judgement = judge(tender)
        var diagnostics: [Diagnostic] = []
        var minimums: [ShareMinimum?] = Array(repeating: nil, count: tender.lots.count)
        let extra = forEachRule(on: tender, judgement: judgement) { run in
            diagnostics += run.diagnostics
            guard let line = run.rule.minimumLine, let context = run.bound else { return }
            for (index, lot) in tender.lots.enumerated() {
                // Where two rules set a minimum for a lot, the higher is the one the lot must meet.
                guard let minimum = line(lot, context) else { continue }
                if let other = minimums[index], other.minimum >= minimum.minimum { continue }
                minimums[index] = minimum
            }
        }
        let digest = TenderDigest(tender, judgement: judgement, policies: enforcedPolicies, minimums: minimums)
        return (diagnostics + extra, digest)
    }

    /// The policies the selected rules enforce, each once, in the order first met.
    var enforcedPolicies: [Policy] {
        var seen: Set<String> = []
        return selectedRules.flatMap(\.policies).filter { seen.insert($0.id).inserted }
    }
}
