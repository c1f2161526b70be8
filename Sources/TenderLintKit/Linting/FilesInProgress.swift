import Foundation

/// How many files a run's workers are checking right now: a large document's rules are shared only among the
/// threads no other file is using, since two large files on two cores already keep both busy, and sharing
/// their rules as well would only add threads and memos that work out the same values twice.
final class FilesInProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func enter() { lock.withLock { count += 1 } }
    func leave() { lock.withLock { count -= 1 } }

    /// The threads a document being checked may use for its rules, out of `jobs`: its own, and those of the
    /// workers that have no file.
    func threadsFree(of jobs: Int) -> Int {
        lock.withLock { max(1, jobs - max(count, 1) + 1) }
    }
}
