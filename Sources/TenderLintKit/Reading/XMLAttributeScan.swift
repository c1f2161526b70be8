import Foundation

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
        guard let base = bytes.baseAddress else { return nil }
        var index = 0
        /// The next occurrence of `byte` at or after `start`, or `count`: memchr, since text runs between tags are long.
        func next(_ byte: UInt8, from start: Int) -> Int {
            guard start < count, let found = memchr(base + start, Int32(byte), count - start) else { return count }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        func skip(past terminator: StaticString, from start: Int) -> Int {
            let length = terminator.utf8CodeUnitCount
            let text = terminator.utf8Start
            var position = next(text[0], from: start)
            while position + length <= count {
                if (1..<length).allSatisfy({ bytes[position + $0] == text[$0] }) { return position + length }
                position = next(text[0], from: position + 1)
            }
            return count
        }
        while index < count {
            index = next(UInt8(ascii: "<"), from: index)
            guard index + 1 < count else { break }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "!") {
                if index + 3 < count, bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
                    index = skip(past: "-->", from: index + 4)
                } else if index + 8 < count, bytes[index + 2] == UInt8(ascii: "[") {
                    index = skip(past: "]]>", from: index + 3)
                } else {
                    index = skip(past: ">", from: index + 2)
                }
                continue
            }
            if next == UInt8(ascii: "?") {
                index = skip(past: "?>", from: index + 2)
                continue
            }
            if next == UInt8(ascii: "/") {
                index = skip(past: ">", from: index + 2)
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
