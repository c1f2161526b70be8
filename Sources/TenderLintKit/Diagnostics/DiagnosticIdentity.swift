/// What a finding is, independently of where its text sits: what baselines match on and fingerprints hash.
public struct DiagnosticIdentity: Hashable, Sendable {
    /// What the finding is about (its `subjectIdentity`); for a finding about syntax, made before the document had
    /// a tree, its document path stands in.
    public var subject: String
    /// The value it judged (its `offendingValue`); for a finding about syntax, the text it points at.
    public var value: String?

    public init(subject: String, value: String?) {
        self.subject = subject
        self.value = value
    }

    public init(_ diagnostic: Diagnostic) {
        if let identity = diagnostic.subjectIdentity {
            self.init(subject: identity, value: diagnostic.offendingValue)
        } else {
            let located = diagnostic.location.subject
            self.init(subject: diagnostic.documentPath ?? "", value: located.isEmpty ? nil : located)
        }
    }
}
