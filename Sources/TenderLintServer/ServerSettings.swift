import Foundation

/// What `tenderlint serve` was asked for: where it listens and the limits that keep one request from
/// starving the others.
public struct ServerSettings: Sendable {
    public var host: String
    /// 0 asks the system for any free port; the listening line names the one it gave.
    public var port: Int
    /// The largest request body read, in bytes; a larger one is answered 413.
    public var maximumBodyBytes: Int
    /// How long a request may take to be linted before it is answered 503.
    public var timeout: Duration
    /// How many documents are linted at once; one more is answered 503 with Retry-After.
    public var maximumConcurrent: Int

    public static let defaultMaximumBodyBytes = 20 * 1024 * 1024
    public static var defaultMaximumConcurrent: Int { ProcessInfo.processInfo.activeProcessorCount * 2 }

    public init(host: String = "127.0.0.1", port: Int = 8080, maximumBodyBytes: Int = Self.defaultMaximumBodyBytes,
                timeout: Duration = .seconds(30), maximumConcurrent: Int = Self.defaultMaximumConcurrent) {
        self.host = host
        self.port = port
        self.maximumBodyBytes = maximumBodyBytes
        self.timeout = timeout
        self.maximumConcurrent = maximumConcurrent
    }

    /// Whether only this machine can reach `host`: a loopback address or `localhost`.
    public var isLoopback: Bool {
        let host = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
