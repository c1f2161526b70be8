/// Checks a catalogue's values and builds the `MeasureCatalogue`.
struct CatalogueDecoder {
    let source: SourceFile
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceFile) {
        self.source = source
    }

    static let topLevelKeys = ["$comment", "$schema", "tenderlintCatalogue", "framework", "edition", "title", "inForceFrom",
                               "illustrative", "licence", "license", "source", "codePatterns", "themes", "outcomes", "measures"]
    static let measureKeys = ["$comment", "code", "title", "theme", "outcome", "unit", "retiredIn", "replacedBy", "unconfirmed"]
    static let outcomeKeys = ["$comment", "id", "title", "theme"]
    static let themeKeys = ["$comment", "id", "title", "number"]

    mutating func decode(_ root: Node) -> MeasureCatalogue? {
        guard root.kind == .object else {
            report(.error, "a catalogue is an object with a framework, an edition, a title and measures, not \(Self.kindName(root))", at: root.headRange, path: "")
            return nil
        }
        let fields = checkKeys(root.children, allowed: Self.topLevelKeys, what: "a catalogue", path: "")
        if let version = fields["tenderlintCatalogue"], version.scalarText != "1" {
            report(.error, "this catalogue format is version 1; 'tenderlintCatalogue' must be \"1\"", at: version.headRange,
                   path: "/tenderlintCatalogue", fixIts: [fixIt("write version 1", version, "\"1\"")])
        }
        let framework = requiredText(fields, "framework", in: root, path: "")
        if let framework, let node = fields["framework"], !framework.isKebabCase {
            let suggestion = framework.lowercased().replacingSpaces(with: "-")
            report(.error, "the framework id '\(framework)' should be lower-case words joined by hyphens, such as nhs-london-toms",
                   at: node.headRange, path: "/framework",
                   fixIts: suggestion.isKebabCase ? [fixIt("write it in kebab-case", node, quoted(suggestion))] : [])
        }
        let edition = requiredText(fields, "edition", in: root, path: "")
        let title = requiredText(fields, "title", in: root, path: "")
        var inForceFrom: CalendarDate?
        if let node = fields["inForceFrom"] {
            if let text = text(node, path: "/inForceFrom", what: "the date in force") {
                inForceFrom = CalendarDate(iso: text).flatMap { text.count == 10 ? $0 : nil }
                if inForceFrom == nil {
                    report(.error, "'\(text)' is not a date; write the first day the edition applies as YYYY-MM-DD", at: node.headRange, path: "/inForceFrom")
                }
            }
        }
        let isIllustrative = fields["illustrative"].flatMap { flag($0, path: "/illustrative") } ?? false
        let licence = fields["licence"].flatMap { text($0, path: "/licence", what: "the licence") }
            ?? fields["license"].flatMap { text($0, path: "/license", what: "the licence") }
        let sourceNote = fields["source"].flatMap { text($0, path: "/source", what: "the source") }
        let codePatterns = fields["codePatterns"].map { decodePatterns($0) } ?? []
        let themes = fields["themes"].map { decodeThemes($0) } ?? []
        let outcomes = fields["outcomes"].map { decodeOutcomes($0, themes: themes) } ?? []

        if let framework, let known = MeasureFramework.known(framework), known.isOfficial == isIllustrative {
            let at = fields["illustrative"]?.headRange ?? fields["framework"]!.headRange
            if isIllustrative {
                report(.error, "an illustrative catalogue must not use the framework id '\(framework)': that is an official list's",
                       at: at, path: "/framework",
                       notes: ["invented codes must never be presented as \(known.title)"],
                       help: ["give the catalogue a framework id of its own, such as 'illustrative-\(framework)'"])
            } else {
                report(.error, "the framework '\(framework)' is tenderlint's invented catalogue; mark it \"illustrative\": true",
                       at: at, path: "/framework")
            }
        }
        if let framework, framework == MeasureFramework.nhsLondonTOMs.id {
            for theme in themes where !MeasureFramework.nhsLondonThemes.contains(theme.value) {
                report(.warning, "the NHS London TOMs use four themes; \(theme.value.title) is not one of them", at: theme.range, path: "/themes")
            }
        }

        var measures: [CatalogueMeasure] = []
        var measureRanges: [Node] = []
        if let node = fields["measures"] {
            if node.kind == .array {
                let items = node.children
                if items.isEmpty {
                    report(.warning, "the catalogue has no measures, so every code of its framework will be reported as unknown", at: node.headRange, path: "/measures")
                }
                var seen: [String: Node] = [:]
                for (index, item) in items.enumerated() {
                    let path = "/measures/\(index)"
                    guard let (measure, codeValue) = decodeMeasure(item, path: path, themes: themes, outcomes: outcomes) else { continue }
                    if let first = seen[measure.code] {
                        report(.error, "the code '\(measure.code)' is listed twice", at: codeValue.headRange, path: path + "/code",
                               label: "listed again here", secondary: [Diagnostic.Label("first listed here", at: source.location(of: first.headRange))],
                               help: ["keep one entry per code; an edition that changes a measure is a new catalogue file"])
                        continue
                    }
                    seen[measure.code] = codeValue
                    measures.append(measure)
                    measureRanges.append(codeValue)
                }
            } else {
                report(.error, "'measures' must be a list of measures, not \(Self.kindName(node))", at: node.headRange, path: "/measures")
            }
        } else {
            report(.error, "the catalogue has no 'measures'", at: root.headRange, path: "", help: ["add \"measures\": [ { \"code\": …, \"title\": …, \"theme\": …, \"unit\": … } ]"])
        }

        guard let framework, let edition, let title else { return nil }
        let catalogue = MeasureCatalogue(
            framework: framework, edition: edition, title: title, inForceFrom: inForceFrom, isIllustrative: isIllustrative,
            measures: measures, licence: licence, source: sourceNote, themes: themes.map(\.value), outcomes: outcomes,
            codePatterns: codePatterns, path: source.path
        )
        checkConsistency(catalogue, codes: measureRanges, declaredPatterns: !codePatterns.isEmpty)
        return catalogue
    }

    // MARK: Parts

    private mutating func decodePatterns(_ value: Node) -> [MeasureCodePattern] {
        guard value.kind == .array else {
            report(.error, "'codePatterns' must be a list of templates such as \"NT<n>\", not \(Self.kindName(value))", at: value.headRange, path: "/codePatterns")
            return []
        }
        var patterns: [MeasureCodePattern] = []
        for (index, item) in value.children.enumerated() {
            guard let template = text(item, path: "/codePatterns/\(index)", what: "a code pattern") else { continue }
            do {
                patterns.append(try MeasureCodePattern.validated(template))
            } catch {
                report(.error, "the code pattern '\(template)' cannot be used: \(error)", at: item.headRange, path: "/codePatterns/\(index)")
            }
        }
        return patterns
    }

    private mutating func decodeThemes(_ value: Node) -> [(value: SocialValueTheme, range: ByteRange)] {
        guard value.kind == .array else {
            report(.error, "'themes' must be a list of theme ids, not \(Self.kindName(value))", at: value.headRange, path: "/themes")
            return []
        }
        var themes: [(value: SocialValueTheme, range: ByteRange)] = []
        for (index, item) in value.children.enumerated() {
            let path = "/themes/\(index)"
            var idValue = item
            if item.kind == .object {
                let fields = checkKeys(item.children, allowed: Self.themeKeys, what: "a theme", path: path)
                guard let id = fields["id"] else {
                    report(.error, "this theme has no 'id'", at: item.headRange, path: path,
                           help: ["name it by its id: " + SocialValueTheme.allCases.map(\.rawValue).joined(separator: ", ")])
                    continue
                }
                idValue = id
            }
            guard let theme = theme(idValue, path: path) else { continue }
            if themes.contains(where: { $0.value == theme }) {
                report(.error, "the theme '\(theme.rawValue)' is listed twice", at: idValue.headRange, path: path)
                continue
            }
            themes.append((theme, idValue.headRange))
        }
        return themes
    }

    private mutating func decodeOutcomes(_ value: Node, themes: [(value: SocialValueTheme, range: ByteRange)]) -> [CatalogueOutcome] {
        guard value.kind == .array else {
            report(.error, "'outcomes' must be a list of outcomes, not \(Self.kindName(value))", at: value.headRange, path: "/outcomes")
            return []
        }
        var outcomes: [CatalogueOutcome] = []
        for (index, item) in value.children.enumerated() {
            let path = "/outcomes/\(index)"
            guard item.kind == .object else {
                report(.error, "an outcome is an object with an id, a title and a theme, not \(Self.kindName(item))", at: item.headRange, path: path)
                continue
            }
            let fields = checkKeys(item.children, allowed: Self.outcomeKeys, what: "an outcome", path: path)
            guard let id = requiredText(fields, "id", in: item, path: path) else { continue }
            if outcomes.contains(where: { $0.id == id }) {
                report(.error, "the outcome '\(id)' is listed twice", at: fields["id"]!.headRange, path: path + "/id")
                continue
            }
            let title = fields["title"].flatMap { text($0, path: path + "/title", what: "the title") }
            let theme = fields["theme"].flatMap { self.theme($0, path: path + "/theme") }
            if let theme, let node = fields["theme"] { requireDeclared(theme, themes: themes, at: node, path: path + "/theme") }
            outcomes.append(CatalogueOutcome(id: id, title: title, theme: theme))
        }
        return outcomes
    }

    private mutating func decodeMeasure(_ item: Node, path: String, themes: [(value: SocialValueTheme, range: ByteRange)],
                                        outcomes: [CatalogueOutcome]) -> (CatalogueMeasure, Node)? {
        guard item.kind == .object else {
            report(.error, "a measure is an object with a code, a title, a theme and a unit, not \(Self.kindName(item))", at: item.headRange, path: path)
            return nil
        }
        let fields = checkKeys(item.children, allowed: Self.measureKeys, what: "a measure", path: path)
        let code = requiredText(fields, "code", in: item, path: path)
        let title = requiredText(fields, "title", in: item, path: path)
        if let code, let node = fields["code"], code != code.trimmingSpaces {
            report(.error, "the code '\(code)' has spaces at its start or end", at: node.headRange, path: path + "/code",
                   fixIts: [fixIt("remove the spaces", node, quoted(code.trimmingSpaces))])
        }
        var theme = fields["theme"].flatMap { self.theme($0, path: path + "/theme") }
        if let theme, let node = fields["theme"] { requireDeclared(theme, themes: themes, at: node, path: path + "/theme") }
        let outcome = fields["outcome"].flatMap { text($0, path: path + "/outcome", what: "the outcome") }
        if let outcome, let node = fields["outcome"], !outcomes.isEmpty {
            if let declared = outcomes.first(where: { $0.id == outcome }) {
                if let theme, let outcomeTheme = declared.theme, theme != outcomeTheme {
                    report(.error, "the measure's theme, \(theme.title), is not the theme of outcome \(outcome), \(outcomeTheme.title)",
                           at: fields["theme"]!.headRange, path: path + "/theme",
                           fixIts: [fixIt("use the outcome's theme", fields["theme"]!, quoted(outcomeTheme.rawValue))])
                }
                theme = theme ?? declared.theme
            } else {
                report(.error, "the outcome '\(outcome)' is not one of the catalogue's outcomes (\(outcomes.map(\.id).joined(separator: ", ")))",
                       at: node.headRange, path: path + "/outcome")
            }
        }
        let unit = fields["unit"].flatMap { text($0, path: path + "/unit", what: "the unit") }
        if let unit, let node = fields["unit"], unit.trimmingSpaces.isEmpty {
            report(.error, "the unit is empty; leave it out when the measure has none", at: node.headRange, path: path + "/unit")
        }
        let retiredIn = fields["retiredIn"].flatMap { text($0, path: path + "/retiredIn", what: "the edition it was retired in") }
        let replacedBy = fields["replacedBy"].flatMap { text($0, path: path + "/replacedBy", what: "the code that replaces it") }
        if replacedBy != nil, retiredIn == nil, let node = fields["replacedBy"] {
            report(.error, "'replacedBy' is only for a retired measure; add the edition it was retired in as 'retiredIn'", at: node.headRange, path: path + "/replacedBy")
        }
        let unconfirmed = fields["unconfirmed"].flatMap { flag($0, path: path + "/unconfirmed") } ?? false
        guard let code, let title, let codeNode = fields["code"] else { return nil }
        return (CatalogueMeasure(code: code, title: title, theme: fields["theme"] == nil ? nil : theme, outcome: outcome,
                                 unit: unit, retiredIn: retiredIn, replacedBy: replacedBy, isUnconfirmed: unconfirmed), codeNode)
    }

    /// What needs the whole catalogue: code forms, replacements, themes of the NHS London TOMs.
    private mutating func checkConsistency(_ catalogue: MeasureCatalogue, codes: [Node], declaredPatterns: Bool) {
        let patterns = catalogue.effectiveCodePatterns
        let forms = patterns.map(\.template).joined(separator: ", ")
        for (index, (measure, value)) in zip(catalogue.measures, codes).enumerated() {
            let path = "/measures/\(index)"
            if !patterns.isEmpty, !patterns.contains(where: { $0.matches(measure.code) }) {
                let normalised = patterns.lazy.compactMap { $0.normalised(measure.code) }.first
                report(declaredPatterns ? .error : .warning,
                       "the code '\(measure.code)' is not written as \(catalogue.framework) writes its codes (\(forms))",
                       at: value.headRange, path: path + "/code",
                       help: declaredPatterns ? [] : ["a local variant with its own prefix can say so in 'codePatterns'"],
                       fixIts: normalised.map { [fixIt("write it as '\($0)'", value, quoted($0))] } ?? [])
            }
            if let replacement = measure.replacedBy {
                if replacement == measure.code {
                    report(.error, "'\(measure.code)' cannot replace itself", at: value.headRange, path: path + "/replacedBy")
                } else if let successor = catalogue.measure(replacement) {
                    if catalogue.isRetired(successor) {
                        report(.warning, "'\(measure.code)' is replaced by '\(replacement)', which is retired too", at: value.headRange, path: path + "/replacedBy")
                    }
                } else {
                    report(.error, "'\(measure.code)' is replaced by '\(replacement)', which is not in the catalogue", at: value.headRange, path: path + "/replacedBy")
                }
            }
            let theme = catalogue.theme(of: measure)
            let themeRejected = diagnostics.contains { $0.severity == .error && $0.documentPath?.hasPrefix(path + "/") == true }
            if theme == nil, !themeRejected {
                report(.warning, "the measure '\(measure.code)' has no theme (nor an outcome with one), so tenderlint cannot check that tenders target it",
                       at: value.headRange, path: path)
            }
            // With declared themes, a measure outside them is already an error, and the themes themselves are checked.
            if catalogue.framework == MeasureFramework.nhsLondonTOMs.id, catalogue.themes.isEmpty, let theme,
               !MeasureFramework.nhsLondonThemes.contains(theme) {
                report(.warning, "the NHS London TOMs use four themes; '\(measure.code)' is under \(theme.title)", at: value.headRange, path: path + "/theme")
            }
        }
    }

    // MARK: Values

    /// The object's members by key, after reporting keys that are not allowed (with a did-you-mean) and the `$comment` kind.
    private mutating func checkKeys(_ members: [Node], allowed: [String], what: String, path: String) -> [String: Node] {
        var fields: [String: Node] = [:]
        for member in members {
            guard allowed.contains(member.keyName) else {
                let suggestion = EditDistance.suggestions(for: member.keyName, among: allowed.filter { !$0.hasPrefix("$") }, maximum: 2).first
                report(.error, "'\(member.keyName)' is not a field of \(what)", at: member.keyRange, path: path + "/" + DocumentPath.escapePointerToken(member.keyName),
                       label: "unknown field",
                       notes: ["\(what) may have: " + allowed.filter { $0 != "$schema" && $0 != "license" }.joined(separator: ", ")],
                       fixIts: suggestion.map { [Diagnostic.FixIt("rename it '\($0)'", .safe, replacing: source.location(of: member.keyTextRange), with: $0)] } ?? [])
                continue
            }
            fields[member.keyName] = member
        }
        return fields
    }

    private mutating func requiredText(_ fields: [String: Node], _ key: String, in object: Node, path: String) -> String? {
        guard let member = fields[key] else {
            report(.error, "this \(path.isEmpty ? "catalogue" : "entry") has no '\(key)'", at: object.headRange, path: path, label: "'\(key)' missing")
            return nil
        }
        guard let value = text(member, path: path + "/" + key, what: "the \(key)") else { return nil }
        if value.trimmingSpaces.isEmpty {
            report(.error, "the \(key) is empty", at: member.headRange, path: path + "/" + key)
            return nil
        }
        return value
    }

    private mutating func text(_ value: Node, path: String, what: String) -> String? {
        if let text = value.scalarText { return text }
        report(.error, "\(what) must be text, not \(Self.kindName(value))", at: value.headRange, path: path)
        return nil
    }

    private mutating func flag(_ value: Node, path: String) -> Bool? {
        if value.kind == .bool { return value.isTrue }
        report(.error, "this must be true or false, not \(Self.kindName(value))", at: value.headRange, path: path)
        return nil
    }

    private mutating func theme(_ value: Node, path: String) -> SocialValueTheme? {
        guard let text = text(value, path: path, what: "a theme") else { return nil }
        if let theme = SocialValueTheme(rawValue: text) { return theme }
        if let theme = SocialValueTheme(lenient: text) {
            report(.error, "write the theme '\(text)' as its id, '\(theme.rawValue)'", at: value.headRange, path: path,
                   fixIts: [fixIt("write '\(theme.rawValue)'", value, quoted(theme.rawValue))])
            return nil
        }
        let ids = SocialValueTheme.allCases.map(\.rawValue)
        let suggestion = EditDistance.suggestions(for: text, among: ids).first
        report(.error, "'\(text)' is not a theme of the Social Value Model", at: value.headRange, path: path, label: "unknown theme",
               notes: ["the themes are " + ids.joined(separator: ", ")],
               fixIts: suggestion.map { [fixIt("write '\($0)'", value, quoted($0))] } ?? [])
        return nil
    }

    private mutating func requireDeclared(_ theme: SocialValueTheme, themes: [(value: SocialValueTheme, range: ByteRange)],
                                          at value: Node, path: String) {
        guard !themes.isEmpty, !themes.contains(where: { $0.value == theme }) else { return }
        report(.error, "the theme '\(theme.rawValue)' is not one of the catalogue's themes (\(themes.map(\.value.rawValue).joined(separator: ", ")))",
               at: value.headRange, path: path, help: ["add it to 'themes', or correct the theme"])
    }

    // MARK: Reporting

    /// "a string", "an object": what a value is, for messages.
    private static func kindName(_ value: Node) -> String {
        switch value.kind {
        case .string: "a string"
        case .number: "a number"
        case .bool: "true or false"
        case .array: "a list"
        case .object: "an object"
        default: "null"
        }
    }

    /// The replacement text for a scalar: quoted when the scalar was a quoted string as written.
    private func quoted(_ text: String) -> String { JSONWriter.quoted(text) }

    /// A fix-it replacing a scalar; keeps JSON and quoted YAML quoted, and plain YAML plain.
    private func fixIt(_ summary: String, _ value: Node, _ replacement: String) -> Diagnostic.FixIt {
        var text = replacement
        if !value.isQuoted, text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 { text = String(text.dropFirst().dropLast()) }
        return Diagnostic.FixIt(summary, .safe, replacing: source.location(of: value.headRange), with: text)
    }

    private mutating func report(_ severity: Severity, _ message: String, at range: ByteRange, path: String, label: String? = nil,
                                 secondary: [Diagnostic.Label] = [], notes: [String] = [], help: [String] = [], fixIts: [Diagnostic.FixIt] = []) {
        diagnostics.append(CatalogueDiagnostics.make(severity, message, at: range, in: source, label: label, secondary: secondary,
                                                     notes: notes, help: help, fixIts: fixIts, path: path))
    }
}
