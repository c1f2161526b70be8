import Foundation

/// A file as the system knows it (device and inode), whatever path or link reaches it: how a folder walk
/// knows a directory it has been in, and the command line knows a report aimed at an input.
public struct FileIdentity: Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64

    /// The identity of the file at `path`, links followed; nil when there is none (yet).
    public init?(_ path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
