/// Finds a start tag with very many attributes before libxml2 reads it.
///
/// libxml2 (2.9, as Debian ships it) checks each attribute of a start tag against every earlier one, so a
/// tag with n attributes costs n² comparisons: 100,000 attributes take seconds, 1,000,000 minutes, whatever
/// the other limits say. Real elements have a handful, so a document with a tag past
/// `DocumentLimits.maximumAttributesPerElement` is refused (TL018) before libxml2 sees it. The scan is one
/// pass over the bytes: it skips comments, CDATA sections, processing instructions and quoted values, and
/// counts the `=` of each start tag.
enum XMLAttributeScan {
    /// The first start tag with more than `limit` attributes: where it starts, its name's end, and how many it has.
    static func firstCrowdedTag(in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> (start: Int, nameEnd: Int, count: Int)? {
        let count = bytes.count
        var index = 0
        func skip(past terminator: [UInt8], from start: Int) -> Int {
            var position = start
            while position + terminator.count <= count {
                if bytes[position] == terminator[0], (1..<terminator.count).allSatisfy({ bytes[position + $0] == terminator[$0] }) {
                    return position + terminator.count
                }
                position += 1
            }
            return count
        }
        while index < count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < count else {
                index += 1
                continue
            }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "!") {
                if index + 3 < count, bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
                    index = skip(past: Array("-->".utf8), from: index + 4)
                } else if index + 8 < count, bytes[index + 2] == UInt8(ascii: "[") {
                    index = skip(past: Array("]]>".utf8), from: index + 3)
                } else {
                    index = skip(past: [UInt8(ascii: ">")], from: index + 2)
                }
                continue
            }
            if next == UInt8(ascii: "?") {
                index = skip(past: Array("?>".utf8), from: index + 2)
                continue
            }
            if next == UInt8(ascii: "/") {
                index = skip(past: [UInt8(ascii: ">")], from: index + 2)
                continue
            }
            // A start tag: count the '=' outside quoted values, up to its '>'.
            let start = index
            var position = index + 1
            var nameEnd: Int?
            var attributes = 0
            while position < count, bytes[position] != UInt8(ascii: ">") {
                let byte = bytes[position]
                if nameEnd == nil, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "/") {
                    nameEnd = position
                }
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    position += 1
                    while position < count, bytes[position] != byte { position += 1 }
                } else if byte == UInt8(ascii: "=") {
                    attributes += 1
                }
                position += 1
            }
            if attributes > limit { return (start, nameEnd ?? position, attributes) }
            index = position + 1
        }
        return nil
    }
}
