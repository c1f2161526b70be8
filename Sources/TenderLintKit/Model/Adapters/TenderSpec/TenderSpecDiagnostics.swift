import Foundation

/// Collects the TL005–TL007 findings of one tender spec and reads its scalar values, each checked
/// and located: what a schema cannot judge (a weight of "ten", 2026-13-01, GPB) is reported here.
final class TenderSpecDiagnostics {
    private var found: [Diagnostic] = []
    /// Unknown fields: a document can have millions, so past the limit they are counted, not built.
    private var unknownFields: FindingBudget

    init(findingsPerRule: Int = DocumentLimits.defaultFindingsPerRule) {
        unknownFields = FindingBudget(limit: findingsPerRule)
    }

    var diagnostics: [Diagnostic] { found + unknownFields.diagnostics }

    // MARK: Reporting

    /// Findings made elsewhere while reading the spec, such as a sector and a region that disagree.
    func append(_ more: [Diagnostic]) { found += more }

    func invalid(_ node: Node, _ message: String, help: String? = nil,
                 fixIt: (summary: String, applicability: Diagnostic.FixIt.Applicability, replacement: String)? = nil) {
        let origin = TenderSpecDiagnostics.valueOrigin(node)
        var diagnostic = Diagnostic(
            ModelRule.invalidValue, .error, message, at: origin.location,
            help: help.map { [$0] } ?? []
        ).identified(by: node)
        if let fixIt {
            diagnostic.fixIts = [Diagnostic.FixIt(fixIt.summary, fixIt.applicability, replacing: origin.location, with: fixIt.replacement)]
        }
        found.append(diagnostic)
    }

    func missing(_ field: String, in object: SpecObject, what: String, help: String) {
        let origin = Origin(object.node)
        found.append(Diagnostic(
            ModelRule.missingField, .error, "\(what) has no \(field)", at: origin.location,
            help: [help]
        ).identified(by: object.node))
    }

    /// Reports fields the format does not define, suggesting the nearest known name.
    func checkFields(of object: SpecObject, allowed: Set<String>, what: String) {
        object.forEachWrittenField { name, node in
            guard !allowed.contains(name) else { return }
            // JSON Schema-style annotations are not part of the tender.
            if !object.isXML, name == "$schema" || name == "$comment" { return }
            unknownFields.add { Self.unknownField(name, node, allowed: allowed, what: what) }
        }
    }

    /// The same check with the object's spelling of the fields picked from `fields`.
    func checkFields(of object: SpecObject, allowed fields: TenderSpecFields, what: String) {
        checkFields(of: object, allowed: object.isXML ? fields.xml : fields.json, what: what)
    }

    private static func unknownField(_ name: String, _ node: Node, allowed: Set<String>, what: String) -> Diagnostic {
        let suggestion = Spelling.nearest(to: name, among: allowed)
        let location = node.tree.source.location(of: node.nameRange ?? node.range)
        var diagnostic = Diagnostic(
            ModelRule.unknownField, .warning,
            "\(what) has no field '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
            at: location,
            notes: ["tenderlint ignores this field, so whatever it says is not checked"]
        ).identified(by: node)
        if let suggestion {
            // The fix must leave a valid document: a JSON key keeps its quotes, an XML element is renamed at
            // both its tags, and a prefix is kept.
            let summary = "rename it to '\(suggestion)'"
            let applicability = Diagnostic.FixIt.Applicability.spelling(name, suggestion: suggestion, among: allowed)
            if node.tree.format == .json {
                diagnostic.fixIts = [Diagnostic.FixIt(summary, applicability, replacing: location, with: "\"\(suggestion)\"")]
            } else {
                let renamed = node.prefix.map { $0.isEmpty ? suggestion : "\($0):\(suggestion)" } ?? suggestion
                var edits = [Diagnostic.FixIt.Edit(replacing: location, with: renamed)]
                if node.kind == .element, !node.tree.source.text(in: node.range).hasSuffix("/>") {
                    if let endTag = endTagName(of: node) {
                        edits.append(.init(replacing: node.tree.source.location(of: endTag), with: renamed))
                    } else {
                        edits = []
                        diagnostic.help = ["rename both tags: <\(name)> to <\(suggestion)> and </\(name)> to </\(suggestion)>"]
                    }
                }
                if !edits.isEmpty { diagnostic.fixIts = [Diagnostic.FixIt(summary, applicability, edits: edits)] }
            }
        } else {
            diagnostic.help = ["the fields here are: " + allowed.sorted().joined(separator: ", ")]
        }
        return diagnostic
    }

