import Hummingbird

/// A document sent to be checked, with the name it is linted under.
struct Upload: Sendable {
    var bytes: [UInt8]
    var name: String

    init(bytes: [UInt8], name: String?) {
        self.bytes = bytes
        self.name = UploadChecker.documentName(name)
    }

    /// The document the page's form sends: the chosen file (`document`), else the pasted text (`text`), named
    /// by the `filename` field when it is filled in, else by the file's own name. 400 for a body that is not
    /// such a form, or one with neither a file nor text.
    init(form body: [UInt8], contentType: String?) throws(HTTPError) {
        let form: MultipartForm
        do {
            form = try MultipartForm(contentType: contentType, body: body)
        } catch {
            throw HTTPError(.badRequest, message: "The form could not be read: \(error.description).")
        }
        let named = form.part(named: "filename")?.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let given = named?.isEmpty == false ? named : nil
        if let file = form.part(named: "document"), file.filename?.isEmpty == false || !file.body.isEmpty {
            self.init(bytes: file.body, name: given ?? file.filename)
        } else if let text = form.part(named: "text"), !text.text.allSatisfy(\.isWhitespace) {
            self.init(bytes: text.body, name: given)
        } else {
            throw HTTPError(.badRequest, message: "Nothing was sent to check: choose a file, or paste a document's text.")
        }
    }
}
