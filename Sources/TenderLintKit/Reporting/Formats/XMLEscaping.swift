/// Escaping for the XML reports (JUnit, Checkstyle): XML 1.0, UTF-8.
///
/// XML 1.0 cannot carry most C0 control characters at all, not even as character references, so
/// they are replaced by their Control Pictures (U+0000 → ␀, ESC → ␛), which a reader can still
/// recognise; U+FFFE and U+FFFF, which XML 1.0 also forbids, become U+FFFD. Tab, line feed and
/// carriage return are allowed and are kept (in attributes as character references, so that the
/// parser's attribute-value normalisation does not turn them into spaces).
enum XMLEscaping {
    /// Text for an attribute value written between double quotes.
    static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    /// Text for element content.
    static func text(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// The declaration every report starts with.
    static let declaration = #"<?xml version="1.0" encoding="UTF-8"?>"#

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: result += "&amp;"
            case 0x3C: result += "&lt;"
            case 0x3E: result += "&gt;"
            case 0x22 where inAttribute: result += "&quot;"
            case 0x27 where inAttribute: result += "&apos;"
            case 0x09 where inAttribute: result += "&#9;"
            case 0x0A where inAttribute: result += "&#10;"
            // A bare CR in content would be read back as LF; a reference keeps it.
            case 0x0D: result += "&#13;"
            case 0x09, 0x0A: result.unicodeScalars.append(scalar)
            case 0x00...0x1F: result.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0xFFFE, 0xFFFF: result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
