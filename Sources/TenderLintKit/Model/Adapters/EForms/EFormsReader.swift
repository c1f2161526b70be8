import Foundation

/// Reads one eForms notice into a `Tender`, collecting TL005 findings on the way.
///
/// The reading itself is spread over extensions: the notice and its lots (`EFormsNotice.swift`), values and
/// durations (`EFormsValues.swift`), award criteria (`EFormsCriteria.swift`) and coded or worded social value
/// and net zero signals (`EFormsSignals.swift`), lot groups (`EFormsLotGroups.swift`) and the language versions of
/// texts (`EFormsText.swift`). This file holds the state and the readers of single values.
struct EFormsReader {
    let vocabulary: Vocabulary
    private(set) var diagnostics: [Diagnostic] = []
    /// BT-702, in capitals: the language whose version of each text the model keeps.
    var noticeLanguage: String?
    /// The notice element, while a notice that states no language has not yet been reported as such.
    var unstatedNoticeLanguage: Node?
    /// Language codes already reported, so a notice with hundreds of texts in one says so once.
    var reportedLanguages: Set<String> = []
    /// Whether a text without a language among versions in others has been reported: once is enough.
    var reportedUnlabelledText = false

    init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    // MARK: Findings

    /// Records a TL005 finding: a value that cannot be read as what its field needs.
    mutating func invalid(_ message: String, at origin: Origin, element: Node, severity: Severity = .error, help: [String] = []) {
        diagnostics.append(Diagnostic(
            ModelRule.invalidValue, severity, message, at: origin.location, help: help
        ).identified(by: element))
    }

    /// Records a finding made by another reader of the notice, such as its applicability signals.
    mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    // MARK: Text

    /// An element's text, trimmed, pointing at the text itself; nil when the element is absent or empty.
    func text(_ element: Node?) -> Located<String>? {
        guard let element else { return nil }
        let value = Self.trimmed(element.text)
        guard !value.isEmpty else { return nil }
        return Located(value, at: Self.contentOrigin(of: element))
    }

    /// Where an element's text is, without the surrounding white space; the start tag when it has no text.
    static func contentOrigin(of element: Node) -> Origin {
        let texts = element.children.filter { $0.kind == .text }
        guard let first = texts.first, let last = texts.last else { return Origin(element) }
        let bytes = element.tree.source.bytes
        var lower = first.valueRange.lowerBound
        var upper = min(last.valueRange.upperBound, bytes.count)
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        return Origin(node: first, range: ByteRange(lower, upper))
    }

    static func trimmed(_ text: String) -> String {
        var scalars = Substring(text)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    // MARK: Numbers and dates

    /// An `xsd:decimal` as written ("40", "12.5", "-3"), read exactly; nil for anything else ("12,5O0", "1e3", "ten").
    static func decimal(_ text: String) -> Decimal? {
        DecimalText.parse(text, exponent: false, plusSign: true)
    }

    /// An element's text as a decimal, or a TL005 finding naming `what` it should be.
    mutating func decimal(_ element: Node?, what: String, help: String) -> Located<Decimal>? {
        guard let element else { return nil }
        guard let text = text(element) else {
            invalid("\(what) is empty: expected a number", at: Origin(element), element: element, help: [help])
            return nil
        }
        guard let value = Self.decimal(text.value) else {
            invalid("\(what) '\(Prose.shortened(text.value, limit: 40))' \(DecimalText.read(text.value, exponent: false, plusSign: true).reason)", at: text.origin ?? Origin(element), element: element, help: [help])
            return nil
        }
        return Located(value, at: text.origin)
    }

    /// An element's text as a calendar date (`2020-02-28+01:00` is 2020-02-28), or a TL005 finding.
    mutating func date(_ element: Node?, what: String) -> Located<CalendarDate>? {
        guard let element, let text = text(element) else { return nil }
        guard let date = CalendarDate(iso: text.value) else {
            invalid(
                "\(what) '\(text.value)' is not a date", at: text.origin ?? Origin(element), element: element,
                help: ["write the date as YYYY-MM-DD, optionally with a time zone: 2026-03-02 or 2026-03-02+01:00"]
            )
            return nil
        }
        return Located(date, at: text.origin)
    }
}
