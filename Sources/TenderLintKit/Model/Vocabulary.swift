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
            "emissions", "environmental", "sustainability",
        ],
        .carbonReductionPlan: ["carbon reduction plan", "ppn 06/21", "ppn 6/21", "ppn 006", "ppn 0006"],
        .netZeroCommitment: ["net zero commitment", "net-zero commitment"],
        .evergreen: ["evergreen sustainable supplier assessment", "evergreen"],
    ])

    /// The first phrase of the category found in the text, ignoring case.
    public func phrase(of category: Category, in text: String) -> String? {
        guard let candidates = phrases[category], !text.isEmpty else { return nil }
        let lowered = text.lowercased()
        return candidates.first { lowered.contains($0) }
    }

    /// A recognition of the category in a located text, naming the field it was found in.
    public func recognise(_ category: Category, in text: Located<String>?, field: String) -> Recognition? {
        guard let text, let phrase = phrase(of: category, in: text.value) else { return nil }
        return Recognition(phrase: phrase, field: field, origin: text.origin)
    }
}
