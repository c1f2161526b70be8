import Foundation

/// Runs lints on their own threads, off the server's event loops, within the concurrency limit, and answers
/// each within the time limit.
public struct LintQueue: Sendable {
    /// How a lint request ended.
    public enum Outcome<Value: Sendable>: Sendable {
        case finished(Value)
        /// Every slot was taken; nothing was started.
        case busy
        /// Still running at the time limit; its slot stays taken until it ends.
        case timedOut
    }

    public let slots: LintSlots
    public var timeout: Duration

    public init(slots: LintSlots, timeout: Duration) {
        self.slots = slots
        self.timeout = timeout
    }

    public func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Outcome<Value> {
        guard slots.take() else { return .busy }
        let slots = slots
        let (seconds, attoseconds) = timeout.components
        let nanoseconds = seconds * 1_000_000_000 + attoseconds / 1_000_000_000
        return await withCheckedContinuation { continuation in
            let answer = Answer(continuation)
            DispatchQueue.global(qos: .userInitiated).async {
                let value = work()
                slots.release()
                answer.give(.finished(value))
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(clamping: nanoseconds))) {
                answer.give(.timedOut)
            }
        }
    }
}

/// Resumes a continuation once: with the lint's value or with the time limit, whichever comes first.
private final class Answer<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<LintQueue.Outcome<Value>, Never>?

    init(_ continuation: CheckedContinuation<LintQueue.Outcome<Value>, Never>) { self.continuation = continuation }

    func give(_ outcome: LintQueue.Outcome<Value>) {
        let waiting = lock.withLock {
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(returning: outcome)
    }
}
