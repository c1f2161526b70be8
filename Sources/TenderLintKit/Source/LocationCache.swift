import Foundation

/// The locations already built in one document, by byte range: several findings (and their labels) about
/// the same place share one location instead of each building its excerpt and subject again.
///
/// Held by the document's `SourceFile`, so it goes when the document does; diagnostics keep their own copies.
/// Locations are a type of a later room (Diagnostics), so they are kept here without their type.
final class LocationCache: @unchecked Sendable {
    private let lock = NSLock()
    private var built: [ByteRange: any Sendable] = [:]

    /// The location of `range`, built by `build` the first time it is asked for.
    func location<Location: Sendable>(of range: ByteRange, _ build: () -> Location) -> Location {
        if let known = lock.withLock({ built[range] }) as? Location { return known }
        let location = build()
        lock.withLock { built[range] = location }
        return location
    }

    /// How many distinct places have been built.
    var count: Int { lock.withLock { built.count } }
}
