import Foundation
import ArgumentParser

/// A file the user names for tenderlint to write: a report, a catalogue, a baseline, a configuration.
///
/// Written atomically, beside its final place then renamed over it, so that a reader (a CI step, an editor)
/// never sees half a file and a failed write (a full disk) leaves what was there. A FIFO or a device such
/// as `/dev/stdout` cannot be replaced, so it is written in place; a link is followed to the file it names.
enum OutputFile {
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let data = Data(text.utf8)
        if isSpecialFile(url.path) {
            guard let handle = FileHandle(forWritingAtPath: url.path) else { throw CocoaError(.fileWriteNoPermission) }
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
        } else {
            try data.write(to: url, options: .atomic)
        }
    }

    /// Writes, or says on standard error why the file cannot be written ("tenderlint: error: out.csv: cannot be
    /// written (…)") and ends the run with the usage-error status.
    static func writeOrExit(_ text: String, to path: String, what: String = "") throws(ExitCode) {
        do {
            try write(text, to: path)
        } catch {
            StandardError.write("tenderlint: error: \(path): \(what.isEmpty ? "" : what + " ")cannot be written (\(error.localizedDescription))")
            throw ExitCode(Tenderlint.usageErrorStatus)
        }
    }

    /// Whether the path is something other than a regular file or a folder: a FIFO, a socket, a device.
    static func isSpecialFile(_ path: String) -> Bool {
        guard let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType else { return false }
        return type != .typeRegular && type != .typeDirectory && type != .typeSymbolicLink
    }
}
