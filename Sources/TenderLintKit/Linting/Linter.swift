/// Runs tenderlint over files: reads each document once and collects what is found.
///
/// Each document is read once, turned into tenders, and (with the rules issue) checked; only the
/// diagnostics are kept.
public struct Linter: Sendable {
    public var modelBuilder: TenderModelBuilder
    /// The rules; nil reads and models documents without judging them.
    public var engine: RuleEngine?

    public init(modelBuilder: TenderModelBuilder = TenderModelBuilder(), engine: RuleEngine? = nil) {
        self.modelBuilder = modelBuilder
        self.engine = engine
    }

    /// Lints files and directories. Throws when a path cannot be read at all.
    public func lint(paths: [String]) throws(PathError) -> LintReport {
        let files = try FileDiscovery().files(in: paths)
        var report = LintReport()
        for path in files {
            report.add(lint(try SourceFile.read(path: path)))
        }
        report.diagnostics.sort(by: Diagnostic.presentationOrder)
        return report
    }

    /// Lints one file already in memory. Its kind comes from its path's extension (XML when unknown).
    public func lint(_ source: SourceFile) -> LintReport {
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
        report.diagnostics.sort(by: Diagnostic.presentationOrder)
        return report
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

    public init(diagnostics: [Diagnostic] = [], documentCount: Int = 0, fileCount: Int = 0) {
        self.diagnostics = diagnostics
        self.documentCount = documentCount
        self.fileCount = fileCount
    }

    mutating func add(_ other: LintReport) {
        diagnostics += other.diagnostics
        documentCount += other.documentCount
        fileCount += other.fileCount
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
