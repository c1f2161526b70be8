/// What makes a tender a framework agreement in tenderlint's eyes: a field that says so, or, where no field
/// does, the words of its title or description. Findings that rest on a tender being a framework say which.
public struct FrameworkEvidence: Sendable, Hashable, CustomStringConvertible {
    /// The field that said so: "techniques.hasFrameworkAgreement", "title", "description".
    public var field: String
    /// The words it was recognised in, where it was recognised from text rather than stated.
    public var text: String?

    public init(field: String, text: String? = nil) {
        self.field = field
        self.text = text
    }

    /// "a framework, by its title 'Digital Advertising Framework'", "a framework, by its techniques.hasFrameworkAgreement".
    public var description: String {
        guard let text else { return "a framework, by its \(field)" }
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "a framework, by its \(field) '\(flat.count > 80 ? flat.prefix(77) + "…" : flat)'"
    }

    /// Whether a title names a framework: "framework" as a whole word, in any case.
    public static func titleNamesFramework(_ title: String) -> Bool { framework.occurs(in: title) }

    /// Whether a description names a framework agreement.
    public static func descriptionNamesFramework(_ description: String) -> Bool { frameworkAgreement.occurs(in: description) }

    private static let framework = VocabularyPhrase("framework")
    private static let frameworkAgreement = VocabularyPhrase("framework agreement")
}
