import Foundation
import Testing
@testable import TenderLintKit

/// Items seen by the workers of a sweep.
private final class Seen: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Int] = []
    func add(_ item: Int) { lock.withLock { items.append(item) } }
    var all: [Int] { lock.withLock { items } }

    /// The next item not yet claimed, nil from `limit` on.
    func claim(below limit: Int) -> Int? {
        lock.withLock {
            guard items.count < limit else { return nil }
            items.append(items.count)
            return items.count - 1
        }
    }
}

@Suite("The parallel sweep lint and audit share")
struct DocumentSweepTests {
    @Test("hands every item to exactly one worker", arguments: [1, 3, 8])
    func everyItemOnce(jobs: Int) {
        let seen = Seen()
        DocumentSweep(jobs: jobs).forEach(count: 100) { seen.add($0) }
        #expect(seen.all.sorted() == Array(0..<100))
    }

    @Test("gives results in item order, whichever worker made them")
    func mapKeepsOrder() {
        #expect(DocumentSweep(jobs: 4).map(count: 50) { $0 * 2 } == (0..<50).map { $0 * 2 })
    }

    @Test("keeps a state per worker, never more workers than jobs or items, and at least one")
    func statePerWorker() {
        let states = DocumentSweep(jobs: 3).run(count: 40, start: { 0 }) { _, count in count += 1 }
        #expect(states.count <= 3)
        #expect(states.reduce(0, +) == 40)
        #expect(DocumentSweep(jobs: 8).run(count: 2, start: { 0 }) { _, count in count += 1 }.count <= 2)
        #expect(DocumentSweep(jobs: 8).run(count: 0, start: { 0 }) { _, count in count += 1 } == [0])
    }

    @Test("takes items only while its claim hands them out")
    func stopsWithClaim() {
        let seen = Seen()
        let claimed = Seen()
        DocumentSweep(jobs: 2).forEach(count: 10, claim: { claimed.claim(below: 4) }) { seen.add($0) }
        #expect(seen.all.sorted() == [0, 1, 2, 3])
    }
}
