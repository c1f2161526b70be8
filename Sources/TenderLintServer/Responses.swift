import Hummingbird

/// Responses of a given type: plain-text messages, pages, stylesheets and reports.
enum Responses {
    /// A sentence in plain text, for errors and refusals.
    static func plain(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) -> Response {
        text(message + "\n", type: "text/plain; charset=utf-8", status: status, headers: headers)
    }

    static func text(_ text: String, type: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = type
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
