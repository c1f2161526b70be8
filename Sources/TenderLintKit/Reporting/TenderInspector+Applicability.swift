/// The applicability part of `tenderlint inspect`: who the buyer is and how it buys, each fact with the evidence
/// it rests on, then, as the engine would judge the tender, the settled facts and which policies bind it.
extension TenderInspector {
    // MARK: JSON

    func applicabilityJSON(_ applicability: Applicability) -> JSONWriter.Value {
        .object([
            ("jurisdiction", factJSON(applicability.jurisdiction)),
            ("buyerKind", factJSON(applicability.buyerKind)),
            ("regime", factJSON(applicability.regime)),
            ("threshold", factJSON(applicability.threshold)),
            ("stage", factJSON(applicability.stage)),
        ])
    }

    func judgementJSON(_ tender: Tender) -> JSONWriter.Value {
        let judgement = TenderJudgement(tender, settings: settings)
        let date = judgement.date
        return .object([
            ("date", .string(date.date.description)),
            ("dateSource", .string(date.source.rawValue)),
            ("applicability", applicabilityJSON(judgement.applicability)),
            ("policies", .array(policies.map { policy in
                let binding = judgement.binding(policy)
                return .object([
                    ("id", .string(policy.id)),
                    ("name", .string(policy.shortName)),
                    ("verdict", .string(binding.verdict.rawValue)),
                    ("explanation", .string(binding.explanation)),
                ])
            })),
        ])
    }

    private func factJSON<Value>(_ fact: ApplicabilityFact<Value>) -> JSONWriter.Value {
        let ordered = Value.allCases.filter(fact.possible.contains)
        let basis: String = switch fact.basis {
        case .notKnown: "not-known"
        case .stated: "stated"
        case .inferred: "inferred"
        case .setBy: "set"
        }
        var members: [(String, JSONWriter.Value)] = [
            ("value", fact.value.map { .string($0.rawValue) } ?? .null),
            ("possible", .array(ordered.map { .string($0.rawValue) })),
            ("basis", .string(basis)),
        ]
        if case .setBy(let setter) = fact.basis { members.append(("setBy", .string(setter))) }
        members.append(("evidence", .array(fact.evidence.map(evidenceJSON))))
        if !fact.overruled.isEmpty { members.append(("overruled", .array(fact.overruled.map(evidenceJSON)))) }
        return .object(members)
    }

    private func evidenceJSON(_ evidence: ApplicabilityEvidence) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = [("field", .string(evidence.field)), ("value", .string(evidence.value))]
        if let origin = evidence.origin {
            let start = origin.location.start
            members.append(("at", .string("\(start.line):\(start.column)")))
        }
        return .object(members)
    }

    // MARK: Text

    func applicabilityLines(_ tender: Tender) -> [String] {
        var lines = ["  who and how (as the document shows it):"]
        lines += factLines(tender.applicability)
        let judgement = TenderJudgement(tender, settings: settings)
        lines.append("  judged as of \(judgement.date):")
        let settled = judgement.applicability
        if settled.regime.basis != tender.applicability.regime.basis || settled.buyerKind.possible != tender.applicability.buyerKind.possible
            || settled.jurisdiction.possible != tender.applicability.jurisdiction.possible {
            lines += factLines(settled, indent: 2)
        }
        var notBinding: [String] = []
        for policy in policies {
            let binding = judgement.binding(policy)
            switch binding.verdict {
            case .binds: lines.append("    binds: \(policy.shortName): \(binding.explanation)")
            case .unknown: lines.append("    not known: \(policy.shortName): \(binding.explanation)")
            case .doesNotBind: notBinding.append(policy.shortName)
            }
        }
        if !notBinding.isEmpty {
            lines.append("    does not bind: " + notBinding.joined(separator: ", ") + " (--format json says why)")
        }
        return lines
    }

    private func factLines(_ applicability: Applicability, indent: Int = 2) -> [String] {
        let pad = String(repeating: "  ", count: indent)
        func line<Value>(_ name: String, _ fact: ApplicabilityFact<Value>) -> String {
            let value = fact.basis == .notKnown ? "not known" : fact.possibleDescription
            var text = "\(pad)\(name): \(value)"
            if fact.basis != .notKnown { text += ", " + fact.basisDescription }
            if !fact.overruled.isEmpty { text += "; not taken: " + fact.overruled.map(\.description).joined(separator: "; ") }
            return text
        }
        return [
            line("nation", applicability.jurisdiction),
            line("buyer kind", applicability.buyerKind),
            line("regime", applicability.regime),
            line("threshold", applicability.threshold),
            line("stage", applicability.stage),
        ]
    }
}
