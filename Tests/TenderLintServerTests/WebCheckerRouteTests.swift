import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TenderLintKit
import TenderLintRules
@testable import TenderLintServer

@Suite("The web checker's routes, served in process")
struct WebCheckerRouteTests {
    static let policy = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    private static func header(_ name: String, _ response: TestResponse) -> String? {
        HTTPField.Name(name).flatMap { response.headers[$0] }
    }

    /// The security headers every response must carry, errors included.
    private static func expectSecurityHeaders(_ response: TestResponse) {
        #expect(header("Content-Security-Policy", response) == policy)
        #expect(header("X-Content-Type-Options", response) == "nosniff")
        #expect(header("Referrer-Policy", response) == "no-referrer")
        #expect(header("X-Frame-Options", response) == "DENY")
        #expect(header("Cache-Control", response) == "no-store")
    }

    @Test("The health check answers ok")
    func health() async throws {
        try await ServerFixture.withClient { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "ok\n")
                Self.expectSecurityHeaders(response)
            }
        }
    }

    @Test("The page holds the form the contract names, with no script and no inline style")
    func page() async throws {
        try await ServerFixture.withClient { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                Self.expectSecurityHeaders(response)
                let html = String(buffer: response.body)
                #expect(html.contains(#"<form class="check" method="post" action="/report" enctype="multipart/form-data""#))
                #expect(html.contains(#"<input type="file" name="document" id="document""#))
                #expect(html.contains(#"<textarea name="text" id="text""#))
                #expect(html.contains(#"<input type="text" name="filename" id="filename""#))
                #expect(html.contains(#"<button type="submit" id="check">Check</button>"#))
                #expect(html.contains(#"<label for="document">"#) && html.contains(#"<label for="text">"#) && html.contains(#"<label for="filename">"#))
                #expect(html.contains("<main id=\"main\">") && html.contains("<h1>"))
                #expect(!html.contains("<script") && !html.contains("style=") && !html.contains("<style"))
                #expect(html.contains("A file may be up to 20 MB."))
            }
            try await client.execute(uri: "/checker.css", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(String(buffer: response.body).contains(":focus-visible"))
            }
        }
    }

    @Test("An unknown address is 404 in plain text, with the security headers")
    func notFound() async throws {
        try await ServerFixture.withClient { client in
            try await client.execute(uri: "/nothing", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
                Self.expectSecurityHeaders(response)
            }
        }
    }

    @Test("POST /api/lint answers the JSON report of the body, named by ?filename=")
    func apiLint() async throws {
        let bytes = try ServerFixture.sample("school-transport.xml")
        try await ServerFixture.withClient { client in
            try await client.execute(uri: "/api/lint?filename=fife.xml", method: .post, body: ByteBuffer(bytes: bytes)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                Self.expectSecurityHeaders(response)
                let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
                #expect(object["version"] as? String == "1")
                #expect((object["tool"] as? [String: Any])?["name"] as? String == "tenderlint")
                #expect(object["summary"] is [String: Any])
                let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
                #expect(diagnostics.map { $0["ruleId"] as? String } == ["SV005"])
                #expect(diagnostics.first?["file"] as? String == "fife.xml")
            }
        }
    }

    @Test("POST /api/lint takes the name from X-Filename, keeping only its last component")
    func apiLintHeaderName() async throws {
        try await ServerFixture.withClient { client in
            try await client.execute(uri: "/api/lint", method: .post, headers: [HTTPField.Name("X-Filename")!: "../../etc/notes.json"],
                                     body: ByteBuffer(string: "{\"tender\": ")) { response in
                #expect(response.status == .ok)
                let object = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                let files = (object?["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }
                #expect(!files.isEmpty && files.allSatisfy { $0 == "notes.json" })
            }
        }
    }

    @Test("A binary upload is answered with a TL001 finding at a position")
    func binaryUpload() async throws {
        let bytes: [UInt8] = Array("<?xml version=\"1.0\"?>\n<tender>".utf8) + [0, 1, 2, 0xFF, 0xFE] + Array("</tender>".utf8)
        try await ServerFixture.withClient { client in
            try await client.execute(uri: "/api/lint?filename=scan.xml", method: .post, body: ByteBuffer(bytes: bytes)) { response in
                #expect(response.status == .ok)
                let findings = try ServerFixture.findings(response.body)
                let malformed = try #require(findings.first { $0.rule == "TL001" })
                #expect(malformed.line == 2 && malformed.column > 1)
            }
        }
    }

    @Test("A body over the size limit is refused with 413 and a plain message")
    func tooLarge() async throws {
        let checker = ServerFixture.checker(settings: ServerSettings(maximumBodyBytes: 1024))
        try await ServerFixture.withClient(checker) { client in
            try await client.execute(uri: "/api/lint", method: .post, body: ByteBuffer(repeating: 0x20, count: 4096)) { response in
                #expect(response.status == .contentTooLarge)
                #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
                #expect(String(buffer: response.body).contains("larger than the 1 KB this checker accepts"))
                Self.expectSecurityHeaders(response)
            }
            let (headers, body) = ServerFixture.form([("document", "big.xml", Array(repeating: 0x20, count: 4096))])
            try await client.execute(uri: "/report", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
    }

    @Test("When every lint slot is taken, a request is answered 503 with Retry-After")
    func busy() async throws {
        let slots = LintSlots(capacity: 1)
        #expect(slots.take())
        let checker = ServerFixture.checker(slots: slots)
        try await ServerFixture.withClient(checker) { client in
            try await client.execute(uri: "/api/lint", method: .post, body: ByteBuffer(string: "{}")) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "5")
                #expect(String(buffer: response.body).contains("busy"))
                Self.expectSecurityHeaders(response)
            }
        }
        slots.release()
        try await ServerFixture.withClient(checker) { client in
            try await client.execute(uri: "/api/lint", method: .post, body: ByteBuffer(string: "{}")) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("A form that cannot be read, or that sends nothing, is 400 with a plain message")
    func badForms() async throws {
        try await ServerFixture.withClient { client in
            try await client.execute(uri: "/report", method: .post, headers: [.contentType: "multipart/form-data; boundary=abc"],
                                     body: ByteBuffer(string: "--abc\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nno end")) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
                #expect(String(buffer: response.body) == "The form could not be read: the body ends before its closing boundary.\n")
                Self.expectSecurityHeaders(response)
            }
            try await client.execute(uri: "/report", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{}")) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("not multipart/form-data"))
            }
            let (headers, body) = ServerFixture.form([("document", "", []), ("text", nil, Array("  \r\n".utf8)), ("filename", nil, [])])
            try await client.execute(uri: "/report", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("Nothing was sent to check"))
            }
        }
    }

    @Test("An invalid configuration is answered 500 with its problems as the report, and the server goes on")
    func invalidConfiguration() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.yml")
        try Data("rules: [\n".utf8).write(to: file)
        let checker = ServerFixture.checker(configuration: ConfigurationResolver(explicitPath: file.path, knownRules: BuiltInRules.knownRules))
        try await ServerFixture.withClient(checker) { client in
            try await client.execute(uri: "/api/lint", method: .post, body: ByteBuffer(string: "{}")) { response in
                #expect(response.status == .internalServerError)
                let findings = try ServerFixture.findings(response.body)
                #expect(!findings.isEmpty && findings.allSatisfy { $0.rule.hasPrefix("TL") })
            }
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }
}
