/// Why a JSON document cannot be read, as the scanner finds it.
///
/// The scanner knows byte offsets, not lines and columns; `JSONReader` turns
/// this into a `Diagnostic` once it has the `SourceFile` at hand.
struct JSONSyntaxError: Error {
    /// Another place worth showing, such as where an unclosed array opened.
    struct Mark: Sendable {
        var message: String
        var range: ByteRange
    }

    /// A mechanical fix: replace `range` with `replacement` (empty to delete, an empty range to insert).
    struct Edit: Sendable {
        var summary: String
        var range: ByteRange
        var replacement: String
    }

    var message: String
    var range: ByteRange
    var label: String?
    var secondary: [Mark]
    var notes: [String]
    var help: [String]
    var fixIts: [Edit]

    init(
        _ message: String,
        at range: ByteRange,
        label: String? = nil,
        secondary: [Mark] = [],
        notes: [String] = [],
        help: [String] = [],
        fixIts: [Edit] = []
    ) {
        self.message = message
        self.range = range
        self.label = label
        self.secondary = secondary
        self.notes = notes
        self.help = help
        self.fixIts = fixIts
    }
}

// MARK: - Showing bytes and text in messages

extension JSONSyntaxError {
    /// `0xFF`: how a byte that is not text is named in a message.
    static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count < 2 ? "0" + digits : digits)
    }

    /// `U+000A`: how a code point is named in a message.
    static func codePoint(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Whether a code point can be shown as itself: not a control, format or separator character.
    static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x21 && scalar.value < 0x7F }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .spaceSeparator, .lineSeparator, .paragraphSeparator,
             .nonspacingMark, .enclosingMark, .spacingMark:
            return false
        default:
            return true
        }
    }

    /// One character for a message: `'}'`, `'“' (U+201C, left double quotation mark)`, `U+00A0 (no-break space)`.
    static func show(_ scalar: Unicode.Scalar) -> String {
        let name = characterName(scalar)
        if isVisible(scalar) {
            if scalar.isASCII { return "'\(Character(scalar))'" }
            return "'\(Character(scalar))' (\(codePoint(scalar.value))\(name.map { ", " + $0 } ?? ""))"
        }
        return codePoint(scalar.value) + (name.map { " (\($0))" } ?? "")
    }

    /// A few characters that are easy to paste into JSON by mistake, named so a person recognises them.
    static func characterName(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x00: "NUL"
        case 0x09: "tab"
        case 0x0A: "line feed"
        case 0x0D: "carriage return"
        case 0x0C: "form feed"
        case 0x0B: "vertical tab"
        case 0x7F: "delete"
        case 0xA0: "no-break space"
        case 0x2018: "left single quotation mark"
        case 0x2019: "right single quotation mark"
        case 0x201C: "left double quotation mark"
        case 0x201D: "right double quotation mark"
        case 0x200B: "zero-width space"
        case 0x2028: "line separator"
        case 0x2029: "paragraph separator"
        case 0xFEFF: "byte order mark"
        default: nil
        }
    }

    /// Text from the document for a message, written the way JSON would escape it and shortened when long,
    /// so that no control character or stray quote reaches the terminal.
    static func quoted(_ text: String, limit: Int = 60) -> String {
        var result = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit {
                result += "…"
                break
            }
            count += 1
            switch scalar.value {
            case 0x08: result += "\\b"
            case 0x09: result += "\\t"
            case 0x0A: result += "\\n"
            case 0x0C: result += "\\f"
            case 0x0D: result += "\\r"
            case 0x5C: result += "\\\\"
            default:
                if scalar == " " || isVisible(scalar) {
                    result.unicodeScalars.append(scalar)
                } else {
                    let digits = String(scalar.value, radix: 16, uppercase: true)
                    if scalar.value <= 0xFFFF {
                        result += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
                    } else {
                        result += codePoint(scalar.value)
                    }
                }
            }
        }
        return result
    }

    /// What a byte that is not UTF-8 stands for in Windows-1252 (and so, from 0xA0, in Latin-1),
    /// the encodings that spreadsheets and older editors save in.
    static func windows1252Character(_ byte: UInt8) -> Character? {
        switch byte {
        case 0x80: "€"
        case 0x85: "…"
        case 0x91: "‘"
        case 0x92: "’"
        case 0x93: "“"
        case 0x94: "”"
        case 0x96: "–"
        case 0x97: "—"
        case 0xA0...0xFF:
            byte == 0xA0 || byte == 0xAD ? nil : Character(Unicode.Scalar(byte))
        default: nil
        }
    }
}
