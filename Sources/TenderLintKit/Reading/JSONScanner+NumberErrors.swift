/// The scanner's errors in numbers and bare words: what RFC 8259 forbids and what the writer probably meant.
extension JSONScanner {
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
}
