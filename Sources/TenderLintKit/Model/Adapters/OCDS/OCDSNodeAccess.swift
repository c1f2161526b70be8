/// Reading OCDS JSON members by key, with their kinds checked.
///
/// Prefixed `ocds` so that they never clash with helpers other adapters add to `Node`.
extension Node {
    /// A member of this object that is itself an object.
    func ocdsObject(_ key: String) -> Node? {
        guard let member = self[key: key], member.kind == .object else { return nil }
        return member
    }

    /// The elements of a member of this object that is an array; empty when there is no such array.
    func ocdsArray(_ key: String) -> [Node] {
        guard let member = self[key: key], member.kind == .array else { return [] }
        return member.children
    }

    /// A string member with some text in it, located at its member (key and value).
    func ocdsText(_ key: String) -> Located<String>? {
        guard let member = self[key: key], member.kind == .string, let value = member.value,
              !value.allSatisfy(\.isWhitespace) else { return nil }
        return Located(value, at: Origin(member))
    }

    /// An OCDS identifier: the schema allows a string or an integer (`"id": "1"` or `"id": 1`).
    func ocdsIdentifier(_ key: String) -> Located<String>? {
        guard let member = self[key: key], member.kind == .string || member.kind == .number,
              let value = member.value, !value.isEmpty else { return nil }
        return Located(value, at: Origin(member))
    }

    /// The strings of an array member, such as a party's `roles` or a release's `tag`.
    func ocdsStrings(_ key: String) -> [String] {
        ocdsArray(key).compactMap { $0.kind == .string ? $0.value : nil }
    }

    /// This value alone, without its key: what a diagnostic about the value should underline.
    var ocdsValueOrigin: Origin { Origin(node: self, range: range) }
}
