/// The scanner's error messages: one place that says, in plain words and
/// exactly where, what is wrong with a token and how to put it right.
extension JSONScanner {
    // MARK: - Strings

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

    // MARK: - Numbers and words

    private func numberText(at first: Int) -> String {
        text(first, endOfRun(from: first, limit: 40, while: JSONScanner.continuesNumber))
    }

    private func numberRange(at first: Int) -> ByteRange {
        ByteRange(first, endOfRun(from: first, limit: Int.max, while: JSONScanner.continuesNumber))
    }

    /// A `-` with no digit after it.
    func numberWithoutDigits(at first: Int) -> JSONSyntaxError {
        let after = first + 1
        if after < end, JSONScanner.isLetter(bytes[after]) {
            let word = ByteRange(first, endOfRun(from: after, limit: Int.max, while: JSONScanner.isWordByte))
            return unknownWord(word)
        }
        if after + 1 < end, bytes[after] == UInt8(ascii: "."), JSONScanner.isDigit(bytes[after + 1]) {
            let written = numberText(at: first)
            return JSONSyntaxError(
                "number '\(written)' needs a digit before the decimal point",
                at: numberRange(at: first),
                label: "JSON numbers start with a digit",
                help: ["write -0\(written.dropFirst())"],
                fixIts: [.init(summary: "insert 0", range: .at(after), replacement: "0")]
            )
        }
        return JSONSyntaxError("expected a digit after '-'", at: ByteRange(first, after), label: "a number needs digits")
    }

    /// A number that starts with `.` or `+`, which RFC 8259 does not allow.
    func numberWithBadStart(at first: Int) -> JSONSyntaxError {
        let written = numberText(at: first)
        if bytes[first] == UInt8(ascii: "+") {
            return JSONSyntaxError(
                "number '\(written)' cannot start with '+' in JSON",
                at: numberRange(at: first),
                label: "remove the '+'",
                fixIts: [.init(summary: "remove the '+'", range: ByteRange(first, first + 1), replacement: "")]
            )
        }
        return JSONSyntaxError(
            "number '\(written)' needs a digit before the decimal point",
            at: numberRange(at: first),
            label: "JSON numbers start with a digit",
            help: ["write 0\(written)"],
            fixIts: [.init(summary: "insert 0", range: .at(first), replacement: "0")]
        )
    }

    func leadingZero(at first: Int) -> JSONSyntaxError {
        let written = numberText(at: first)
        var sign = ""
        var digits = Substring(written)
        if digits.hasPrefix("-") {
            sign = "-"
            digits = digits.dropFirst()
        }
        while digits.count > 1, digits.first == "0", let second = digits.dropFirst().first, second.isASCII, second.isNumber {
            digits = digits.dropFirst()
        }
        return JSONSyntaxError(
            "leading zeros are not allowed in JSON numbers: '\(written)'",
            at: numberRange(at: first),
            label: "leading zero",
            help: ["write \(sign)\(digits), or \"\(written)\" in quotes if it is a code rather than an amount"]
        )
    }

    func hexadecimalNumber(at first: Int) -> JSONSyntaxError {
        let written = numberText(at: first)
        let negative = written.hasPrefix("-")
        let decimal = Int(written.dropFirst(negative ? 3 : 2), radix: 16).map { (negative ? "-" : "") + String($0) }
        return JSONSyntaxError(
            "hexadecimal number '\(written)' is not allowed in JSON",
            at: numberRange(at: first),
            label: "JSON numbers are decimal",
            help: [decimal.map { "write it in decimal: \($0)" } ?? "write it in decimal"]
        )
    }

    func malformedNumber(at first: Int, _ problem: String, help: String?) -> JSONSyntaxError {
        let written = numberText(at: first)
        let message = problem == "is not a valid JSON number"
            ? "invalid number '\(JSONSyntaxError.quoted(written))'"
            : "number '\(written)' \(problem)"
        return JSONSyntaxError(
            message,
            at: numberRange(at: first),
            label: "not a JSON number",
            notes: ["a JSON number looks like 12, -0.5 or 2.5e3"],
            help: help.map { [$0] } ?? []
        )
    }

