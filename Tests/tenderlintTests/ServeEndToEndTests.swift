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
        let server = try RunningServer(["--no-config"], in: scratch.url)
        let answer = try #require(LoopbackHTTP.get("/healthz", port: server.port))
        #expect(answer.hasPrefix("HTTP/1.1 200"))
        #expect(answer.hasSuffix("\r\n\r\nok\n"))
        #expect(answer.lowercased().contains("content-security-policy: default-src 'none'"))

        let ended = server.stop(SIGTERM)
        #expect(ended.reason == .exit)
        #expect(ended.status == 0)
        #expect(LoopbackHTTP.get("/healthz", port: server.port) == nil, "the port still answers after the server stopped")
        #expect(!ended.standardError.contains("error"), "standard error: \(ended.standardError)")
    }

    @Test("SIGINT (Ctrl-C) stops it cleanly too")
    func stopsOnInterrupt() throws {
        let scratch = try ScratchDirectory()
        let server = try RunningServer(["--no-config"], in: scratch.url)
        let ended = server.stop(SIGINT)
        #expect(ended.reason == .exit && ended.status == 0)
    }

    @Test("docs/serve.md's requests, made with curl against a running server, answer as it says",
          .enabled(if: DocumentationShell.available("command -v curl"), "curl is not installed"))
    func documentedRequests() throws {
        let scratch = try ScratchDirectory()
        try DocumentationShell.copySamples(to: scratch, as: "Samples")
        let server = try RunningServer([], in: scratch.url)
        defer { _ = server.stop(SIGTERM) }
        let key = try #require(DocumentationCommandsTests.shBlocks.keys.first { $0.hasPrefix("docs/serve.md: curl") })
        let block = try #require(try DocumentationCommandsTests.allShBlocks()[key])
        var outputs: [String] = []
        for command in DocumentationCommandsTests.commands(block) {
            if command.contains("| jq"), !DocumentationShell.available("command -v jq") { continue }
            let outcome = try DocumentationShell.run(command.replacingOccurrences(of: "127.0.0.1:8080", with: "127.0.0.1:\(server.port)"), in: scratch.url)
            #expect(outcome.status == 0, "\(command): \(outcome.standardError)")
            outputs.append(outcome.standardOutput)
        }
        #expect(outputs.first == "ok\n")
        if DocumentationShell.available("command -v jq") {
            #expect(outputs[1].split(separator: "\n").contains("SV001"))
            #expect(outputs[2].contains("\"documents\": 1"))
        }
        let report = try String(contentsOf: scratch.url.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(report.contains(#"data-path="school-transport.xml""#))
        let pasted = try String(contentsOf: scratch.url.appendingPathComponent("pasted.html"), encoding: .utf8)
        #expect(pasted.contains(#"data-path="pasted.xml""#))
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

    @Test("A port already taken, and a missing tenderlint-serve, end with status 2 and say why")
    func cannotServe() throws {
        let scratch = try ScratchDirectory()
        let first = try RunningServer(["--no-config"], in: scratch.url)
        defer { _ = first.stop(SIGTERM) }
        let second = try TenderlintProcess.run(["serve", "--no-config", "--port", String(first.port)], in: scratch.url, deadline: 60)
        #expect(second.status == 2)
        #expect(second.standardError.contains("tenderlint: error: cannot serve on 127.0.0.1 port \(first.port)"), "\(second.standardError)")

        let alone = scratch.url.appendingPathComponent("alone/tenderlint")
        try FileManager.default.createDirectory(at: alone.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TenderlintProcess.binary, to: alone)
        let missing = try TenderlintProcess.launch(alone, ["serve"], in: scratch.url, environment: ProcessInfo.processInfo.environment, deadline: 60)
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("runs the program tenderlint-serve, which is not installed beside tenderlint"))
    }
}
