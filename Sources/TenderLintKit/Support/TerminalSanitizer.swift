/// Makes untrusted text (file contents, paths, messages quoting them) safe to print.
///
/// A document could otherwise carry escape sequences that recolour, retitle or
/// clear the terminal, line breaks that forge extra diagnostics, or bidi controls
/// that make the quoted source read differently from what the parser saw.
public enum TerminalSanitizer {
    /// What to print instead of `scalar`, or nil when it prints as itself. Tab prints as itself.
    ///
    /// C0 controls and DEL become their Control Pictures (ESC shows as ␛), one cell
    /// like the character they stand for. C1 controls, bidi embeddings, overrides and
    /// isolates, and the line and paragraph separators show as `<U+202E>` so a reader
    /// sees exactly which invisible character is there.
    public static func placeholder(for scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x09:
            return nil
        case 0x00...0x1F:
            return String(Character(Unicode.Scalar(0x2400 + scalar.value)!))
        case 0x7F:
            return "\u{2421}"
        case 0x80...0x9F, 0x2028...0x2029, 0x202A...0x202E, 0x2066...0x2069:
            return "<U+\(hex(scalar))>"
        default:
            return nil
        }
    }

    /// `text` with every unsafe code point replaced by its placeholder.
    public static func sanitize(_ text: String) -> String {
        // Printable ASCII and tab, the usual case, is safe as it is; one pass over the bytes says so.
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 }) { return text }
        guard text.unicodeScalars.contains(where: { placeholder(for: $0) != nil }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if let placeholder = placeholder(for: scalar) {
                result += placeholder
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` as a double-quoted literal with Swift-style escapes, for showing
    /// text that may hold line breaks on one line.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if placeholder(for: scalar) != nil {
                    result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
