import Foundation

/// The package's root folder, found from this file's place in it (Tests/TenderLintRulesTests/), so that the tests
/// in family folders need not count levels.
enum PackageFolder {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TenderLintRulesTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
}
