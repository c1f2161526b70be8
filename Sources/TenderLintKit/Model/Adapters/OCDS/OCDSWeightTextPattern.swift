/// The shape of a weight written as text, matched by hand.
///
/// It matches exactly what this regular expression matches as a whole (the tests hold the two side
/// by side), but in one pass and without building a `Regex`, which cost more than the rest of
/// reading an OCDS release:
///
///     (?<label>[^0-9%]*?)[\s:=(]*(?<low>[0-9]+(?:\.[0-9]+)?|\.[0-9]+)\s*(?<lowUnit>%)?\s*
///     (?:(?:-|–|—|to)\s*(?<high>[0-9]+(?:\.[0-9]+)?|\.[0-9]+)\s*)?
///     (?<unit>%|percent|per\s*cent|points|point|pts|marks|mark)?[\s).]*
struct OCDSWeightTextPattern: Equatable {
    var label: String
    var low: String
    var lowHasUnit: Bool
    var high: String?
    var unit: String?

    /// The match of the whole text, or nil.
    static func match(_ text: String) -> OCDSWeightTextPattern? {
        let scalars = Array(text.unicodeScalars)
        // The label holds no digit and no "%": the first digit starts the low number, or its "." does.
        guard let digit = scalars.firstIndex(where: isDigit), !scalars[..<digit].contains("%") else { return nil }
        // The shortest label is tried first, as the lazy label of the expression is.
        if digit > 0, scalars[digit - 1] == ".", let found = match(scalars, lowAt: digit - 1) { return found }
        return match(scalars, lowAt: digit)
    }

    private static func match(_ scalars: [Unicode.Scalar], lowAt start: Int) -> OCDSWeightTextPattern? {
        var index = start
        guard let low = number(in: scalars, at: &index) else { return nil }
        skipSpace(in: scalars, at: &index)
        let lowHasUnit = index < scalars.count && scalars[index] == "%"
        if lowHasUnit { index += 1 }
        skipSpace(in: scalars, at: &index)

        var high: String?
        var afterRange = index
        if let separator = rangeSeparator(in: scalars, at: index) {
            afterRange = index + separator
            skipSpace(in: scalars, at: &afterRange)
            if let value = number(in: scalars, at: &afterRange) {
                skipSpace(in: scalars, at: &afterRange)
                high = value
                index = afterRange
            }
        }

        // What is left is a unit, then closing brackets, full stops and space.
        var end = scalars.count
        while end > index, scalars[end - 1] == ")" || scalars[end - 1] == "." || isSpace(scalars[end - 1]) { end -= 1 }
        let rest = String(String.UnicodeScalarView(scalars[index..<end]))
        var unit: String?
        if !rest.isEmpty {
            guard isUnit(rest) else { return nil }
            unit = rest
        }

        var labelEnd = start
        while labelEnd > 0, isSeparator(scalars[labelEnd - 1]) { labelEnd -= 1 }
        let label = String(String.UnicodeScalarView(scalars[..<labelEnd]))
        return OCDSWeightTextPattern(label: label, low: low, lowHasUnit: lowHasUnit, high: high, unit: unit)
    }

    /// `[0-9]+(?:\.[0-9]+)?|\.[0-9]+` at `index`, moving past it.
    private static func number(in scalars: [Unicode.Scalar], at index: inout Int) -> String? {
        let start = index
        func digits() -> Int {
            var count = 0
            while index < scalars.count, isDigit(scalars[index]) { index += 1; count += 1 }
            return count
        }
        if index < scalars.count, scalars[index] == "." {
            index += 1
            guard digits() > 0 else { index = start; return nil }
        } else {
            guard digits() > 0 else { index = start; return nil }
            if index + 1 < scalars.count, scalars[index] == ".", isDigit(scalars[index + 1]) {
                index += 1
                _ = digits()
            }
        }
        return String(String.UnicodeScalarView(scalars[start..<index]))
    }

    /// The length of "-", "–", "—" or "to" at `index`, or nil.
    private static func rangeSeparator(in scalars: [Unicode.Scalar], at index: Int) -> Int? {
        guard index < scalars.count else { return nil }
        if ["-", "–", "—"].contains(scalars[index]) { return 1 }
        if index + 1 < scalars.count, scalars[index] == "t", scalars[index + 1] == "o" { return 2 }
        return nil
    }

    private static let units: Set<String> = ["%", "percent", "points", "point", "pts", "marks", "mark"]

    private static func isUnit(_ text: String) -> Bool {
        if units.contains(text) { return true }
        // per\s*cent
        guard text.hasPrefix("per"), text.hasSuffix("cent"), text.unicodeScalars.count >= 7 else { return false }
        return text.unicodeScalars.dropFirst(3).dropLast(4).allSatisfy(isSpace)
    }

    private static func skipSpace(in scalars: [Unicode.Scalar], at index: inout Int) {
        while index < scalars.count, isSpace(scalars[index]) { index += 1 }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    /// `\s` as regular expressions read it.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }

    /// `[\s:=(]`: what may stand between a label and its number.
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        isSpace(scalar) || scalar == ":" || scalar == "=" || scalar == "("
    }
}
