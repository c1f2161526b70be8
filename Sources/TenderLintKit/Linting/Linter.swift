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
    /// How many files are linted at once (`--jobs`); all cores by default.
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    private let catalogueFiles = CatalogueFileCache()

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
        let files = try FileDiscovery().files(in: paths)
        let results = FileResults(count: files.count)
        let workers = max(1, min(jobs, files.count))
        // Files are independent: each is read, checked and released on its own, `jobs` at a time.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: files.count, by: workers) {
                let path = files[index]
                results.store(index) {
                    let settings = try configuration?.settings(for: path)
                    return try configured(by: settings).lint(try SourceFile.read(path: path), settings: settings)
                }
            }
        }
        var report = LintReport()
        for result in results.all {
            // The first problem in file order, so that the message does not depend on scheduling.
            report.add(try result.get())
        }
        report.diagnostics.sort(by: Diagnostic.presentationOrder)
        return report
    }

    /// This linter with a file's configuration applied: its vocabulary, profile, date, parameters, catalogues
    /// and the rules it turns off.
    private func configured(by settings: FileSettings?) throws(ConfigurationError) -> Linter {
        guard let settings else { return self }
        var linter = self
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

    /// Lints one file already in memory. Its kind comes from its path's extension (XML when unknown).
    /// `settings` re-levels or drops findings as the file's configuration says.
    public func lint(_ source: SourceFile, settings: FileSettings? = nil) -> LintReport {
        let kind = DocumentKind(path: source.path) ?? .xml
        let result = kind.read(source)
        var report = LintReport(diagnostics: result.diagnostics, documentCount: result.documentCount, fileCount: 1)
        for tree in result.documents {
            let adapted = modelBuilder.tenders(in: tree)
            report.diagnostics += adapted.diagnostics
            if let engine {
                for tender in adapted.tenders { report.diagnostics += engine.check(tender) }
            }
        }
        if let settings { report.diagnostics = settings.applying(to: report.diagnostics) }
        if suppressions { applySuppressions(to: &report, documents: result.documents, path: source.path) }
        report.diagnostics.sort(by: Diagnostic.presentationOrder)
        return report
    }

    /// Takes out what the file's suppressions cover, and adds what is wrong with the suppressions themselves.
    private func applySuppressions(to report: inout LintReport, documents: [LocatedTree], path: String) {
        let collected: (suppressions: [Suppression], diagnostics: [Diagnostic])
        do {
            collected = try Suppressions.collect(path: path, documents: documents)
        } catch {
            report.diagnostics.append(Diagnostic(
                SuppressionRule.malformed, .warning, "the suppressions file \(error.path) cannot be read: \(error.reason)",
                at: .wholeFile(error.path)
            ))
            return
        }
        guard !collected.suppressions.isEmpty || !collected.diagnostics.isEmpty else { return }
        // A document that could not be read ran no rule, so none of its suppressions can be called unused.
        // Rules that did not run (turned off) cannot have used a suppression either.
        var checked: Set<String>? = documents.isEmpty ? [] : nil
        if !documents.isEmpty, let engine, let only = engine.settings.onlyRules {
            let checks = Set((knownRules ?? []).map(\.id)).subtracting(engine.ruleSet.rules.map(\.id))
            checked = only.union(checks)
        }
        let outcome = TenderLintKit.applySuppressions(
            collected.suppressions, to: report.diagnostics, knownRules: knownRules, checkedRules: checked
        )
        report.diagnostics = outcome.kept + outcome.problems + collected.diagnostics
        report.suppressedCount += outcome.suppressed.count
        report.waivers += outcome.waivers
    }
}

extension Linter {
    /// The tenders a file holds as tenderlint understands them, with the reader's and model's findings:
    /// what `tenderlint inspect` shows.
    public func model(of source: SourceFile) -> (tenders: [Tender], diagnostics: [Diagnostic]) {
        let result = (DocumentKind(path: source.path) ?? .xml).read(source)
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

/// What a run found, in presentation order.
public struct LintReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var documentCount: Int
    public var fileCount: Int
    /// Findings a suppression with a reason took out.
    public var suppressedCount: Int
    /// Every suppression in force, for the audit trail (`--waivers`).
    public var waivers: [Waiver]

    public init(diagnostics: [Diagnostic] = [], documentCount: Int = 0, fileCount: Int = 0,
                suppressedCount: Int = 0, waivers: [Waiver] = []) {
        self.diagnostics = diagnostics
        self.documentCount = documentCount
        self.fileCount = fileCount
        self.suppressedCount = suppressedCount
        self.waivers = waivers
    }

    mutating func add(_ other: LintReport) {
        diagnostics += other.diagnostics
        documentCount += other.documentCount
        fileCount += other.fileCount
        suppressedCount += other.suppressedCount
        waivers += other.waivers
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Catalogue files named by configurations, read once each however many linted files use them.
final class CatalogueFileCache: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: [String: MeasureCatalogue] = [:]

    func load(_ path: String) throws(ConfigurationError) -> MeasureCatalogue {
        lock.lock()
        defer { lock.unlock() }
        if let catalogue = loaded[path] { return catalogue }
        let result: CatalogueLoadResult
        do {
            result = try CatalogueLoader().load(path: path)
        } catch {
            throw ConfigurationError(path: path, message: "the catalogue \(path) named in the configuration cannot be read: \(error.reason)")
        }
        guard let catalogue = result.catalogue else { throw ConfigurationError(result.diagnostics) }
        loaded[path] = catalogue
        return catalogue
    }
}

/// Per-file outcomes of a parallel run, each slot written once by the worker that linted that file.
private final class FileResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<LintReport, any Error>]

    init(count: Int) {
        results = Array(repeating: .success(LintReport()), count: count)
    }

    func store(_ index: Int, _ work: () throws -> LintReport) {
        let result = Result(catching: work)
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    var all: [Result<LintReport, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return results
    }
}
