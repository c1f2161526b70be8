/// The policy a diagnostic enforces, as a buyer would look it up.
public struct PolicyCitation: Hashable, Sendable {
    /// The short name used in POLICY.md, such as `PPN 06/20`.
    public var shortName: String
    /// Where in the policy, or what it says, in a few words.
    public var detail: String?

    public init(_ shortName: String, detail: String? = nil) {
        self.shortName = shortName
        self.detail = detail
    }
}
