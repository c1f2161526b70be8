import Foundation

/// Decimal numbers written as text, read exactly: "33.3" is 33.3, not the nearest binary fraction.
/// The one place where the model turns digits into money and weights.
enum DecimalText {
    static let posix = Locale(identifier: "en_US_POSIX")

    /// A plain decimal: a sign, digits, an optional fraction and, where `exponent` allows (JSON), an exponent.
    /// Nothing else: no separators, spaces or symbols. A leading `+` is accepted only where `plusSign` says
    /// (`xsd:decimal` allows it; JSON does not).
    static func parse(_ text: String, exponent: Bool = true, plusSign: Bool = false) -> Decimal? {
        Shape(text, exponent: exponent, plusSign: plusSign)?.value
    }

    /// What a number written as text is, when it is not simply a decimal: a message can then say why.
    enum Reading: Equatable {
        case value(Decimal)
        /// Well formed, but beyond what an exact decimal holds (about 38 digits, exponents to ±127).
        case tooLarge
        case tooSmall
        case notANumber

        /// Why the text is not a usable number, to end a sentence that quotes it.
        var reason: String {
            switch self {
            case .value: "is a number"
            case .tooLarge: "is far too large"
            case .tooSmall: "is too small to hold exactly"
            case .notANumber: "is not a number"
            }
        }
    }

    /// Reads `text` like `parse`, telling a number too large or too small to hold apart from text that
    /// is no number at all, so "1e308" is not called "not a number".
    static func read(_ text: String, exponent: Bool = true, plusSign: Bool = false) -> Reading {
        guard let shape = Shape(text, exponent: exponent, plusSign: plusSign) else { return .notANumber }
        if let value = shape.value { return .value(value) }
        return shape.magnitude > 0 ? .tooLarge : .tooSmall
    }

    /// A number's form, checked byte by byte: a sign, digits, an optional fraction and exponent, nothing else.
    private struct Shape {
        let bytes: [UInt8]
        /// Where the number starts once a leading `+` (which `Decimal` does not take) is left out.
        private var start = 0
        private var integer: Range<Int> = 0..<0
        private var fraction: Range<Int> = 0..<0
        /// The exponent, clamped: any exponent past a million is as far out of range as a million.
        private var power = 0
        private var hasExponent = false

        init?(_ text: String, exponent allowsExponent: Bool, plusSign: Bool) {
            bytes = Array(text.utf8)
            var index = 0
            func digits() -> Range<Int> {
                let first = index
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
                return first..<index
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
                index += 1
            } else if plusSign, index < bytes.count, bytes[index] == UInt8(ascii: "+") {
                index += 1
                start = 1
            }
            integer = digits()
            guard !integer.isEmpty else { return nil }
            fraction = index..<index
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                fraction = digits()
                guard !fraction.isEmpty else { return nil }
            }
            if allowsExponent, index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                var sign = 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                    sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
                    index += 1
                }
                let exponent = digits()
                guard !exponent.isEmpty else { return nil }
                hasExponent = true
                for position in exponent where power < 1_000_000 { power = power * 10 + Int(bytes[position] - 0x30) }
                power *= sign
            }
            guard index == bytes.count else { return nil }
        }

        /// The number exactly, or nil when it is beyond what a `Decimal` holds.
        var value: Decimal? {
            exactSmallValue ?? Decimal(string: String(decoding: bytes[start...], as: UTF8.self), locale: DecimalText.posix)
        }

        /// Up to 18 digits and no exponent, built from an integer without parsing the text again: the same
        /// `Decimal` as `Decimal(string:)` gives (trailing zeros folded into the exponent). A zero written
        /// with a fraction ("0.00") keeps its exponent there, so it is left to `Decimal(string:)`.
        private var exactSmallValue: Decimal? {
            guard !hasExponent, integer.count + fraction.count <= 18 else { return nil }
            var mantissa: UInt64 = 0
            for position in integer { mantissa = mantissa * 10 + UInt64(bytes[position] - 0x30) }
            for position in fraction { mantissa = mantissa * 10 + UInt64(bytes[position] - 0x30) }
            if mantissa == 0 { return fraction.isEmpty ? Decimal(sign: .plus, exponent: 0, significand: Decimal(0)) : nil }
            var exponent = -fraction.count
            while mantissa % 10 == 0 {
                mantissa /= 10
                exponent += 1
            }
            return Decimal(sign: bytes[0] == UInt8(ascii: "-") ? .minus : .plus, exponent: exponent, significand: Decimal(mantissa))
        }

        /// The power of ten just above the number's leading digit: 3 for 123, -1 for 0.05.
        var magnitude: Int {
            let significant = bytes[integer].drop { $0 == UInt8(ascii: "0") }.count
            let leadingFractionZeros = bytes[fraction].prefix { $0 == UInt8(ascii: "0") }.count
            return (significant > 0 ? significant : -leadingFractionZeros) + power
        }
    }
}
