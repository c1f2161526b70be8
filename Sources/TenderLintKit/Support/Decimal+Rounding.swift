import Foundation

extension Decimal {
    /// Rounded half away from zero to `places` decimals (Foundation's `.plain`), for display and comparison.
    func rounded(places: Int) -> Decimal {
        var exact = self
        var result = Decimal()
        NSDecimalRound(&result, &exact, places, .plain)
        return result
    }
}
