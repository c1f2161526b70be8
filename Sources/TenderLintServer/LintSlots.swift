import Foundation

/// At most `capacity` lints at once. A slot is held until its lint has really finished, even when its request
/// was already answered for taking too long, so slow documents cannot pile up behind the limit.
public final class LintSlots: @unchecked Sendable {
    public let capacity: Int
    private let lock = NSLock()
    private var taken = 0

    public init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Takes a slot if one is free.
    public func take() -> Bool {
        lock.withLock {
            guard taken < capacity else { return false }
            taken += 1
            return true
        }
    }

    public func release() {
        lock.withLock { taken = max(0, taken - 1) }
    }

    public var inUse: Int { lock.withLock { taken } }
}
