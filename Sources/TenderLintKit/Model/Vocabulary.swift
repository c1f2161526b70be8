import Foundation

/// Phrases that mark text as social value, net zero or a net zero requirement, for formats that have no field
/// for them (OCDS, eForms). Data, not code: a configuration will be able to add to it.
public struct Vocabulary: Sendable, Hashable {
    public enum Category: String, Sendable, Hashable, CaseIterable {
        case socialValue = "social-value"
        case netZero = "net-zero"
        case carbonReductionPlan = "carbon-reduction-plan"
        case netZeroCommitment = "net-zero-commitment"
        case evergreen
    }

    /// Lower-case phrases per category, most specific first.
    public var phrases: [Category: [String]]

    public init(phrases: [Category: [String]]) {
        self.phrases = phrases.mapValues { $0.map { $0.lowercased() } }
    }

    /// English, as UK buyers write it.
    public static let english = Vocabulary(phrases: [
        .socialValue: [
            "social value", "community benefit", "community wealth", "social impact", "social responsibility",
            "themes, outcomes and measures", "social value model", "local employment", "fair work",
            "equal opportunit", "apprentice", "wellbeing", "well-being", "volunteer",
        ],
        .netZero: [
            "decarbonisation", "decarbonization", "net zero", "net-zero", "greenhouse gas", "carbon", "climate",
            "emissions", "low emission", "zero emission", "electric vehicle", "sustainability",
        ],
        .carbonReductionPlan: ["carbon reduction plan", "ppn 06/21", "ppn 6/21", "ppn 006", "ppn 0006"],
        .netZeroCommitment: ["net zero commitment", "net-zero commitment"],
        .evergreen: ["evergreen sustainable supplier assessment", "evergreen"],
    ])

    /// The first phrase of the category found in the text, ignoring case.
    public func phrase(of category: Category, in text: String) -> String? {
        guard let candidates = phrases[category], !text.isEmpty else { return nil }
        return Self.lowercasedUTF8(text).withUnsafeBufferPointer { haystack in
            candidates.first { phrase in Self.occurs(phrase, in: haystack) }
        }
    }

    /// The text lower-cased as UTF-8 bytes, as `String.lowercased()` would give them, with ASCII done a byte at a
    /// time: most of what buyers write is ASCII, and the general path costs a table look-up per character.
    static func lowercasedUTF8(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            guard byte < 0x80 else {
                // The rest goes the general way, from the first character that is not ASCII.
                let rest = text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: bytes.count)...]
                bytes += String(Substring(rest)).lowercased().utf8
                return bytes
            }
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return bytes
    }

    /// A byte search of UTF-8 text: Foundation's `contains` goes through UTF-16 and is many times slower,
    /// which bulk files of thousands of descriptions feel.
    private static func occurs(_ phrase: String, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        var phrase = phrase
        return phrase.withUTF8 { needle in occurs(needle, in: haystack) }
    }

    private static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count, let base = haystack.baseAddress, let needleBase = needle.baseAddress else {
            return false
        }
        // memchr finds each place the first byte occurs; memcmp checks the rest there.
        let last = haystack.count - needle.count
        var start = 0
        while start <= last {
            guard let found = memchr(base + start, Int32(first), last - start + 1) else { return false }
            let offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if memcmp(base + offset, needleBase, needle.count) == 0 { return true }
            start = offset + 1
        }
        return false
    }

    /// Every category recognised in a located text, the text lower-cased once for all of them.
    public func recognitions(in text: Located<String>?, field: String) -> [Category: Recognition] {
        guard let text, !text.value.isEmpty else { return [:] }
        var found: [Category: Recognition] = [:]
        Self.lowercasedUTF8(text.value).withUnsafeBufferPointer { haystack in
            for (category, candidates) in phrases {
                if let phrase = candidates.first(where: { Self.occurs($0, in: haystack) }) {
                    found[category] = Recognition(phrase: phrase, field: field, origin: text.origin)
                }
            }
        }
        return found
    }

    /// The kind a criterion's own words give it, for formats with no field for social value or net zero:
    /// social value before net zero (a "social value and net zero" criterion counts once, as social value), and
    /// the name before the description, since the name says what a criterion is. The name counts whatever the
    /// published type (a "Social value" criterion typed `cost` is social value); the description only changes a
    /// criterion published as quality or with no type, since a price criterion's description may mention anything.
    public func criterionKind(name: Located<String>?, description: Located<String>?,
                              published: CriterionKind = .other) -> (kind: CriterionKind, recognition: Recognition)? {
        let texts = published == .price || published == .cost ? [(name, "name")] : [(name, "name"), (description, "description")]
        for (text, field) in texts {
            let found = recognitions(in: text, field: field)
            if let socialValue = found[.socialValue] { return (.socialValue, socialValue) }
            if let netZero = found[.netZero] { return (.netZero, netZero) }
        }
        return nil
    }

    /// A recognition of the category in a located text, naming the field it was found in.
    public func recognise(_ category: Category, in text: Located<String>?, field: String) -> Recognition? {
        guard let text, let phrase = phrase(of: category, in: text.value) else { return nil }
        return Recognition(phrase: phrase, field: field, origin: text.origin)
    }
}
