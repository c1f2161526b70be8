import Foundation
import HTTPTypes
import Hummingbird
import TenderLintKit

/// `tenderlint serve`: a local web server with the checker's page, the HTML report of an upload, the JSON
/// report for programs and a health check. Uploads are read into memory, linted off the event loops within
/// the time and concurrency limits, and forgotten.
public struct WebChecker: Sendable {
    public var settings: ServerSettings
    public var checker: UploadChecker
    let queue: LintQueue

    /// `slots` is the concurrency limit's; a test passes its own to fill it.
    public init(settings: ServerSettings, checker: UploadChecker, slots: LintSlots? = nil) {
        self.settings = settings
        self.checker = checker
        queue = LintQueue(slots: slots ?? LintSlots(capacity: settings.maximumConcurrent), timeout: settings.timeout)
    }

    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.middlewares.add(SecurityHeaders())
        let page = CheckerPage.html(maximumUpload: ByteSize(bytes: settings.maximumBodyBytes))
        router.get("/") { _, _ in Responses.text(page, type: "text/html; charset=utf-8") }
        router.get("/checker.css") { _, _ in Responses.text(CheckerPage.stylesheet, type: "text/css; charset=utf-8") }
        router.get("/report.css") { _, _ in Responses.text(ReportPage.stylesheet, type: "text/css; charset=utf-8") }
        router.get("/healthz") { _, _ in Responses.text("ok\n", type: "text/plain; charset=utf-8") }
        router.post("/report") { request, _ in try await report(request) }
        router.post("/api/lint") { request, _ in try await apiLint(request) }
        return router
    }

    /// The application, listening where the settings say; `onListening` gets the address it is bound to.
    public func application(onListening: @escaping @Sendable (String) -> Void) -> some ApplicationProtocol {
        let host = settings.host
        var application = Application(
            router: router(),
            configuration: ApplicationConfiguration(address: .hostname(host, port: settings.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                onListening("http://\(host.contains(":") ? "[\(host)]" : host):\(port)/")
            }
        )
        // Only what goes wrong; the listening line and the warnings are the command's to write.
        application.logger.logLevel = .error
        return application
    }

    /// Serves until SIGINT or SIGTERM, then lets requests in flight finish and returns.
    public func run(onListening: @escaping @Sendable (String) -> Void) async throws {
        try await application(onListening: onListening).runService()
    }

    // MARK: Handlers

    /// The HTML report of a document sent by the page's form.
    func report(_ request: Request) async throws -> Response {
        let upload = try Upload(form: try await body(of: request), contentType: request.headers[.contentType])
        let outcome = try await lint(upload)
        return Responses.text(ReportPage.html(outcome.result), type: "text/html; charset=utf-8", status: status(of: outcome))
    }

    /// The JSON report (docs/json-report.md) of a raw body named by `?filename=` or `X-Filename`.
    func apiLint(_ request: Request) async throws -> Response {
        let bytes = try await body(of: request)
        let sent = request.uri.queryParameters["filename"].map(String.init)
            ?? HTTPField.Name("X-Filename").flatMap { request.headers[$0] }
        let outcome = try await lint(Upload(bytes: bytes, name: sent))
        return Responses.text(JSONReporter().render(outcome.result), type: "application/json; charset=utf-8", status: status(of: outcome))
    }

    /// 200 for a report; 500 when the server's own configuration is invalid (its problems are the report).
    private func status(of outcome: UploadChecker.Outcome) -> HTTPResponse.Status {
        if case .invalidConfiguration = outcome { return .internalServerError }
        return .ok
    }

    /// The request's body, refused with 413 past the size limit before more of it is read.
    private func body(of request: Request) async throws -> [UInt8] {
        let limit = ByteSize(bytes: settings.maximumBodyBytes)
        let tooLarge = HTTPError(.contentTooLarge, message: "The upload is larger than the \(limit) this checker accepts; nothing was checked.")
        if let length = request.headers[.contentLength].flatMap(Int.init), length > settings.maximumBodyBytes { throw tooLarge }
        do {
            var buffer = try await request.body.collect(upTo: settings.maximumBodyBytes)
            return buffer.readBytes(length: buffer.readableBytes) ?? []
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw tooLarge
        }
    }

    /// Lints off the event loop; 503 when every slot is taken or the time limit passes first.
    private func lint(_ upload: Upload) async throws -> UploadChecker.Outcome {
        let checker = checker
        switch await queue.run({ checker.check(upload.bytes, named: upload.name) }) {
        case .finished(let outcome):
            return outcome
        case .busy:
            throw HTTPError(.serviceUnavailable, headers: [.retryAfter: "5"],
                            message: "The checker is busy with \(queue.slots.capacity) documents already; try again in a few seconds.")
        case .timedOut:
            throw HTTPError(.serviceUnavailable, headers: [.retryAfter: "30"],
                            message: "Checking the document took longer than the \(Self.seconds(settings.timeout)) this checker allows, so it stopped waiting; a smaller document, or one lot at a time, may get through.")
        }
    }

    private static func seconds(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return seconds == 1 ? "1 second" : "\(seconds.formatted(.number.precision(.fractionLength(0...3)))) seconds"
    }
}

extension WebChecker {
    /// For a synchronous caller (the command line): serves on a task of its own and waits until it is stopped.
    public func serveUntilStopped(onListening: @escaping @Sendable (String) -> Void) throws {
        let ending = ServeEnding()
        let checker = self
        Task.detached {
            do { try await checker.run(onListening: onListening) } catch { ending.failure = error }
            ending.done.signal()
        }
        ending.done.wait()
        if let failure = ending.failure { throw failure }
    }
}

/// How the serving task ended, handed to the thread waiting for it.
private final class ServeEnding: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    // Written before `done` is signalled, read after it is waited for.
    var failure: (any Error)?
}
