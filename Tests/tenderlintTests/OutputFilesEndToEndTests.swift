import Foundation
import Testing

/// Files tenderlint writes are written whole or not at all, and a full disk ends a run with a message.
@Suite("Output files, run as a program")
struct OutputFilesEndToEndTests {
    static let tender = """
        <tender xmlns="urn:tenderlint:tender-spec:1" id="T" above-threshold="true">
          <buyer sector="nhs" jurisdiction="england">Example NHS Trust</buyer>
          <dates publication="2026-06-01"/>
          <evaluation><criterion id="price" kind="price" weight="95"/></evaluation>
        </tender>
        """
    static let hasFullDevice = FileManager.default.fileExists(atPath: "/dev/full")

    /// The names in a folder, hidden ones too: a report's temporary file must not be left among them.
    private func names(in scratch: ScratchDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted()
    }

    @Test("a report written to a file replaces the old one whole and leaves nothing beside it",
          arguments: [["lint", "t.xml", "--format", "concise"], ["lint", "t.xml", "--format", "json"],
                      ["rules"], ["policies"], ["audit", "t.xml"]])
    func replacesWhole(_ arguments: [String]) throws {
        let scratch = try ScratchDirectory()
        try scratch.write("t.xml", Self.tender)
        try scratch.write("report.out", String(repeating: "an old report line\n", count: 5_000))
        let outcome = try TenderlintProcess.run(arguments + ["--output", "report.out"], in: scratch.url)
        #expect(outcome.status == 0 || outcome.status == 1, "\(outcome.standardError)")
        let written = try String(contentsOf: scratch.url.appendingPathComponent("report.out"), encoding: .utf8)
        #expect(!written.contains("an old report line"))
        #expect(!written.isEmpty)
        #expect(try names(in: scratch) == ["report.out", "t.xml"])
    }

    @Test("a run that fails leaves the old report as it was")
    func failedRunKeepsOldReport() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("report.txt", "the last good report\n")
        let outcome = try TenderlintProcess.run(["lint", "nowhere.xml", "--format", "concise", "--output", "report.txt"], in: scratch.url)
        #expect(outcome.status == 2)
        #expect(try String(contentsOf: scratch.url.appendingPathComponent("report.txt"), encoding: .utf8) == "the last good report\n")
        #expect(try names(in: scratch) == ["report.txt"])
    }

    @Test("a full disk ends the run with exit 2 and one line naming the file, not a crash",
          .enabled(if: hasFullDevice, "needs /dev/full (Linux)"),
          arguments: [["lint", "t.xml", "--format", "concise"], ["lint", "t.xml", "--format", "sarif"], ["rules"], ["audit", "t.xml"]])
    func fullDisk(_ arguments: [String]) throws {
        let scratch = try ScratchDirectory()
        try scratch.write("t.xml", Self.tender)
        let outcome = try TenderlintProcess.run(arguments + ["--output", "/dev/full"], in: scratch.url)
        #expect(outcome.status == 2)
        #expect(outcome.standardError.hasPrefix("tenderlint: error: /dev/full: cannot be written ("), "\(outcome.standardError)")
        #expect(outcome.standardError.split(separator: "\n").count == 1)
        var status = stat()
        #expect(stat("/dev/full", &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR, "the device is still a device")
    }

    @Test("a full standard output ends the run with exit 2 and a message, not a crash",
          .enabled(if: hasFullDevice, "needs /dev/full (Linux)"),
          arguments: [["lint", "t.xml"], ["lint", "t.xml", "--format", "json"], ["rules"], ["inspect", "t.xml"]])
    func fullStandardOutput(_ arguments: [String]) throws {
        let scratch = try ScratchDirectory()
        try scratch.write("t.xml", Self.tender)
        let outcome = try TenderlintProcess.run(arguments, in: scratch.url, standardOutput: ">/dev/full")
        #expect(outcome.status == 2)
        #expect(outcome.standardError.hasPrefix("tenderlint: error: standard output"), "\(outcome.standardError)")
    }

    @Test("a FIFO is written in place, and stays a FIFO")
    func fifo() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("t.xml", Self.tender)
        let fifo = scratch.url.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // Opening a FIFO to read waits for the writer; read it on another thread while tenderlint writes.
        let received = Received()
        let reader = Thread {
            let data = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
            received.set(String(decoding: data, as: UTF8.self))
        }
        reader.start()
        let outcome = try TenderlintProcess.run(["lint", "t.xml", "--format", "concise", "--output", "pipe"], in: scratch.url)
        #expect(outcome.status == 1, "\(outcome.standardError)")
        let text = try #require(received.wait(seconds: 10))
        #expect(text.contains("[EV001]"), "\(text)")
        var status = stat()
        #expect(stat(fifo, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO)
    }
}

/// Text handed from the FIFO's reader thread to the test.
private final class Received: @unchecked Sendable {
    private let condition = NSCondition()
    private var text: String?

    func set(_ value: String) {
        condition.lock()
        text = value
        condition.signal()
        condition.unlock()
    }

    func wait(seconds: Double) -> String? {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date().addingTimeInterval(seconds)
        while text == nil, condition.wait(until: deadline) {}
        return text
    }
}
