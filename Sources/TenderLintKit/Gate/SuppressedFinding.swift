/// A finding a suppression with a reason took out of the run: SARIF still lists it, marked suppressed.
public struct SuppressedFinding: Sendable, Hashable {
    public var diagnostic: Diagnostic
    /// Why it is suppressed, as the suppression says.
    public var reason: String
    /// Whether the suppression is written in the document itself (a directive) or beside it (a sidecar).
    public var inSource: Bool

    public init(_ diagnostic: Diagnostic, reason: String, inSource: Bool) {
        self.diagnostic = diagnostic
        self.reason = reason
        self.inSource = inSource
    }

    public init(_ diagnostic: Diagnostic, by suppression: Suppression) {
        self.init(diagnostic, reason: suppression.reason ?? "", inSource: suppression.form != .sidecar)
    }
}
