import Foundation
import Testing
@testable import TenderLintKit

@Suite("Fixed-point decimals")
struct FixedDecimalTests {
    static func bytes(_ value: Decimal) -> [UInt8] { withUnsafeBytes(of: value) { Array($0) } }
    static func decimal(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    /// The same numbers on every run (SplitMix64), so a failure can be repeated.
    struct Numbers: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        /// A decimal as documents write them: up to `digits` whole digits and `places` fraction digits, either sign.
        mutating func text(digits: Int, places: Int, negative: Bool = true) -> String {
            let whole = String(UInt64.random(in: 0...(FixedDecimal.powerOfTen(digits).magnitude - 1), using: &self))
            let fractionCount = Int.random(in: 0...places, using: &self)
            let fraction = (0..<fractionCount).map { _ in String(Int.random(in: 0...9, using: &self)) }.joined()
            let sign = negative && Bool.random(using: &self) ? "-" : ""
            return sign + whole + (fraction.isEmpty ? "" : "." + fraction)
        }
    }

    @Test("a decimal of up to nine fraction digits goes into fixed point and comes back as the very same Decimal")
    func roundTrip() throws {
        var numbers = Numbers(state: 17)
        for _ in 0..<5_000 {
            let value = Self.decimal(numbers.text(digits: Int.random(in: 1...9, using: &numbers), places: 9))
            let fixed = try #require(FixedDecimal(value))
            if value.isZero { #expect(fixed.units == 0); continue }
            #expect(Self.bytes(fixed.decimal) == Self.bytes(value), "\(value)")
            #expect(fixed.decimal.description == value.description)
        }
        #expect(FixedDecimal(Self.decimal("-2.35"))?.units == -2_350_000_000)
        #expect(FixedDecimal(Self.decimal("1e9")) == FixedDecimal(units: 1_000_000_000_000_000_000))
    }

    @Test(
        "what fixed point cannot hold exactly is refused, not rounded",
        arguments: ["0.0000000001", "1e10", "9300000000", "-9300000000", "1234567890123456789012345678.5",
                    "0.1234567890123456789012345678", "18446744073709551616", "36893488147419103233e-9"]
    )
    func refusals(text: String) {
        #expect(FixedDecimal(Self.decimal(text)) == nil)
        #expect(FixedDecimal(Decimal.nan) == nil)
    }

    @Test("whole numbers, sums, differences and products stay exact and refuse to overflow")
    func integerArithmetic() throws {
        let forty = try #require(FixedDecimal(40))
        let third = try #require(FixedDecimal(Self.decimal("33.3")))
        #expect(forty.adding(third) == FixedDecimal(Self.decimal("73.3")))
        #expect(third.subtracting(forty) == FixedDecimal(Self.decimal("-6.7")))
        #expect(third.multiplied(by: 3) == FixedDecimal(Self.decimal("99.9")))
        #expect(FixedDecimal(Int.max) == nil)
        #expect(FixedDecimal(units: .max).adding(FixedDecimal(units: 1)) == nil)
        #expect(FixedDecimal(units: .min).subtracting(FixedDecimal(units: 1)) == nil)
        #expect(FixedDecimal(units: .max).multiplied(by: 2) == nil)
        #expect(third < forty)
    }

    @Test("a sum of many decimals is the sum Decimal makes, or nil when one of them does not fit")
    func sums() throws {
        var numbers = Numbers(state: 6)
        for _ in 0..<2_000 {
            let values = (0..<Int.random(in: 1...12, using: &numbers)).map { _ in
                Self.decimal(numbers.text(digits: Int.random(in: 1...6, using: &numbers), places: 4))
            }
            let fixed = try #require(FixedDecimal.sum(values))
            let expected = values.reduce(Decimal(0), +)
            #expect(fixed == FixedDecimal(expected))
            if !expected.isZero { #expect(Self.bytes(fixed.decimal) == Self.bytes(expected)) }
        }
        #expect(FixedDecimal.sum([Self.decimal("1"), Self.decimal("0.0000000001")]) == nil)
        #expect(FixedDecimal.sum([Self.decimal("9000000000"), Self.decimal("9000000000")]) == nil)
    }

    /// What the code did before fixed point: multiply, divide and round to the penny in `Decimal`.
    static func viaDecimal(_ value: Decimal, _ factor: Decimal, _ divisor: Decimal, places: Int = 2) -> Decimal {
        (value * factor / divisor).rounded(places: places)
    }

    static func check(_ value: Decimal, _ factor: Decimal, _ divisor: Decimal, places: Int = 2) -> Bool? {
        guard let fixedValue = FixedDecimal(value), let fixedFactor = FixedDecimal(factor), let fixedDivisor = FixedDecimal(divisor),
              let fixed = fixedValue.multiplied(by: fixedFactor, dividedBy: fixedDivisor, roundedTo: places) else { return nil }
        let expected = viaDecimal(value, factor, divisor, places: places)
        let same = bytes(fixed.decimal) == bytes(expected) && fixed.decimal.description == expected.description
        if !same { Issue.record("\(value) × \(factor) ÷ \(divisor) to \(places) places: \(fixed.decimal), Decimal says \(expected)") }
        return same
    }

    @Test("a value a year and its total round to the same digits as Decimal's division over many random amounts and lengths")
    func differentialDivision() {
        var numbers = Numbers(state: 2026)
        var answered = 0
        let trials = 20_000
        for trial in 0..<trials {
            let value = Self.decimal(numbers.text(digits: Int.random(in: 1...10, using: &numbers), places: trial % 3 == 0 ? 9 : 2))
            let factor: Decimal = switch trial % 4 {
            case 0: 365
            case 1: 12
            case 2: Decimal(Int.random(in: 1...366, using: &numbers))
            default: Self.decimal(numbers.text(digits: 4, places: 5, negative: false))
            }
            let divisor: Decimal = switch trial % 5 {
            case 0: Decimal(Int.random(in: 1...366_001, using: &numbers))
            case 1: 365
            case 2: Decimal(Int.random(in: 1...12_000, using: &numbers))
            case 3: Self.decimal(numbers.text(digits: 3, places: 9, negative: false))
            default: Self.decimal(numbers.text(digits: 6, places: 3))
            }
            guard !divisor.isZero else { continue }
            if Self.check(value, factor, divisor, places: trial % 7 == 0 ? 4 : 2) == true { answered += 1 }
        }
        // Fixed point answers nearly always; the rest fall back to Decimal.
        #expect(answered > trials * 8 / 10)
    }

    @Test(
        "ties at …5 round away from zero, as Decimal's plain rounding does, and near ties round the same way",
        arguments: [
            ("0.01", "1", "2"), ("-0.01", "1", "2"), ("2.345", "1", "1"), ("-2.345", "1", "1"), ("0.010000001", "1", "2"),
            ("2.344999999", "1", "1"), ("1096.05", "365", "730"), ("31000000", "365", "1096"), ("-31000000", "365", "1096"),
            ("0.125", "1", "1"), ("9.995", "1", "1"), ("-9.995", "1", "1"), ("1", "1", "3"), ("2", "1", "3"), ("-2", "1", "3"),
            ("8999999999.999999999", "1", "1"), ("1234567.895", "1", "1"), ("0.005", "1", "1"),
        ]
    )
    func ties(value: String, factor: String, divisor: String) throws {
        let answered: Bool? = Self.check(Self.decimal(value), Self.decimal(factor), Self.decimal(divisor))
        // nil: fixed point declined the sum; every tie here must be answered, and answered as Decimal does.
        #expect(answered == true)
    }

    @Test("zero results, zero divisors, huge quotients and more than nine places fall back to Decimal")
    func fallbacks() throws {
        let one = try #require(FixedDecimal(1))
        let tiny = try #require(FixedDecimal(Self.decimal("0.001")))
        #expect(tiny.multiplied(by: one, dividedBy: one, roundedTo: 2) == nil)
        #expect(one.multiplied(by: one, dividedBy: FixedDecimal(units: 0), roundedTo: 2) == nil)
        #expect(FixedDecimal(units: .max).multiplied(by: FixedDecimal(units: .max), dividedBy: one, roundedTo: 2) == nil)
        #expect(one.multiplied(by: one, dividedBy: tiny, roundedTo: 10) == nil)
        let large = try #require(FixedDecimal(9_000_000_000))
        #expect(large.multiplied(by: FixedDecimal(365_000)!, dividedBy: one, roundedTo: 2) == nil)
    }
}
