import Foundation

/// What a person reading a report needs to see of one tender beyond its findings: who the buyer is, which
/// policies bind it and why, the day it was judged as of, and each lot's shares of the total score against the
/// minimum a binding policy sets. Small and plain, so that it can outlive the document (the HTML report holds
/// one per tender of a run).
public struct TenderDigest: Sendable {
    /// One applicability fact as the engine settled it, with the evidence it rests on.
    public struct Fact: Sendable {
        public var name: String
        public var value: String
        /// "stated (sector nhs, line 9)", "inferred from …", "set by --profile …", "not stated".
        public var basis: String
    }

    /// Whether one policy binds the tender, and why.
    public struct PolicyVerdict: Sendable {
        public var name: String
        public var title: String
        public var verdict: PolicyBinding.Verdict
        public var explanation: String
    }

    public var path: String
    /// The line the tender starts on (a JSON Lines file holds one per line).
    public var line: Int
    public var title: String?
    public var reference: String?
    public var buyer: String?
    /// "NHS body in England", as far as the document shows.
    public var buyerDescription: String
    public var judgedOn: CalendarDate
    /// "planned publication", "today", …
    public var judgedBy: String
    public var facts: [Fact]
    public var policies: [PolicyVerdict]
    public var lots: [LotShares]

    init(_ tender: Tender, judgement: TenderJudgement, policies: [Policy], minimums: [ShareMinimum?]) {
        path = tender.origin?.source.path ?? ""
        line = tender.origin?.line ?? 1
        title = tender.title?.value
        reference = tender.id?.value
        buyer = tender.buyer.name?.value
        let applicability = judgement.applicability
        buyerDescription = applicability.buyerDescription
        judgedOn = judgement.date.date
        judgedBy = judgement.date.source.rawValue
        facts = [
            Self.fact("Nation", applicability.jurisdiction),
            Self.fact("Kind of buyer", applicability.buyerKind),
            Self.fact("Procurement regime", applicability.regime),
            Self.fact("Value against the threshold", applicability.threshold),
            Self.fact("Stage", applicability.stage),
        ]
        self.policies = policies.map { policy in
            let binding = judgement.binding(policy)
            return PolicyVerdict(name: policy.shortName, title: policy.title, verdict: binding.verdict, explanation: binding.explanation)
        }
        lots = zip(tender.lots, minimums).map { LotShares($0, minimum: $1) }
    }

    private static func fact<Value>(_ name: String, _ fact: ApplicabilityFact<Value>) -> Fact {
        Fact(name: name, value: fact.basis == .notKnown ? "not known" : fact.possibleDescription, basis: fact.basisDescription)
    }
}
