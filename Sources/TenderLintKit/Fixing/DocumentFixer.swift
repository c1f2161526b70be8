/// Applies the fixes of a file's findings, as `--fix` does: in passes, each applying every permitted fix that
/// does not overlap one before it, then linting again, until none is left or `FixRequest.passLimit` passes.
/// A pass whose text reads worse than before (`FixValidity`) is undone, and its fixes tried one at a time: one
/// that makes the document worse on its own is never applied. Works on text in memory; writing is the run's.
public struct DocumentFixer: Sendable {
    public var request: FixRequest
    /// Lints one version of the file's text: the file's own configuration applied, as a normal run would.
    let lint: @Sendable (SourceFile) -> [Diagnostic]

    public init(request: FixRequest, lint: @escaping @Sendable (SourceFile) -> [Diagnostic]) {
        self.request = request
        self.lint = lint
    }

    /// The fixes of `source`'s findings applied, with what was left and why.
    public func fix(_ source: SourceFile) -> FileFix {
        var result = FileFix(path: source.path, original: source.bytes)
        var rejected: Set<FixKey> = []
        var diagnostics = lint(source)
        var settled = false
        for _ in 0..<FixRequest.passLimit {
            let chosen = choose(in: diagnostics, path: source.path, rejected: rejected)
            guard !chosen.isEmpty else { settled = true; break }
            guard let pass = apply(chosen, to: result.fixed, path: source.path, before: diagnostics, rejected: &rejected) else { continue }
            result.fixed = pass.bytes
            diagnostics = pass.diagnostics
            for fix in pass.applied { result.applied[fix.rule, default: 0] += 1 }
        }
        result.left = diagnostics.compactMap { diagnostic in
            leftReason(for: diagnostic, path: source.path, rejected: rejected, settled: settled).map { (diagnostic.ruleID, $0) }
        }
        return result
    }

    /// A fix as passes know it: a finding's text and the fix's summary, which edits earlier in the file do not
    /// change (its offsets do).
    struct FixKey: Hashable {
        var rule: String
        var message: String
        var summary: String

        init(_ diagnostic: Diagnostic, _ fix: Diagnostic.FixIt) {
            rule = diagnostic.ruleID
            message = diagnostic.message
            summary = fix.summary
        }
    }

    /// A finding's fix this run may apply: the first one permitted, its edits all in this file.
    private func permitted(_ diagnostic: Diagnostic, path: String) -> Diagnostic.FixIt? {
        diagnostic.fixIts.first { fix in
            (request.includesUnsafe || fix.applicability.isSafe) && fix.edits.allSatisfy { $0.location.path == path }
        }
    }

    /// The fixes of one pass, in document order, each overlapping none before it (the rest wait a pass).
    private func choose(in diagnostics: [Diagnostic], path: String, rejected: Set<FixKey>) -> [(key: FixKey, fix: Diagnostic.FixIt)] {
        var chosen: [(key: FixKey, fix: Diagnostic.FixIt)] = []
        var taken: [ClosedRange<Int>] = []
        for diagnostic in diagnostics {
            guard let fix = permitted(diagnostic, path: path) else { continue }
            let key = FixKey(diagnostic, fix)
            guard !rejected.contains(key) else { continue }
            let spans = fix.edits.map { $0.location.start.offset...$0.location.end.offset }
            // Edits that only touch are kept apart too: two insertions at one place have no defined order.
            guard !spans.contains(where: { span in taken.contains { $0.overlaps(span) } }) else { continue }
            taken += spans
            chosen.append((key, fix))
        }
        return chosen
    }

    /// One pass: the fixes applied together if the result reads as well as `before`, else the first that does on
    /// its own (the ones before it rejected); nil when none does.
    private func apply(_ chosen: [(key: FixKey, fix: Diagnostic.FixIt)], to bytes: [UInt8], path: String, before: [Diagnostic],
                       rejected: inout Set<FixKey>) -> (bytes: [UInt8], diagnostics: [Diagnostic], applied: [FixKey])? {
        let validity = FixValidity(before)
        let all = Diagnostic.FixIt("all", .safe, edits: chosen.flatMap(\.fix.edits))
        if chosen.count > 1, let fixed = all.applied(to: bytes) {
            let after = lint(SourceFile(path: path, bytes: fixed))
            if validity.allows(FixValidity(after)) { return (fixed, after, chosen.map(\.key)) }
        }
        for (key, fix) in chosen {
            if let fixed = fix.applied(to: bytes) {
                let after = lint(SourceFile(path: path, bytes: fixed))
                if validity.allows(FixValidity(after)) { return (fixed, after, [key]) }
            }
            rejected.insert(key)
        }
        return nil
    }

    /// Why a finding still there after the passes kept its fix; nil for a finding with none.
    private func leftReason(for diagnostic: Diagnostic, path: String, rejected: Set<FixKey>, settled: Bool) -> FixLeftReason? {
        guard !diagnostic.fixIts.isEmpty else { return nil }
        let inFile = diagnostic.fixIts.filter { fix in fix.edits.allSatisfy { $0.location.path == path } }
        guard let fix = inFile.first else { return .otherFile }
        if let permitted = permitted(diagnostic, path: path) {
            return rejected.contains(FixKey(diagnostic, permitted)) || settled ? .wouldInvalidate : .didNotSettle
        }
        // Not permitted though in this file: unsafe, and unsafe fixes were not asked for.
        return .unsafe(because: fix.applicability.reason ?? "")
    }
}
