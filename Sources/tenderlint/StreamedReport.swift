import Foundation
import TenderLintKit

/// The text and concise reports written as a run goes: each part of the findings as it is delivered, the
/// summary line at the end. A bulk file's findings then never need to be held, nor the whole report.
final class StreamedReport: @unchecked Sendable {
    private struct Output {
        let reporter: TextReporter
        let handle: FileHandle
        let closes: Bool
        var buffer = ""
        var anyShown = false
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

    /// Opens every destination (creating or emptying files) before anything is linted.
    init(plan: OutputPlan, colors: Bool, quiet: Bool) throws(OutputFileError) {
        for destination in plan.destinations {
            let reporter = TextReporter(concise: destination.format == .concise, colors: destination.file == nil && colors, quiet: quiet)
            guard let file = destination.file else {
                outputs.append(Output(reporter: reporter, handle: .standardOutput, closes: false))
                continue
            }
            guard FileManager.default.createFile(atPath: file, contents: nil), let handle = FileHandle(forWritingAtPath: file) else {
                throw OutputFileError(path: file, reason: "cannot be written")
            }
            outputs.append(Output(reporter: reporter, handle: handle, closes: true))
        }
    }

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

    /// Ends each report with its summary line, and closes the files.
    func finish(_ totals: LintReport) {
        counts.documents = totals.documentCount
        for index in outputs.indices {
            let output = outputs[index]
            outputs[index].buffer += output.reporter.renderSummary(
                counts, suppressedCount: totals.suppressedCount, baselinedCount: 0, anyShown: output.anyShown
            )
            flush(index)
            if output.closes { try? output.handle.close() }
        }
    }

    private func flush(_ index: Int) {
        guard !outputs[index].buffer.isEmpty else { return }
        outputs[index].handle.write(Data(outputs[index].buffer.utf8))
        outputs[index].buffer = ""
    }
}

/// An output file that cannot be opened for writing.
struct OutputFileError: Error {
    var path: String
    var reason: String
}
