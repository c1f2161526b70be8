import Foundation

/// Evidence that a lot's published award criteria are not all of them: only price (or cost) and one other
/// criterion, weighted in percent and adding up to less than 100. Public Contracts Scotland and Sell2Wales often
/// publish one quality criterion beside price and leave the rest to the tender documents, so what the notice
/// lacks (a social value criterion) is then not a fact about the tender.
public struct IncompleteCriteria: Sendable, Hashable {
    /// What the published weights add up to, in percent.
    public var total: Decimal
    /// The two criteria's labels, price first.
    public var labels: [String]

    /// "only price and Quality Questions are published, adding up to 70%".
    public var description: String {
        "only \(labels.joined(separator: " and ")) are published, adding up to \(MoneyFormat.plain(total))%"
    }
}

extension Evaluation {
    /// Whether the published criteria look incomplete (see `IncompleteCriteria`); nil when they look whole.
    public var incompleteCriteria: IncompleteCriteria? {
        guard criteria.count == 2 else { return nil }
        let isPriced = criteria.map { [.price, .cost].contains($0.kind.value) || $0.isPublishedAsPrice }
        guard isPriced.filter({ $0 }).count == 1, let priceIndex = isPriced.firstIndex(of: true) else { return nil }
        let price = criteria[priceIndex]
        let other = criteria[1 - priceIndex]
        var total = Decimal(0)
        for criterion in criteria {
            guard case .percentage(let value)? = criterion.weight?.value else { return nil }
            total += value
        }
        guard total < 100 else { return nil }
        return IncompleteCriteria(total: total, labels: [price.label, other.label])
    }
}
