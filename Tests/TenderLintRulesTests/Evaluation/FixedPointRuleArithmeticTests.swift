import Foundation
import Testing
@testable import TenderLintRules
import TenderLintKit

@Suite("The rules' fixed-point arithmetic decides as Decimal does")
struct FixedPointRuleArithmeticTests {
    static func bytes(_ value: Decimal) -> [UInt8] { withUnsafeBytes(of: value) { Array($0) } }
    static func decimal(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    /// The same numbers on every run (a linear congruential generator), so a failure can be repeated.
    struct Numbers {
        var state: UInt64
        mutating func next(_ bound: UInt64) -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state >> 33) % bound
        }

        mutating func text(whole: UInt64, places: Int) -> String {
            let fraction = (0..<Int(next(UInt64(places) + 1))).map { _ in String(next(10)) }.joined()
            return String(next(whole)) + (fraction.isEmpty ? "" : "." + fraction)
        }
    }

    @Test("VAT added or taken off to the penny gives Decimal's digits", arguments: ["20", "17.5", "5", "0", "12.345", "-100"])
    func vat(rate: String) {
        var numbers = Numbers(state: 2027)
        let vatRate = Self.decimal(rate)
        for _ in 0..<3_000 {
            let amount = Self.decimal(numbers.text(whole: 50_000_000, places: 3))
            for including in [true, false] {
                let factor = 1 + vatRate / 100
                guard including || !factor.isZero else { continue }
                let expected = NetZeroMoney.rounded(including ? amount * factor : amount / factor)
                let converted = NetZeroMoney.converted(amount, vatRate: vatRate, including: including)
                #expect(Self.bytes(converted) == Self.bytes(expected), "\(amount) at \(rate)% \(including)")
            }
        }
    }

    @Test("weights are off the whole, and ranges reach it, exactly where Decimal's sums say so")
    func sums() throws {
        var numbers = Numbers(state: 17)
        for trial in 0..<4_000 {
            let unit: Weight.Unit = trial % 2 == 0 ? .percentage : .fraction
            let scale: UInt64 = unit == .fraction ? 1 : 100
            let tolerance = [Self.decimal("0.5"), 0, Self.decimal("1.25"), Self.decimal("0.333")][trial % 4]
            let count = Int(numbers.next(5)) + 1
            let minima = (0..<count).map { _ in Self.decimal(numbers.text(whole: scale, places: 3)) }
            let maxima = minima.map { $0 + Self.decimal(numbers.text(whole: 2, places: 2)) }
            let whole = Arithmetic.whole(unit), allowed = Arithmetic.tolerance(tolerance, unit: unit)
            let sum = minima.reduce(Decimal(0), +), top = maxima.reduce(Decimal(0), +)
            #expect(Arithmetic.sum(of: minima, unit: unit, isFurtherFromWholeThan: tolerance) == (abs(sum - whole) > allowed))
            for checkingMaxima in [true, false] {
                let reaches = !(sum > whole + allowed) && !(checkingMaxima && top < whole - allowed)
                let decided = Arithmetic.rangesReachWhole(zip(minima, maxima).map { (minimum: $0, maximum: $1) }, unit: unit, tolerance: tolerance,
                                                          checkingMaxima: checkingMaxima)
                if let decided { #expect(decided == reaches, "\(minima) \(maxima) \(tolerance)") }
            }
        }
        let tooFine = [Self.decimal("33.3333333333"), Self.decimal("66.6666666667")]
        #expect(Arithmetic.sum(of: tooFine, unit: .percentage, isFurtherFromWholeThan: 0) == false)
        #expect(Arithmetic.rangesReachWhole(tooFine.map { (minimum: $0, maximum: $0) }, unit: .percentage, tolerance: 0, checkingMaxima: true) == nil)
    }
}
