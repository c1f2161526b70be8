/// Reads what a notice's free text says about community benefits, in the standard wording Public Contracts
/// Scotland puts in every contract notice ("Community benefits are included in this requirement", "A summary of
/// the expected community benefits has been provided as follows: …", "The Contracting Authority does not intend
/// to include any community benefit requirements in this contract for the following reason: …").
public enum CommunityBenefitsStatement {
    static let included = ["community benefits are included", "intends to include community benefits", "community benefits will be included"]
    static let excluded = ["does not intend to include any community benefit", "no community benefit requirements"]
    static let summary = "summary of the expected community benefits"
    static let reason = "for the following reason:"

    /// What the text says, or nil when it does not speak of community benefits.
    public static func read(_ text: Located<String>, field: String) -> CommunityBenefits? {
        if cannotMention(text.value) { return nil }
        let lowered = text.value.lowercased()
        guard let mention = lowered.range(of: "community benefit") else { return nil }
        let phrase = String(text.value[mention]).lowercased()
        let recognition = Recognition(phrase: phrase, field: field, origin: text.origin)
        if let exclusion = excluded.lazy.compactMap({ lowered.range(of: $0) }).first {
            let reasons = lowered[exclusion.upperBound...].range(of: reason).map { statement(in: text.value, after: $0.upperBound) } ?? ""
            return CommunityBenefits(included: Located(false, at: text.origin), statement: reasons.isEmpty ? nil : Located(reasons, at: text.origin),
                                     recognition: recognition, origin: text.origin)
        }
        let includes = included.contains { lowered.contains($0) }
        let summarised = lowered.range(of: summary).flatMap { found in
            lowered[found.upperBound...].range(of: ":").map { statement(in: text.value, after: $0.upperBound) }
        } ?? ""
        return CommunityBenefits(included: includes ? Located(true, at: text.origin) : nil,
                                 statement: summarised.isEmpty ? nil : Located(summarised, at: text.origin),
                                 recognition: recognition, origin: text.origin)
    }

    /// The statement that follows a phrase: up to the next sentence that starts a new subject (a line break,
    /// or Public Contracts Scotland's "rn" where its line breaks were lost), at most 400 characters.
    static func statement(in text: String, after index: String.Index) -> String {
        var rest = Substring(text[index...])
        while let first = rest.first, first.isWhitespace { rest.removeFirst() }
        // The copies in circulation lost their escapes: a line break reads "rn" stuck to the next word.
        if rest.hasPrefix("rn ") { rest.removeFirst(3) }
        var end = rest.endIndex
        if let newline = rest.firstIndex(where: \.isNewline) { end = newline }
        // …and the next sentence starts with a capital: "Not requiredrn Community benefits are…".
        var search = rest.startIndex..<end
        while let lost = rest.range(of: "rn ", options: [], range: search) {
            if lost.lowerBound > rest.startIndex, lost.upperBound < end, rest[lost.upperBound].isUppercase {
                end = lost.lowerBound
                break
            }
            search = lost.upperBound..<end
        }
        let statement = rest[..<end].trimmingCharacters(in: .whitespaces)
        return statement.count > 400 ? String(statement.prefix(399)) + "…" : statement
    }

    /// Whether `text` is ASCII without "community benefit" in any case: most texts, ruled out by their bytes
    /// before they are lowercased and searched. Any other text is searched as before.
    static func cannotMention(_ text: String) -> Bool {
        let needle = Array("community benefit".utf8)
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            guard bytes.count >= needle.count else { return true }
            // Letters match in either case; the space matches only a space.
            return !(0...(bytes.count - needle.count)).contains { start in
                needle.indices.allSatisfy { index in
                    let byte = bytes[start + index], wanted = needle[index]
                    return wanted == 0x20 ? byte == 0x20 : byte | 0x20 == wanted
                }
            }
        } ?? false
    }
}
