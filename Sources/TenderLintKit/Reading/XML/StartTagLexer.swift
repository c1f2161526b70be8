/// Finds where names and attribute values sit inside a start tag that libxml2 has already accepted.
///
/// libxml2 does the parsing and checking; it just does not say where each
/// attribute is. Because the tag is known to be well formed, a small scan
/// over its bytes is enough: this is not an XML parser.
struct StartTagLexer {
    struct Attribute {
        var qualifiedName: String
        var nameRange: ByteRange
        /// Inside the quotes.
        var valueRange: ByteRange
        /// The whole attribute, from its name to its closing quote.
        var range: ByteRange
        var isNamespaceDeclaration: Bool {
            qualifiedName == "xmlns" || qualifiedName.hasPrefix("xmlns:")
        }
    }

    struct Tag {
        var nameRange: ByteRange
        var attributes: [Attribute]
        /// Offset just past `>`.
        var end: Int
        var isEmptyElement: Bool
    }

    /// Scans the tag starting at `start` (the `<`).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Tag {
        var index = start + 1
        let count = bytes.count
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        func skipSpaces() { while index < count, isSpace(bytes[index]) { index += 1 } }
        func isNameEnd(_ byte: UInt8) -> Bool {
            isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=")
        }

        let nameStart = index
        while index < count, !isNameEnd(bytes[index]) { index += 1 }
        var tag = Tag(nameRange: ByteRange(nameStart, index), attributes: [], end: index, isEmptyElement: false)

        while index < count {
            skipSpaces()
            guard index < count else { break }
            if bytes[index] == UInt8(ascii: ">") {
                tag.end = index + 1
                return tag
            }
            if bytes[index] == UInt8(ascii: "/") {
                tag.isEmptyElement = true
                index += 1
                continue
            }
            let attributeStart = index
            while index < count, !isNameEnd(bytes[index]) { index += 1 }
            let nameRange = ByteRange(attributeStart, index)
            skipSpaces()
            if index < count, bytes[index] == UInt8(ascii: "=") { index += 1 }
            skipSpaces()
            guard index < count else { break }
            let quote = bytes[index]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                index += 1
                continue
            }
            index += 1
            let valueStart = index
            while index < count, bytes[index] != quote { index += 1 }
            let valueRange = ByteRange(valueStart, index)
            index = min(index + 1, count)
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameRange.lowerBound..<nameRange.upperBound]), as: UTF8.self)
            tag.attributes.append(Attribute(
                qualifiedName: name, nameRange: nameRange, valueRange: valueRange,
                range: ByteRange(attributeStart, index)
            ))
        }
        tag.end = count
        return tag
    }
}
