import Foundation
import Hummingbird
import HummingbirdTesting
import TenderLintKit
import TenderLintRules
@testable import TenderLintServer

/// A checker served in process, as `tenderlint serve` builds it, and what tests send it.
enum ServerFixture {
    static func checker(settings: ServerSettings = ServerSettings(), slots: LintSlots? = nil,
                        configuration: ConfigurationResolver? = nil) -> WebChecker {
        var linter = Linter(engine: RuleEngine(ruleSet: BuiltInRules.ruleSet, settings: EngineSettings()), knownRules: BuiltInRules.identities)
        linter.jobs = 1
        linter.configuration = configuration
        return WebChecker(settings: settings, checker: UploadChecker(linter: linter, rules: BuiltInRules.reportedRules), slots: slots)
    }

    /// Runs `body` with a client of `checker`'s routes, no socket involved.
    static func withClient(_ checker: WebChecker = checker(), _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await Application(router: checker.router()).test(.router, body)
    }

    static let boundary = "----tenderlint-test-boundary"

    /// A form as a browser sends it: each field `(name, filename, bytes)`.
    static func form(_ fields: [(name: String, filename: String?, bytes: [UInt8])]) -> (HTTPFields, ByteBuffer) {
        var body: [UInt8] = []
        for field in fields {
            var disposition = "Content-Disposition: form-data; name=\"\(field.name)\""
            if let filename = field.filename { disposition += "; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream" }
            body += Array("--\(boundary)\r\n\(disposition)\r\n\r\n".utf8) + field.bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return ([.contentType: "multipart/form-data; boundary=\(boundary)"], ByteBuffer(bytes: body))
    }

    /// A sample document's bytes.
    static func sample(_ name: String) throws -> [UInt8] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return Array(try Data(contentsOf: root.appendingPathComponent("Samples").appendingPathComponent(name)))
    }

    /// The JSON report's findings: each one's rule id, line and column.
    static func findings(_ body: ByteBuffer) throws -> [(rule: String, line: Int, column: Int)] {
        let object = try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
        let diagnostics = object?["diagnostics"] as? [[String: Any]] ?? []
        return diagnostics.map { ($0["ruleId"] as? String ?? "", $0["line"] as? Int ?? 0, $0["column"] as? Int ?? 0) }
    }
}