    /// A bare word where a value should be: `True`, `nul`, `NaN`, `undefined`, unquoted text.
    func unknownWord(_ range: ByteRange) -> JSONSyntaxError {
        let word = text(range.lowerBound, range.upperBound)
        let shown = JSONSyntaxError.quoted(word, limit: 40)
        let bare = word.hasPrefix("-") || word.hasPrefix("+") ? String(word.dropFirst()) : word
        if ["nan", "infinity", "inf"].contains(bare.lowercased()) {
            return JSONSyntaxError(
                "'\(shown)' is not a JSON number; JSON has no NaN or infinity",
                at: range,
                label: "not allowed in JSON",
                help: ["write null for a missing amount, or put the value in a string if it must be kept"]
            )
        }
        let literals = ["true", "false", "null"]
        let lower = word.lowercased()
        var suggestion: String?
        var help: [String] = []
        if literals.contains(lower) {
            suggestion = lower
        } else if lower.count >= 2, let literal = literals.first(where: { $0.hasPrefix(lower) }) {
            suggestion = literal
        } else if ["none", "nil", "undefined"].contains(lower) {
            suggestion = "null"
            help.append("JSON writes a missing value as null")
        } else {
            help.append("if this is text, put it in double quotes: \"\(shown)\"")
        }
        return JSONSyntaxError(
            "unknown word '\(shown)'; JSON literals are true, false and null",
            at: range,
            label: suggestion.map { "did you mean '\($0)'?" } ?? "not a JSON value",
            help: help,
            fixIts: suggestion.map { [.init(summary: "write '\($0)'", range: range, replacement: $0)] } ?? []
        )
    }

    // MARK: - Bytes and characters

    func invalidUTF8(at index: Int) -> JSONSyntaxError {
        let lead = bytes[index]
        let hex = JSONSyntaxError.hex
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var isLoneByte = true
        let reason: String
        switch lead {
        case 0x80...0xBF:
            reason = "\(hex(lead)) is a continuation byte, which cannot start a character"
        case 0xC0, 0xC1:
            reason = "\(hex(lead)) can only start an overlong encoding, which UTF-8 forbids"
        case 0xF5...0xFF:
            reason = "\(hex(lead)) never appears in UTF-8"
        default:
            var offset = 1
            while offset < length, index + offset < end, bytes[index + offset] & 0xC0 == 0x80 { offset += 1 }
            if index + offset >= end, offset < length {
                reason = "\(hex(lead)) starts a \(length)-byte character, but the file ends"
            } else if offset < length {
                isLoneByte = offset == 1
                reason = "\(hex(lead)) starts a \(length)-byte character, but the next byte is \(hex(bytes[index + offset]))"
            } else {
                isLoneByte = false
                switch lead {
                case 0xE0, 0xF0: reason = "\(hex(lead)) \(hex(bytes[index + 1])) is an overlong encoding, which UTF-8 forbids"
                case 0xED: reason = "\(hex(lead)) \(hex(bytes[index + 1])) encodes a UTF-16 surrogate, which UTF-8 forbids"
                default: reason = "\(hex(lead)) \(hex(bytes[index + 1])) encodes a code point above U+10FFFF"
                }
            }
        }
        var notes = [reason]
        var help: [String] = []
        if looksBinary {
            notes.append("the file holds NUL bytes: it looks like a binary file, not JSON text")
        } else {
            if isLoneByte, let character = JSONSyntaxError.windows1252Character(lead) {
                help.append("in Windows-1252 and Latin-1 \(hex(lead)) is '\(character)': the file was probably saved in one of those")
            }
            help.append("save the file as UTF-8")
        }
        return JSONSyntaxError(
            "invalid UTF-8 byte \(hex(lead))",
            at: ByteRange(index, index + 1),
            label: "not UTF-8",
            notes: notes,
            help: help
        )
    }

    /// An error that stands whatever was expected at `index`: bytes that are not UTF-8, or a comment.
    func characterError(at index: Int) -> JSONSyntaxError? {
        let byte = bytes[index]
        if byte >= 0x80, scalar(at: index) == nil { return invalidUTF8(at: index) }
        if byte == UInt8(ascii: "/"), index + 1 < end, bytes[index + 1] == UInt8(ascii: "/") || bytes[index + 1] == UInt8(ascii: "*") {
            var after = index + 2
            if bytes[index + 1] == UInt8(ascii: "/") {
                while after < end, bytes[after] != 0x0A, bytes[after] != 0x0D { after += 1 }
            } else {
                while after + 1 < end, !(bytes[after] == UInt8(ascii: "*") && bytes[after + 1] == UInt8(ascii: "/")) { after += 1 }
                after = after + 1 < end ? after + 2 : index + 2
            }
            return JSONSyntaxError(
                "comments are not allowed in JSON",
                at: ByteRange(index, after),
                label: "comment",
                help: ["remove the comment; to keep a remark in the document, put it in a string member such as \"comment\""]
            )
        }
        return nil
    }

