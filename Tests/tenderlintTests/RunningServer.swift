import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `tenderlint serve --port 0` running in the background, as a user starts it, for end-to-end tests.
final class RunningServer {
    let process = Process()
    let port: Int
    private let errors = Pipe()
    private let killer: DispatchWorkItem

    /// Starts it and waits for its listening line. A server that never says it is listening is killed after
    /// two minutes, so that the test fails instead of hanging the suite.
    init(_ arguments: [String], in directory: URL) throws {
        process.executableURL = TenderlintProcess.binary
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = directory
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let process = process
        killer = DispatchWorkItem { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: killer)
        let prefix = "tenderlint serve: listening on http://127.0.0.1:"
        let line = Self.firstLine(containing: "listening on", from: errors.fileHandleForReading)
        guard let line, line.hasPrefix(prefix), let port = Int(line.dropFirst(prefix.count).prefix { $0.isNumber }), port > 0 else {
            throw Failure(description: "no listening line; standard error said: \(line ?? "nothing")")
        }
        self.port = port
    }

    deinit {
        killer.cancel()
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// Sends `signal` and waits for the end: how it ended and the rest of standard error.
    func stop(_ signal: Int32) -> (reason: Process.TerminationReason, status: Int32, standardError: String) {
        if process.isRunning { kill(process.processIdentifier, signal) }
        process.waitUntilExit()
        let rest = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationReason, process.terminationStatus, rest)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Reads line by line until one holds `text`; nil at the end of the stream.
    private static func firstLine(containing text: String, from handle: FileHandle) -> String? {
        var buffered = ""
        while true {
            let data = handle.availableData
            if data.isEmpty { return nil }
            buffered += String(decoding: data, as: UTF8.self)
            while let newline = buffered.firstIndex(of: "\n") {
                let line = String(buffered[..<newline])
                buffered = String(buffered[buffered.index(after: newline)...])
                if line.contains(text) { return line }
            }
        }
    }
}
