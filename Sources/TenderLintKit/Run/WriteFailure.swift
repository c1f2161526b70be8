import Foundation

/// Why a write failed, in the system's words ("No space left on device"), never a framework's error number.
public struct WriteFailure: Error, Equatable, CustomStringConvertible {
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }

    public init(errno code: Int32) {
        reason = code == EBADF ? "it is closed" : String(cString: strerror(code))
    }

    public var description: String { reason }
}
