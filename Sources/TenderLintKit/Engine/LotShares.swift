import Foundation

/// One lot's criteria as shares of the total score after nesting, grouped as a buyer thinks of them, and the
/// minimum a binding policy holds the lot to: what a lot's chart shows.
public struct LotShares: Sendable {
    /// How a criterion is grouped on the chart.
    public enum Group: String, Sendable, CaseIterable {
        case price
        case quality
        case socialValue = "social-value"
        /// Net zero criteria where the minimum does not count them with social value (PPN 002's does not).
        case netZero = "net-zero"
        case other

        public var title: String {
            switch self {
            case .price: "Price and cost"
            case .quality: "Quality"
            case .socialValue: "Social value"
            case .netZero: "Net zero"
            case .other: "Other"
            }
        }

        init(_ kind: CriterionKind, netZeroIsSocialValue: Bool) {
            switch kind {
            case .price, .cost: self = .price
            case .quality: self = .quality
            case .socialValue: self = .socialValue
            case .netZero: self = netZeroIsSocialValue ? .socialValue : .netZero
            case .other: self = .other
            }
        }
    }

    /// A criterion with no weighted sub-criteria: its share is part of the total once.
    public struct Entry: Sendable {
        public var label: String
        public var name: String?
        public var group: Group
        /// In percent of the total score; nil when the weights do not say.
        public var share: Share?
        /// The line it is written on.
        public var line: Int?
    }

    public var label: String
    public var title: String?
    public var isImplicit: Bool
    public var entries: [Entry]
    /// The minimum share the lot is held to, where a binding policy sets one.
    public var minimum: ShareMinimum?
    /// What counts towards the minimum, together (nil when a counted share cannot be worked out, or no minimum).
    public var counted: Share?
    /// Whether net zero criteria are grouped with social value: where the minimum counts them, or no minimum is set.
    public var netZeroIsSocialValue: Bool

    init(_ lot: Lot, minimum: ShareMinimum?) {
        label = lot.label
        title = lot.title?.value
        isImplicit = lot.isImplicit
        self.minimum = minimum
        counted = minimum.flatMap { lot.evaluation.share(of: $0.kinds) }
        let netZeroIsSocialValue = minimum?.kinds.contains(.netZero) ?? true
        self.netZeroIsSocialValue = netZeroIsSocialValue
        var entries: [Entry] = []
        // Leaves, each in the group of its own kind, or its nearest parent's where its own says nothing.
        func visit(_ criterion: Criterion, inherited: CriterionKind?) {
            let kind = criterion.kind.value == .other ? inherited ?? .other : criterion.kind.value
            let weighted = criterion.children.filter { $0.weight != nil }
            guard weighted.isEmpty else {
                for child in criterion.children { visit(child, inherited: kind) }
                return
            }
            entries.append(Entry(label: criterion.label, name: criterion.name?.value, group: Group(kind, netZeroIsSocialValue: netZeroIsSocialValue),
                                 share: criterion.effectiveShare, line: criterion.origin?.line))
        }
        for criterion in lot.evaluation.criteria { visit(criterion, inherited: nil) }
        self.entries = entries
    }

    /// Each group's share: the sum of its entries', nil when one of them is unknown; groups with no entry left out.
    /// Social value's is what the minimum counts, where there is one, so the chart shows the figure the rules judge.
    public var groups: [(group: Group, share: Share?)] {
        Group.allCases.compactMap { group in
            let members = entries.filter { $0.group == group }
            if group == .socialValue, minimum != nil { return (group, counted) }
            guard !members.isEmpty else { return nil }
            var total = Share(exactly: 0)
            for member in members {
                guard let share = member.share else { return (group, nil) }
                total = total + share
            }
            return (group, total)
        }
    }

    /// How far short of the minimum the counted share falls, in percentage points (at its lowest, as the rules
    /// count a range); nil when it is not short, there is no minimum or the share cannot be worked out.
    public var shortfall: Decimal? {
        guard let minimum, let counted = counted?.minimum else { return nil }
        return counted < minimum.minimum ? minimum.minimum - counted : nil
    }
}
