import Foundation

extension LintRun {
    /// `--fix` or `--diff` over the files found, before the report. `--diff` prints what would change and ends
    /// the run: its status is returned (1 when something would change, as ruff's). `--fix` writes each changed
    /// file whole or not at all and says what it fixed and left; it returns nil, and `failedWrites` says whether
    /// a file could not be written (the run then ends with status 2 once it has reported).
    func applyFixes(_ request: FixRequest, to files: [String]) throws -> (diffStatus: Int32?, failedWrites: Bool) {
        let linter = linter
        let fixers = try Self.stoppingOnLintErrors { try files.map { try DocumentFixer(request: request, linter: linter, path: $0) } }
        var summary = FixSummary(hypothetical: request.diffOnly)
        var changes = false, failed = false
        // A batch of files at a time, on every core, so that a run over many files holds few files' texts.
        for batch in stride(from: 0, to: files.count, by: Self.fixBatch).map({ $0..<min($0 + Self.fixBatch, files.count) }) {
            for fix in fixes(batch, fixers: fixers, files: files) {
                changes = changes || fix.changes
                guard fix.changes else { summary.add(fix); continue }
                if request.diffOnly {
                    try StandardOutput.write(UnifiedDiff.text(
                        from: String(decoding: fix.original, as: UTF8.self), to: String(decoding: fix.fixed, as: UTF8.self),
                        oldName: "a/" + Self.diffPath(fix.path), newName: "b/" + Self.diffPath(fix.path)))
                    summary.add(fix)
                    continue
                }
                do {
                    try Self.write(fix.fixed, to: fix.path)
                    summary.add(fix)
                } catch {
                    StandardError.write("tenderlint: error: \(fix.path): cannot write the fixed document: \(error.reason); it is unchanged")
                    summary.add(fix.unwritten(because: error.reason))
                    failed = true
                }
            }
        }
        Self.say(summary)
        return request.diffOnly ? (changes ? 1 : 0, false) : (nil, failed)
    }

    private static let fixBatch = 256

    /// The fixes of the files at `batch`, in order. A file that cannot be read, or is past the size limit, is
    /// left out: the report says what is wrong with it.
    private func fixes(_ batch: Range<Int>, fixers: [DocumentFixer], files: [String]) -> [FileFix] {
        let limit = linter.limits.maximumBytes
        return DocumentSweep(jobs: linter.jobs).map(count: batch.count) { offset in
            let index = batch.lowerBound + offset
            guard let size = try? FileManager.default.attributesOfItem(atPath: files[index])[.size] as? Int, size <= limit,
                  let source = try? SourceFile.read(path: files[index]) else { return nil }
            return fixers[index].fix(source)
        }.compactMap { $0 }
    }

    /// The summary on standard error, its indented lines (the fixes left, by why) as they are.
    private static func say(_ summary: FixSummary) {
        for line in summary.lines { StandardError.write(line.hasPrefix(" ") ? line : "tenderlint: " + line) }
    }

    /// Replaces the file's contents atomically, keeping its permissions. A read-only file is refused rather than
    /// replaced, as the rename would allow (and as root, whom `access` lets write anything, would be).
    private static func write(_ bytes: [UInt8], to path: String) throws(WriteFailure) {
        guard access(path, W_OK) == 0 else { throw WriteFailure(errno: errno) }
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH) == 0 {
            throw WriteFailure(reason: "it is read-only")
        }
        let file = try AtomicFile(replacing: path)
        try file.write(Data(bytes))
        try file.commit()
    }

    /// The path as a diff names it after `a/` and `b/`: relative, as given, without a leading `./` or `/`.
    private static func diffPath(_ path: String) -> String {
        var path = Substring(path)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        while path.hasPrefix("/") { path = path.dropFirst() }
        return String(path)
    }
}
