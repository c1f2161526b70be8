/// One rule of one suppression, as the audit trail shows it.
public struct Waiver: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        /// It has a reason and names a known rule: findings in its scope are suppressed.
        case inForce = "in force"
        /// It has no reason, so it suppresses nothing (TL009).
        case noReason = "not in force: no reason"
        /// It names no rule tenderlint knows (TL011).
        case unknownRule = "not in force: unknown rule"
    }

    /// The rule as written.
    public var rule: String
    /// The rule it names, when the known rules were given and it is one of them.
    public var identity: RuleIdentity?
    /// Where the suppression is written (the directive, or the sidecar entry).
    public var location: SourceLocation
    /// The document it applies to.
    public var file: String
    public var scope: String
    public var reason: String?
    /// How many findings of this rule it suppressed; for one with no reason, how many it would have.
    public var findings: Int
    public var status: Status

    public init(rule: String, identity: RuleIdentity?, location: SourceLocation, file: String, scope: String,
                reason: String?, findings: Int, status: Status) {
        self.rule = rule
        self.identity = identity
        self.location = location
        self.file = file
        self.scope = scope
        self.reason = reason
        self.findings = findings
        self.status = status
    }
}
