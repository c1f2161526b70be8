/// A value from a document together with where it came from.
/// `origin` is nil for values the model derived or defaulted (an implicit lot, a computed share).
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var origin: Origin?

    public init(_ value: Value, at origin: Origin?) {
        self.value = value
        self.origin = origin
    }

    /// A value the model worked out rather than read.
    public static func derived(_ value: Value) -> Located<Value> { Located(value, at: nil) }

    public func map<T: Sendable>(_ transform: (Value) -> T) -> Located<T> { Located<T>(transform(value), at: origin) }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
