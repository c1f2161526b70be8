/// The stable public name of a check: an id such as `SV001` and a kebab-case name.
///
/// Ids are the contract with CI configurations, baselines and suppressions: never reuse or renumber one.
public struct RuleIdentity: Hashable, Sendable, CustomStringConvertible {
    public let id: String
    public let name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    public var description: String { "\(id) \(name)" }
}

/// The checks the readers themselves make: a document that cannot be read cannot be linted.
public enum ReaderRule {
    /// XML that libxml2 cannot read, or that uses a construct tenderlint refuses (entities, wrong encoding).
    public static let xmlWellFormed = RuleIdentity(id: "TL001", name: "xml-well-formed")
    /// JSON that breaks RFC 8259.
    public static let jsonWellFormed = RuleIdentity(id: "TL002", name: "json-well-formed")
    /// A JSON object that names the same key twice, so which value counts is ambiguous.
    public static let jsonDuplicateKey = RuleIdentity(id: "TL004", name: "json-duplicate-key")

    public static let all: [RuleIdentity] = [xmlWellFormed, jsonWellFormed, jsonDuplicateKey]
}
