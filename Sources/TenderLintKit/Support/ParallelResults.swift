import Foundation

/// Results computed on several threads, each slot written once.
final class ParallelResults<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ value: Value, at index: Int) {
        lock.withLock { slots[index] = value }
    }

    /// Every slot, in order; all must have been written.
    var all: [Value] { lock.withLock { slots.map { $0! } } }
}
