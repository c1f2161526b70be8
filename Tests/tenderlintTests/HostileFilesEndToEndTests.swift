import Foundation
import Testing

/// What an attacker or an unlucky user puts in tenderlint's way: link loops, named pipes, a report aimed at an
/// input, a closed standard output, a file in UTF-32. Each ends with a message and an exit status, never a
/// crash or a hang.
@Suite("Hostile files and streams, run as a program")
struct HostileFilesEndToEndTests {
    static let tender = OutputFilesEndToEndTests.tender

    @Test("a folder with links back to its parent is walked once: each document is linted once")
    func linkLoops() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("tenders/a/t.xml", Self.tender)
        for name in ["up", "again", "more"] {
            try FileManager.default.createSymbolicLink(atPath: scratch.url.appendingPathComponent("tenders/a/\(name)").path, withDestinationPath: "..")
        }
        let outcome = try TenderlintProcess.run(["lint", "tenders", "--format", "concise"], in: scratch.url)
        #expect(outcome.status == 1, "\(outcome.standardError)")
        #expect(outcome.standardOutput.hasSuffix(" in 1 document\n"), "\(outcome.standardOutput)")
        #expect(outcome.standardOutput.components(separatedBy: "[EV001]").count == 2)
    }

    @Test("a named pipe in a walked folder is skipped with a note, and the rest is linted")
    func fifoInFolder() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("tenders/t.xml", Self.tender)
        #expect(mkfifo(scratch.url.appendingPathComponent("tenders/pipe.json").path, 0o600) == 0)
        let outcome = try TenderlintProcess.run(["lint", "tenders", "--format", "concise"], in: scratch.url, deadline: 20)
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.contains("[EV001]"))
        #expect(outcome.standardError == "tenderlint: note: tenders/pipe.json: is a named pipe (FIFO), not a regular file, so it was skipped\n")
    }

    @Test("a report aimed at a document being linted, by its name or through a link, is refused and the document kept",
          arguments: ["t.xml", "link.xml"])
    func reportOverInput(output: String) throws {
        let scratch = try ScratchDirectory()
        try scratch.write("t.xml", Self.tender)
        try FileManager.default.createSymbolicLink(atPath: scratch.url.appendingPathComponent("link.xml").path, withDestinationPath: "t.xml")
        let outcome = try TenderlintProcess.run(["lint", "t.xml", "--format", "concise", "--output", output], in: scratch.url)
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("one of the documents being linted"), "\(outcome.standardError)")
        #expect(try String(contentsOf: scratch.url.appendingPathComponent("t.xml"), encoding: .utf8) == Self.tender)
    }

    @Test("a closed standard output ends the run with exit 2 and one plain line")
    func closedStandardOutput() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("t.xml", Self.tender)
        let outcome = try TenderlintProcess.run(["lint", "t.xml"], in: scratch.url, standardOutput: ">&-")
        #expect(outcome.status == 2)
        #expect(outcome.standardError == "tenderlint: error: standard output: cannot be written (it is closed)\n")
    }

    @Test("a report written over an old one keeps the old one's permissions")
    func permissionsKept() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("t.xml", Self.tender)
        let report = try scratch.write("report.json", "{}")
        #expect(chmod(report.path, 0o640) == 0)
        for format in ["json", "concise"] {
            let outcome = try TenderlintProcess.run(["lint", "t.xml", "--format", "\(format):report.json"], in: scratch.url)
            #expect(outcome.status == 1, "\(outcome.standardError)")
            var status = stat()
            #expect(stat(report.path, &status) == 0 && status.st_mode & 0o777 == 0o640, "\(format)")
        }
    }

    @Test("a report written through a link replaces the file the link names and leaves the link a link")
    func linkKept() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("t.xml", Self.tender)
        try scratch.write("reports/latest.txt", "old\n")
        let link = scratch.url.appendingPathComponent("report.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "reports/latest.txt")
        let outcome = try TenderlintProcess.run(["lint", "t.xml", "--format", "concise", "--output", "report.txt"], in: scratch.url)
        #expect(outcome.status == 1, "\(outcome.standardError)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "reports/latest.txt")
        #expect(try String(contentsOf: scratch.url.appendingPathComponent("reports/latest.txt"), encoding: .utf8).contains("[EV001]"))
    }

    @Test("a report written into the folder being linted is not itself linted", arguments: ["concise", "json"])
    func reportInsideLintedFolder(format: String) throws {
        let scratch = try ScratchDirectory()
        try scratch.write("tenders/t.xml", Self.tender)
        let outcome = try TenderlintProcess.run(["lint", "tenders", "--format", "\(format):tenders/report.json"], in: scratch.url)
        #expect(outcome.status == 1, "\(outcome.standardError)")
        let report = try String(contentsOf: scratch.url.appendingPathComponent("tenders/report.json"), encoding: .utf8)
        #expect(!report.contains("[TL003]") && !report.contains("TL003"))
    }

    @Test("a UTF-32 file without a byte order mark, with CDATA, is read in every command and format",
          arguments: [["lint", "w.xml"], ["lint", "w.xml", "--format", "sarif"], ["inspect", "w.xml"]])
    func utf32WithoutByteOrderMark(arguments: [String]) throws {
        let scratch = try ScratchDirectory()
        let text = Self.tender.replacingOccurrences(of: "Example NHS Trust", with: "<![CDATA[Example NHS Trust]]>")
        try scratch.write("w.xml", bytes: Array(text.data(using: .utf32BigEndian)!))
        let outcome = try TenderlintProcess.run(arguments, in: scratch.url)
        #expect(outcome.status == (arguments[0] == "inspect" ? 0 : 1), "\(outcome.standardError)")
        #expect(!outcome.standardError.contains("Fatal error") && !outcome.standardError.contains("Precondition"))
    }
}