    /// The token at `index`, for a message: its range and a name for it such as `'}'` or `the string "b"`.
    func describeToken(at index: Int) -> (range: ByteRange, description: String) {
        guard index < end else { return (.at(end), "the end of the file") }
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
            // Up to the closing quote on the same line, if the text on the way is UTF-8.
            var scan = index + 1
            while scan < end, scan - index < 200, bytes[scan] != UInt8(ascii: "\""), bytes[scan] >= 0x20 {
                if bytes[scan] >= 0x80 {
                    guard let (_, length) = scalar(at: scan) else { break }
                    scan += length
                } else {
                    scan += bytes[scan] == UInt8(ascii: "\\") ? 2 : 1
                }
            }
            if scan < end, bytes[scan] == UInt8(ascii: "\"") {
                let content = JSONSyntaxError.quoted(text(index + 1, scan), limit: 40)
                return (ByteRange(index, scan + 1), "the string \"\(content)\"")
            }
            return (ByteRange(index, index + 1), "'\"'")
        }
        if JSONScanner.isWordByte(byte) || byte == UInt8(ascii: "-") {
            let after = endOfRun(from: index, limit: Int.max, while: JSONScanner.continuesNumber)
            return (ByteRange(index, after), "'\(JSONSyntaxError.quoted(text(index, after), limit: 40))'")
        }
        if let (scalar, length) = scalar(at: index) {
            return (ByteRange(index, index + length), JSONSyntaxError.show(scalar))
        }
        return (ByteRange(index, index + 1), "byte \(JSONSyntaxError.hex(byte))")
    }

    /// Where the content ends, ignoring trailing whitespace: the place to report an unexpected end of file.
    var endOfContent: Int {
        var index = end
        while index > start, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index - 1]) { index -= 1 }
        return index
    }

    /// `expected <what>` at the token at `index`, naming what was found and spotting familiar mistakes
    /// (single or typographic quotes, comments, no-break spaces, text that is not UTF-8).
    func unexpectedToken(at index: Int, expected: String) -> JSONSyntaxError {
        guard index < end else {
            return JSONSyntaxError(
                "unexpected end of file: expected \(expected)",
                at: .at(endOfContent),
                label: "the file ends here"
            )
        }
        if let error = characterError(at: index) { return error }
        let (range, description) = describeToken(at: index)
        var error = JSONSyntaxError("expected \(expected)", at: range, label: "found \(description)")
        addHints(to: &error, at: index)
        return error
    }

    /// Advice for characters that people paste into JSON by mistake.
    func addHints(to error: inout JSONSyntaxError, at index: Int) {
        guard index < end, let (scalar, length) = scalar(at: index) else { return }
        switch scalar.value {
        case 0x27:
            error.help.append("JSON strings and keys use double quotes (\"), not single quotes")
            // Offer the double-quoted text when the quoted part is plain: on one line, UTF-8, no quotes or escapes.
            var close = index + 1
            while close < end, ![0x27, 0x22, 0x5C, 0x0A, 0x0D].contains(bytes[close]), let (_, length) = self.scalar(at: close) {
                close += length
            }
            if close < end, bytes[close] == 0x27 {
                error.fixIts.append(.init(
                    summary: "use double quotes",
                    range: ByteRange(index, close + 1),
                    replacement: "\"" + text(index + 1, close) + "\""
                ))
            }
        case 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E, 0xAB, 0xBB:
            error.help.append("this is a typographic quote, as word processors type; JSON needs straight double quotes (\")")
        case 0xA0:
            error.help.append("a no-break space is not whitespace in JSON; use an ordinary space")
            error.fixIts.append(.init(summary: "use an ordinary space", range: ByteRange(index, index + length), replacement: " "))
        case 0xFEFF:
            error.help.append("a byte order mark is only allowed at the very start of the file")
        case 0x0B, 0x0C, 0x85, 0x2028, 0x2029, 0x3000, 0x2000...0x200B:
            error.help.append("JSON whitespace is only space, tab, line feed and carriage return")
        default:
            break
        }
    }
}
