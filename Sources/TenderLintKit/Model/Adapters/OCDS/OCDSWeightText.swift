import Foundation

/// Weights that publishers write as text rather than as OCDS `numbers[]`.
///
/// Much UK data (Public Contracts Scotland, Sell2Wales, older Find a Tender) puts a criterion's weight
/// in its `description`: `"30%"`, `"70"`, `"15-40%"`, `"1.3"`, or nothing. Reading is conservative:
/// a text is a weight only when it is a number, or a range, with at most a unit (`%`, `percent`,
/// `points`) and a short label (`"Weighting: 20%"`, `"Price (60%)"`); anything else is no weight,
/// never a guess. Numbers are read with `Decimal(string:)` on their exact digits.
///
/// A bare number says nothing of its unit, so it is decided with its siblings (the other criteria
/// of the same evaluation), in this order:
///
/// 1. a sibling written as a percentage (`"30%"` beside `"70"`, as Public Contracts Scotland writes)
///    makes bare numbers percentages; a sibling in points makes them points;
/// 2. a bare number over 100 cannot be a percentage, so the bare numbers are points (Bridgend's
///    `"400"` and `"600"`);
/// 3. bare numbers that add up to 100 (within 1 point, for thirds written as 33) are percentages
///    (Sell2Wales' `"40"` and `"60"`);
/// 4. bare numbers that are all at most 1, one at least with a decimal point, are fractions
///    (`"0.3"` and `"0.7"`, or a lone `"0.25"`);
/// 5. bare numbers beside a price or cost criterion are percentages whatever they add up to: that is how
///    Public Contracts Scotland and Sell2Wales fill the TED weighting field, and those that do not add up to
///    100 are a fault to report (`"25"` and `"40"`, `"2"` and `"95"`, `"1.3"` and `"63.7"`), not points;
/// 6. anything else, such as `"70"` beside a criterion with no weight and no price, is points: relative
///    scores. `Evaluation` turns points into shares only when every sibling has points, so an unexplained
///    number never becomes a share on its own.
public enum OCDSWeightText {
    /// What a text says on its own, before its siblings are looked at.
    public struct Reading: Sendable, Hashable {
        public enum Unit: String, Sendable, Hashable {
            case percentage
            case points
            /// A bare number: decided with the siblings.
            case unstated
        }

        public var minimum: Decimal
        public var maximum: Decimal
        public var unit: Unit
        public var isRange: Bool
        /// Whether a number was written with a decimal point (`"0.3"`, `"1.3"`).
        public var hasDecimalPoint: Bool

        public init(minimum: Decimal, maximum: Decimal, unit: Unit, isRange: Bool, hasDecimalPoint: Bool) {
            self.minimum = minimum
            self.maximum = maximum
            self.unit = unit
            self.isRange = isRange
            self.hasDecimalPoint = hasDecimalPoint
        }
    }

    /// Words that may stand before a weight, whatever follows: "Weighting: 20%", "Weight 70".
    static let labelWords: Set<String> = [
        "weighting", "weightings", "weight", "weighted", "weighted at", "weighting of", "weight of", "weighting is",
    ]

    /// Labels of at most this many words may name the criterion before a weight with a unit: "Quality 40%".
    static let labelWordLimit = 5

