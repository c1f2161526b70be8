/// Why a criterion or requirement was taken to be social value, net zero or a Carbon Reduction Plan
/// in a format that has no field for it: the phrase found and where.
public struct Recognition: Sendable, Hashable, CustomStringConvertible {
    /// The vocabulary phrase that matched, such as "community benefit".
    public var phrase: String
    /// Which text it was found in: "name", "description", a code list such as "strategic procurement code".
    public var field: String
    public var origin: Origin?

    public init(phrase: String, field: String, origin: Origin?) {
        self.phrase = phrase
        self.field = field
        self.origin = origin
    }

    /// "its name contains 'community benefit'", for "counted as social value because …".
    public var description: String { "its \(field) contains '\(phrase)'" }
}
