import Foundation
import TenderLintKit

/// Paths to the shared real-world documents, which tests read exactly as published.
enum Fixtures {
    /// `shared/` sits beside the package root, in development and in CI alike.
    static let realDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // TenderLintKitTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()
        .appendingPathComponent("shared/fixtures/real")

    static func real(_ name: String) throws -> SourceFile {
        try SourceFile.read(path: realDirectory.appendingPathComponent(name).path)
    }

    static func realFiles(withExtension ext: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: realDirectory.path)
            .filter { $0.hasSuffix("." + ext) }
            .sorted()
    }
}

extension SourceFile {
    /// The byte offset of the first occurrence of `needle`, for pointing at text in tests.
    func offset(of needle: String, occurrence: Int = 1) -> Int {
        let target = Array(needle.utf8)
        var seen = 0
        var index = 0
        while index + target.count <= bytes.count {
            if bytes[index..<(index + target.count)].elementsEqual(target) {
                seen += 1
                if seen == occurrence { return index }
            }
            index += 1
        }
        fatalError("'\(needle)' does not occur \(occurrence) time(s) in \(path)")
    }
}
