import Yams

/// The kind of a YAML scalar in the located tree.
enum YAMLScalarKind {
    /// A quoted or block scalar is a string; a plain one is what its tag says, or else what Yams' default
    /// resolver makes of its text (YAML 1.1's booleans `yes`/`on` among them), so files read as they did.
    static func of(_ text: String, plain: Bool, tag: String?) -> NodeKind {
        guard plain else { return .string }
        let name = tag.map(Tag.Name.init(rawValue:)) ?? .implicit
        switch Yams.Node.scalar(.init(text, Tag(name), .plain)).tag.rawValue {
        case Tag.Name.null.rawValue: return .null
        case Tag.Name.bool.rawValue: return .bool
        case Tag.Name.int.rawValue, Tag.Name.float.rawValue: return .number
        default: return .string
        }
    }
}
