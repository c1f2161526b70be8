import Foundation
import Testing
@testable import TenderLintKit

@Suite("File discovery")
struct FileDiscoveryTests {
    /// A new folder holding `files` (each "{}"), for one test to walk and remove.
    static func scratch(_ files: [String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-discovery-\(UUID().uuidString)")
        for file in files {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("{}".utf8).write(to: url)
        }
        return root.path
    }

    @Test("walks directories for the extensions it reads, sorted, skipping hidden entries")
    func walk() throws {
        let root = try Self.scratch(["b.json", "a/c.XML", "a/d.ndjson", "a/e.jsonl", "notes.txt", ".git/x.json", "a/.hidden.xml", ".build/y.xml"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = try FileDiscovery().files(in: [root])
        #expect(files == ["a/c.XML", "a/d.ndjson", "a/e.jsonl", "b.json"].map { root + "/" + $0 })
    }

    @Test("takes a named file once even when its directory is named too")
    func deduplicates() throws {
        let root = try Self.scratch(["a.json"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try FileDiscovery().files(in: [root + "/a.json", root + "/"]) == [root + "/a.json"])
    }

    @Test("refuses a missing path and a named file of a kind it does not read")
    func refusals() throws {
        let root = try Self.scratch(["notes.txt"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(throws: PathError(path: root + "/missing.xml", reason: "no such file or directory")) {
            try FileDiscovery().files(in: [root + "/missing.xml"])
        }
        #expect(throws: PathError.self) { try FileDiscovery().files(in: [root + "/notes.txt"]) }
    }

    @Test("survives a symbolic link loop")
    func symlinkLoop() throws {
        let root = try Self.scratch(["a/x.json"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/a/loop", withDestinationPath: root + "/a")
        let files = try FileDiscovery().files(in: [root])
        #expect(files.contains(root + "/a/x.json"))
    }

    @Test("knows each kind by its extension, in any case", arguments: [
        ("t.xml", DocumentKind.xml), ("T.JSON", .json), ("bulk.jsonl", .jsonLines), ("bulk.ndjson", .jsonLines),
    ])
    func kinds(path: String, kind: DocumentKind) {
        #expect(DocumentKind(path: path) == kind)
    }

    @Test("reads no kind from a path without a known extension", arguments: ["README", "a.yml", "dir.xml/file", ".json.bak"])
    func unknownKinds(path: String) {
        #expect(DocumentKind(path: path) == nil)
    }
}

@Suite("File discovery of what is not a regular file")
struct FileDiscoverySpecialFileTests {
    @Test("a named pipe with a document's name is passed over and reported, not returned to be read")
    func namedPipe() throws {
        let root = try FileDiscoveryTests.scratch(["a.json"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(mkfifo(root + "/pipe.xml", 0o600) == 0)
        let found = try FileDiscovery().discover([root])
        #expect(found.files == [root + "/a.json"])
        #expect(found.skipped == [PathError(path: root + "/pipe.xml", reason: "is a named pipe (FIFO), not a regular file, so it was skipped")])
    }

    @Test("three links back to the parent still give each file once")
    func manyLoops() throws {
        let root = try FileDiscoveryTests.scratch(["a/x.json"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        for name in ["up", "again", "more"] {
            try FileManager.default.createSymbolicLink(atPath: root + "/a/" + name, withDestinationPath: "..")
        }
        #expect(try FileDiscovery().files(in: [root]) == [root + "/a/x.json"])
    }
}

@Suite("File discovery of names that are not UTF-8")
struct FileDiscoveryNameTests {
    @Test("a document whose name is not UTF-8 is reported as skipped, not left out without a word")
    func undecodableName() throws {
        let root = try FileDiscoveryTests.scratch(["ok.json"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        // "café.json" in Latin-1: the é is the single byte 0xE9.
        let latin1: [UInt8] = Array((root + "/caf").utf8) + [0xE9] + Array(".json".utf8) + [0]
        let descriptor = latin1.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        #expect(descriptor >= 0)
        close(descriptor)
        let found = try FileDiscovery().discover([root])
        #expect(found.files == [root + "/ok.json"])
        #expect(found.skipped == [PathError(path: root + "/caf\u{FFFD}.json", reason: "has a name that is not UTF-8, so it was skipped; rename it")])
    }
}
