import Foundation

/// Runs tenderlint over files: reads each document once and collects what is found.
///
/// Each document is read once, turned into tenders, and (with the rules issue) checked; only the
/// diagnostics are kept.
public struct Linter: Sendable {
    public var modelBuilder: TenderModelBuilder
    /// The rules; nil reads and models documents without judging them.
    public var engine: RuleEngine?

    /// Whether in-document suppressions (and sidecar files) are honoured.
    public var suppressions: Bool
    /// Every rule id a suppression may name; nil skips the unknown-rule check.
    public var knownRules: [RuleIdentity]?
    /// `.tenderlint.yml` files, found per linted file; nil lints with the settings above alone.
    public var configuration: ConfigurationResolver?
    /// The rules chosen on the command line, on top of every file's configuration; nil when none were.
    public var selection: RuleSelection?
    /// How many files are linted at once (`--jobs`); all cores by default.
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Whether a folder that holds no document may pass. By default it is a `PathError`: a mistyped or emptied
    /// folder would otherwise let a CI gate pass having checked nothing.
    public var allowsEmptyFolders = false
    /// What one document may cost: bytes, nodes, and findings listed per rule (docs/limits.md).
    public var limits = DocumentLimits()
    /// What folder walks leave out (`exclude`, `.gitignore`, `--exclude`); nil leaves out only hidden entries.
    public var exclusions: PathExclusions?
    /// `--stdin-filename`: the name of the document `-` reads from standard input.
    public var standardInputName: String?
    /// Whether each tender's digest (buyer, binding policies, lot shares) is kept beside its findings, for the
    /// HTML report; off by default, since only findings need outlive a document.
    public var gathersDigests = false
    /// What findings' locations hold beyond positions: only what the run's reports print or match on.
    public var locationDetail = LocationDetail.all
    private let catalogueFiles = CatalogueFileCache()
    private let filesInProgress = FilesInProgress()

    public init(modelBuilder: TenderModelBuilder = TenderModelBuilder(), engine: RuleEngine? = nil,
                suppressions: Bool = true, knownRules: [RuleIdentity]? = nil) {
        self.modelBuilder = modelBuilder
        self.engine = engine
        self.suppressions = suppressions
        self.knownRules = knownRules
    }

    /// Lints files and directories. Throws `PathError` when a path cannot be read at all, and
    /// `ConfigurationError` when a configuration (or a catalogue it names) is invalid.
    public func lint(paths: [String]) throws -> LintReport {
        try lint(discover(paths))
    }

    /// Lints the files a discovery found, every finding gathered and sorted.
    public func lint(_ found: FileDiscovery.Found) throws -> LintReport {
        let collected = CollectedReports()
        var report = try lint(found) { collected.add($0) }
        report.diagnostics = collected.diagnostics
        report.diagnostics.sort(by: Diagnostic.presentationOrder)
        report.digests = collected.digests
        return report
    }

    /// Lints files and directories, handing findings to `deliver` in file order as soon as they are known: a
    /// file's once it is done, a JSON Lines file's a document at a time. Output can start before the run
    /// ends, and findings need not all be held. Returns the totals with no diagnostics. Throws as
    /// `lint(paths:)` does, after delivering the files before the one that failed.
    public func lint(paths: [String], deliver: @escaping @Sendable (LintReport) -> Void) throws -> LintReport {
        try lint(discover(paths), deliver: deliver)
    }

    /// The files to lint under `paths`. Throws `PathError` for a path that cannot be read, or a folder that
    /// holds no document unless `allowsEmptyFolders`.
    public func discover(_ paths: [String]) throws -> FileDiscovery.Found {
        try discover(paths, emit: nil)
    }

    /// As `discover(_:)`, handing each file to `emit` in order as soon as the walk is sure of it.
    func discover(_ paths: [String], emit: ((String) -> Void)?) throws -> FileDiscovery.Found {
        var discovery = FileDiscovery(exclusions: exclusions)
        discovery.readsStandardInput = true
        discovery.standardInputName = standardInputName
        let found = try discovery.discover(paths, emit: emit)
        if !allowsEmptyFolders, let empty = found.emptyFolders.first {
            throw PathError(path: empty, reason: "holds no document tenderlint reads (\(FileDiscovery.extensionList)); pass --allow-empty if that is expected")
        }
        return found
    }

