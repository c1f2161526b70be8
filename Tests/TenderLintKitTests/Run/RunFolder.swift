import Foundation

/// A temporary folder for a run's documents and reports, removed when the test is done with it.
final class RunFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A folder with `docs/` holding `documents` (name: text).
    convenience init(documents: [String: String]) throws {
        try self.init()
        try FileManager.default.createDirectory(atPath: path("docs"), withIntermediateDirectories: true)
        for (name, text) in documents { try write("docs/" + name, text) }
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` in the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` to `name` and gives its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try text.write(toFile: path(name), atomically: true, encoding: .utf8)
        return path(name)
    }

    func read(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }
}