    /// The name in an XML element's end tag (`</name >`): the last end tag within the element's range.
    private static func endTagName(of node: Node) -> ByteRange? {
        guard let name = node.qualifiedName, let start = node.nameRange else { return nil }
        let bytes = node.tree.source.bytes
        let written = Array(name.utf8)
        var index = node.range.upperBound - 2
        while index > start.upperBound {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "/") {
                let nameStart = index + 2
                let nameEnd = nameStart + written.count
                guard nameEnd <= node.range.upperBound, bytes[nameStart..<nameEnd].elementsEqual(written) else { return nil }
                return ByteRange(nameStart, nameEnd)
            }
            index -= 1
        }
        return nil
    }

    // MARK: Values

    /// Where a value is: an attribute's value, an element's text, a JSON value without its key.
    static func valueOrigin(_ node: Node) -> Origin {
        switch node.kind {
        case .attribute:
            return Origin(node: node, range: node.valueRange)
        case .element:
            if let text = node.children.first(where: { $0.kind == .text }) { return Origin(node: text, range: text.range) }
            return Origin(node)
        default:
            return Origin(node: node, range: node.range)
        }
    }

    /// The text of a scalar: attribute value, element text, JSON string, number literal or boolean.
    static func text(of node: Node) -> String? {
        switch node.kind {
        case .attribute: node.value
        case .element: node.text.trimmingWhitespace
        case .string, .number, .bool: node.value
        default: nil
        }
    }

    func string(_ node: Node?, what: String) -> Located<String>? {
        guard let node else { return nil }
        guard node.kind != .object, node.kind != .array, node.kind != .null, let text = Self.text(of: node) else {
            invalid(node, "\(what) should be text")
            return nil
        }
        return Located(text, at: Self.valueOrigin(node))
    }

    func decimal(_ node: Node?, what: String, example: String) -> Located<Decimal>? {
        guard let node else { return nil }
        guard let text = Self.text(of: node), node.kind != .bool else {
            invalid(node, "\(what) should be a number such as \(example)")
            return nil
        }
        guard let value = DecimalText.parse(text) else {
            let cleaned = text.filter { $0 != "," && $0 != "£" && $0 != "€" && $0 != " " && $0 != "_" }
            if let value = DecimalText.parse(cleaned), cleaned != text {
                invalid(node, "\(what) '\(text)' is not a plain number", help: "write it without separators or symbols",
                        fixIt: ("write \(MoneyFormat.plain(value))", Self.separatorsApplicability(text), node.kind == .string ? "\"\(MoneyFormat.plain(value))\"" : MoneyFormat.plain(value)))
            } else {
                invalid(node, "\(what) '\(Prose.shortened(text, limit: 40))' \(DecimalText.read(text).reason)", help: "write a number such as \(example)")
            }
            return nil
        }
        return Located(value, at: Self.valueOrigin(node))
    }

    func integer(_ node: Node?, what: String, example: String, range: ClosedRange<Int>) -> Located<Int>? {
        guard let node else { return nil }
        guard let text = Self.text(of: node), let value = Int(text), range.contains(value) else {
            invalid(node, "\(what) '\(Self.text(of: node) ?? "")' should be a whole number from \(range.lowerBound) to \(range.upperBound), such as \(example)")
            return nil
        }
        return Located(value, at: Self.valueOrigin(node))
    }

    func bool(_ node: Node?, what: String) -> Located<Bool>? {
        guard let node else { return nil }
        switch Self.text(of: node) {
        case "true" where node.kind != .string, "1" where node.kind == .attribute: return Located(true, at: Self.valueOrigin(node))
        case "false" where node.kind != .string, "0" where node.kind == .attribute: return Located(false, at: Self.valueOrigin(node))
        default:
            invalid(node, "\(what) should be true or false")
            return nil
        }
    }

    func date(_ node: Node?, what: String) -> Located<CalendarDate>? {
        guard let node else { return nil }
        let text = Self.text(of: node) ?? ""
        guard text.utf8.count == 10, let date = CalendarDate(iso: text) else {
            invalid(node, "\(what) '\(text)' is not a date", help: "write dates as YYYY-MM-DD, such as 2026-03-02")
            return nil
        }
        return Located(date, at: Self.valueOrigin(node))
    }

    func choice<Value: RawRepresentable & CaseIterable & Sendable>(_ node: Node?, what: String, as type: Value.Type) -> Located<Value>?
    where Value.RawValue == String {
        guard let node else { return nil }
        let text = Self.text(of: node) ?? ""
        if let value = Value(rawValue: text) { return Located(value, at: Self.valueOrigin(node)) }
        let names = Value.allCases.map(\.rawValue)
        let suggestion = Spelling.nearest(to: text, among: Set(names))
        invalid(
            node, "\(what) '\(text)' is not one of " + names.joined(separator: ", ")
                + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
            fixIt: suggestion.map { ("write '\($0)'", .spelling(text, suggestion: $0, among: Set(names)), node.kind == .string ? "\"\($0)\"" : $0) }
        )
        return nil
    }

    func currency(_ node: Node?) -> Located<String>? {
        guard let located = string(node, what: "the currency"), let node else { return nil }
        guard CurrencyCodes.all.contains(located.value) else {
            let suggestion = Spelling.nearest(to: located.value.uppercased(), among: CurrencyCodes.all)
            invalid(
                node, "'\(located.value)' is not an ISO 4217 currency code" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                help: "pounds sterling are GBP",
                fixIt: suggestion.map { ("write '\($0)'", .spelling(located.value.uppercased(), suggestion: $0, among: CurrencyCodes.all), node.kind == .string ? "\"\($0)\"" : $0) }
            )
            return nil
        }
        return located
    }

    /// Words of a list: a space-separated XML attribute (each word located), or a JSON array of strings.
    func words(_ node: Node?, what: String) -> [Located<String>] {
        guard let node else { return [] }
        if node.kind == .array {
            return node.children.compactMap { string($0, what: what) }
        }
        guard node.kind == .attribute, let text = node.value else {
            invalid(node, "\(what) should be a list")
            return []
        }
        var result: [Located<String>] = []
        var offset = node.valueRange.lowerBound
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let length = word.utf8.count
            if length > 0 {
                result.append(Located(String(word), at: Origin(node: node, range: ByteRange(offset, offset + length))))
            }
            offset += length + 1
        }
        return result
    }

    /// Removing a symbol and thousands separators is certain only where they group thousands ("£1,250,000"); in
    /// "1,5" the comma may be a decimal point, so a buyer decides.
    static func separatorsApplicability(_ text: String) -> Diagnostic.FixIt.Applicability {
        let digits = text.filter { $0 != "£" && $0 != "€" }.trimmingSpaces
        let whole = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let groups = whole.split(omittingEmptySubsequences: false) { $0 == "," || $0 == " " || $0 == "_" }
        let grouped = groups.dropFirst().allSatisfy { $0.count == 3 } && (1...3).contains(groups[0].count)
        return grouped ? .safe : .unsafe(because: "'\(text)' may not group thousands")
    }
}