    /// Lints the files a discovery found, delivering findings as `lint(paths:deliver:)` does.
    public func lint(_ found: FileDiscovery.Found, deliver: @escaping @Sendable (LintReport) -> Void) throws -> LintReport {
        var entries = found.files
        // Standard input takes its place among the files by its name, as the file it stands for would.
        let standardInputIndex = found.standardInput.map { input in
            let index = entries.firstIndex { $0 > input.displayName } ?? entries.count
            entries.insert(input.displayName, at: index)
            return index
        }
        let files = entries
        let delivery = OrderedDelivery(fileCount: files.count, deliver: deliver)
        // Files are independent: each is read, checked and released on its own, `jobs` at a time, the next
        // file going to whichever worker is free (none once a file before it has failed).
        DocumentSweep(jobs: jobs).forEach(count: files.count, claim: { delivery.nextFile() }) { index in
            lintFile(files[index], at: index, standardInput: index == standardInputIndex ? found.standardInput : nil, into: delivery)
        }
        var totals = try delivery.totals()
        totals.skipped = found.skipped
        return totals
    }

    /// One file of a run, its findings handed to `delivery` as the `index`th file; `standardInput` when it is `-`.
    func lintFile(_ path: String, at index: Int, standardInput: StandardInput?, into delivery: OrderedDelivery) {
        filesInProgress.enter()
        defer { filesInProgress.leave() }
        do {
            let settings = try settings(for: path)
            let linter = try configured(by: settings)
            if let standardInput {
                delivery.deliver(try linter.lint(standardInput, settings: settings), file: index)
            } else {
                let rest = try linter.lint(path: path, settings: settings) { delivery.deliver($0, file: index) }
                delivery.deliver(rest, file: index)
            }
            delivery.finish(file: index)
        } catch {
            delivery.fail(file: index, error)
        }
    }

    /// The settings a file gets: its configuration, with the command line's rule selection on top. Nil when
    /// neither applies. Throws when the configuration is invalid.
    public func settings(for path: String) throws(ConfigurationError) -> FileSettings? {
        let configured = try configuration?.settings(for: path)
        guard let selection, !selection.isEmpty else { return configured }
        return selection.applied(to: configured ?? FileSettings(file: path))
    }

    /// This linter with a file's configuration applied: its vocabulary, profile, date, parameters, catalogues
    /// and the rules it turns off.
    func configured(by settings: FileSettings?) throws(ConfigurationError) -> Linter {
        guard let settings else { return self }
        var linter = self
        linter.limits = settings.limits(over: limits)
        linter.modelBuilder.vocabulary = settings.vocabulary(extending: modelBuilder.vocabulary)
        if var engine {
            engine.settings = settings.applied(to: engine.settings)
            let catalogues = try settings.catalogues.map { path throws(ConfigurationError) in try catalogueFiles.load(path.value) }
            if !catalogues.isEmpty { engine.settings.catalogues = engine.settings.catalogues.preferring(catalogues) }
            let running = engine.ruleSet.rules.map(\.id).filter(settings.runs)
            if running.count < engine.ruleSet.rules.count {
                engine.settings.onlyRules = Set(running).intersection(engine.settings.onlyRules ?? Set(running))
            }
            linter.engine = engine
        }
        return linter
    }

    /// Lints the file at `path`, a document at a time: a JSON Lines file streams from disk, and each
    /// document's tree is let go once its rules have run. Throws `PathError` when it cannot be read.
    public func lint(path: String, settings: FileSettings? = nil) throws(PathError) -> LintReport {
        try lint(path: path, settings: settings, partial: nil)
    }

    /// As `lint(path:settings:)`, handing each document's findings to `partial` as it goes when nothing
    /// later in the file can change them (a JSON Lines file with no suppressions sidecar); the report
    /// returned holds the rest.
    func lint(path: String, settings: FileSettings?, partial: ((LintReport) -> Void)?) throws(PathError) -> LintReport {
        let kind = DocumentKind(path: path) ?? .xml
        var check = FileCheck(linter: sharingRules(for: kind), path: path, settings: settings)
        if let partial, kind == .jsonLines, !(suppressions && SuppressionSidecar.exists(for: path)) {
            check.partial = partial
        }
        if kind == .jsonLines {
            try lintLines(path: path, into: &check)
        } else {
            try kind.forEachDocument(path: path, limits: limits, detail: locationDetail) { check.take($0) }
        }
        return check.finish()
    }

