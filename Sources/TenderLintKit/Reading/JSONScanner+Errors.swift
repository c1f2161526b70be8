/// The scanner's error messages: they say, in plain words and exactly where,
/// what is wrong with a token and how to put it right. This file holds the ones
/// about bytes, comments and unexpected tokens; strings and numbers have their own.
extension JSONScanner {
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
