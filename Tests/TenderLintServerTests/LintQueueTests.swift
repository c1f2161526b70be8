import Foundation
import Testing
@testable import TenderLintServer

@Suite("Linting off the event loop, within the time and concurrency limits")
struct LintQueueTests {
    @Test("A lint that finishes gives its value and frees its slot")
    func finishes() async {
        let queue = LintQueue(slots: LintSlots(capacity: 1), timeout: .seconds(60))
        guard case .finished(let value) = await queue.run({ 42 }) else {
            Issue.record("the lint did not finish")
            return
        }
        #expect(value == 42)
        #expect(queue.slots.inUse == 0)
    }

    @Test("A lint past the time limit is answered at once, but keeps its slot until it really ends")
    func timesOutWithoutPilingUp() async {
        let queue = LintQueue(slots: LintSlots(capacity: 1), timeout: .milliseconds(1))
        let release = DispatchSemaphore(value: 0)
        let ended = DispatchSemaphore(value: 0)
        let outcome = await queue.run { release.wait(); ended.signal(); return 1 }
        guard case .timedOut = outcome else {
            Issue.record("expected the time limit, got \(outcome)")
            return
        }
        #expect(queue.slots.inUse == 1)
        guard case .busy = await queue.run({ 2 }) else {
            Issue.record("a second lint started while the first still ran")
            return
        }
        release.signal()
        ended.wait()
        while queue.slots.inUse > 0 { await Task.yield() }
        guard case .finished(3) = await LintQueue(slots: queue.slots, timeout: .seconds(60)).run({ 3 }) else {
            Issue.record("the slot was not freed")
            return
        }
    }
}
