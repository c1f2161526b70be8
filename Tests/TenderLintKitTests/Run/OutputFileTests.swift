import Foundation
import Testing
import TenderLintKit

@Suite("A file tenderlint writes")
struct OutputFileTests {
    @Test("replaces what was there, keeping its permissions, and leaves no partial file beside it")
    func replacesKeepingPermissions() throws {
        let folder = try RunFolder()
        let path = try folder.write("report.txt", "old")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try OutputFile.write("new", to: path)
        #expect(try folder.read("report.txt") == "new")
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["report.txt"])
    }

    @Test("in a folder that does not exist, fails with the system's reason")
    func failsWithReason() throws {
        let folder = try RunFolder()
        #expect(throws: WriteFailure(reason: "No such file or directory")) { try OutputFile.write("x", to: folder.path("missing/report.txt")) }
    }
}
