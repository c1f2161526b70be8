import Foundation

/// A configured value with the place that set it.
public struct Sourced<Value> {
    public var value: Value
    public var origin: ConfigurationOrigin

    public init(_ value: Value, from origin: ConfigurationOrigin) {
        self.value = value
        self.origin = origin
    }
}

extension Sourced: Sendable where Value: Sendable {}

extension Sourced: Equatable where Value: Equatable {}

extension Sourced: Hashable where Value: Hashable {}
