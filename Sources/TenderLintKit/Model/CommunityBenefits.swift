/// What a contract notice says about community benefit requirements (Procurement Reform (Scotland) Act 2014
/// s.25): a summary of those it includes, or the reasons for including none.
public struct CommunityBenefits: Sendable {
    /// Whether the contract includes community benefit requirements; nil where the notice mentions community
    /// benefits without saying.
    public var included: Located<Bool>?
    /// The summary of the requirements, or the reasons for having none.
    public var statement: Located<String>?
    /// Why it was recognised from text, for OCDS and eForms.
    public var recognition: Recognition?
    public var origin: Origin?

    public init(included: Located<Bool>? = nil, statement: Located<String>? = nil, recognition: Recognition? = nil,
                origin: Origin? = nil) {
        self.included = included
        self.statement = statement
        self.recognition = recognition
        self.origin = origin
    }

    /// The statement without surrounding blanks; empty when there is none.
    public var statementText: String {
        statement?.value.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }
}
