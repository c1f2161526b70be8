import Foundation

/// Sweeps published documents and counts, per rule, buyer and year, the lots that pass, fail, could not be
/// evaluated or are not the rule's concern.
///
/// Each document is read once, modelled, assessed, counted and let go: a JSON Lines file streams from disk a
/// line at a time, so memory is that of a batch of lines plus the tally. Files are audited `jobs` at a
/// time, each by one worker with a tally of its own, merged at the end; the lines of a JSON Lines file are
/// audited in batches on `jobs` threads.
public struct Auditor: Sendable {
    public var modelBuilder: TenderModelBuilder
    public var engine: RuleEngine
    public var grouping: AuditGrouping
    public var jobs: Int

    public init(engine: RuleEngine, modelBuilder: TenderModelBuilder = TenderModelBuilder(),
                grouping: AuditGrouping = AuditGrouping(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.engine = engine
        self.modelBuilder = modelBuilder
        self.grouping = grouping
        self.jobs = max(1, jobs)
    }

    /// The files an audit of these paths reads, their total size in bytes (for progress), and the entries
    /// passed over because they are not regular files.
    public static func files(in paths: [String]) throws(PathError) -> (files: [String], bytes: Int, skipped: [PathError]) {
        let found: FileDiscovery.Found
        do {
            found = try FileDiscovery().discover(paths)
        } catch let error as PathError {
            throw error
        } catch {
            // Only a configuration's exclusions throw anything else, and an audit reads none.
            throw PathError(path: paths.joined(separator: " "), reason: "\(error)")
        }
        let bytes = found.files.reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
        return (found.files, bytes, found.skipped)
    }

    /// Audits the files. Throws the first `PathError` in file order when a file cannot be opened or read;
    /// documents that cannot be parsed are counted as unreadable instead.
    public func audit(files: [String], progress: AuditProgress? = nil) throws(PathError) -> AuditTally {
        let workers = DocumentSweep(jobs: jobs).run(count: files.count, start: { WorkerTally(grouping: grouping) }) { index, worker in
            do throws(PathError) {
                try audit(path: files[index], into: &worker.tally, progress: progress)
            } catch {
                if worker.failure.map({ index < $0.index }) ?? true { worker.failure = (index, error) }
            }
        }
        progress?.finish()
        // The first failure in file order, so that the message does not depend on scheduling.
        if let failure = workers.compactMap(\.failure).min(by: { $0.index < $1.index }) { throw failure.error }
        return workers.dropFirst().reduce(into: workers[0].tally) { $0.merge($1.tally) }
    }

    /// Audits one file into a tally, a document at a time.
    public func audit(path: String, into tally: inout AuditTally, progress: AuditProgress? = nil) throws(PathError) {
        tally.recordFile()
        let kind = DocumentKind(path: path) ?? .xml
        var position = 0
        if kind == .jsonLines {
            try auditLines(path: path, into: &tally, progress: progress, position: &position)
        } else {
            try kind.forEachDocument(path: path) { result in
                take(result, into: &tally)
                progress?.advance(bytes: 0, documents: result.documentCount)
            }
        }
        // What is left of the file: all of a whole file, blank lines at the end of a JSON Lines file.
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? position
        progress?.advance(bytes: max(0, size - position), documents: 0)
    }

    /// A JSON Lines file audited on `jobs` threads, a batch of lines at a time, each thread counting into a
    /// tally of its own: a bulk file is one file, and would otherwise use one core. Counts do not depend on order.
    /// `position` follows the end of the last line audited, for progress.
    private func auditLines(path: String, into tally: inout AuditTally, progress: AuditProgress?, position: inout Int) throws(PathError) {
        let reader = JSONLinesReader()
        try reader.forEachBatch(path: path) { lines in
            let parts = DocumentSweep(jobs: jobs).run(count: lines.count, start: { AuditTally(grouping: grouping) }) { index, part in
                take(reader.read(lines[index]), into: &part)
            }
            for part in parts { tally.merge(part) }
            if case .document(let source)? = lines.last {
                let end = source.firstOffset + source.bytes.count + 1
                progress?.advance(bytes: max(0, end - position), documents: lines.count)
                position = max(position, end)
            } else {
                progress?.advance(bytes: 0, documents: lines.count)
            }
        }
    }

    /// Audits documents already read (a file in memory, for tests and callers that have one).
    public func audit(_ source: SourceFile, into tally: inout AuditTally) {
        tally.recordFile()
        (DocumentKind(path: source.path) ?? .xml).forEachDocument(in: source) { take($0, into: &tally) }
    }

    private func take(_ result: ReadResult, into tally: inout AuditTally) {
        let unreadable = result.documentCount - result.documents.count
        if unreadable > 0 { tally.recordUnreadable(unreadable) }
        for tree in result.documents {
            let tenders = modelBuilder.tenders(in: tree).tenders
            tally.record(document: tenders.map { ($0, engine.assess($0)) })
        }
    }
}

/// One worker's tally of the files it audited, and the first of them (in file order) it could not read.
private struct WorkerTally {
    var tally: AuditTally
    var failure: (index: Int, error: PathError)?

    init(grouping: AuditGrouping) {
        tally = AuditTally(grouping: grouping)
    }
}
