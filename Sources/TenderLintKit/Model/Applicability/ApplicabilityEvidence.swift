/// One signal a document gives about who the buyer is or how it buys: the field, its value as written, and where.
public struct ApplicabilityEvidence: Sendable, Hashable, CustomStringConvertible {
    /// The field or signal as a reader would look for it: `UK_CA_TYPE`, `address.region`, `ocid prefix`,
    /// `buyer name`, `sector`, `BT-11 buyer legal type`.
    public var field: String
    /// The value as the document writes it.
    public var value: String
    public var origin: Origin?

    public init(field: String, value: String, origin: Origin?) {
        self.field = field
        self.value = value
        self.origin = origin
    }

    /// `UK_CA_TYPE publicAuthorityCentralGovernment, line 41`; values with spaces are quoted.
    public var description: String {
        let shown = value.contains(" ") || value.isEmpty ? "\"\(value)\"" : value
        return "\(field) \(shown)" + (line.map { ", line \($0)" } ?? "")
    }

    /// The line the value was read from, where it was read from the document.
    public var line: Int? { origin?.line }
}