    /// A JSON Lines file read and checked on `jobs` threads, a batch of lines at a time, its findings kept in
    /// line order: a bulk file is one file, and would otherwise use one core.
    private func lintLines(path: String, into check: inout FileCheck) throws(PathError) {
        let reader = JSONLinesReader(jsonReader: JSONReader(limits: limits), detail: locationDetail)
        let settings = check.settings
        let recorder = BatchRecorder(check)
        try reader.forEachBatch(path: path) { lines in
            let checked = ParallelResults<(ReadResult, FileCheck.Findings)>(count: lines.count)
            // The batch before is recorded (its findings sorted and handed on, or written) by one worker while the
            // others check this one: on one thread between batches, it would leave the other cores idle.
            DocumentSweep(jobs: jobs).forEach(count: lines.count + 1) { index in
                guard index > 0 else { return recorder.recordPending() }
                let result = reader.read(lines[index - 1])
                checked.store((result, FileCheck.findings(of: result, linter: self, settings: settings)), at: index - 1)
            }
            recorder.pending = checked.all
        }
        recorder.recordPending()
        check = recorder.check
    }

    /// A JSON Lines file's check, taking each batch's findings in line order on whichever thread is free.
    private final class BatchRecorder: @unchecked Sendable {
        var check: FileCheck
        /// The batch checked last, not yet recorded.
        var pending: [(ReadResult, FileCheck.Findings)] = []

        init(_ check: FileCheck) { self.check = check }

        func recordPending() {
            for (result, findings) in pending { check.record(result, findings) }
            pending = []
        }
    }

    /// Lints one file already in memory. Its kind, unless given, comes from its path's extension (XML when unknown).
    /// `settings` re-levels or drops findings as the file's configuration says.
    public func lint(_ source: SourceFile, kind: DocumentKind? = nil, settings: FileSettings? = nil) -> LintReport {
        let kind = kind ?? DocumentKind(path: source.path) ?? .xml
        var check = FileCheck(linter: sharingRules(for: kind), path: source.path, settings: settings)
        kind.forEachDocument(in: source, limits: limits) { check.take($0) }
        return check.finish()
    }

    /// This linter with a whole document's rules shared among the threads no other file is using (when it has
    /// many lots), so that one large document uses every core; a JSON Lines file's documents are already checked
    /// `jobs` at a time.
    private func sharingRules(for kind: DocumentKind) -> Linter {
        guard kind != .jsonLines else { return self }
        var linter = self
        linter.engine?.ruleThreads = { [filesInProgress, jobs] in filesInProgress.threadsFree(of: jobs) }
        return linter
    }

    /// One file's documents checked as they arrive; only their diagnostics (and suppressions) are kept.
    private struct FileCheck {
        typealias Findings = (diagnostics: [Diagnostic], digests: [TenderDigest])

        let linter: Linter
        let path: String
        /// The file's configuration, which re-levels or drops findings.
        let settings: FileSettings?
        /// Where each document's findings go at once, when the file's suppressions cannot change them.
        var partial: ((LintReport) -> Void)?
        var report = LintReport(fileCount: 1)
        var collector = SuppressionCollector()

        init(linter: Linter, path: String, settings: FileSettings?) {
            self.linter = linter
            self.path = path
            self.settings = settings
        }

        mutating func take(_ result: ReadResult) {
            var findings = Self.findings(of: result, linter: linter, settings: settings)
            // A file of one document: its configured document paths must name something in it (the lines of
            // a JSON Lines file each hold only part of what a path may name).
            if let settings, !settings.scopedSeverities.isEmpty, DocumentKind(path: path) != .jsonLines {
                for tree in result.documents {
                    findings.diagnostics += settings.applying(to: UnmatchedDocumentPaths.diagnostics(settings, in: tree))
                }
            }
            record(result, findings)
        }

        /// What the rules and the model find in a read document, with the file's configuration applied, and each
        /// tender's digest when the linter gathers them. Depends on nothing else, so documents can be checked on
        /// several threads.
        static func findings(of result: ReadResult, linter: Linter, settings: FileSettings?) -> Findings {
            var diagnostics = result.diagnostics
            var digests: [TenderDigest] = []
            for tree in result.documents {
                let adapted = linter.modelBuilder.tenders(in: tree)
                diagnostics += adapted.diagnostics
                guard let engine = linter.engine else { continue }
                for tender in adapted.tenders {
                    if linter.gathersDigests {
                        let checked = engine.checkAndDigest(tender)
                        diagnostics += checked.diagnostics
                        digests.append(checked.digest)
                    } else {
                        diagnostics += engine.check(tender)
                    }
                }
            }
            if let settings { diagnostics = settings.applying(to: diagnostics) }
            // One document's findings: past the limit, a rule's findings are counted, not listed.
            return (FindingLimit.fold(diagnostics, limit: linter.limits.findingsPerRule), digests)
        }

