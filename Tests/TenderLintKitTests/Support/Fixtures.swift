import Foundation
import Testing
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

    /// Whether `shared/` sits beside this clone; CI always has it, a lone clone may not.
    static let available = FileManager.default.fileExists(atPath: realDirectory.path)

    /// Why a test that reads a real document is skipped on a clone without them.
    static let unavailable: Comment = "needs ../shared/fixtures/real beside the package (CI has it)"

    /// The eForms SDK's example notices, as published (`shared/fixtures/eforms-sdk`).
    static let eFormsSDKDirectory: URL = realDirectory.deletingLastPathComponent().appendingPathComponent("eforms-sdk")

    /// Whether the eForms SDK's examples sit beside this clone.
    static let eFormsSDKAvailable = FileManager.default.fileExists(atPath: eFormsSDKDirectory.path)

    static let eFormsSDKUnavailable: Comment = "needs ../shared/fixtures/eforms-sdk beside the package (CI has it)"

    static func eFormsSDK(_ name: String) throws -> SourceFile {
        try SourceFile.read(path: eFormsSDKDirectory.appendingPathComponent(name).path)
    }

    static func real(_ name: String) throws -> SourceFile {
        try SourceFile.read(path: realDirectory.appendingPathComponent(name).path)
    }

    /// The real documents with this extension; none where `shared/` is absent, so test arguments
    /// can be listed on any clone.
    static func realFiles(withExtension ext: String) throws -> [String] {
        guard available else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: realDirectory.path)
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
