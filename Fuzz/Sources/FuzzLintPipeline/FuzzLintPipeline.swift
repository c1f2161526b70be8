import FuzzSupport
import TenderLintKit
import TenderLintRules

/// Any bytes through what `tenderlint lint` and `tenderlint inspect` do with a file: read, model, the
/// built-in rules and the file's suppressions, then every report format, each checked for well-formedness.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = FuzzInput.bytes(start, count)
    let source = SourceFile(path: "fuzz." + InputKind(bytes).pathExtension, bytes: bytes)
    let report = Pipeline.linter.lint(source)
    let result = LintResult(
        diagnostics: report.diagnostics, documentCount: report.documentCount, fileCount: report.fileCount,
        rules: Pipeline.reportedRules, suppressedCount: report.suppressedCount
    )
    AllFormats.check(result)
    Pipeline.inspect(source)
    return 0
}
