import Foundation

/// Runs the built `tenderlint` binary, as a user or a CI job would.
struct TenderlintProcess {
    struct Outcome {
        var status: Int32
        var standardOutput: String
        var standardError: String
        var seconds: Double
    }

    /// The binary sits beside the test bundle in SwiftPM's products folder.
    static let binary: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for directory in candidates {
            let url = directory.appendingPathComponent("tenderlint")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return url
            }
        }
        return candidates[0].appendingPathComponent("tenderlint")
    }()

    /// Runs the binary to its end, or, with a `deadline` in seconds, ends it then: a test of something that used
    /// to hang must fail (the status is then SIGTERM's), not hang the suite.
    static func run(_ arguments: [String], in directory: URL, environment extra: [String: String] = [:],
                    deadline: TimeInterval? = nil) throws -> Outcome {
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "NO_COLOR")
        for (key, value) in extra { environment[key] = value }
        return try launch(binary, arguments, in: directory, environment: environment, deadline: deadline)
    }

    /// Runs any program to its end (or its deadline), its output and error read in full.
    static func launch(_ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String],
                       deadline: TimeInterval? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let started = Date()
        try process.run()
        let killer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        if let deadline { DispatchQueue.global().asyncAfter(deadline: .now() + deadline, execute: killer) }
        defer { killer.cancel() }
        // Read before waiting so a large output cannot fill the pipe and stall the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self),
            seconds: Date().timeIntervalSince(started)
        )
    }
}

extension TenderlintProcess {
    /// Runs the binary with its standard output redirected as a shell would (`>/dev/full`, `>&-` to close it).
    static func run(_ arguments: [String], in directory: URL, standardOutput redirection: String) throws -> Outcome {
        var outcome = try TenderlintProcess.runShell(["-c", "exec \"$0\" \"$@\" \(redirection)", binary.path] + arguments, in: directory)
        outcome.standardOutput = ""
        return outcome
    }

    private static func runShell(_ arguments: [String], in directory: URL) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let error = Pipe()
        process.standardError = error
        let started = Date()
        try process.run()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // A crash ends the process by a signal, whose number is not an exit status a test expects.
        let status = process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
        return Outcome(status: status, standardOutput: "", standardError: String(decoding: errData, as: UTF8.self),
                       seconds: Date().timeIntervalSince(started))
    }
}

/// A scratch folder of files for one test, removed afterwards.
final class ScratchDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> URL {
        try write(relativePath, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ relativePath: String, bytes: [UInt8]) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file
    }
}
