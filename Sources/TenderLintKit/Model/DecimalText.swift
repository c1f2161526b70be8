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
}
