import Foundation
import ArgumentParser

/// A file the user names for tenderlint to write: a report, a catalogue, a baseline, a configuration.
///
/// Written atomically (see `AtomicFile`). A FIFO or a device such as `/dev/stdout` must never be replaced by a
/// regular file, so it is written in place; a link is followed to the file it names.
enum OutputFile {
    static func write(_ text: String, to path: String) throws(WriteFailure) {
        let data = Data(text.utf8)
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        if isSpecialFile(resolved) {
            let descriptor = open(resolved, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw WriteFailure(errno: errno) }
            defer { close(descriptor) }
            try StreamWriter.write(data, to: descriptor)
        } else {
            let file = try AtomicFile(replacing: path)
            try file.write(data)
            try file.commit()
        }
    }

    /// Writes, or says on standard error why the file cannot be written ("tenderlint: error: out.csv: cannot be
    /// written (…)") and ends the run with the usage-error status.
    static func writeOrExit(_ text: String, to path: String, what: String = "") throws(ExitCode) {
        do {
            try write(text, to: path)
        } catch {
            StandardError.write("tenderlint: error: \(path): \(what.isEmpty ? "" : what + " ")cannot be written (\(error))")
            throw ExitCode(Tenderlint.usageErrorStatus)
        }
    }

    /// Whether the path is something other than a regular file or a folder: a FIFO, a socket, a device.
    static func isSpecialFile(_ path: String) -> Bool {
        guard let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType else { return false }
        return type != .typeRegular && type != .typeDirectory && type != .typeSymbolicLink
    }
}
