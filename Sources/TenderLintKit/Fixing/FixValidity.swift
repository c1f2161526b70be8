/// How well a document reads, as far as a fix may change it: its syntax errors, its invalid and missing
/// values, its unknown fields, and whether it is a tender at all. A fixed document is written only if it reads
/// at least as well as before, the same test the fix-it tests apply to every rule's fixes.
struct FixValidity: Equatable {
    /// Where each syntax error (TL001, TL002, TL004, TL018) starts, in document order.
    var syntaxErrors: [Int]
    /// TL005 and TL007.
    var invalidValues: Int
    /// TL006.
    var unknownFields: Int
    /// TL003: read, but not recognised as a tender.
    var notTenders: Int

    init(_ diagnostics: [Diagnostic]) {
        syntaxErrors = diagnostics.filter { ReaderRule.all.contains($0.rule) }.map(\.location.start.offset).sorted()
        invalidValues = diagnostics.count { $0.rule == ModelRule.invalidValue || $0.rule == ModelRule.missingField }
        unknownFields = diagnostics.count { $0.rule == ModelRule.unknownField }
        notTenders = diagnostics.count { $0.rule == ModelRule.notATenderDocument }
    }

    /// Whether `fixed` reads at least as well as this: no syntax error where there was none, and where there
    /// was one, the first now later in the text (a reader stops at the first, so fixing it may show the next);
    /// no more invalid values, unknown fields or documents that are no tender.
    /// A document that did not read had no values to judge, so once its syntax is mended only its syntax counts.
    func allows(_ fixed: FixValidity) -> Bool {
        if let first = syntaxErrors.first {
            return fixed.syntaxErrors.first.map { $0 > first } ?? true
        }
        return fixed.syntaxErrors.isEmpty && fixed.invalidValues <= invalidValues && fixed.unknownFields <= unknownFields
            && fixed.notTenders <= notTenders
    }
}
