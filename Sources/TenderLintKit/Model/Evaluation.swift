import Foundation

/// How a lot's tenders are scored: a methodology and a tree of weighted criteria.
///
/// Building an evaluation works out every criterion's effective share of the
/// total score: the product of the weights on its path (a social value
/// sub-criterion worth 20% of a 60% quality block is 12% of the total).
public struct Evaluation: Sendable {
    public var methodology: Located<Methodology>?
    public private(set) var criteria: [Criterion]
    /// Whether a tender that fails a criterion (scores below its minimum, or fails a pass/fail one) is
    /// disqualified, as the Procurement Act 2023 s.23(3)(a) asks the assessment method to say; nil when not said.
    public var failureDisqualifies: Located<Bool>?
    public var origin: Origin?

    public init(methodology: Located<Methodology>? = nil, criteria: [Criterion], failureDisqualifies: Located<Bool>? = nil,
                origin: Origin? = nil) {
        self.methodology = methodology
        self.failureDisqualifies = failureDisqualifies
        self.origin = origin
        self.criteria = Evaluation.withShares(criteria, parent: .whole)
    }

    /// Every criterion, depth first.
    public var allCriteria: [Criterion] {
        // Most evaluations are flat: their criteria are all of them, with no copy of each.
        guard criteria.contains(where: { !$0.children.isEmpty }) else { return criteria }
        return criteria.flatMap { $0.allCriteria }
    }

    /// The criteria of these kinds that count towards a share: the highest of each branch, so that a
    /// social value block and its social value sub-criteria are not counted twice.
    public func criteria(of kinds: Set<CriterionKind>) -> [Criterion] {
        var found: [Criterion] = []
        var pending = criteria.reversed() as [Criterion]
        while let next = pending.popLast() {
            if kinds.contains(next.kind.value) {
                found.append(next)
            } else {
                pending.append(contentsOf: next.children.reversed())
            }
        }
        return found
    }

    /// The share of the total score these kinds carry together, or nil when a counted criterion's share is unknown.
    public func share(of kinds: Set<CriterionKind>) -> Share? {
        var total = Share(exactly: 0)
        for criterion in criteria(of: kinds) {
            guard let share = criterion.effectiveShare else { return nil }
            total = total + share
        }
        return total
    }

    static func withShares(_ siblings: [Criterion], parent: Share?) -> [Criterion] {
        let weights = siblings.map { $0.weight?.value }
        let shares: [Share?] = if let parent { Evaluation.shares(of: weights, within: parent) } else { Array(repeating: nil, count: siblings.count) }
        return zip(siblings, shares).map { criterion, share in
            var criterion = criterion
            criterion.effectiveShare = share
            criterion.children = withShares(criterion.children, parent: share)
            return criterion
        }
    }

    /// `value / 100`, exactly, by moving the decimal point: Foundation's `Decimal` division is long division
    /// at 38 digits, and was a seventh of the time spent linting small files.
    static func hundredth(of value: Decimal) -> Decimal {
        Decimal(sign: value.sign, exponent: -2, significand: value.magnitude)
    }

    /// Each sibling's share of the total, given the parent's share.
    static func shares(of weights: [Weight?], within parent: Share) -> [Share?] {
        let points = weights.compactMap { weight -> (Decimal, Decimal)? in
            guard let weight, weight.unit == .points else { return nil }
            return weight.bounds
        }
        // Points are only meaningful against the points of every sibling.
        let allPoints = points.count == weights.count
        let pointsMinimum = points.reduce(Decimal(0)) { $0 + $1.0 }
        let pointsMaximum = points.reduce(Decimal(0)) { $0 + $1.1 }
        return weights.map { weight -> Share? in
            guard let weight, let (low, high) = weight.bounds else { return nil }
            switch weight.unit {
            case .percentage:
                return Share(minimum: hundredth(of: parent.minimum * low), maximum: hundredth(of: parent.maximum * high))
            case .fraction:
                return Share(minimum: parent.minimum * low, maximum: parent.maximum * high)
            case .points:
                guard allPoints else { return nil }
                // The smallest share has this at its minimum and the others at their maximum, and the reverse.
                let lowTotal = low + (pointsMaximum - high)
                let highTotal = high + (pointsMinimum - low)
                guard lowTotal > 0, highTotal > 0 else { return nil }
                return Share(minimum: parent.minimum * low / lowTotal, maximum: parent.maximum * high / highTotal)
            case .order, .formula:
                return nil
            }
        }
    }
}
