/// One text an eForms notice may give in several languages (a title, a name, a description), one element per
/// language with its `languageID` (ISO 639-3 in capitals: `ENG`, `CYM`).
///
/// The model keeps one version: the notice language's (BT-702), else English, else the first given. The
/// vocabulary searches every version, so a criterion named in Welsh and English is recognised by either.
struct EFormsText {
    /// Every non-empty version, the kept one first, then the rest in document order.
    let versions: [Located<String>]

    /// The version the model keeps; nil when every version is empty or absent.
    var kept: Located<String>? { versions.first }

    static let none = EFormsText(versions: [])
}

/// Choosing among the language versions of a text.
extension EFormsReader {
    /// The versions of one text, each element one language, with the one to keep first.
    ///
    /// A version without a `languageID` among several, or with a `languageID` that is no language code, is a
    /// warning (once a notice): it is still read, but kept only when no version is in the notice language or English.
    mutating func texts(_ elements: [Node]) -> EFormsText {
        var versions: [(text: Located<String>, language: String?)] = []
        versions.reserveCapacity(elements.count)
        for element in elements {
            guard let value = text(element) else { continue }
            versions.append((value, language(of: element, among: elements.count)))
        }
        guard versions.count > 1 else { return EFormsText(versions: versions.map(\.text)) }
        if noticeLanguage == nil, let root = unstatedNoticeLanguage {
            unstatedNoticeLanguage = nil
            invalid(
                "the notice does not state its language, so where a text is given in several languages the English one is kept, else the first",
                at: Origin(root), element: root, severity: .info,
                help: ["state the notice language (BT-702), such as <cbc:NoticeLanguageCode>ENG</cbc:NoticeLanguageCode>"]
            )
        }
        let preferred = [noticeLanguage, "ENG"].compactMap { $0 }
        let keptIndex = preferred.lazy.compactMap { wanted in versions.firstIndex { $0.language == wanted } }.first ?? 0
        var ordered = [versions[keptIndex].text]
        ordered.reserveCapacity(versions.count)
        for (index, version) in versions.enumerated() where index != keptIndex { ordered.append(version.text) }
        return EFormsText(versions: ordered)
    }

    /// A text element's language in capitals, or nil when it has none that can be read.
    private mutating func language(of element: Node, among count: Int) -> String? {
        guard let attribute = element.attribute("languageID") else {
            if count > 1, !reportedUnlabelledText {
                reportedUnlabelledText = true
                invalid(
                    "this text has no languageID, beside versions in other languages: it is read, but kept only when none is in the notice language or English (other texts like it are not reported again)",
                    at: Origin(element), element: element, severity: .warning,
                    help: ["say its language, such as languageID=\"ENG\" or languageID=\"CYM\""]
                )
            }
            return nil
        }
        return checkedLanguage(attribute.value ?? "", at: Origin(attribute), element: element)
    }

    /// A language code in capitals, or nil when it is none; reports one it does not know, once per code in the notice.
    mutating func checkedLanguage(_ written: String, at origin: Origin, element: Node) -> String? {
        let code = Self.trimmed(written).uppercased()
        if EFormsCodes.isLanguageCode(code) {
            if !EFormsCodes.languages.contains(code), reportedLanguages.insert(code).inserted {
                invalid(
                    "'\(Prose.shortened(written))' is not a language tenderlint knows: texts in it are read as written",
                    at: origin, element: element, severity: .info,
                    help: ["eForms writes languages as ISO 639-3 codes in capitals, such as ENG, CYM or GLE"]
                )
            }
            return code
        }
        if reportedLanguages.insert(code).inserted {
            invalid(
                "'\(Prose.shortened(written))' is not a language code: texts in it are read, but kept only when none is in the notice language or English",
                at: origin, element: element, severity: .warning,
                help: ["write the language as an ISO 639-3 code in capitals, such as ENG for English or CYM for Welsh"]
            )
        }
        return nil
    }

    /// BT-702 notice language, `cbc:NoticeLanguageCode`: nil when absent (remembered, to say so where it matters)
    /// or not a language code (reported).
    mutating func readNoticeLanguage(of root: Node) {
        guard let element = EFormsPath.first(root, .cbc("NoticeLanguageCode")), let code = text(element) else {
            unstatedNoticeLanguage = root
            return
        }
        noticeLanguage = checkedLanguage(code.value, at: code.origin ?? Origin(element), element: element)
    }
}
