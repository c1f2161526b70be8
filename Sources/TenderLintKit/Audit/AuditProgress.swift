import Foundation

/// How far an audit has got, shared by its workers: bytes read of the total and documents done. Reports a
/// snapshot to `draw` at most every `interval` seconds (and once at the end), so a terminal gets about ten
/// updates a second however fast documents go by.
public final class AuditProgress: @unchecked Sendable {
    public struct Snapshot: Sendable, Hashable {
        public var bytes: Int
        public var totalBytes: Int
        public var documents: Int
        public var seconds: Double
        /// True for the last snapshot, which a terminal should clear.
        public var isFinished = false
    }

    private let lock = NSLock()
    private let totalBytes: Int
    private let interval: Double
    private let clock: @Sendable () -> Double
    private let draw: @Sendable (Snapshot) -> Void
    private let started: Double
    private var lastDrawn: Double?
    private var bytes = 0
    private var documents = 0

    /// `clock` gives seconds on a monotonic scale; the tests pass their own.
    public init(totalBytes: Int, interval: Double = 0.1, clock: @escaping @Sendable () -> Double = AuditProgress.uptime,
                draw: @escaping @Sendable (Snapshot) -> Void) {
        self.totalBytes = totalBytes
        self.interval = interval
        self.clock = clock
        self.draw = draw
        started = clock()
    }

    public static let uptime: @Sendable () -> Double = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// Counts bytes read and documents done; draws when the last drawing is old enough.
    public func advance(bytes delta: Int, documents done: Int) {
        lock.lock()
        defer { lock.unlock() }
        bytes += delta
        documents += done
        let now = clock()
        if let lastDrawn, now - lastDrawn < interval { return }
        lastDrawn = now
        draw(snapshot(at: now))
    }

    /// The final state, drawn whatever the time since the last.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        var last = snapshot(at: clock())
        last.isFinished = true
        draw(last)
    }

    private func snapshot(at now: Double) -> Snapshot {
        Snapshot(bytes: min(bytes, totalBytes), totalBytes: totalBytes, documents: documents, seconds: max(0, now - started))
    }

    /// One line for a terminal: "[#########-----------]  45.2%  452.0 MB of 1.0 GB  120,345 documents  8,210/s".
    public static func line(_ snapshot: Snapshot, barWidth: Int = 24) -> String {
        let fraction = snapshot.totalBytes > 0 ? Double(snapshot.bytes) / Double(snapshot.totalBytes) : 1
        let filled = min(barWidth, Int((fraction * Double(barWidth)).rounded(.down)))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled)
        let percent = String(format: "%5.1f%%", fraction * 100)
        let rate = snapshot.seconds > 0 ? Int((Double(snapshot.documents) / snapshot.seconds).rounded()) : 0
        return "[\(bar)] \(percent)  \(size(snapshot.bytes)) of \(size(snapshot.totalBytes))  "
            + "\(Prose.grouped(snapshot.documents)) documents  \(Prose.grouped(rate))/s"
    }

    /// Bytes in decimal units with one decimal: "512 B", "1.5 kB", "452.0 MB", "1.2 GB".
    public static func size(_ bytes: Int) -> String {
        let units = ["kB", "MB", "GB", "TB"]
        guard bytes >= 1000 else { return "\(bytes) B" }
        var value = Double(bytes) / 1000
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return String(format: "%.1f", value) + " " + units[unit]
    }
}
