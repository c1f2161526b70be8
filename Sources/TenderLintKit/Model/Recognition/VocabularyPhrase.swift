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
            // A prefix keeps its letters as written: "emis*" must not lose a final "s" as a plural would.
            let sequence = WordSequence(String(isPrefix ? written.dropLast() : written), stemming: !isPrefix)
            for (index, range) in sequence.words.enumerated() {
                words.append(WordPattern(bytes: Array(sequence.bytes[range]), isPrefix: isPrefix && index == sequence.count - 1))
            }
        }
        self.words = words
    }

    public var description: String { text }

    /// Whether the phrase's words stand anywhere in a text, for a question asked of one text alone.
    public func occurs(in text: String) -> Bool {
        let sequence = WordSequence(text)
        return sequence.words.indices.contains { matches(sequence, at: $0) }
    }

    /// Whether the phrase's words are the text's from word `start` on.
    func matches(_ sequence: WordSequence, at start: Int) -> Bool {
        guard !words.isEmpty, start + words.count <= sequence.count else { return false }
        for (offset, pattern) in words.enumerated() where !sequence.word(start + offset, matches: pattern) {
            return false
        }
        return true
    }
}
