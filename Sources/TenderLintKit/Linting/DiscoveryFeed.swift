import Foundation

/// The files of a folder walk still going, handed to lint workers as the walk finds them, so that linting does
/// not wait for the walk to end.
final class DiscoveryFeed: @unchecked Sendable {
    private let condition = NSCondition()
    private var files: [String] = []
    private var outcome: Result<FileDiscovery.Found, any Error>?

    /// A file found, the next in the order of the walk's `files`.
    func add(_ file: String) {
        condition.withLock {
            files.append(file)
            condition.broadcast()
        }
    }

    /// The walk has ended, with what it found or what stopped it.
    func finish(_ outcome: Result<FileDiscovery.Found, any Error>) {
        condition.withLock {
            self.outcome = outcome
            condition.broadcast()
        }
    }

    /// The file at `index`, once the walk has found it; nil when the walk ended short of it or failed.
    func file(at index: Int) -> String? {
        condition.withLock {
            while index >= files.count, outcome == nil { condition.wait() }
            if case .failure? = outcome { return nil }
            return index < files.count ? files[index] : nil
        }
    }

    /// What the walk found, once it has ended. Throws what stopped it.
    func found() throws -> FileDiscovery.Found {
        try condition.withLock {
            while outcome == nil { condition.wait() }
            return try outcome!.get()
        }
    }
}
