import Foundation

/// A file the user names for tenderlint to write: a report, a catalogue, a baseline, a configuration.
///
/// Written atomically (see `AtomicFile`). A FIFO or a device such as `/dev/stdout` must never be replaced by a
/// regular file, so it is written in place; a link is followed to the file it names.
public enum OutputFile {
    /// A named file opened for writing: a FIFO or device in place, anything else as an `AtomicFile` that
    /// `finish` puts in place.
    struct Opened {
        let descriptor: Int32
        private let atomic: AtomicFile?

        init(_ path: String) throws(WriteFailure) {
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            if isSpecialFile(resolved) {
                descriptor = open(resolved, O_WRONLY | O_CLOEXEC)
                guard descriptor >= 0 else { throw WriteFailure(errno: errno) }
                atomic = nil
            } else {
                let file = try AtomicFile(replacing: path)
                descriptor = file.descriptor
                atomic = file
            }
        }

        func write(_ data: Data) throws(WriteFailure) {
            try StreamWriter.write(data, to: descriptor)
        }

        /// Puts the file in its place, or closes the device it was written to.
        func finish() throws(WriteFailure) {
            if let atomic { try atomic.commit() } else { close(descriptor) }
        }

        /// Leaves the target as it was (a device keeps what it was sent).
        func abandon() {
            if let atomic { atomic.abandon() } else { close(descriptor) }
        }
    }

    public static func write(_ text: String, to path: String) throws(WriteFailure) {
        let file = try Opened(path)
        do {
            try file.write(Data(text.utf8))
        } catch {
            file.abandon()
            throw error
        }
        try file.finish()
    }

    /// Writes, or says on standard error why the file cannot be written ("tenderlint: error: out.csv: cannot be
    /// written (…)") and ends the run with the usage-error status.
    public static func writeOrExit(_ text: String, to path: String, what: String = "") throws(RunFailure) {
        do {
            try write(text, to: path)
        } catch {
            StandardError.write("tenderlint: error: \(path): \(what.isEmpty ? "" : what + " ")cannot be written (\(error))")
            throw .reported
        }
    }

    /// Whether the path is something other than a regular file or a folder: a FIFO, a socket, a device.
    static func isSpecialFile(_ path: String) -> Bool {
        guard let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType else { return false }
        return type != .typeRegular && type != .typeDirectory && type != .typeSymbolicLink
    }
}
