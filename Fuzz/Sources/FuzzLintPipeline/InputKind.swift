/// Which reader the pipeline uses, chosen from the input as the file's extension would choose it.
///
/// `{` or `[` first is JSON, or JSON Lines when a later line also starts with `{` (a pretty-printed
/// document indents its nested objects, so only a second document starts a line with one); anything
/// else is XML, including UTF-16 and UTF-32 text and byte order marks.
enum InputKind {
    case xml
    case json
    case jsonLines

    init(_ bytes: [UInt8]) {
        guard let first = bytes.first, first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else {
            self = .xml
            return
        }
        let secondDocument = zip(bytes, bytes.dropFirst()).contains { $0 == 0x0A && $1 == UInt8(ascii: "{") }
        self = secondDocument ? .jsonLines : .json
    }

    var pathExtension: String {
        switch self {
        case .xml: "xml"
        case .json: "json"
        case .jsonLines: "jsonl"
        }
    }
}
