/// A vocabulary's phrases by the hash of their first word, so a text is matched in one pass over its words
/// whatever the vocabulary's size. Phrases beginning with a prefix ("sustainab*") are few and tried at every word.
final class VocabularyIndex: Sendable {
    struct Entry: Sendable {
        /// Nil for an exclusion.
        var category: Vocabulary.Category?
        var phrase: VocabularyPhrase
        /// The phrase's place in its category's list: lower is preferred.
        var rank: Int
    }

    struct Found {
        var phrase: VocabularyPhrase
        var rank: Int
        var words: Range<Int>
    }

    private let byFirstWord: [UInt64: [Entry]]
    private let byPrefix: [Entry]

    init(phrases: [Vocabulary.Category: [VocabularyPhrase]], exclusions: [VocabularyPhrase]) {
        var byFirstWord: [UInt64: [Entry]] = [:]
        var byPrefix: [Entry] = []
        let entries = phrases.flatMap { category, list in
            list.enumerated().map { Entry(category: category, phrase: $1, rank: $0) }
        } + exclusions.map { Entry(category: nil, phrase: $0, rank: 0) }
        for entry in entries {
            guard let first = entry.phrase.words.first else { continue }
            if first.isPrefix { byPrefix.append(entry) } else { byFirstWord[WordSequence.hash(first.bytes), default: []].append(entry) }
        }
        self.byFirstWord = byFirstWord
        self.byPrefix = byPrefix
    }

    /// The best phrase of each category in the words, leaving out matches that lie wholly inside an exclusion.
    /// One pass: a match at a word is decided once every exclusion beginning at or before that word is known, by
    /// the furthest end of those exclusions, so a text of many matches and exclusions stays linear.
    func best(in sequence: WordSequence) -> [Vocabulary.Category: Found] {
        var best: [Vocabulary.Category: Found] = [:]
        var exclusionEnd = 0
        var matches: [Entry] = []
        for start in 0..<sequence.count {
            matches.removeAll(keepingCapacity: true)
            for entry in byFirstWord[sequence.hash(ofWord: start)] ?? [] where entry.phrase.matches(sequence, at: start) {
                matches.append(entry)
            }
            for entry in byPrefix where entry.phrase.matches(sequence, at: start) { matches.append(entry) }
            for entry in matches where entry.category == nil {
                exclusionEnd = max(exclusionEnd, start + entry.phrase.words.count)
            }
            for entry in matches {
                guard let category = entry.category else { continue }
                let found = Found(phrase: entry.phrase, rank: entry.rank, words: start..<(start + entry.phrase.words.count))
                if found.words.upperBound <= exclusionEnd { continue }  // wholly inside an exclusion
                if let current = best[category], !Self.isBetter(found, than: current) { continue }
                best[category] = found
            }
        }
        return best
    }

    private static func isBetter(_ found: Found, than current: Found) -> Bool {
        if found.phrase.strength != current.phrase.strength { return found.phrase.strength == .strong }
        return found.rank < current.rank
    }
}
