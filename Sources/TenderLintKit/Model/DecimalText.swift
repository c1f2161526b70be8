import Foundation

/// Decimal numbers written as text, read exactly: "33.3" is 33.3, not the nearest binary fraction.
/// The one place where the model turns digits into money and weights.
enum DecimalText {
    static let posix = Locale(identifier: "en_US_POSIX")

    /// A plain decimal: a sign, digits, an optional fraction and, where `exponent` allows (JSON), an exponent.
    /// Nothing else: no separators, spaces or symbols. A leading `+` is accepted only where `plusSign` says
    /// (`xsd:decimal` allows it; JSON does not).
    static func parse(_ text: String, exponent: Bool = true, plusSign: Bool = false) -> Decimal? {
        let bytes = Array(text.utf8)
        var index = 0
        func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - start
        }
        var start = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
            index += 1
        } else if plusSign, index < bytes.count, bytes[index] == UInt8(ascii: "+") {
            index += 1
            start = 1
        }
        guard digits() > 0 else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return nil }
        }
        if exponent, index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return nil }
        }
        guard index == bytes.count else { return nil }
        return Decimal(string: String(decoding: bytes[start...], as: UTF8.self), locale: posix)
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
        if let value = parse(text, exponent: exponent, plusSign: plusSign) { return .value(value) }
        guard let shape = Shape(text, exponent: exponent, plusSign: plusSign) else { return .notANumber }
        return shape.magnitude > 0 ? .tooLarge : .tooSmall
    }

    /// A number's digits and exponent, checked for form only, to place its size without converting it.
    private struct Shape {
        /// The power of ten just above the number's leading digit: 3 for 123, -1 for 0.05.
        var magnitude: Int

        init?(_ text: String, exponent allowsExponent: Bool, plusSign: Bool) {
            let bytes = Array(text.utf8)
            var index = 0
            func digits() -> Range<Int> {
                let start = index
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
                return start..<index
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || (plusSign && bytes[index] == UInt8(ascii: "+")) { index += 1 }
            let integer = digits()
            guard !integer.isEmpty else { return nil }
            var fraction = index..<index
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                fraction = digits()
                guard !fraction.isEmpty else { return nil }
            }
            var power = 0
            if allowsExponent, index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                var sign = 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                    sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
                    index += 1
                }
                let exponent = digits()
                guard !exponent.isEmpty else { return nil }
                // Clamped: any exponent past a million is as far out of range as a million.
                for position in exponent where power < 1_000_000 { power = power * 10 + Int(bytes[position] - 0x30) }
                power *= sign
            }
            guard index == bytes.count else { return nil }
            let significant = bytes[integer].drop { $0 == UInt8(ascii: "0") }.count
            let leadingFractionZeros = bytes[fraction].prefix { $0 == UInt8(ascii: "0") }.count
            magnitude = (significant > 0 ? significant : -leadingFractionZeros) + power
        }
    }
}