        /// Takes a document's findings (and digests), in document order.
        mutating func record(_ result: ReadResult, _ findings: Findings) {
            let diagnostics = findings.diagnostics
            if linter.suppressions {
                for tree in result.documents { collector.scan(tree) }
            }
            if let partial {
                var part = LintReport(diagnostics: diagnostics.sorted(by: Diagnostic.presentationOrder), documentCount: result.documentCount)
                part.digests = findings.digests
                partial(part)
            } else {
                report.documentCount += result.documentCount
                report.diagnostics += diagnostics
                report.digests += findings.digests
            }
        }

        /// The file's report, once every document has been seen: what was not handed over already.
        func finish() -> LintReport {
            var report = report
            if linter.suppressions {
                do {
                    let collected = try collector.finish(path: path)
                    linter.applySuppressions(collected, to: &report, documentsRead: collector.documentCount, settings: settings)
                } catch {
                    report.diagnostics.append(Diagnostic(
                        SuppressionRule.malformed, .warning, "the suppressions file \(error.path) cannot be read: \(error.reason)",
                        at: .wholeFile(error.path)
                    ))
                }
            }
            report.diagnostics.sort(by: Diagnostic.presentationOrder)
            return report
        }
    }

    /// Takes out what the file's suppressions cover, and adds what is wrong with the suppressions themselves.
    private func applySuppressions(_ collected: (suppressions: [Suppression], diagnostics: [Diagnostic]),
                                   to report: inout LintReport, documentsRead: Int, settings: FileSettings?) {
        guard !collected.suppressions.isEmpty || !collected.diagnostics.isEmpty else { return }
        // A document that could not be read ran no rule, so none of its suppressions can be called unused.
        // Rules that did not run (turned off) cannot have used a suppression either.
        var checked: Set<String>? = documentsRead == 0 ? [] : nil
        if documentsRead > 0, let engine, let only = engine.settings.onlyRules {
            let checks = Set((knownRules ?? []).map(\.id)).subtracting(engine.ruleSet.rules.map(\.id))
            checked = only.union(checks)
        }
        // Nor did the checks the command line turned off.
        let deselected = settings?.rules.filter { $0.value.selection?.runs == false }.map(\.key) ?? []
        if documentsRead > 0, !deselected.isEmpty {
            checked = (checked ?? Set((knownRules ?? []).map(\.id))).subtracting(deselected)
        }
        let folded = Set(report.diagnostics.lazy.filter { $0.omitted > 0 }.map(\.rule.id))
        let outcome = TenderLintKit.applySuppressions(
            collected.suppressions, to: report.diagnostics, knownRules: knownRules, checkedRules: checked, foldedRules: folded
        )
        // Problems with suppressions are the file's, at the severities its configuration gives them (TL009–TL011);
        // past the limit, they are counted, not listed.
        let problems = outcome.problems + collected.diagnostics
        report.diagnostics = outcome.kept + FindingLimit.fold(settings?.applying(to: problems) ?? problems, limit: limits.findingsPerRule)
        // A suppressed finding that stood for others folded into it takes them with it.
        report.suppressedCount += outcome.suppressed.reduce(0) { $0 + 1 + $1.diagnostic.omitted }
        report.suppressed += outcome.suppressed.map { SuppressedFinding($0.diagnostic, by: $0.by) }
        report.waivers += outcome.waivers
    }
}

extension Linter {
    /// The tenders a file holds as tenderlint understands them, with the reader's and model's findings:
    /// what `tenderlint inspect` shows.
    public func model(of source: SourceFile) -> (tenders: [Tender], diagnostics: [Diagnostic]) {
        let result = (DocumentKind(path: source.path) ?? .xml).read(source, limits: limits)
        var tenders: [Tender] = []
        var diagnostics = result.diagnostics
        for tree in result.documents {
            let adapted = modelBuilder.tenders(in: tree)
            tenders += adapted.tenders
            diagnostics += adapted.diagnostics
        }
        return (tenders, diagnostics.sorted(by: Diagnostic.presentationOrder))
    }
}
