import Foundation
import TenderLintKit

/// The text and concise reports written as a run goes: each part of the findings as it is delivered, the
/// summary line at the end. A bulk file's findings then never need to be held, nor the whole report.
final class StreamedReport: @unchecked Sendable {
    private struct Output {
        let reporter: TextReporter
        let handle: FileHandle
        /// The file the user named, for messages; nil for standard output.
        let path: String?
        /// Where the report is written until it is finished, then renamed over `path`; nil when written in place.
        let temporary: String?
        var buffer = ""
        var anyShown = false
        var failure: String?
    }

    private var outputs: [Output] = []
    private(set) var counts = RunSummary(documents: 0)
    /// Output goes out in pieces of about this many bytes: a write per document would cost a system call each.
    private static let bufferLimit = 1 << 16

    /// Whether a run can be reported as it goes: only the text formats, and only without a baseline, which
    /// needs every finding before it can say which are new.
    static func canStream(_ plan: OutputPlan, baseline: Bool) -> Bool {
        !baseline && plan.destinations.allSatisfy { $0.format == .text || $0.format == .concise }
    }

    /// Opens every destination before anything is linted. A file is written beside its place and renamed over
    /// it when the report is finished, so a run that fails leaves what was there (a FIFO or device is written in place).
    init(plan: OutputPlan, colors: Bool, quiet: Bool) throws(OutputFileError) {
        for destination in plan.destinations {
            let reporter = TextReporter(concise: destination.format == .concise, colors: destination.file == nil && colors, quiet: quiet)
            guard let file = destination.file else {
                outputs.append(Output(reporter: reporter, handle: .standardOutput, path: nil, temporary: nil))
                continue
            }
            let target = URL(fileURLWithPath: file).resolvingSymlinksInPath()
            let temporary = OutputFile.isSpecialFile(target.path) ? nil
                : target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).tenderlint-\(UUID().uuidString)").path
            let opened = temporary ?? target.path
            guard temporary == nil || FileManager.default.createFile(atPath: opened, contents: nil),
                  let handle = FileHandle(forWritingAtPath: opened) else {
                abandon()
                throw OutputFileError(path: file, reason: "cannot be written")
            }
            outputs.append(Output(reporter: reporter, handle: handle, path: file, temporary: temporary))
        }
    }

    deinit { abandon() }

    /// Writes one part of the findings. Parts arrive one at a time, in order.
    func write(_ part: LintReport) {
        counts.count(part.diagnostics)
        guard !part.diagnostics.isEmpty else { return }
        for index in outputs.indices {
            let text = outputs[index].reporter.renderDiagnostics(part.diagnostics)
            guard !text.isEmpty else { continue }
            outputs[index].anyShown = true
            outputs[index].buffer += text
            if outputs[index].buffer.utf8.count >= Self.bufferLimit { flush(index) }
        }
    }

    /// Ends each report with its summary line, closes the files and puts each in its place; the first that
    /// could not be written (a full disk) is thrown, and none of its part is left behind.
    func finish(_ totals: LintReport) throws(OutputFileError) {
        counts.documents = totals.documentCount
        var firstFailure: OutputFileError?
        for index in outputs.indices {
            let output = outputs[index]
            outputs[index].buffer += output.reporter.renderSummary(
                counts, suppressedCount: totals.suppressedCount, baselinedCount: 0, anyShown: output.anyShown
            )
            flush(index)
            let finished = outputs[index]
            if finished.path != nil { try? finished.handle.close() }
            if let temporary = finished.temporary, let path = finished.path, finished.failure == nil,
               rename(temporary, URL(fileURLWithPath: path).resolvingSymlinksInPath().path) != 0 {
                outputs[index].failure = "cannot be written (\(String(cString: strerror(errno))))"
            }
            if let failure = outputs[index].failure, firstFailure == nil {
                firstFailure = OutputFileError(path: finished.path ?? "standard output", reason: failure)
            }
        }
        abandon()
        if let firstFailure { throw firstFailure }
    }

    private func flush(_ index: Int) {
        guard !outputs[index].buffer.isEmpty, outputs[index].failure == nil else { return }
        do {
            try outputs[index].handle.write(contentsOf: Data(outputs[index].buffer.utf8))
        } catch {
            outputs[index].failure = "cannot be written (\(error.localizedDescription))"
        }
        outputs[index].buffer = ""
    }

    /// Removes the files of reports that were not put in their place.
    private func abandon() {
        for output in outputs {
            if let temporary = output.temporary { try? FileManager.default.removeItem(atPath: temporary) }
        }
        outputs.removeAll()
    }
}

/// An output file that cannot be opened for writing.
struct OutputFileError: Error {
    var path: String
    var reason: String
}
