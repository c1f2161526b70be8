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
