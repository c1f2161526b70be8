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
        let found = try FileDiscovery().discover(paths)
        let bytes = found.files.reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
        return (found.files, bytes, found.skipped)
    }

    /// Audits the files. Throws the first `PathError` in file order when a file cannot be opened or read;
    /// documents that cannot be parsed are counted as unreadable instead.
    public func audit(files: [String], progress: AuditProgress? = nil) throws(PathError) -> AuditTally {
        let queue = WorkQueue(count: files.count)
        let workers = max(1, min(jobs, files.count))
        let results = WorkerResults(workers: workers, grouping: grouping)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var tally = AuditTally(grouping: grouping)
            var failure: (index: Int, error: PathError)?
            while let index = queue.next() {
                do throws(PathError) {
                    try audit(path: files[index], into: &tally, progress: progress)
                } catch {
                    if failure.map({ index < $0.index }) ?? true { failure = (index, error) }
                }
            }
            results.store(worker, tally: tally, failure: failure)
        }
        progress?.finish()
        if let failure = results.firstFailure { throw failure }
        return results.merged
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
            let workers = min(jobs, lines.count)
            let tallies = ParallelResults<AuditTally>(count: workers)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var part = AuditTally(grouping: grouping)
                for index in stride(from: worker, to: lines.count, by: workers) { take(reader.read(lines[index]), into: &part) }
                tallies.store(part, at: worker)
            }
            for part in tallies.all { tally.merge(part) }
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

/// Hands out file indexes in order to whichever worker is free, so one large file does not hold up the rest.
private final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var nextIndex = 0

    init(count: Int) { self.count = count }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < count else { return nil }
        defer { nextIndex += 1 }
        return nextIndex
    }
}

/// Each worker's tally and first failure, combined once all are done.
private final class WorkerResults: @unchecked Sendable {
    private let lock = NSLock()
    private var tallies: [AuditTally]
    private var failures: [(index: Int, error: PathError)] = []

    init(workers: Int, grouping: AuditGrouping) {
        tallies = Array(repeating: AuditTally(grouping: grouping), count: workers)
    }

    func store(_ worker: Int, tally: AuditTally, failure: (index: Int, error: PathError)?) {
        lock.lock()
        defer { lock.unlock() }
        tallies[worker] = tally
        if let failure { failures.append(failure) }
    }

    var firstFailure: PathError? {
        lock.lock()
        defer { lock.unlock() }
        return failures.min { $0.index < $1.index }?.error
    }

    var merged: AuditTally {
        lock.lock()
        defer { lock.unlock() }
        var total = tallies[0]
        for tally in tallies.dropFirst() { total.merge(tally) }
        return total
    }
}
