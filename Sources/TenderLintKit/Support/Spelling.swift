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
}
