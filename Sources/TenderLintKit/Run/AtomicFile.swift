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
