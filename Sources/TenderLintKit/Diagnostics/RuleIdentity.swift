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

    /// A document larger than a limit allows (bytes, or nodes read): it is not read, or reading stops where the
    /// limit was reached, so that one file cannot take a run's time or memory. See docs/limits.md.
    public static let documentTooLarge = RuleIdentity(id: "TL018", name: "document-too-large")

    public static let all: [RuleIdentity] = [xmlWellFormed, jsonWellFormed, jsonDuplicateKey, documentTooLarge]
}

/// The checks made while turning a tree into the tender model.
public enum ModelRule {
    /// A well-formed file that is no tender document: skipped, with an info diagnostic.
    public static let notATenderDocument = RuleIdentity(id: "TL003", name: "not-a-tender-document")
    /// A value that cannot be read as what its field needs: a weight of "ten", a date of 2026-13-01, a currency of GPB.
    public static let invalidValue = RuleIdentity(id: "TL005", name: "invalid-value")
    /// An element, attribute or key the tender-spec format does not define (often a misspelling).
    public static let unknownField = RuleIdentity(id: "TL006", name: "unknown-field")
    /// A field the tender-spec format requires is missing.
    public static let missingField = RuleIdentity(id: "TL007", name: "missing-field")

    public static let all: [RuleIdentity] = [notATenderDocument, invalidValue, unknownField, missingField]
}

/// The checks about who a tender's buyer is and which policies bind it.
public enum ApplicabilityRule {
    /// The document does not show enough of the buyer (its nation, kind or threshold) to say whether a policy
    /// binds it: no policy is assumed, and the rules that need one are not evaluated.
    public static let buyerNotIdentified = RuleIdentity(id: "TL015", name: "buyer-not-identified")
    /// A classification, region, legal basis or notice type whose code tenderlint does not know.
    public static let unrecognisedSignal = RuleIdentity(id: "TL016", name: "unrecognised-applicability-code")
    /// Two signals about the buyer or the procurement that disagree: the stronger is taken.
    public static let conflictingSignals = RuleIdentity(id: "TL017", name: "conflicting-applicability-signals")

    public static let all: [RuleIdentity] = [buyerNotIdentified, unrecognisedSignal, conflictingSignals]
}
