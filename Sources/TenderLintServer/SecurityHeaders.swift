import HTTPTypes
import Hummingbird

/// Puts the security headers on every response, errors included, and answers every error in plain text: a
/// status and a sentence a person can act on, never a stack trace.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    /// Nothing but this server's own stylesheets and data: images; no script, no frames, forms post only here.
    static var contentSecurityPolicy: String {
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }

    static var headers: [(String, String)] {
        [
            ("Content-Security-Policy", contentSecurityPolicy),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "no-referrer"),
            ("X-Frame-Options", "DENY"),
            ("Cross-Origin-Opener-Policy", "same-origin"),
            ("Cross-Origin-Resource-Policy", "same-origin"),
            // A report holds the document's text; no cache keeps a copy of it.
            ("Cache-Control", "no-store"),
        ]
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError {
            response = Responses.plain(error.status, error.body ?? Self.sentence(for: error.status), headers: error.headers)
        } catch let error as any HTTPResponseError {
            response = Responses.plain(error.status, Self.sentence(for: error.status))
        } catch {
            context.logger.error("unexpected error: \(error)")
            response = Responses.plain(.internalServerError, "Something went wrong inside the checker; the document was not checked.")
        }
        for (name, value) in Self.headers {
            if let field = HTTPField.Name(name) { response.headers[field] = value }
        }
        return response
    }

    /// What an error status without a message of its own means here.
    static func sentence(for status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: "There is no such page here. The checker is at /."
        case .methodNotAllowed: "This address does not take that method."
        case .contentTooLarge: "The upload is too large."
        default: status.reasonPhrase
        }
    }
}
