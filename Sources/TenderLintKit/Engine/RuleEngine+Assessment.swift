/// What the rules concluded about each lot of one tender, beside the diagnostics `check` gives.
public struct TenderAssessment: Sendable {
    /// One per selected rule, in id order.
    public struct RuleVerdict: Sendable {
        public var rule: RuleIdentity
        /// One per lot of the tender, in the tender's order.
        public var lots: [LotOutcome]
    }

    /// A rule that reported on a lot it declares it could not judge or does not concern: a fault in the rule's
    /// declarations, counted as failing, that the tests look for.
    public struct Inconsistency: Sendable, Hashable {
        public var rule: String
        public var lot: Int
        public var condition: String
    }

    public var verdicts: [RuleVerdict]
    /// Exactly what `check` returns for the tender.
    public var diagnostics: [Diagnostic]
    public var inconsistencies: [Inconsistency] = []
}

extension RuleEngine {
    /// Runs the rules over a tender as `check` does and says, for every selected rule and lot, whether the lot
    /// passes, fails (an error or warning on it), could not be evaluated or is not the rule's concern.
    ///
    /// A finding made while a per-lot check was on a lot is that lot's; a whole-tender check's finding is the
    /// lot's whose part of the document it points into, else every judged lot's.
    public func assess(_ tender: Tender) -> TenderAssessment {
        let lotCount = tender.lots.count
        var diagnostics: [Diagnostic] = []
        var byRule: [String: [LotOutcome]] = [:]
        var inconsistencies: [TenderAssessment.Inconsistency] = []
        let extra = forEachRule(on: tender) { run in
            diagnostics += run.diagnostics
            guard let context = run.context else {
                byRule[run.rule.id] = run.unjudged.map { $0 ?? .passes }
                return
            }
            var failing = Array(repeating: false, count: lotCount)
            // Lots the check itself said it could not judge, unless another finding fails them.
            var cannotJudge: [Int: String] = [:]
            for finding in context.findings where (finding.severity ?? run.rule.severity) >= .warning {
                if let reason = finding.notEvaluableBecause, let lot = finding.lot {
                    cannotJudge[lot] = cannotJudge[lot] ?? reason
                    continue
                }
                if let lot = finding.lot ?? tender.lot(containing: finding.origin) {
                    failing[lot] = true
                } else {
                    for index in context.lotIndices { failing[index] = true }
                }
            }
            byRule[run.rule.id] = run.unjudged.enumerated().map { index, unmet in
                guard failing[index] else { return unmet ?? cannotJudge[index].map { .notEvaluable(because: $0) } ?? .passes }
                switch unmet {
                case .notEvaluable(let condition)?, .notApplicable(let condition)?:
                    inconsistencies.append(.init(rule: run.rule.id, lot: index, condition: condition))
                case .passes?, .fails?, nil:
                    break
                }
                return .fails
            }
        }
        let verdicts = selectedRules.map { rule in
            TenderAssessment.RuleVerdict(
                rule: rule.identity,
                lots: byRule[rule.id] ?? Array(repeating: .notApplicable(because: "policy"), count: lotCount)
            )
        }
        return TenderAssessment(verdicts: verdicts, diagnostics: diagnostics + extra, inconsistencies: inconsistencies)
    }
}
