/// Did-you-mean: the one closest name or code to a misspelt one (`EditDistance.suggestions` lists all the closest).
enum Spelling {
    /// The closest candidate within a small edit distance, or nil.
    static func nearest(to word: String, among candidates: Set<String>) -> String? {
        let limit = max(1, min(3, word.count / 3))
        var best: (String, Int)?
        for candidate in candidates.sorted() {
            let distance = EditDistance.between(word.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// Whether `suggestion` is closer to `word` than every other candidate, so choosing it is no guess.
    static func isOnlyNearest(_ suggestion: String, to word: String, among candidates: Set<String>) -> Bool {
        let distance = EditDistance.between(word.lowercased(), suggestion.lowercased())
        return !candidates.contains { $0 != suggestion && EditDistance.between(word.lowercased(), $0.lowercased()) <= distance }
    }
}
