import Foundation
import Testing
@testable import TenderLintKit

/// Files in the order they were handed on.
private final class Emitted: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String] = []
    func add(_ file: String) { lock.withLock { files.append(file) } }
    var all: [String] { lock.withLock { files } }
}

@Suite("Files linted while the walk still finds them")
struct StreamedDiscoveryTests {
    /// Names whose sorted order a walk by folders could get wrong: a folder beside files that share its name's
    /// start, upper and lower case, a name that is not ASCII.
    static let tree = ["a.xml", "a/b.xml", "a-b.json", "a0.json", "ab/x.json", "ab.json", "B.json", "b/c/d.json",
                       "b/c.json", "b/c/e/f.xml", "é.json", "z/é/a.json", "z/e.json"]

    @Test("a folder's walk hands its files on in the order they sort, as it finds them")
    func walkOrder() throws {
        let root = try FileDiscoveryTests.scratch(Self.tree)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let emitted = Emitted()
        let found = try FileDiscovery().discover([root]) { emitted.add($0) }
        #expect(found.files == Self.tree.map { root + "/" + $0 }.sorted())
        #expect(emitted.all == found.files)
    }

    @Test("several paths are handed on once all are found, in the same order")
    func severalPaths() throws {
        let root = try FileDiscoveryTests.scratch(Self.tree)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let emitted = Emitted()
        let found = try FileDiscovery().discover([root + "/z", root + "/a.xml", root + "/b"]) { emitted.add($0) }
        #expect(found.files.count == 6)
        #expect(emitted.all == found.files)
    }

    @Test("delivers what linting the found files delivers, in the same order", arguments: [1, 2, 4])
    func sameAsFoundFirst(jobs: Int) throws {
        let root = try FileDiscoveryTests.scratch(Self.tree)
        defer { try? FileManager.default.removeItem(atPath: root) }
        var linter = Linter()
        linter.jobs = jobs
        let first = Delivered()
        let expected = try linter.lint(linter.discover([root])) { first.add($0) }
        let streamed = Delivered()
        let totals = try linter.lintAsFound(paths: [root]) { streamed.add($0) }
        #expect(streamed.all == first.all)
        #expect(first.all.count == Self.tree.count)
        #expect(totals.documentCount == expected.documentCount)
        #expect(totals.fileCount == expected.fileCount)
    }

    @Test("a walk that fails on a folder it cannot read leaves no output, and says why",
          .enabled(if: getuid() != 0, "root reads any folder"))
    func failedWalk() throws {
        let root = try FileDiscoveryTests.scratch(["a.json", "b/c.json"])
        defer {
            chmod(root + "/b", 0o755)
            try? FileManager.default.removeItem(atPath: root)
        }
        chmod(root + "/b", 0)
        let delivered = Delivered()
        #expect(throws: PathError(path: root + "/b", reason: "cannot be read (check its permissions)")) {
            try Linter().lintAsFound(paths: [root]) { delivered.add($0) }
        }
        #expect(delivered.all.isEmpty)
    }

    @Test("a path that is not there is refused, with nothing delivered for the paths before it")
    func missingPath() throws {
        let root = try FileDiscoveryTests.scratch(["a.json", "b/c.json"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let delivered = Delivered()
        #expect(throws: PathError(path: root + "/missing", reason: "no such file or directory")) {
            try Linter().lintAsFound(paths: [root, root + "/missing"]) { delivered.add($0) }
        }
        #expect(delivered.all.isEmpty)
    }

    @Test("held parts go out in order once released, and later ones straight after")
    func heldParts() {
        let delivered = Delivered()
        let delivery = OrderedDelivery(fileCount: 2, holding: true) { delivered.add($0) }
        delivery.deliver(LintReport(fileCount: 1), file: 0)
        delivery.finish(file: 0)
        #expect(delivered.all.isEmpty)
        delivery.release()
        #expect(delivered.all == ["1 0 "])
        delivery.deliver(LintReport(documentCount: 2), file: 1)
        #expect(delivered.all == ["1 0 ", "0 2 "])
    }

    @Test("a folder with no document is refused, with nothing linted")
    func emptyFolder() throws {
        let root = try FileDiscoveryTests.scratch(["notes/a.txt"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let delivered = Delivered()
        #expect(throws: PathError.self) { try Linter().lintAsFound(paths: [root]) { delivered.add($0) } }
        #expect(delivered.all.isEmpty)
    }
}

/// Each delivered part's file and finding messages, in order.
private final class Delivered: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [String] = []
    func add(_ report: LintReport) { lock.withLock { parts.append("\(report.fileCount) \(report.documentCount) " + report.diagnostics.map(\.message).joined(separator: "|")) } }
    var all: [String] { lock.withLock { parts } }
}
