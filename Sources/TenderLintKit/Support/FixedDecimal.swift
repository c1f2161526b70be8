import Foundation

/// An exact decimal of up to nine fraction digits, held as a count of 10⁻⁹ in an `Int64` (to about ±9.2
/// billion): the hot path's arithmetic for money, weights and lengths, where Foundation's `Decimal` does long
/// division at 38 digits and compares by normalising, each a microsecond.
///
/// Every operation answers nil where its result would not be exact, or could differ from what `Decimal`'s
/// arithmetic gives (more fraction digits, overflow, a quotient too near a rounding tie): the caller then
/// does the sum in `Decimal`, so no input gives a different answer.
public struct FixedDecimal: Sendable, Hashable, Comparable {
    /// The number of 10⁻⁹ in the value.
    public var units: Int64

    public static let fractionDigits = 9
    static let unitsPerOne: Int64 = 1_000_000_000

    public init(units: Int64) {
        self.units = units
    }

    /// A whole number, or nil past the range.
    public init?(_ integer: Int) {
        let (units, overflow) = Int64(integer).multipliedReportingOverflow(by: Self.unitsPerOne)
        guard !overflow else { return nil }
        self.units = units
    }

    /// `value` exactly, or nil when it has more than nine fraction digits or is out of range.
    public init?(_ value: Decimal) {
        if value.isZero {
            units = 0
            return
        }
        guard !value.isNaN else { return nil }
        let exponent = value.exponent
        guard exponent >= -Self.fractionDigits, exponent <= Self.fractionDigits else { return nil }
        // The significand as an integer: read through NSDecimalNumber, which keeps only the low 64 bits,
        // so it is taken only when it turns back into the same significand.
        let significand = value.significand
        let mantissa = NSDecimalNumber(decimal: significand).uint64Value
        guard mantissa <= UInt64(Int64.max), Decimal(mantissa) == significand else { return nil }
        let (scaled, overflow) = Int64(mantissa).multipliedReportingOverflow(by: Self.powerOfTen(exponent + Self.fractionDigits))
        guard !overflow else { return nil }
        units = value.sign == .minus ? -scaled : scaled
    }

    /// The value as `Decimal`'s arithmetic leaves a result: compact, without trailing zeros. Zero is plain 0
    /// (a `Decimal` rounded to 0 keeps its places, so callers that round to zero use `Decimal`).
    public var decimal: Decimal {
        guard units != 0 else { return Decimal() }
        var mantissa = units.magnitude
        var exponent = -Self.fractionDigits
        while mantissa % 10 == 0 {
            mantissa /= 10
            exponent += 1
        }
        return Decimal(sign: units < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(mantissa))
    }

    public static func < (lhs: FixedDecimal, rhs: FixedDecimal) -> Bool { lhs.units < rhs.units }

    /// The sum, or nil past the range.
    public func adding(_ other: FixedDecimal) -> FixedDecimal? {
        let (sum, overflow) = units.addingReportingOverflow(other.units)
        return overflow ? nil : FixedDecimal(units: sum)
    }

    /// The difference, or nil past the range.
    public func subtracting(_ other: FixedDecimal) -> FixedDecimal? {
        let (difference, overflow) = units.subtractingReportingOverflow(other.units)
        return overflow ? nil : FixedDecimal(units: difference)
    }

    /// The product with a whole number, or nil past the range.
    public func multiplied(by factor: Int) -> FixedDecimal? {
        let (product, overflow) = units.multipliedReportingOverflow(by: Int64(factor))
        return overflow ? nil : FixedDecimal(units: product)
    }

    /// The sum of `values`, or nil when one of them or the sum does not fit.
    public static func sum(_ values: some Sequence<Decimal>) -> FixedDecimal? {
        var total = FixedDecimal(units: 0)
        for value in values {
            guard let fixed = FixedDecimal(value), let sum = total.adding(fixed) else { return nil }
            total = sum
        }
        return total
    }

    /// `self × factor ÷ divisor` rounded half away from zero to `places` decimals: the digits `Decimal` gives
    /// for `(a * b / c).rounded(places:)`. Nil where they could differ or do not fit, and for a zero result
    /// (see `decimal`).
    ///
    /// Why they agree: `Decimal` multiplies these exactly (at most 38 digits) and divides to 38 significant
    /// digits, so its quotient is within 10⁻²⁰ of a unit of the last place when that quotient is below 10¹⁶
    /// units. The exact quotient's distance from a tie (…5) is |2r − d| / 2d units, for the remainder r of
    /// the division by d; the answer is taken only when that is 0 (both round the tie away from zero) or more
    /// than 5 × 10⁻¹⁹ units, so both round the same way.
    public func multiplied(by factor: FixedDecimal, dividedBy divisor: FixedDecimal, roundedTo places: Int) -> FixedDecimal? {
        guard (0...Self.fractionDigits).contains(places), divisor.units != 0 else { return nil }
        // In units of 10^-places the quotient is |self| × x ÷ y, with x = |factor| and y = |divisor| × 10^(9 − places)
        // once the powers of ten both sides carry are cancelled.
        var x = factor.units.magnitude
        var power = Self.fractionDigits - places
        while power > 0, x % 10 == 0, x != 0 {
            x /= 10
            power -= 1
        }
        let (y, overflow) = divisor.units.magnitude.multipliedReportingOverflow(by: UInt64(Self.powerOfTen(power)))
        guard !overflow else { return nil }
        let numerator = units.magnitude.multipliedFullWidth(by: x)
        guard numerator.high < y else { return nil }
        let (quotient, remainder) = y.dividingFullWidth(numerator)
        let above = remainder, below = y - remainder
        let distance = above > below ? above - below : below - above
        guard distance == 0 || distance > y / 1_000_000_000_000_000_000 else { return nil }
        let rounded = above >= below ? quotient + 1 : quotient
        guard rounded != 0, rounded <= 10_000_000_000_000_000 else { return nil }
        let negative = ((units < 0) != (factor.units < 0)) != (divisor.units < 0)
        let (magnitude, tooLarge) = Int64(rounded).multipliedReportingOverflow(by: Self.powerOfTen(Self.fractionDigits - places))
        guard !tooLarge else { return nil }
        return FixedDecimal(units: negative ? -magnitude : magnitude)
    }

    /// 10^exponent for 0...18.
    static func powerOfTen(_ exponent: Int) -> Int64 {
        var power: Int64 = 1
        for _ in 0..<exponent { power *= 10 }
        return power
    }
}
