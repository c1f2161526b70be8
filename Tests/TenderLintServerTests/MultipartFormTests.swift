import Testing
@testable import TenderLintServer

@Suite("Reading a multipart/form-data body (RFC 7578)")
struct MultipartFormTests {
    private func form(_ body: String, contentType: String? = "multipart/form-data; boundary=XyZ") throws(MultipartForm.Malformed) -> MultipartForm {
        try MultipartForm(contentType: contentType, body: Array(body.utf8))
    }

    private func malformed(_ body: String, contentType: String? = "multipart/form-data; boundary=XyZ") -> String? {
        do {
            _ = try form(body, contentType: contentType)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("A file part keeps its name, file name, type and bytes, and a text field its value")
    func fileAndText() throws {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"document\"; filename=\"spec.xml\"\r\nContent-Type: text/xml\r\n\r\n<a>\r\n</a>\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"filename\"\r\n\r\nmine.json\r\n--XyZ--\r\n"
        let parsed = try form(body)
        #expect(parsed.parts.count == 2)
        let file = try #require(parsed.part(named: "document"))
        #expect(file.filename == "spec.xml")
        #expect(file.contentType == "text/xml")
        #expect(file.text == "<a>\r\n</a>")
        #expect(parsed.part(named: "filename")?.text == "mine.json")
        #expect(parsed.part(named: "filename")?.filename == nil)
    }

    @Test("A quoted boundary, and one with characters a token may not hold, is read")
    func quotedBoundary() throws {
        let body = "--a b:c\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nhello\r\n--a b:c--"
        let parsed = try form(body, contentType: "Multipart/Form-Data; charset=utf-8; boundary=\"a b:c\"")
        #expect(parsed.part(named: "text")?.text == "hello")
    }

    @Test("A preamble before the first boundary and padding after a boundary are skipped")
    func preambleAndPadding() throws {
        let body = "ignored preamble\r\n--XyZ  \r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nhi\r\n--XyZ--"
        #expect(try form(body).part(named: "text")?.text == "hi")
    }

    @Test("A file name with an escaped quote, and an empty file part, are read as sent")
    func escapedAndEmpty() throws {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"document\"; filename=\"a\\\"b.xml\"\r\n\r\n\r\n"
            + "--XyZ\r\ncontent-disposition: form-data; name=document2; filename=\"\"\r\n\r\n\r\n--XyZ--\r\n"
        let parsed = try form(body)
        #expect(parsed.part(named: "document")?.filename == "a\"b.xml")
        #expect(parsed.part(named: "document")?.body == [])
        #expect(parsed.part(named: "document2")?.filename == "")
    }

    @Test("A part that is not there is nil")
    func missingPart() throws {
        let parsed = try form("--XyZ\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nx\r\n--XyZ--")
        #expect(parsed.part(named: "document") == nil)
    }

    @Test("Bytes that are not UTF-8 are kept exactly")
    func binary() throws {
        var body = Array("--XyZ\r\nContent-Disposition: form-data; name=\"document\"; filename=\"x.bin\"\r\n\r\n".utf8)
        body += [0, 255, 13, 10, 45, 45, 0xC3]
        body += Array("\r\n--XyZ--\r\n".utf8)
        let parsed = try MultipartForm(contentType: "multipart/form-data; boundary=XyZ", body: body)
        #expect(parsed.part(named: "document")?.body == [0, 255, 13, 10, 45, 45, 0xC3])
    }

    @Test("A body that is not a form, or is cut short, is refused with a reason")
    func malformedBodies() {
        #expect(malformed("x", contentType: nil)?.contains("no Content-Type") == true)
        #expect(malformed("x", contentType: "application/json")?.contains("not multipart/form-data") == true)
        #expect(malformed("x", contentType: "multipart/form-data")?.contains("no boundary") == true)
        #expect(malformed("no boundary here")?.contains("does not contain the boundary") == true)
        #expect(malformed("--XyZ\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\ncut off")?.contains("ends before its closing boundary") == true)
        #expect(malformed("--XyZ\r\nContent-Disposition: form-data; name=\"text\"\r\nno blank line\r\n--XyZ--")?.contains("headers do not end") == true)
        #expect(malformed("--XyZ\r\nContent-Type: text/plain\r\n\r\nx\r\n--XyZ--")?.contains("no Content-Disposition") == true)
        #expect(malformed("--XyZ\r\nContent-Disposition: attachment\r\n\r\nx\r\n--XyZ--")?.contains("not form-data with a name") == true)
        #expect(malformed("--XyZjunk")?.contains("not followed by a line break") == true)
    }
}
