/// Reads the tokens of RFC 8259 JSON from bytes: strings, numbers, literals
/// and whitespace, checking each strictly (UTF-8 included) as it goes.
///
/// It works on the bytes of the whole file, so every offset it reports is an
/// offset into the file, and it never looks outside `start..<end`.
/// The structure (objects, arrays, commas) is `JSONParser`'s business.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The first byte of the document (after a UTF-8 byte order mark) and the end of it.
    let start: Int
    let end: Int
    var position: Int

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        self.bytes = bytes
        self.start = start
        self.end = end
        self.position = start
    }

    var isAtEnd: Bool { position >= end }

    /// Skips JSON whitespace: space, tab, line feed and carriage return, nothing else.
    @inline(__always)
    mutating func skipWhitespace() {
        while position < end {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }

    /// Letters, digits, `_` and `$`: what a bare word (`True`, `NaN`, an unquoted key) is made of.
    static func isWordByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$")
    }

    /// Bytes that cannot follow a number: they make it a malformed one (`1.2.3`, `12abc`, `1-2`).
    static func continuesNumber(_ byte: UInt8) -> Bool {
        isWordByte(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    func text(_ lower: Int, _ upper: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
    }

    /// The end of the run of bytes from `offset` that `belongs` accepts, stopping at `limit` bytes.
    func endOfRun(from offset: Int, limit: Int = 64, while belongs: (UInt8) -> Bool) -> Int {
        var index = offset
        while index < end, index - offset < limit, belongs(bytes[index]) { index += 1 }
        return index
    }

    // MARK: - Strings

    /// Reads the string whose opening quote is at `position` and returns its unescaped text.
    mutating func scanString() throws(JSONSyntaxError) -> String {
        let open = position
        var index = open + 1
        let base = bytes.baseAddress!
        while true {
            // Eight bytes at a time while none of them is a quote, a backslash, a control character or non-ASCII.
            while index &+ 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if JSONScanner.needsAttention(word) { break }
                index &+= 8
            }
            guard index < end else { throw unterminatedString(open: open, lineEnd: nil) }
            let byte = base[index]
            if byte == UInt8(ascii: "\"") {
                position = index + 1
                return String(decoding: UnsafeBufferPointer(start: base + open + 1, count: index - open - 1), as: UTF8.self)
            } else if byte == UInt8(ascii: "\\") {
                return try scanEscapedString(open: open, firstEscape: index)
            } else if byte < 0x20 {
                throw controlCharacterInString(open: open, at: index)
            } else if byte >= 0x80 {
                index = try endOfUTF8Sequence(at: index)
            } else {
                index += 1
            }
        }
    }

    /// Whether any of eight bytes is `"`, `\`, below 0x20 or above 0x7F.
    @inline(__always)
    static func needsAttention(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        let hasQuote = (quotes &- ones) & ~quotes
        let hasBackslash = (backslashes &- ones) & ~backslashes
        let hasControl = (word &- ones &* 0x20) & ~word
        return (hasQuote | hasBackslash | hasControl | word) & highBits != 0
    }

    /// The slow path, for a string with escapes: decodes into a buffer from the first backslash on.
    private mutating func scanEscapedString(open: Int, firstEscape: Int) throws(JSONSyntaxError) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(firstEscape - open + 32)
        decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(open + 1)..<firstEscape]))
        var index = firstEscape
        var runStart = firstEscape
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                position = index + 1
                return String(decoding: decoded, as: UTF8.self)
            } else if byte == UInt8(ascii: "\\") {
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                index = try decodeEscape(at: index, open: open, into: &decoded)
                runStart = index
            } else if byte < 0x20 {
                throw controlCharacterInString(open: open, at: index)
            } else if byte >= 0x80 {
                index = try endOfUTF8Sequence(at: index)
            } else {
                index += 1
            }
        }
        throw unterminatedString(open: open, lineEnd: nil)
    }

    /// Decodes the escape whose backslash is at `index`, returning the offset after it.
    private func decodeEscape(at index: Int, open: Int, into decoded: inout [UInt8]) throws(JSONSyntaxError) -> Int {
        guard index + 1 < end else { throw unterminatedString(open: open, lineEnd: nil) }
        switch bytes[index + 1] {
        case UInt8(ascii: "\""): decoded.append(0x22)
        case UInt8(ascii: "\\"): decoded.append(0x5C)
        case UInt8(ascii: "/"): decoded.append(0x2F)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try hexEscape(at: index)
            var value = UInt32(unit)
            var next = index + 6
            if (0xD800...0xDBFF).contains(unit) {
                guard next + 1 < end, bytes[next] == UInt8(ascii: "\\"), bytes[next + 1] == UInt8(ascii: "u") else {
                    throw loneSurrogate(at: index, unit: unit)
                }
                let low = try hexEscape(at: next)
                guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(at: index, unit: unit) }
                value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                next += 6
            } else if (0xDC00...0xDFFF).contains(unit) {
                throw loneSurrogate(at: index, unit: unit)
            }
            UTF8.encode(Unicode.Scalar(value)!) { decoded.append($0) }
            return next
        default:
            throw invalidEscape(at: index, open: open)
        }
        return index + 2
    }

    /// The code unit of the `\uXXXX` escape whose backslash is at `index`.
    private func hexEscape(at index: Int) throws(JSONSyntaxError) -> UInt16 {
        var unit: UInt16 = 0
        var digit = index + 2
        while digit < index + 6 {
            guard digit < end else { break }
            let byte = bytes[digit]
            let value: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = byte - UInt8(ascii: "A") + 10
            default: value = 0xFF
            }
            guard value != 0xFF else { break }
            unit = unit << 4 | UInt16(value)
            digit += 1
        }
        guard digit == index + 6 else {
            // Show what was written, up to the first byte that cannot belong to it.
            let shown = endOfRun(from: index + 2, limit: 4) { JSONScanner.isWordByte($0) }
            let written = text(index, shown)
            throw JSONSyntaxError(
                "invalid escape '\(written)' in string: \\u needs four hexadecimal digits",
                at: ByteRange(index, max(shown, index + 2)),
                label: "expected four hexadecimal digits after \\u",
                help: ["write a character as \\u followed by four hexadecimal digits, such as \\u00E9 for é"]
            )
        }
        return unit
    }

    // MARK: - Numbers and literals

    /// Reads the number at `position` (which starts with `-` or a digit) and returns its exact text.
    mutating func scanNumber() throws(JSONSyntaxError) -> String {
        let first = position
        var index = first
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < end, JSONScanner.isDigit(bytes[index]) else { throw numberWithoutDigits(at: first) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < end {
                if JSONScanner.isDigit(bytes[index]) { throw leadingZero(at: first) }
                if bytes[index] | 0x20 == UInt8(ascii: "x") { throw hexadecimalNumber(at: first) }
            }
        } else {
            while index < end, JSONScanner.isDigit(bytes[index]) { index += 1 }
        }
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < end, JSONScanner.isDigit(bytes[index]) else {
                throw malformedNumber(at: first, "needs a digit after the decimal point", help: "write it as a whole number, or add the digits after the point")
            }
            while index < end, JSONScanner.isDigit(bytes[index]) { index += 1 }
        }
        if index < end, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < end, JSONScanner.isDigit(bytes[index]) else {
                throw malformedNumber(at: first, "needs digits in its exponent", help: "an exponent is written like 1e3 or 2.5E-2")
            }
            while index < end, JSONScanner.isDigit(bytes[index]) { index += 1 }
        }
        if index < end, JSONScanner.continuesNumber(bytes[index]) {
            throw malformedNumber(at: first, "is not a valid JSON number", help: nil)
        }
        position = index
        return text(first, index)
    }

    /// Reads `true`, `false` or `null` at `position`.
    mutating func scanLiteral() throws(JSONSyntaxError) -> (kind: NodeKind, text: String) {
        let first = position
        let after = endOfRun(from: first, limit: Int.max, while: JSONScanner.isWordByte)
        let word = UnsafeBufferPointer(rebasing: bytes[first..<after])
        let result: (NodeKind, String)
        if word.elementsEqual("true".utf8) {
            result = (.bool, "true")
        } else if word.elementsEqual("false".utf8) {
            result = (.bool, "false")
        } else if word.elementsEqual("null".utf8) {
            result = (.null, "null")
        } else {
            throw unknownWord(ByteRange(first, after))
        }
        position = after
        return result
    }

    // MARK: - UTF-8

    /// Checks the UTF-8 sequence whose first byte (0x80 or above) is at `index`; returns the offset after it.
    @inline(__always)
    func endOfUTF8Sequence(at index: Int) throws(JSONSyntaxError) -> Int {
        let lead = bytes[index]
        var length = 0
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: throw invalidUTF8(at: index)
        }
        guard index + 1 < end, secondRange.contains(bytes[index + 1]) else { throw invalidUTF8(at: index) }
        var offset = 2
        while offset < length {
            guard index + offset < end, bytes[index + offset] & 0xC0 == 0x80 else { throw invalidUTF8(at: index) }
            offset += 1
        }
        return index + length
    }

    /// The code point at `index`, or nil if the bytes there are not UTF-8.
    func scalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        guard let after = try? endOfUTF8Sequence(at: index) else { return nil }
        var value = UInt32(lead) & (after - index == 2 ? 0x1F : after - index == 3 ? 0x0F : 0x07)
        for offset in (index + 1)..<after { value = value << 6 | UInt32(bytes[offset] & 0x3F) }
        return Unicode.Scalar(value).map { ($0, after - index) }
    }

    /// Whether the start of the document holds NUL bytes, as binary files do and text files never.
    var looksBinary: Bool {
        let limit = min(end, start + 1024)
        var index = start
        while index < limit {
            if bytes[index] == 0 { return true }
            index += 1
        }
        return false
    }
}
