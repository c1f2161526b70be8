/// One phrase of the vocabulary: its words as `WordSequence` normalises them, and how much it proves.
///
/// A word written with a final `*` matches any word it begins ("sustainab*" is "sustainable" and
/// "sustainability"); every other word matches whole, after the same normalisation as the text.
public struct VocabularyPhrase: Sendable, Hashable, CustomStringConvertible {
    /// As written in the vocabulary, such as "community benefit" or "decarboni*".
    public var text: String
    public var strength: Recognition.Strength
    /// The words to match, in order; empty when the phrase has no letter or digit.
    let words: [WordPattern]

    struct WordPattern: Sendable, Hashable {
        var bytes: [UInt8]
        var isPrefix: Bool
    }

    public init(_ text: String, strength: Recognition.Strength = .strong) {
        self.text = text.lowercased()
        self.strength = strength
        var words: [WordPattern] = []
        for written in text.split(whereSeparator: \.isWhitespace) {
            let isPrefix = written.hasSuffix("*")
            if isPrefix {
                // A prefix keeps its letters as written: "sustainab*" must not lose a final "s".
                let stem = WordSequence(String(written.dropLast()) + "a")
                for (index, range) in stem.words.enumerated() {
                    var bytes = Array(stem.bytes[range])
                    if index == stem.words.count - 1 { bytes.removeLast() }
                    words.append(WordPattern(bytes: bytes, isPrefix: index == stem.words.count - 1))
                }
            } else {
                let sequence = WordSequence(String(written))
                words += sequence.words.map { WordPattern(bytes: Array(sequence.bytes[$0]), isPrefix: false) }
            }
        }
        self.words = words
    }

    public var description: String { text }

    /// Whether the phrase's words are the text's from word `start` on.
    func matches(_ sequence: WordSequence, at start: Int) -> Bool {
        guard !words.isEmpty, start + words.count <= sequence.count else { return false }
        for (offset, pattern) in words.enumerated() where !sequence.word(start + offset, matches: pattern) {
            return false
        }
        return true
    }
}
