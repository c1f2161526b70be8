import Foundation
import TenderLintKit

// Helpers the evaluation (EV) and social value (SV) rules share: sibling groups, weight arithmetic in words,
// the criteria counted towards social value with their paths, and how a fix is spelt in the document's format.

/// Criteria weighted against each other: the top of an evaluation, or the sub-criteria of one criterion.
/// Weights are relative within a group, so each group is checked on its own.
struct SiblingGroup {
    let lot: Lot
    /// The criterion they are sub-criteria of; nil at the top of the evaluation.
    let parent: Criterion?
    let criteria: [Criterion]
    /// Where a finding about the whole group lands: the parent criterion, else the evaluation, else the first sibling.
    let origin: Origin?

    /// "in lot 2", "under quality in lot 2".
    var place: String { parent.map { "under \($0.label) in \(lot.label)" } ?? "in \(lot.label)" }

    /// "the weights in lot 2", "the lowest weights under quality in lot 2".
    func weightsPhrase(_ adjective: String? = nil) -> String {
        "the \(adjective.map { $0 + " " } ?? "")weights \(place)"
    }

    /// The weights that are numbers (percentages, fractions, points), with their criteria.
    var numericWeights: [(criterion: Criterion, weight: Weight)] {
        criteria.compactMap { criterion in
            guard let weight = criterion.weight?.value, weight.bounds != nil else { return nil }
            return (criterion, weight)
        }
    }

    /// The units of the numeric weights, in the order they first appear.
    var numericUnits: [Weight.Unit] {
        var units: [Weight.Unit] = []
        for (_, weight) in numericWeights where !units.contains(weight.unit) { units.append(weight.unit) }
        return units
    }

    /// Whether some sibling has no weight of any form.
    var hasUnweighted: Bool { criteria.contains { $0.weight == nil } }

    /// "price 35% + quality 50% + social-value 10%".
    var weightList: String {
        numericWeights.map { "\($0.criterion.label) \($0.weight)" }.joined(separator: " + ")
    }
}

extension Lot {
    /// Every group of sibling criteria in the lot's evaluation, top first, then depth first.
    var siblingGroups: [SiblingGroup] {
        var groups: [SiblingGroup] = []
        func visit(_ criteria: [Criterion], parent: Criterion?) {
            guard !criteria.isEmpty else { return }
            let origin = parent?.origin ?? (parent == nil ? evaluation.origin : nil) ?? criteria.first?.origin ?? self.origin
            groups.append(SiblingGroup(lot: self, parent: parent, criteria: criteria, origin: origin))
            for criterion in criteria { visit(criterion.children, parent: criterion) }
        }
        visit(evaluation.criteria, parent: nil)
        return groups
    }
}

/// A criterion counted towards a share, with the criteria above it (outermost first) and its siblings.
struct CountedCriterion {
    let criterion: Criterion
    let ancestors: [Criterion]
    let siblings: [Criterion]

    var parent: Criterion? { ancestors.last }
}

extension Evaluation {
    /// The criteria of these kinds that count towards a share, as `criteria(of:)` finds them (the highest of
    /// each branch, in document order), each with its path.
    func counted(of kinds: Set<CriterionKind>) -> [CountedCriterion] {
        var found: [CountedCriterion] = []
        func visit(_ criteria: [Criterion], ancestors: [Criterion]) {
            for criterion in criteria {
                if kinds.contains(criterion.kind.value) {
                    found.append(CountedCriterion(criterion: criterion, ancestors: ancestors, siblings: criteria))
                } else {
                    visit(criterion.children, ancestors: ancestors + [criterion])
                }
            }
        }
        visit(criteria, ancestors: [])
        return found
    }

    /// The share of the non-price score (every top-level criterion but price and cost), or nil when unknown
    /// or when nothing but price is weighted.
    var nonPriceShare: Share? {
        var total = Share(exactly: 0)
        for criterion in criteria where criterion.kind.value != .price && criterion.kind.value != .cost {
            guard let share = criterion.effectiveShare else { return nil }
            total = total + share
        }
        return total.maximum > 0 ? total : nil
    }

    /// Whether the lot scores price per quality point: said so, or price scored by a formula beside weighted criteria.
    var usesPricePerQualityPoint: Bool {
        if methodology?.value == .pricePerQualityPoint { return true }
        return pricedByFormula != nil && criteria.contains { $0.weight?.value.bounds != nil }
    }

    /// A top-level price or cost criterion scored by a formula.
    var pricedByFormula: Criterion? {
        criteria.first { ($0.kind.value == .price || $0.kind.value == .cost) && $0.weight?.value.unit == .formula }
    }
}

/// What counts towards the social value minimum, and how to name it, under the policy that binds the tender.
extension RuleContext {
    /// Whether the NHS guidance binds, which counts net zero with social value.
    var countsNetZeroAsSocialValue: Bool {
        binds(.nhsNetZeroAndSocialValue) || binds(.nhsNetZeroAndSocialValueUnderPSR)
    }

