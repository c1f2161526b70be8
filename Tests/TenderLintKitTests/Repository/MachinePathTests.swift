import Foundation
import Testing

/// The repository runs on any clone: no file may name a folder of the machine it was written on.
@Suite("No machine paths in the repository")
struct MachinePathTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Repository
        .deletingLastPathComponent()  // TenderLintKitTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root

    /// Home and work folders as machines name them; built from parts so this file does not match itself.
    static let machineFolders = ["work", "home", "Users", "root"].map { "/" + $0 + "/" }

    /// Folders that are built, fetched or found, not written by us.
    static let skipped: Set<String> = [".build", ".git", ".swiftpm", "findings", "node_modules"]

    @Test("no source, test, document or script names a home or work folder")
    func noMachinePaths() throws {
        var offenders: [String] = []
        let walker = FileManager.default.enumerator(at: Self.root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            if Self.skipped.contains(url.lastPathComponent) || url.lastPathComponent.hasPrefix(".build-") {
                walker?.skipDescendants()
                continue
            }
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for folder in Self.machineFolders where text.contains(folder) {
                offenders.append("\(url.path.dropFirst(Self.root.path.count + 1)) names \(folder)")
            }
        }
        #expect(offenders.isEmpty, "\(offenders.joined(separator: "; "))")
    }
}
