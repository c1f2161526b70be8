import Foundation

/// The parallel sweep lint and audit share, for the files of a run and for the lines of a JSON Lines batch:
/// up to `jobs` workers, each taking the next item as it is free, so one large file does not hold up the rest.
struct DocumentSweep: Sendable {
    /// How many workers at most; at least one.
    let jobs: Int

    init(jobs: Int) {
        self.jobs = max(1, jobs)
    }

    /// Runs `body` on items `0..<count`, each worker with a state of its own made by `start`, and returns every
    /// worker's state (at least one). `claim` hands out the next item, nil when there is none to take; by
    /// default each item once, in order.
    func run<State>(count: Int, claim: (@Sendable () -> Int?)? = nil, start: @Sendable () -> State,
                    body: @Sendable (Int, inout State) -> Void) -> [State] {
        let queue = SweepQueue(count: count)
        let next = claim ?? { queue.next() }
        let workers = max(1, min(jobs, count))
        let states = ParallelResults<State>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var state = start()
            while let index = next() { body(index, &state) }
            states.store(state, at: worker)
        }
        return states.all
    }

    /// Runs `body` on items `0..<count`, as `claim` hands them out.
    func forEach(count: Int, claim: (@Sendable () -> Int?)? = nil, _ body: @Sendable (Int) -> Void) {
        _ = run(count: count, claim: claim, start: {}) { index, _ in body(index) }
    }

    /// `transform` of every item `0..<count`, in item order whichever worker made it.
    func map<Value>(count: Int, _ transform: @Sendable (Int) -> Value) -> [Value] {
        let results = ParallelResults<Value>(count: count)
        forEach(count: count) { results.store(transform($0), at: $0) }
        return results.all
    }
}

/// Hands out item indexes in order to whichever worker asks first.
private final class SweepQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var nextIndex = 0

    init(count: Int) { self.count = count }

    func next() -> Int? {
        lock.withLock {
            guard nextIndex < count else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }
    }
}
