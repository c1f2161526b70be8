import Foundation

/// A text as the words recognition compares: lower-cased, accents folded ("ŵ" as "w"), split at anything that is
/// not a letter or a digit (so "net-zero", "net zero" and "Net Zero." are the same two words), and each word with
/// a simple English plural taken off ("benefits" as "benefit", "opportunities" as "opportunity").
///
/// Words are ranges of one normalised byte buffer, so a text costs two allocations however many words it has.
struct WordSequence {
    /// The normalised UTF-8 of every word, back to back.
    private(set) var bytes: [UInt8] = []
    /// Each word's range in `bytes`, after its plural was taken off.
    private(set) var words: [Range<Int>] = []
    private let stemming: Bool

    /// The text's words; with `stemming` false, as written (lower-cased), for quoting them.
    init(_ text: String, stemming: Bool = true) {
        self.stemming = stemming
        bytes.reserveCapacity(text.utf8.count)
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // Most of what buyers write is ASCII: a byte at a time, with no Unicode tables.
            var start: Int?
            for byte in text.utf8 {
                if Self.isASCIIWordByte(byte) {
                    if start == nil { start = bytes.count }
                    bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                } else if let begun = start {
                    endWord(from: begun)
                    start = nil
                }
            }
            if let start { endWord(from: start) }
            return
        }
        var start: Int?
        for scalar in text.unicodeScalars {
            if scalar.isASCII ? Self.isASCIIWordByte(UInt8(scalar.value)) : Self.isWordScalar(scalar) {
                if start == nil { start = bytes.count }
                appendFolded(scalar)
            } else if let begun = start {
                endWord(from: begun)
                start = nil
            }
        }
        if let start { endWord(from: start) }
    }

    var count: Int { words.count }

    /// Whether word `index` is exactly `pattern`'s bytes, or starts with them when the pattern is a prefix.
    func word(_ index: Int, matches pattern: VocabularyPhrase.WordPattern) -> Bool {
        let range = words[index]
        let length = pattern.bytes.count
        guard pattern.isPrefix ? range.count >= length : range.count == length else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            pattern.bytes.withUnsafeBufferPointer { needle in
                memcmp(buffer.baseAddress! + range.lowerBound, needle.baseAddress!, length) == 0
            }
        }
    }

    /// A hash of word `index`'s bytes (FNV-1a), to find the phrases that start with it without building a string.
    func hash(ofWord index: Int) -> UInt64 {
        Self.hash(bytes[words[index]])
    }

    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The words as text, for tests and for building patterns.
    var strings: [String] { strings(0..<words.count) }

    /// Some of the words as text, for quoting a match.
    func strings(_ range: Range<Int>) -> [String] {
        words[range].map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
    }

    /// A non-ASCII letter lower-cased with its accents taken off; letters of other scripts stay as they are.
    private mutating func appendFolded(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            return
        }
        let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        bytes.append(contentsOf: folded.utf8)
    }

    /// Ends the word begun at `start`, taking a plural off: "-ies" as "-y", "-sses", "-shes", "-ches" and "-xes"
    /// without "-es", and any other final "s" but those of "-ss", "-us" and "-is" ("process", "status", "analysis").
    private mutating func endWord(from start: Int) {
        var end = bytes.count
        let length = end - start
        if stemming, length > 3, bytes[end - 1] == 0x73 {
            let before = bytes[end - 2]
            if length > 4, before == 0x65, bytes[end - 3] == 0x69 {  // -ies
                bytes[end - 3] = 0x79
                end -= 2
            } else if length > 4, before == 0x65,
                      bytes[end - 3] == 0x78 || (bytes[end - 3] == 0x73 && bytes[end - 4] == 0x73)
                      || (bytes[end - 3] == 0x68 && (bytes[end - 4] == 0x73 || bytes[end - 4] == 0x63)) {
                end -= 2  // -xes, -sses, -shes, -ches
            } else if before != 0x73, before != 0x75, before != 0x69 {
                end -= 1
            }
            bytes.removeSubrange(end...)
        }
        words.append(start..<end)
    }
}
