/// Why a criterion or requirement was taken to be social value, net zero or a Carbon Reduction Plan
/// in a format that has no field for it: the phrase found and where.
public struct Recognition: Sendable, Hashable, CustomStringConvertible {
    /// How much a phrase proves.
    public enum Strength: String, Sendable, Hashable {
        /// Says what a thing is: "social value", "net zero", "carbon reduction", "community benefits".
        case strong
        /// Only touches on it: "sustainability", "environmental", "wellbeing". Recorded, never enough on its own.
        case weak
    }

    /// The vocabulary phrase that matched, such as "community benefit".
    public var phrase: String
    /// Which text it was found in: "name", "description", a code list such as "strategic procurement code".
    public var field: String
    public var origin: Origin?
    public var strength: Strength

    public init(phrase: String, field: String, origin: Origin?, strength: Strength = .strong) {
        self.phrase = phrase
        self.field = field
        self.origin = origin
        self.strength = strength
    }

    public var isStrong: Bool { strength == .strong }

    /// "its name contains 'community benefit'", for "counted as social value because …".
    public var description: String { "its \(field) contains '\(phrase)'" }
}
