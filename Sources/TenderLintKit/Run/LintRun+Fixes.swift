import Foundation

extension LintRun {
    /// `--fix` or `--diff` over the files found, before the report. `--diff` prints what would change and ends
    /// the run: its status is returned (1 when something would change, as ruff's). `--fix` writes each changed
    /// file whole or not at all and says what it fixed and left; it returns nil, and `failedWrites` says whether
    /// a file could not be written (the run then ends with status 2 once it has reported).
    func applyFixes(_ request: FixRequest, to files: [String]) throws -> (diffStatus: Int32?, failedWrites: Bool) {
        let linter = linter
        let fixers = try Self.stoppingOnLintErrors { try files.map { try DocumentFixer(request: request, linter: linter, path: $0) } }
        let limit = linter.limits.maximumBytes
        let fixes: [FileFix?] = DocumentSweep(jobs: linter.jobs).map(count: files.count) { index in
            // A file that cannot be read, or is past the size limit, is left to the report to say so.
            guard let size = try? FileManager.default.attributesOfItem(atPath: files[index])[.size] as? Int, size <= limit,
                  let source = try? SourceFile.read(path: files[index]) else { return nil }
            return fixers[index].fix(source)
        }
        let found = fixes.compactMap { $0 }
        if request.diffOnly {
            var diff = ""
            for fix in found where fix.changes {
                diff += UnifiedDiff.text(from: String(decoding: fix.original, as: UTF8.self), to: String(decoding: fix.fixed, as: UTF8.self),
                                         oldName: "a/" + Self.diffPath(fix.path), newName: "b/" + Self.diffPath(fix.path))
            }
            try StandardOutput.write(diff)
            Self.say(FixSummary(found, hypothetical: true))
            return (found.contains(where: \.changes) ? 1 : 0, false)
        }
        var written: [FileFix] = []
        var failed = false
        for fix in found {
            guard fix.changes else { written.append(fix); continue }
            do {
                try Self.write(fix.fixed, to: fix.path)
                written.append(fix)
            } catch {
                StandardError.write("tenderlint: error: \(fix.path): cannot write the fixed document: \(error.reason); it is unchanged")
                written.append(fix.unwritten(because: error.reason))
                failed = true
            }
        }
        Self.say(FixSummary(written, hypothetical: false))
        return (nil, failed)
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
