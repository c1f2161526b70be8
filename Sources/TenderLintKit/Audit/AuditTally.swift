/// The running totals of an audit: counts per rule × buyer × year, per rule, and for the run. Nothing of a
/// document outlives `record`: storage grows with the groups (rules × buyers × years), never with documents.
public struct AuditTally: Sendable {
    public let grouping: AuditGrouping
    /// Empty when the audit groups by neither buyer nor year: the rule totals say it all.
    public private(set) var groups: [AuditKey: AuditCounts] = [:]
    public private(set) var ruleTotals: [String: AuditCounts] = [:]
    /// Lots per rule, outcome and condition id: why lots could not be evaluated or were not the rule's concern.
    public private(set) var reasons: [ReasonKey: Int] = [:]
    public private(set) var run = AuditRunCounts()

    public struct ReasonKey: Sendable, Hashable {
        public var rule: String
        public var outcome: Rule.Condition.Unmet
        public var condition: String
    }

    public init(grouping: AuditGrouping = AuditGrouping()) {
        self.grouping = grouping
    }

    public mutating func recordFile() { run.files += 1 }

    /// A document that could not be read (malformed, not UTF-8, binary…): counted, not judged.
    public mutating func recordUnreadable(_ count: Int = 1) {
        run.documents += count
        run.unreadable += count
    }

    /// One document that was read, with what the rules concluded about each of its tenders (none: not a
    /// tender document). A document counts once in each row its tenders reach.
    public mutating func record(document tenders: [(tender: Tender, assessment: TenderAssessment)]) {
        run.documents += 1
        guard !tenders.isEmpty else {
            run.notTenders += 1
            return
        }
        let grouped = grouping.byBuyer || grouping.byYear
        var reached: Set<AuditKey> = []
        var reachedRules: Set<String> = []
        for (tender, assessment) in tenders {
            run.tenders += 1
            run.lots += tender.lots.count
            let buyer = grouping.byBuyer ? AuditKey.buyerName(tender.buyer.name?.value) : nil
            let year = grouping.byYear ? AuditKey.year(of: tender) : nil
            for verdict in assessment.verdicts {
                let key = AuditKey(rule: verdict.rule.id, buyer: buyer, year: year)
                for outcome in verdict.lots {
                    if grouped { groups[key, default: AuditCounts()].count(outcome) }
                    ruleTotals[verdict.rule.id, default: AuditCounts()].count(outcome)
                    switch outcome {
                    case .notEvaluable(let because):
                        reasons[ReasonKey(rule: verdict.rule.id, outcome: .notEvaluable, condition: because), default: 0] += 1
                    case .notApplicable(let because):
                        reasons[ReasonKey(rule: verdict.rule.id, outcome: .notApplicable, condition: because), default: 0] += 1
                    case .passes, .fails:
                        break
                    }
                }
                if grouped, reached.insert(key).inserted { groups[key, default: AuditCounts()].documents += 1 }
                if reachedRules.insert(verdict.rule.id).inserted { ruleTotals[verdict.rule.id, default: AuditCounts()].documents += 1 }
            }
        }
    }

    /// Adds another tally's counts (a parallel worker's); the order of merging does not matter.
    public mutating func merge(_ other: AuditTally) {
        groups.merge(other.groups, uniquingKeysWith: +)
        ruleTotals.merge(other.ruleTotals, uniquingKeysWith: +)
        reasons.merge(other.reasons, uniquingKeysWith: +)
        run = run + other.run
    }
}

/// The run as a whole: files, documents read or not, tenders and lots.
public struct AuditRunCounts: Sendable, Hashable {
    public var files = 0
    /// Every document in the files, read or not (a JSON Lines file holds one per line).
    public var documents = 0
    public var unreadable = 0
    /// Read, but not a tender document (TL003).
    public var notTenders = 0
    public var tenders = 0
    public var lots = 0

    public init() {}

    static func + (lhs: AuditRunCounts, rhs: AuditRunCounts) -> AuditRunCounts {
        var sum = lhs
        sum.files += rhs.files
        sum.documents += rhs.documents
        sum.unreadable += rhs.unreadable
        sum.notTenders += rhs.notTenders
        sum.tenders += rhs.tenders
        sum.lots += rhs.lots
        return sum
    }
}
