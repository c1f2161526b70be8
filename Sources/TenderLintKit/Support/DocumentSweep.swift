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
        func work(_ worker: Int) {
            var state = start()
            while let index = next() { body(index, &state) }
            states.store(state, at: worker)
        }
        // Threads of its own, with this one the first: a sweep inside another (a large file's rules, a JSON Lines
        // file's batches, while the files are swept) still gets `jobs` threads, where Dispatch's nested
        // `concurrentPerform` would run it on one.
        let done = DispatchGroup()
        withoutActuallyEscaping(work) { work in
            let shared = SweepWork(work)
            for worker in 1..<workers {
                done.enter()
                let thread = Thread {
                    shared.run(worker)
                    done.leave()
                }
                // The main thread's stack: reading deeply nested documents recurses.
                thread.stackSize = 8 << 20
                thread.start()
            }
            work(0)
            done.wait()
            // The threads may outlive the sweep by a moment; `work` must not.
            shared.end()
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

/// A worker's body, handed to threads that end before the sweep returns.
private final class SweepWork: @unchecked Sendable {
    private var body: ((Int) -> Void)?

    init(_ body: @escaping (Int) -> Void) { self.body = body }

    /// Runs the body; only before `end()`, which the sweep calls once every thread has run it.
    func run(_ worker: Int) { body?(worker) }

    func end() { body = nil }
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
