import Foundation

/// The OCDS `criterionWeight` codelist (closed).
enum OCDSWeightCode: String, CaseIterable {
    case percentageExact, percentageRangeMiddle, decimalExact, decimalRangeMiddle, pointsExact, pointsRangeMiddle, order

    var isRangeMiddle: Bool { rawValue.hasSuffix("RangeMiddle") }

    /// The weight a number with this code gives. A range's middle alone is taken as the value: the
    /// codelist says where the range is centred but not how wide it is. Nil for an order that is no rank.
    func weight(_ number: Decimal) -> Weight? {
        switch self {
        case .percentageExact, .percentageRangeMiddle: return .percentage(number)
        case .decimalExact, .decimalRangeMiddle: return .fraction(number)
        case .pointsExact, .pointsRangeMiddle: return .points(number)
        case .order:
            guard number >= 1, let rank = OCDSFieldReader.whole(number), rank <= Decimal(Int.max / 2) else { return nil }
            return .order(NSDecimalNumber(decimal: rank).intValue)
        }
    }

    /// The range spanned by several numbers given with a range code.
    func range(_ low: Decimal, _ high: Decimal) -> Weight {
        switch self {
        case .decimalExact, .decimalRangeMiddle: .fractionRange(minimum: low, maximum: high)
        case .pointsExact, .pointsRangeMiddle: .pointsRange(minimum: low, maximum: high)
        default: .percentageRange(minimum: low, maximum: high)
        }
    }
}
