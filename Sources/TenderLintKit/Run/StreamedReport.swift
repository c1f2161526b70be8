import Foundation

/// The text and concise reports written as a run goes: each part of the findings as it is delivered, the
/// summary line at the end. A bulk file's findings then never need to be held, nor the whole report.
final class StreamedReport: @unchecked Sendable {
    private struct Output {
        let reporter: TextReporter
        /// The file the user named, for messages; nil for standard output.
        let path: String?
        /// The file opened at `path`; nil for standard output.
        let file: OutputFile.Opened?
        var descriptor: Int32 { file?.descriptor ?? STDOUT_FILENO }
        var buffer = ""
        var anyShown = false
        var failure: String?
    }

    private var outputs: [Output] = []
    private(set) var counts = RunSummary(documents: 0)
    /// Output goes out in pieces of about this many bytes: a write per document would cost a system call each.
    private static let bufferLimit = 1 << 16

    /// Whether a run can be reported as it goes: only the text formats. (A baseline, which needs every finding
    /// before it can say which are new, cannot either.)
    static func canStream(_ plan: OutputPlan) -> Bool {
        plan.destinations.allSatisfy { $0.format == .text || $0.format == .concise }
    }

    /// Opens every destination before anything is linted. A file is written beside its place and renamed over
    /// it when the report is finished, so a run that fails leaves what was there; the file being written is
    /// hidden (its name starts with a dot), so a walk of the folder never lints it. A FIFO or a device is
    /// written in place, never replaced.
    init(plan: OutputPlan, colors: Bool, quiet: Bool) throws(OutputFileError) {
        for destination in plan.destinations {
            let reporter = TextReporter(concise: destination.format == .concise, colors: destination.file == nil && colors, quiet: quiet)
            guard let path = destination.file else {
                outputs.append(Output(reporter: reporter, path: nil, file: nil))
                continue
            }
            do {
                outputs.append(Output(reporter: reporter, path: path, file: try OutputFile.Opened(path)))
            } catch {
                abandon()
                throw OutputFileError(path: path, reason: "cannot be written (\(error))")
            }
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
            if outputs[index].failure == nil {
                do {
                    try output.file?.finish()
                } catch {
                    outputs[index].failure = "cannot be written (\(error))"
                }
            } else {
                output.file?.abandon()
            }
            if let failure = outputs[index].failure, firstFailure == nil {
                firstFailure = OutputFileError(path: output.path ?? "standard output", reason: failure)
            }
        }
        // Each file is now in its place, closed or abandoned: nothing is left for `deinit` to undo.
        outputs.removeAll()
        if let firstFailure { throw firstFailure }
    }

    private func flush(_ index: Int) {
        guard !outputs[index].buffer.isEmpty, outputs[index].failure == nil else { return }
        do {
            try StreamWriter.write(Data(outputs[index].buffer.utf8), to: outputs[index].descriptor)
        } catch {
            outputs[index].failure = "cannot be written (\(error))"
        }
        outputs[index].buffer = ""
    }

    /// Removes the files of reports that were not put in their place, and closes devices written in place.
    private func abandon() {
        for output in outputs { output.file?.abandon() }
        outputs.removeAll()
    }
}
