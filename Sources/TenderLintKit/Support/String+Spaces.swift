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
