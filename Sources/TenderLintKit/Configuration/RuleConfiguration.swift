import Foundation

/// What one configuration file says about one rule.
public struct RuleConfiguration: Sendable {
    /// The canonical id, whichever of id or name the file used.
    public var ruleID: String
    /// Where the rule's key is.
    public var origin: ConfigurationOrigin
    public var severity: Sourced<RuleSeverity>?
    public var parameters: [String: Sourced<ParameterValue>]
    /// When set, the severity applies only to that part of a document, and there are no parameters.
    public var scope: Sourced<DocumentPathScope>?
    /// Why, in the user's words: required reading for an auditor when a rule is turned off.
    public var reason: Sourced<String>?

    public init(ruleID: String, origin: ConfigurationOrigin, severity: Sourced<RuleSeverity>? = nil,
                parameters: [String: Sourced<ParameterValue>] = [:], scope: Sourced<DocumentPathScope>? = nil,
                reason: Sourced<String>? = nil) {
        self.ruleID = ruleID
        self.origin = origin
        self.severity = severity
        self.parameters = parameters
        self.scope = scope
        self.reason = reason
    }
}
