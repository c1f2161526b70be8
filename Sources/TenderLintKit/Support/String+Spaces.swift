/// Whitespace helpers for text read from documents and catalogues.
extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    func replacingSpaces(with replacement: String) -> String {
        split(whereSeparator: \.isWhitespace).joined(separator: replacement)
    }
}

extension UInt8 {
    /// The ASCII characters `Character.isWhitespace` calls whitespace: space, tab, LF, VT, FF and CR. Fast paths
    /// over ASCII text, where a byte is a character, test bytes with it instead of looking up a Unicode property.
    var isASCIIWhitespace: Bool { self == 0x20 || (self >= 0x09 && self <= 0x0D) }
}
