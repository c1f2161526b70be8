import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("tenderlint serve, run as a user runs it")
struct ServeEndToEndTests {
    @Test("serve --port 0 says its real port, answers over loopback, and on SIGTERM exits 0 and lets the port go")
    func servesAndStops() throws {
        let scratch = try ScratchDirectory()
        let process = Process()
        process.executableURL = TenderlintProcess.binary
        process.arguments = ["serve", "--port", "0", "--no-config"]
        process.currentDirectoryURL = scratch.url
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // A server that never says it is listening must fail the test, not hang the suite.
        let killer = DispatchWorkItem { if process.isRunning { process.interrupt(); kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: killer)
        defer { killer.cancel() }

        let line = Self.firstLine(containing: "listening on", from: errors.fileHandleForReading)
        let prefix = "tenderlint serve: listening on http://127.0.0.1:"
        #expect(line?.hasPrefix(prefix) == true, "the listening line: \(line ?? "none")")
        let port = try #require(line.flatMap { Int($0.dropFirst(prefix.count).prefix { $0.isNumber }) })
        #expect(port > 0)

        let answer = try #require(LoopbackHTTP.get("/healthz", port: port))
        #expect(answer.hasPrefix("HTTP/1.1 200"))
        #expect(answer.hasSuffix("\r\n\r\nok\n"))
        #expect(answer.lowercased().contains("content-security-policy: default-src 'none'"))

        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(LoopbackHTTP.get("/healthz", port: port) == nil, "the port still answers after the server stopped")
        let rest = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(!rest.contains("error"), "standard error: \(rest)")
    }

    @Test("serve refuses options it cannot use with status 2")
    func refusesBadOptions() throws {
        let scratch = try ScratchDirectory()
        let size = try TenderlintProcess.run(["serve", "--max-body-size", "lots"], in: scratch.url, deadline: 60)
        #expect(size.status == 2)
        #expect(size.standardError.contains("--max-body-size takes a size such as 20MB"))
        let port = try TenderlintProcess.run(["serve", "--port", "70000"], in: scratch.url, deadline: 60)
        #expect(port.status == 2)
        #expect(port.standardError.contains("--port takes a port number"))
        let config = try TenderlintProcess.run(["serve", "--config", "missing.yml"], in: scratch.url, deadline: 60)
        #expect(config.status == 2)
        #expect(config.standardError.contains("missing.yml"))
    }

    /// Reads standard error line by line until one holds `text`; nil at the end of the stream.
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

/// A GET over a plain loopback socket: the whole answer, or nil when nothing listens.
enum LoopbackHTTP {
    static func get(_ path: String, port: Int) -> String? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return nil }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n".utf8)
        guard send(descriptor, request, request.count, 0) == request.count else { return nil }
        var answer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(descriptor, &chunk, chunk.count, 0)
            if count <= 0 { break }
            answer += chunk[..<count]
        }
        return String(decoding: answer, as: UTF8.self)
    }
}
