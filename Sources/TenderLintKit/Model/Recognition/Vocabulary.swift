import Foundation

/// Phrases that mark text as social value, net zero or a net zero requirement, for formats that have no field
/// for them (OCDS, eForms). Data, not code: `.tenderlint.yml` adds to it.
///
/// Recognition matches whole words and phrases of normalised text (`WordSequence`), never substrings: "carbon"
/// is not found in "carbonated". A phrase is strong (a criterion named so is social value or net zero) or weak (a
/// mention such as "sustainability" or "wellbeing" that is recorded but never on its own makes a criterion social
/// value or covers the climate theme). Exclusions are phrases whose words are something else ("carbon monoxide",
/// "in the current climate"): a match lying wholly inside one is no match.
public struct Vocabulary: Sendable, Hashable {
    public enum Category: String, Sendable, Hashable, CaseIterable {
        case socialValue = "social-value"
        case netZero = "net-zero"
        case carbonReductionPlan = "carbon-reduction-plan"
        case netZeroCommitment = "net-zero-commitment"
        case evergreen
        /// Words that say a criterion is about price or cost: a criterion typed so and named with one stays price or
        /// cost, whatever else its name says ("Price including social value commitments").
        case price
    }

    /// Phrases per category, most specific first: the first that matches is the one a note quotes.
    public private(set) var phrases: [Category: [VocabularyPhrase]]
    /// Phrases whose words are not what a phrase inside them means.
    public private(set) var exclusions: [VocabularyPhrase]
    private let index: VocabularyIndex

    public init(phrases: [Category: [VocabularyPhrase]], exclusions: [VocabularyPhrase] = []) {
        self.phrases = phrases
        self.exclusions = exclusions
        index = VocabularyIndex(phrases: phrases, exclusions: exclusions)
    }

    public static func == (lhs: Vocabulary, rhs: Vocabulary) -> Bool {
        lhs.phrases == rhs.phrases && lhs.exclusions == rhs.exclusions
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(phrases)
        hasher.combine(exclusions)
    }

    /// This vocabulary with another's phrases and exclusions after its own.
    public func merging(_ other: Vocabulary) -> Vocabulary {
        var merged = phrases
        for (category, added) in other.phrases {
            let existing = merged[category] ?? []
            merged[category] = existing + added.filter { !existing.contains($0) }
        }
        return Vocabulary(phrases: merged, exclusions: exclusions + other.exclusions.filter { !exclusions.contains($0) })
    }

    /// This vocabulary with phrases put before its own (configured ones come first, so notes quote them).
    public func adding(_ added: [Category: [VocabularyPhrase]]) -> Vocabulary {
        var merged = phrases
        for (category, new) in added {
            let existing = merged[category] ?? []
            merged[category] = new.filter { !existing.contains($0) } + existing
        }
        return Vocabulary(phrases: merged, exclusions: exclusions)
    }

    /// The first phrase of the category found in the text, strong or weak; for tests and configuration checks.
    public func phrase(of category: Category, in text: String) -> String? {
        return index.best(in: WordSequence(text))[category].map { Self.quoted($0, in: text) }
    }

    /// The phrase as a note quotes it: as listed, but a prefix with the word the text has ("sustainability" for
    /// "sustainab*"), since a reader cannot search their document for an asterisk.
    private static func quoted(_ found: VocabularyIndex.Found, in text: String) -> String {
        guard found.phrase.words.contains(where: \.isPrefix) else { return found.phrase.text }
        // Split the same way, so the word numbers agree, but with the plurals left as written.
        return WordSequence(text, stemming: false).strings(found.words).joined(separator: " ")
    }

    /// Every category recognised in a located text, each by its best phrase: a strong one before a weak one, then
    /// the earlier in the category's list. The text is read into words once for all of them.
    public func recognitions(in text: Located<String>?, field: String) -> [Category: Recognition] {
        guard let text, !text.value.isEmpty else { return [:] }
        return index.best(in: WordSequence(text.value)).mapValues { found in
            Recognition(phrase: Self.quoted(found, in: text.value), field: field, origin: text.origin, strength: found.phrase.strength)
        }
    }

    /// The kind a criterion's own words give it, for formats with no field for social value or net zero. Only
    /// strong phrases count: a criterion named "Sustainability" stays what it was published as. Social value
    /// comes before net zero (a "social value and net zero" criterion counts once, as social value), and the
    /// name before the description, since the name says what a criterion is. The name counts whatever the
    /// published type (a "Social value" criterion typed `cost` is social value); the description only changes a
    /// criterion published as quality or with no type, since a price criterion's description may mention anything.
    /// A criterion typed price or cost whose name also has a price word stays what it was published as.
    public func criterionKind(name: Located<String>?, description: Located<String>?,
                              published: CriterionKind = .other) -> (kind: CriterionKind, recognition: Recognition)? {
        let priced = published == .price || published == .cost
        let texts = priced ? [(name, "name")] : [(name, "name"), (description, "description")]
        for (text, field) in texts {
            let found = recognitions(in: text, field: field)
            if priced, found[.price] != nil { return nil }
            if let socialValue = found[.socialValue], socialValue.isStrong { return (.socialValue, socialValue) }
            if let netZero = found[.netZero], netZero.isStrong { return (.netZero, netZero) }
        }
        return nil
    }

    /// A strong recognition of the category in a located text, naming the field it was found in.
    public func recognise(_ category: Category, in text: Located<String>?, field: String) -> Recognition? {
        recognitions(in: text, field: field)[category].flatMap { $0.isStrong ? $0 : nil }
    }
}
