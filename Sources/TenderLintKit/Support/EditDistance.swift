/// Edit distance between two strings, for every did-you-mean tenderlint makes: one measure, so a misspelling is
/// near the same names wherever it is written.
public enum EditDistance {
    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
    public static func between(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }

    /// How many edits still make a slip of the keys rather than another word: one per three characters,
    /// from one to three.
    public static func closenessLimit(for word: String) -> Int { max(1, min(3, word.count / 3)) }

    /// The candidates close to a word, closest first (ties in the candidates' order); case is ignored.
    public static func suggestions(for word: String, among candidates: [String], maximum: Int? = nil) -> [String] {
        let key = word.uppercased()
        let limit = maximum ?? closenessLimit(for: key)
        let scored = candidates.enumerated().compactMap { index, candidate -> (Int, Int, String)? in
            let distance = between(key, candidate.uppercased())
            return distance <= limit ? (distance, index, candidate) : nil
        }
        guard let best = scored.map(\.0).min() else { return [] }
        return scored.filter { $0.0 == best }.sorted { $0.1 < $1.1 }.map(\.2)
    }
}