    /// Reads one text; nil when it is empty or is not a weight.
    public static func read(_ text: String) -> Reading? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !trimmed.isEmpty, let first = trimmed.first, !"-−–—".contains(first), !trimmed.contains("%%") else { return nil }
        // A weight is a number with at most a short label and a unit: a long description is none.
        guard trimmed.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), !hasMoreWords(trimmed, than: maximumWords) else {
            return nil
        }
        guard let match = OCDSWeightTextPattern.match(trimmed) else { return nil }

        let unit: Reading.Unit
        switch match.unit {
        case nil: unit = match.lowHasUnit ? .percentage : .unstated
        case let word? where word == "%" || word.hasPrefix("per"): unit = .percentage
        case _?:
            guard !match.lowHasUnit else { return nil }  // "30% points": two units
            unit = .points
        }

        let label = match.label.trimmingCharacters(in: CharacterSet(charactersIn: " \t\n-–—:=("))
        if !label.isEmpty, !labelWords.contains(label) {
            guard unit != .unstated, label.split(separator: " ").count <= labelWordLimit else { return nil }
        }

        guard let low = Self.number(match.low) else { return nil }
        var high = low
        if let text = match.high {
            guard let value = Self.number(text), value >= low else { return nil }
            high = value
        }
        if unit == .percentage, high > 100 { return nil }
        let hasPoint = match.low.contains(".") || (match.high?.contains(".") ?? false)
        return Reading(minimum: low, maximum: high, unit: unit, isRange: high != low, hasDecimalPoint: hasPoint)
    }

    /// Whether a text that is no weight begins as one would: a number followed by "%" or a bracket ("95%%",
    /// "40 (forty)"), so the reader can say it was not read rather than pass over it in silence.
    public static func looksLikeWeight(_ text: String) -> Bool {
        let trimmed = text.drop { $0.isWhitespace }
        let digits = trimmed.prefix { $0.isNumber || $0 == "." }
        guard !digits.isEmpty else { return false }
        let rest = trimmed.dropFirst(digits.count).drop { $0 == " " }
        return rest.first == "%" || rest.first == "("
    }

    /// The most words a weight text can have: a label of `labelWordLimit` words, two numbers, "to", and a two-word unit.
    static let maximumWords = labelWordLimit + 5

    /// Whether the text has more than `limit` runs of non-space characters.
    static func hasMoreWords(_ text: String, than limit: Int) -> Bool {
        var words = 0
        var inWord = false
        for byte in text.utf8 {
            let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
            if !isSpace, !inWord {
                words += 1
                if words > limit { return true }
            }
            inWord = !isSpace
        }
        return false
    }

    /// The weights of sibling criteria written as text; nil where a text is no weight.
    public static func weights(for texts: [String?]) -> [Weight?] {
        resolve(texts.map { $0.flatMap(read) })
    }

    /// The weights of sibling readings, bare numbers decided with the siblings (see the type's documentation).
    /// `known` are siblings' weights read from `numbers[]`, whose units count as stated.
    /// `besidePrice` says whether a sibling is a price or cost criterion.
    public static func resolve(_ readings: [Reading?], alongside known: [Weight] = [], besidePrice: Bool = false) -> [Weight?] {
        let bareUnit = unitOfBareNumbers(readings, alongside: known, besidePrice: besidePrice)
        return readings.map { reading in
            guard let reading else { return nil }
            switch reading.unit.weightUnit ?? bareUnit {
            case .percentage:
                guard reading.maximum <= 100 else { return nil }
                return reading.isRange ? .percentageRange(minimum: reading.minimum, maximum: reading.maximum)
                    : .percentage(reading.minimum)
            case .fraction:
                guard reading.maximum <= 1 else { return nil }
                return reading.isRange ? .fractionRange(minimum: reading.minimum, maximum: reading.maximum)
                    : .fraction(reading.minimum)
            case .points:
                return reading.isRange ? .pointsRange(minimum: reading.minimum, maximum: reading.maximum)
                    : .points(reading.minimum)
            case .order, .formula:
                return nil
            }
        }
    }

    /// What the bare numbers among these siblings are.
    static func unitOfBareNumbers(_ readings: [Reading?], alongside known: [Weight], besidePrice: Bool = false) -> Weight.Unit {
        let stated = Set(readings.compactMap { $0?.unit.weightUnit } + known.map(\.unit))
        if stated.contains(.percentage) { return .percentage }
        if stated.contains(.points) { return .points }
        if stated.contains(.fraction) { return .fraction }
        let bare = readings.compactMap { $0 }.filter { $0.unit == .unstated }
        if bare.contains(where: { $0.maximum > 100 }) { return .points }
        let lowest = bare.reduce(Decimal(0)) { $0 + $1.minimum }
        let highest = bare.reduce(Decimal(0)) { $0 + $1.maximum }
        if lowest - 1 <= 100, highest + 1 >= 100 { return .percentage }
        if !bare.isEmpty, bare.allSatisfy({ $0.maximum <= 1 }), bare.contains(where: \.hasDecimalPoint) { return .fraction }
        return besidePrice ? .percentage : .points
    }

}

extension OCDSWeightText.Reading.Unit {
    /// The unit this stated unit is; nil for a bare number.
    var weightUnit: Weight.Unit? {
        switch self {
        case .percentage: .percentage
        case .points: .points
        case .unstated: nil
        }
    }
}

extension OCDSWeightText {
    /// A number as people type it in text: ".5" is read as 0.5.
    fileprivate static func number(_ text: String) -> Decimal? {
        DecimalText.parse(text.hasPrefix(".") ? "0" + text : text, exponent: false)
    }
}