    /// Criteria kinds that count towards the social value share: combined with net zero for the NHS.
    var countedKinds: Set<CriterionKind> { countsNetZeroAsSocialValue ? [.socialValue, .netZero] : [.socialValue] }

    /// "net zero and social value" (NHS), "social value" (the others).
    var socialValueWords: String { countsNetZeroAsSocialValue ? "net zero and social value" : "social value" }

    /// The social value policy that binds, for messages: "PPN 002", "NHS net zero and social value guidance".
    /// The social value rules run only where one binds; the most recent is named.
    var socialValuePolicyName: String { policies.first?.shortName ?? "the social value policy" }

    /// "the NHS net zero and social value guidance", "PPN 002": the policy, as a sentence names it.
    var socialValuePolicyPhrase: String {
        countsNetZeroAsSocialValue ? "the \(socialValuePolicyName)" : socialValuePolicyName
    }

    /// Whether a policy that binds allows an exception of this kind.
    func allows(_ kind: DeclaredException.Kind) -> Bool {
        policies.contains { $0.exceptions.contains(kind) }
    }

    /// The declared exception, where a policy that binds allows its kind; nil otherwise.
    func allowed(_ exception: DeclaredException?) -> DeclaredException? {
        guard let exception, allows(exception.kind.value) else { return nil }
        return exception
    }
}

/// Numbers in messages: exact where the document is exact, rounded to two places where arithmetic is not.
enum Arithmetic {
    /// A decimal rounded to at most two places, without trailing zeros: 16.67, 10, 0.05.
    static func plain(_ value: Decimal, places: Int = 2) -> String {
        var rounded = Decimal()
        var exact = value
        NSDecimalRound(&rounded, &exact, places, .plain)
        return MoneyFormat.plain(rounded)
    }

    /// Rounded up to two places, so that a suggested weight is enough: 16.666… becomes 16.67.
    static func roundedUp(_ value: Decimal, places: Int = 2) -> Decimal {
        var rounded = Decimal()
        var exact = value
        NSDecimalRound(&rounded, &exact, places, .up)
        return rounded
    }

    /// "95%", "0.95", "40 points"; a range as "90–110%".
    static func amount(_ minimum: Decimal, _ maximum: Decimal, unit: Weight.Unit) -> String {
        let low = plain(minimum, places: unit == .fraction ? 4 : 2)
        let high = plain(maximum, places: unit == .fraction ? 4 : 2)
        let number = minimum == maximum ? low : "\(low)–\(high)"
        switch unit {
        case .percentage: return number + "%"
        case .points: return number + " points"
        default: return number
        }
    }

    static func amount(_ value: Decimal, unit: Weight.Unit) -> String { amount(value, value, unit: unit) }

    /// What siblings must add up to: 100 for percentages, 1 for fractions.
    static func whole(_ unit: Weight.Unit) -> Decimal { unit == .fraction ? 1 : 100 }

    /// The tolerance in the unit's own terms: percentage points, or hundredths of the whole for fractions.
    static func tolerance(_ points: Decimal, unit: Weight.Unit) -> Decimal { unit == .fraction ? points / 100 : points }

    /// Whether `values` add up to further than `tolerance` from the whole: in fixed point where they fit, so the
    /// many groups that add up cost no `Decimal` sums; otherwise as `Decimal` adds them.
    static func sum(of values: [Decimal], unit: Weight.Unit, isFurtherFromWholeThan tolerance: Decimal) -> Bool {
        if let sum = FixedDecimal.sum(values), let whole = FixedDecimal(unit == .fraction ? 1 : 100),
           let difference = sum.subtracting(whole), let allowed = fixedTolerance(tolerance, unit: unit) {
            return difference.units.magnitude > allowed.units.magnitude
        }
        return abs(values.reduce(Decimal(0), +) - whole(unit)) > self.tolerance(tolerance, unit: unit)
    }

    /// Whether the minima of ranges add up to no more than the whole and the tolerance and (when `checkingMaxima`)
    /// their maxima to no less than the whole less it: EV004's test, decided in fixed point; nil where it does not fit.
    static func rangesReachWhole(_ bounds: [(minimum: Decimal, maximum: Decimal)], unit: Weight.Unit, tolerance: Decimal,
                                 checkingMaxima: Bool) -> Bool? {
        guard let minima = FixedDecimal.sum(bounds.lazy.map(\.minimum)), let maxima = FixedDecimal.sum(bounds.lazy.map(\.maximum)),
              let whole = FixedDecimal(unit == .fraction ? 1 : 100), let allowed = fixedTolerance(tolerance, unit: unit),
              let highest = whole.adding(allowed), let lowest = whole.subtracting(allowed) else { return nil }
        return minima <= highest && (!checkingMaxima || maxima >= lowest)
    }

    /// `tolerance(_:unit:)` in fixed point where the hundredth of a fraction's is exact; nil otherwise.
    static func fixedTolerance(_ points: Decimal, unit: Weight.Unit) -> FixedDecimal? {
        guard let fixed = FixedDecimal(points), fixed.units >= 0 else { return nil }
        guard unit == .fraction else { return fixed }
        return fixed.units % 100 == 0 ? FixedDecimal(units: fixed.units / 100) : nil
    }

