import Foundation

/// A file written beside its final place and renamed over it when complete, so that a reader (a CI step, an
/// editor) never sees half a file and a failed write (a full disk, a crash) leaves what was there.
///
/// The new file keeps the permissions of the one it replaces, and reaches the disk (fsync) before the rename,
/// so a power cut cannot leave an empty baseline where a full one stood.
final class AtomicFile {
    /// The file being replaced (links resolved: the link is kept and the file it names replaced).
    let target: String
    private let temporary: String
    /// The open temporary file; -1 once committed or abandoned.
    private(set) var descriptor: Int32

    init(replacing path: String) throws(WriteFailure) {
        target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).tenderlint-\(UUID().uuidString)"
        // Created with 0666 less the umask, as any new file; an existing file's own permissions are copied below.
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw WriteFailure(errno: errno) }
        var existing = stat()
        if stat(target, &existing) == 0 { _ = fchmod(descriptor, existing.st_mode & 0o7777) }
    }

    deinit { abandon() }

    func write(_ data: Data) throws(WriteFailure) {
        try StreamWriter.write(data, to: descriptor)
    }

    /// Puts the file in its place: flushed to disk, closed, renamed over the target.
    func commit() throws(WriteFailure) {
        guard descriptor >= 0 else { throw WriteFailure(reason: "the file was already closed") }
        defer { descriptor = -1 }
        if fsync(descriptor) != 0, errno != EINVAL {
            let failure = WriteFailure(errno: errno)
            close(descriptor)
            unlink(temporary)
            throw failure
        }
        if close(descriptor) != 0 {
            let failure = WriteFailure(errno: errno)
            unlink(temporary)
            throw failure
        }
        guard rename(temporary, target) == 0 else {
            let failure = WriteFailure(errno: errno)
            unlink(temporary)
            throw failure
        }
    }

    /// Removes the unfinished file, leaving the target as it was.
    func abandon() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        unlink(temporary)
        descriptor = -1
    }
}

/// Why a write failed, in the system's words ("No space left on device"), never a framework's error number.
struct WriteFailure: Error, CustomStringConvertible {
    var reason: String

    init(reason: String) {
        self.reason = reason
    }

    init(errno code: Int32) {
        reason = code == EBADF ? "it is closed" : String(cString: strerror(code))
    }

    var description: String { reason }
}

/// Writes to a file descriptor with the system call itself: every byte or a `WriteFailure`, partial writes
/// and interruptions handled, and no trap on a closed descriptor or a full disk.
enum StreamWriter {
    static func write(_ data: Data, to descriptor: Int32) throws(WriteFailure) {
        let failure: Int32? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure { throw WriteFailure(errno: failure) }
    }
}
