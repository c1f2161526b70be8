import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import TenderLintServer

@Suite("POST /report: the HTML report of the page's form")
struct ReportRouteTests {
    /// Posts `fields` as the page's form does and gives the status and the page.
    private static func report(_ fields: [(name: String, filename: String?, bytes: [UInt8])],
                               _ check: @escaping @Sendable (HTTPResponse.Status, String) throws -> Void) async throws {
        let (headers, body) = ServerFixture.form(fields)
        try await ServerFixture.withClient { client in
            try await client.execute(uri: "/report", method: .post, headers: headers, body: body) { response in
                if response.status == .ok { #expect(response.headers[.contentType] == "text/html; charset=utf-8") }
                try check(response.status, String(buffer: response.body))
            }
        }
    }

    @Test("A chosen file is answered with its report, the stylesheet linked and each lot charted, with no script or inline style")
    func chosenFile() async throws {
        let bytes = try ServerFixture.sample("wheelchair-services.json")
        try await Self.report([("document", "wheelchair-services.json", bytes), ("text", nil, []), ("filename", nil, [])]) { status, html in
            #expect(status == .ok)
            #expect(html.contains(#"<link rel="stylesheet" href="/report.css">"#))
            #expect(html.contains(#"data-path="wheelchair-services.json""#))
            #expect(html.contains(#"<figure class="lot-chart""#), "the digests were not gathered")
            #expect(html.contains(#"data-rule="SV001""#))
            #expect(!html.contains("<script") && !html.contains("<style") && !html.contains("style="))
        }
    }

    @Test("Pasted text is checked under the name given, or 'upload'")
    func pastedText() async throws {
        let bytes = try ServerFixture.sample("school-transport.xml")
        try await Self.report([("document", "", []), ("text", nil, bytes), ("filename", nil, Array("C:\\drafts\\fife.xml".utf8))]) { status, html in
            #expect(status == .ok)
            #expect(html.contains(#"data-path="fife.xml""#))
            #expect(html.contains(#"data-rule="SV005""#))
        }
        try await Self.report([("text", nil, bytes)]) { status, html in
            #expect(status == .ok)
            #expect(html.contains(#"data-path="upload""#))
        }
    }

    @Test("A criterion named <script>alert(1)</script> is shown as text, never as a script")
    func hostileCriterion() async throws {
        let sample = String(decoding: try ServerFixture.sample("school-transport.xml"), as: UTF8.self)
        let hostile = sample.replacingOccurrences(of: #"name="Price""#, with: #"name="&lt;script&gt;alert(1)&lt;/script&gt;""#)
        #expect(hostile != sample)
        try await Self.report([("document", "hostile.xml", Array(hostile.utf8))]) { status, html in
            #expect(status == .ok)
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!html.contains("<script"))
        }
    }

    @Test("A binary file is answered with its TL001 finding, at a line and column")
    func binaryFile() async throws {
        let bytes: [UInt8] = Array("<?xml version=\"1.0\"?>\n<tender>".utf8) + [0, 1, 2, 0xFF] + Array("</tender>".utf8)
        try await Self.report([("document", "scan.xml", bytes)]) { status, html in
            #expect(status == .ok)
            #expect(html.contains(#"data-rule="TL001""#))
            #expect(html.contains(#"data-verdict="fail""#))
        }
    }

    @Test("The report's stylesheet is served as CSS")
    func stylesheet() async throws {
        try await ServerFixture.withClient { client in
            try await client.execute(uri: "/report.css", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(String(buffer: response.body) == ReportPage.stylesheet)
                #expect(!ReportPage.stylesheet.isEmpty)
            }
        }
    }
}
