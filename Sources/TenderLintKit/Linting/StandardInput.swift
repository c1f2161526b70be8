import Foundation

/// `-` among the paths: one document read from standard input, as an editor or a hook pipes it in.
///
/// `--stdin-filename` names it: reports say that name, the configuration is the one the named file would get,
/// and its extension gives the kind. Without a name, or with an extension tenderlint does not read, the kind
/// is told from the content: `<` starts XML; otherwise JSON, or JSON Lines when the first line is a whole
/// JSON value and more follows (which no JSON document can be).
public struct StandardInput: Sendable {
    /// The argument that stands for standard input.
    public static let argument = "-"

    /// `--stdin-filename`, as given.
    public var name: String?
    /// Where the document is read from; standard input but for tests.
    public var descriptor: Int32

    public init(name: String?, descriptor: Int32 = STDIN_FILENO) {
        self.name = name
        self.descriptor = descriptor
    }

    /// The path reports give it.
    public var displayName: String { name ?? Self.argument }

    /// What was read: the bytes, or the size of a document past the limit (read to its end and let go).
    enum Contents {
        case bytes([UInt8])
        case tooLarge(Int)
    }

    /// Reads to the end, keeping at most `limit` bytes. Throws `PathError` when reading fails.
    func read(limit: Int) throws(PathError) -> Contents {
        var kept: [UInt8] = []
        var total = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = readSome(descriptor, into: &buffer)
            if count < 0 {
                if errno == EINTR { continue }
                throw PathError(path: displayName, reason: "standard input cannot be read: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            total += count
            if total <= limit { kept += buffer[0..<count] }
        }
        return total > limit ? .tooLarge(total) : .bytes(kept)
    }

    /// How the document is read: by the name's extension, else by the content.
    func kind(of bytes: [UInt8], limits: DocumentLimits) -> DocumentKind {
        DocumentKind(of: bytes, named: name, limits: limits)
    }
}

/// One `read(2)` into the buffer; outside the type, whose own `read` would hide the system's.
private func readSome(_ descriptor: Int32, into buffer: inout [UInt8]) -> Int {
    buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
}
