/// The scanner's errors inside strings: left open, unescaped control characters, bad escapes, lone surrogates.
extension JSONScanner {
    func unterminatedString(open: Int, lineEnd: Int?) -> JSONSyntaxError {
        guard let lineEnd else {
            return JSONSyntaxError(
                "unterminated string: the file ends before its closing quote",
                at: ByteRange(open, open + 1),
                label: "this string is never closed",
                secondary: [.init(message: "the file ends here", range: .at(end))],
                help: ["add the closing '\"'"]
            )
        }
        return JSONSyntaxError(
            "unterminated string: the line ends before its closing quote",
            at: ByteRange(open, open + 1),
            label: "this string is not closed on its line",
            secondary: [.init(message: "the line ends here", range: .at(lineEnd))],
            notes: ["a JSON string cannot run over several lines; write a line break inside a string as \\n"],
            help: ["add the closing '\"' where the string should end"],
            fixIts: [.init(summary: "close the string at the end of the line", range: .at(lineEnd), replacement: "\"")]
        )
    }

    /// A byte below 0x20 inside a string. A line break is either a string left open or one meant to span lines.
    func controlCharacterInString(open: Int, at index: Int) -> JSONSyntaxError {
        let byte = bytes[index]
        let isLineBreak = byte == 0x0A || byte == 0x0D
        if isLineBreak, !stringContinues(afterLineBreakAt: index) {
            return unterminatedString(open: open, lineEnd: index)
        }
        let escape: String
        switch byte {
        case 0x08: escape = "\\b"
        case 0x09: escape = "\\t"
        case 0x0A: escape = "\\n"
        case 0x0C: escape = "\\f"
        case 0x0D: escape = "\\r"
        default: escape = "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
        }
        let name = JSONSyntaxError.characterName(Unicode.Scalar(byte)).map { " (\($0))" } ?? ""
        return JSONSyntaxError(
            "control character \(JSONSyntaxError.codePoint(UInt32(byte))) must be escaped",
            at: ByteRange(index, index + 1),
            label: "unescaped control character\(name) in a string",
            notes: isLineBreak ? ["a JSON string cannot run over several lines"] : [],
            help: ["write it as \(escape)"],
            fixIts: [.init(summary: "escape it as \(escape)", range: ByteRange(index, index + 1), replacement: escape)]
        )
    }

    /// Whether the line after a line break inside a string closes the string at a place where a string can end,
    /// which means the string was meant to hold the line break rather than left open.
    private func stringContinues(afterLineBreakAt index: Int) -> Bool {
        var scan = index + 1
        if bytes[index] == 0x0D, scan < end, bytes[scan] == 0x0A { scan += 1 }
        while scan < end {
            switch bytes[scan] {
            case 0x0A, 0x0D:
                return false
            case UInt8(ascii: "\\"):
                scan += 2
            case UInt8(ascii: "\""):
                scan += 1
                while scan < end, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[scan]) { scan += 1 }
                guard scan < end else { return true }
                return [UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ":")].contains(bytes[scan])
            default:
                scan += 1
            }
        }
        return false
    }

    func invalidEscape(at index: Int, open: Int) -> JSONSyntaxError {
        let escaped = index + 1
        let shown: String
        var length = 1
        if bytes[escaped] >= 0x80 {
            guard let (scalar, scalarLength) = scalar(at: escaped) else { return invalidUTF8(at: escaped) }
            length = scalarLength
            shown = JSONSyntaxError.isVisible(scalar)
                ? "'\\\(Character(scalar))'" : "'\\' followed by \(JSONSyntaxError.show(scalar))"
        } else if JSONSyntaxError.isVisible(Unicode.Scalar(bytes[escaped])) {
            shown = "'\\\(Character(Unicode.Scalar(bytes[escaped])))'"
        } else {
            shown = "'\\' followed by \(JSONSyntaxError.show(Unicode.Scalar(bytes[escaped])))"
        }
        return JSONSyntaxError(
            "invalid escape \(shown) in string",
            at: ByteRange(index, escaped + length),
            label: "not a JSON escape",
            notes: ["JSON escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by four hexadecimal digits"],
            help: ["to write a backslash itself, double it: \\\\"],
            fixIts: [.init(summary: "double the backslash", range: ByteRange(index, index + 1), replacement: "\\\\")]
        )
    }

    func loneSurrogate(at index: Int, unit: UInt16) -> JSONSyntaxError {
        let written = "\\u" + text(index + 2, index + 6)
        let isHigh = unit < 0xDC00
        let message = isHigh
            ? "lone surrogate '\(written)' in string: a high surrogate must be followed by a low surrogate (\\uDC00 to \\uDFFF)"
            : "lone surrogate '\(written)' in string: a low surrogate must follow a high surrogate (\\uD800 to \\uDBFF)"
        return JSONSyntaxError(
            message,
            at: ByteRange(index, index + 6),
            label: isHigh ? "high surrogate without its pair" : "low surrogate without its pair",
            notes: ["a lone surrogate is not a character; many tools reject it or turn it into U+FFFD"],
            help: ["write the character itself, or as a surrogate pair such as \\uD83D\\uDE00 for 😀"]
        )
    }
}
