import Foundation

/// Hands the findings of files linted in parallel on in file order, as soon as order allows.
///
/// Workers take the next file from here and deliver its findings in parts as they go. The parts of the
/// earliest unfinished file pass straight through; those of later files wait until every file before
/// them is done. Only totals are kept once a part has been delivered.
final class OrderedDelivery: @unchecked Sendable {
    private let lock = NSLock()
    private let fileCount: Int
    private let deliverPart: @Sendable (LintReport) -> Void
    private var next = 0
    /// The earliest file not yet finished: its parts are delivered as they come.
    private var head = 0
    private var waiting: [Int: [LintReport]] = [:]
    private var finished: Set<Int> = []
    private var failures: [Int: any Error] = [:]
    private var firstFailure: (any Error)?
    private var total = LintReport()
    /// Parts in order, kept back until `release()`: nothing goes out while the files are still being found, since
    /// a walk that fails must leave no output.
    private var held: [LintReport]?

    init(fileCount: Int, holding: Bool = false, deliver: @escaping @Sendable (LintReport) -> Void) {
        self.fileCount = fileCount
        self.deliverPart = deliver
        if holding { held = [] }
    }

    /// Delivers what was held, and from now on each part as order allows.
    func release() {
        lock.withLock {
            for part in held ?? [] { deliverPart(part) }
            held = nil
        }
    }

    /// The index of the next file to lint, or nil when all are taken or a file before them failed.
    func nextFile() -> Int? {
        lock.withLock {
            guard next < fileCount, firstFailure == nil else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func deliver(_ part: LintReport, file: Int) {
        lock.withLock {
            if file == head { pass(part) } else { waiting[file, default: []].append(part) }
        }
    }

    func finish(file: Int) {
        lock.withLock {
            finished.insert(file)
            advance()
        }
    }

    /// A file that could not be linted: nothing after it is delivered, and `totals()` throws its error.
    func fail(file: Int, _ error: any Error) {
        lock.withLock {
            failures[file] = error
            advance()
        }
    }

    /// What the delivered parts add up to, with no diagnostics. Throws the first failure in file order.
    func totals() throws -> LintReport {
        try lock.withLock {
            if let firstFailure { throw firstFailure }
            return total
        }
    }

    private func pass(_ part: LintReport) {
        guard firstFailure == nil else { return }
        var counted = part
        counted.diagnostics = []
        counted.digests = []
        total.add(counted)
        guard !part.diagnostics.isEmpty || part.documentCount > 0 || part.fileCount > 0 else { return }
        if held != nil { held!.append(part) } else { deliverPart(part) }
    }

    /// Moves the head past finished files, delivering what waited for each new head.
    private func advance() {
        while head < fileCount {
            if let failure = failures[head] {
                // The first problem in file order, so that the message does not depend on scheduling.
                if firstFailure == nil { firstFailure = failure }
                waiting = [:]
                return
            }
            guard finished.contains(head) else { return }
            head += 1
            for part in waiting.removeValue(forKey: head) ?? [] { pass(part) }
        }
    }
}

/// Every delivered finding (and digest), for callers that want the whole report at the end.
final class CollectedReports: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [Diagnostic] = []
    private var collectedDigests: [TenderDigest] = []

    func add(_ part: LintReport) {
        lock.withLock {
            collected += part.diagnostics
            collectedDigests += part.digests
        }
    }

    var diagnostics: [Diagnostic] { lock.withLock { collected } }
    var digests: [TenderDigest] { lock.withLock { collectedDigests } }
}