    /// A unit in words, plural: "percentages", "fractions", "points".
    static func words(_ unit: Weight.Unit) -> String {
        switch unit {
        case .percentage: "percentages"
        case .fraction: "fractions"
        case .points: "points"
        case .order: "orders of importance"
        case .formula: "formulas"
        }
    }
}

// The findings EV001 and EV003 build, kept apart from the rules' declarations.
extension EvaluationRules {
    static func reportSum(_ group: SiblingGroup, sum: Decimal, unit: Weight.Unit, tolerance: Decimal, rule: RuleContext) {
        let whole = Arithmetic.whole(unit)
        let difference = abs(whole - sum)
        let change = unit == .fraction ? Arithmetic.amount(difference, unit: .fraction) : "\(Arithmetic.plain(difference)) points"
        let looksLikeFractions = unit == .percentage && abs(sum - 1) <= tolerance / 100
        rule.report {
            Message("\(group.weightsPhrase()) add up to \(Arithmetic.amount(sum, unit: unit)), not \(Arithmetic.amount(whole, unit: unit))")
            At(group.origin)
            OffendingValue(Arithmetic.amount(sum, unit: unit))
            Label("add up to \(Arithmetic.amount(sum, unit: unit))")
            Note("\(group.weightList) = \(Arithmetic.amount(sum, unit: unit))")
            if group.parent == nil, let incomplete = group.lot.evaluation.incompleteCriteria {
                Note("the published criteria look incomplete: \(incomplete.description); the others are probably in the tender documents")
            }
            if tolerance > 0 {
                Note("a difference of up to \(unit == .fraction ? Arithmetic.amount(Arithmetic.tolerance(tolerance, unit: unit), unit: unit) : "\(Arithmetic.plain(tolerance)) percentage points") is allowed for rounding")
            }
            if looksLikeFractions, let fraction = rule.spelling.fractionUnit {
                Help("they add up to 1: if they are fractions of the whole, say so with \(fraction) on each")
            } else {
                Help("\(sum < whole ? "raise" : "lower") one or more of them by \(change) in all, so they add up to \(Arithmetic.amount(whole, unit: unit))")
            }
        }
    }

    static func reportMixedUnits(_ group: SiblingGroup, units: [Weight.Unit], rule: RuleContext) {
        let names = units.map(Arithmetic.words)
        rule.report {
            Message("\(group.weightsPhrase()) mix \(Prose.list(names)), so they cannot be added up")
            At(group.origin)
            OffendingValue(group.numericWeights.map { "\($0.criterion.label) \($0.weight)" }.joined(separator: ", "))
            Label("mixes \(Prose.list(names))")
            Note(group.numericWeights.map { "\($0.criterion.label) \($0.weight)" }.joined(separator: ", "))
            Help("write the weights of siblings in one unit: all as percentages (such as 40) or all as \(units.contains(.points) ? "points" : "fractions (such as 0.4)")")
        }
    }

    /// Why a counted criterion has no share: the first criterion on its path without one.
    struct Blocker {
        var reason: String
        var origin: Origin?
        var label: String
        var help: String
    }

    static func blocker(in lot: Lot, counted: [CountedCriterion]) -> Blocker? {
        for item in counted where item.criterion.effectiveShare == nil {
            let path = item.ancestors + [item.criterion]
            var siblings = lot.evaluation.criteria
            walk: for (depth, criterion) in path.enumerated() {
                defer { siblings = criterion.children }
                guard criterion.effectiveShare == nil else { continue }
                let under = depth == 0 ? "" : " under \(path[depth - 1].label)"
                switch criterion.weight?.value {
                case .order(let rank)?:
                    return Blocker(
                        reason: "\(criterion.label) has only an order of importance (\(rank)), not a weight",
                        origin: criterion.weight?.origin ?? criterion.origin, label: "order of importance only",
                        help: "give \(criterion.label) and the criteria beside it weights (percentages of \(depth == 0 ? "the total score" : path[depth - 1].label)) so the share can be checked")
                case .formula?:
                    return Blocker(
                        reason: "\(criterion.label) is scored by a formula and carries no weight",
                        origin: criterion.weight?.origin ?? criterion.origin, label: "a formula, no weight",
                        help: "give \(criterion.label) a weight beside the criteria next to it, and keep the formula for scoring within it")
                case nil where siblings.allSatisfy({ $0.weight == nil }):
                    let groupOrigin = depth == 0 ? (lot.evaluation.origin ?? criterion.origin) : path[depth - 1].origin
                    return Blocker(
                        reason: "no criterion\(under) in \(lot.label) has a weight",
                        origin: groupOrigin, label: "no weights",
                        help: "weight the criteria\(under) as percentages (such as 40, 50 and 10) so the share can be checked")
                default:
                    // No weight beside weighted siblings (EV002), units mixed (EV001), or points adding up to
                    // nothing: another rule's finding, or none; another counted criterion may still say more.
                    break walk
                }
            }
        }
        return nil
    }
}
