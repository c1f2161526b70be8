/// Turns the spreadsheet of measures an organisation holds, exported as CSV, into a catalogue
/// (docs/catalogues.md names the columns). Every bad row is reported at its line and column.
public struct CatalogueCSVImporter: Sendable {
    /// A column tenderlint reads, with the header names it accepts (compared ignoring case, spaces, `_` and `-`).
    public struct Column: Sendable {
        public var name: String
        public var aliases: [String]
        public var isRequired: Bool
        public var documentation: String
    }

    public static let columns: [Column] = [
        Column(name: "code", aliases: ["code", "measurecode", "ref", "reference"], isRequired: true,
               documentation: "the measure's code as the framework writes it, such as NT1 or MAC 4.1; unique"),
        Column(name: "title", aliases: ["title", "measure", "name", "description"], isRequired: true,
               documentation: "what the measure counts"),
        Column(name: "theme", aliases: ["theme"], isRequired: true,
               documentation: "a Social Value Model theme: its id (equal-opportunity), title (Equal opportunity) or number (4)"),
        Column(name: "outcome", aliases: ["outcome", "outcomeid"], isRequired: false,
               documentation: "the policy outcome the measure serves, such as 4"),
        Column(name: "unit", aliases: ["unit", "units"], isRequired: false,
               documentation: "what a target counts: FTE, %, GBP, hours, weeks, tCO2e …"),
        Column(name: "retiredIn", aliases: ["retiredin", "retired"], isRequired: false,
               documentation: "the edition in which the measure was retired; empty while it is current"),
        Column(name: "replacedBy", aliases: ["replacedby", "successor"], isRequired: false,
               documentation: "the code that replaces a retired measure"),
    ]

    public var framework: String
    public var edition: String
    public var title: String?
    public var inForceFrom: CalendarDate?
    public var isIllustrative: Bool
    public var licence: String?

    public init(framework: String, edition: String, title: String? = nil, inForceFrom: CalendarDate? = nil,
                isIllustrative: Bool = false, licence: String? = nil) {
        self.framework = framework
        self.edition = edition
        self.title = title
        self.inForceFrom = inForceFrom
        self.isIllustrative = isIllustrative
        self.licence = licence
    }

    /// The catalogue, or nil when a row has an error; with every problem found.
    public func importCatalogue(_ source: SourceFile) -> CatalogueLoadResult {
        var diagnostics: [Diagnostic] = []
        func report(_ severity: Severity, _ message: String, at range: ByteRange, label: String? = nil,
                    secondary: [Diagnostic.Label] = [], notes: [String] = [], help: [String] = [], fixIts: [Diagnostic.FixIt] = []) {
            diagnostics.append(CatalogueDiagnostics.make(severity, message, at: range, in: source, label: label, secondary: secondary,
                                                         notes: notes, help: help, fixIts: fixIts))
        }

        let (records, syntaxProblems) = CSVReader.read(source)
        diagnostics += syntaxProblems
        guard let header = records.first else {
            if syntaxProblems.isEmpty {
                report(.error, "the file is empty; the first row must name the columns (code, title, theme, unit …)", at: ByteRange.at(0))
            }
            return CatalogueLoadResult(catalogue: nil, diagnostics: diagnostics)
        }

        if header.fields.count == 1, header.fields[0].text.contains(";") {
            report(.error, "the header is one column with semicolons in it; tenderlint reads comma-separated values", at: header.range,
                   help: ["export the spreadsheet as 'CSV (comma delimited)'"])
            return CatalogueLoadResult(catalogue: nil, diagnostics: diagnostics)
        }

        // Which column is which.
        var index: [String: Int] = [:]
        for (position, field) in header.fields.enumerated() {
            let key = Self.headerKey(field.text)
            guard let column = Self.columns.first(where: { $0.aliases.contains(key) }) else {
                var notes = ["tenderlint reads the columns " + Self.columns.map(\.name).joined(separator: ", ")]
                if key.contains("proxy") || key.contains("value") {
                    notes.append("tenderlint does not use proxy values; they are not copied into the catalogue")
                }
                report(.warning, "the column '\(field.text)' is not one tenderlint reads; it is left out", at: field.range, label: "ignored", notes: notes)
                continue
            }
            if let earlier = index[column.name] {
                report(.error, "two columns are '\(column.name)'", at: field.range, label: "again here",
                       secondary: [Diagnostic.Label("first here", at: source.location(of: header.fields[earlier].range))])
                continue
            }
            index[column.name] = position
        }
        let missing = Self.columns.filter { $0.isRequired && index[$0.name] == nil }
        if !missing.isEmpty {
            report(.error, "the header has no \(missing.map { "'\($0.name)'" }.joined(separator: " or ")) column", at: header.range,
                   notes: ["the first row must name the columns; tenderlint needs " + Self.columns.filter(\.isRequired).map(\.name).joined(separator: ", ")])
            return CatalogueLoadResult(catalogue: nil, diagnostics: diagnostics)
        }

        // The rows.
        let patterns = MeasureFramework.known(framework)?.codePatterns ?? []
        var measures: [CatalogueMeasure] = []
        var codeFields: [String: CSVReader.Field] = [:]
        var replacements: [(measure: String, field: CSVReader.Field)] = []
        for record in records.dropFirst() {
            if record.fields.allSatisfy({ $0.text.trimmingSpaces.isEmpty }) { continue }
            guard record.fields.count == header.fields.count else {
                report(.error, "this row has \(record.fields.count) \(record.fields.count == 1 ? "column" : "columns"); the header has \(header.fields.count)",
                       at: record.range, label: "\(record.fields.count) of \(header.fields.count)",
                       notes: ["a field with a comma in it must be in double quotes: \"Jobs, skills and training\""])
                continue
            }
            func cell(_ name: String) -> CSVReader.Field? { index[name].map { record.fields[$0] } }
            func value(_ name: String) -> String? {
                guard let text = cell(name)?.text.trimmingSpaces, !text.isEmpty else { return nil }
                return text
            }
            guard let codeField = cell("code"), let code = value("code") else {
                report(.error, "this row has no code", at: cell("code")?.range ?? record.range, label: "missing code",
                       help: ["give every measure its code, or delete the row"])
                continue
            }
            if let first = codeFields[code] {
                report(.error, "the code '\(code)' is listed twice", at: codeField.range, label: "listed again here",
                       secondary: [Diagnostic.Label("first listed here", at: source.location(of: first.range))],
                       help: ["keep one row per code"])
                continue
            }
            var rowFailed = false
            guard let title = value("title") else {
                report(.error, "the measure '\(code)' has no title", at: cell("title")?.range ?? record.range, label: "missing title")
                continue
            }
            var theme: SocialValueTheme?
            if let themeField = cell("theme"), let text = value("theme") {
                theme = SocialValueTheme(lenient: text)
                if theme == nil {
                    let names = SocialValueTheme.allCases.map(\.rawValue) + SocialValueTheme.allCases.map(\.title)
                    let suggestion = EditDistance.suggestions(for: text, among: names).first.flatMap { SocialValueTheme(lenient: $0) }
                    report(.error, "'\(text)' is not a theme of the Social Value Model", at: themeField.range, label: "unknown theme",
                           notes: ["the themes are " + SocialValueTheme.allCases.map { "\($0.number) \($0.title) (\($0.rawValue))" }.joined(separator: ", ")],
                           fixIts: suggestion.map { [Diagnostic.FixIt("write '\($0.rawValue)'", .safe, replacing: source.location(of: themeField.range), with: $0.rawValue)] } ?? [])
                    rowFailed = true
                }
            } else {
                report(.warning, "the measure '\(code)' has no theme, so tenderlint cannot check that tenders target it",
                       at: cell("theme")?.range ?? record.range, label: "no theme")
            }
            if !patterns.isEmpty, !patterns.contains(where: { $0.matches(code) }) {
                let normalised = patterns.lazy.compactMap { $0.normalised(code) }.first
                report(.warning, "the code '\(code)' is not written as \(framework) writes its codes (\(patterns.map(\.template).joined(separator: ", ")))",
                       at: codeField.range,
                       fixIts: normalised.map { [Diagnostic.FixIt("write it as '\($0)'", .safe, replacing: source.location(of: codeField.range), with: $0)] } ?? [])
            }
            let replacedBy = value("replacedBy")
            let retiredIn = value("retiredIn")
            if replacedBy != nil, retiredIn == nil, let field = cell("replacedBy") {
                report(.error, "'\(code)' has a replacement but no edition it was retired in", at: field.range,
                       help: ["fill in the retiredIn column for this row"])
                rowFailed = true
            }
            if let replacedBy, let field = cell("replacedBy") { replacements.append((replacedBy, field)) }
            codeFields[code] = codeField
            if rowFailed { continue }
            measures.append(CatalogueMeasure(code: code, title: title, theme: theme, outcome: value("outcome"), unit: value("unit"),
                                             retiredIn: retiredIn, replacedBy: replacedBy))
        }
        for (replacement, field) in replacements where codeFields[replacement] == nil {
            report(.error, "the replacement '\(replacement)' is not a code in the file", at: field.range, label: "unknown code")
        }
        if measures.isEmpty, !diagnostics.contains(where: { $0.severity == .error }) {
            report(.warning, "the file has no measures, only its header", at: header.range)
        }

        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            return CatalogueLoadResult(catalogue: nil, diagnostics: diagnostics.sorted(by: Diagnostic.presentationOrder))
        }
        let used = Set(measures.compactMap(\.theme))
        var outcomeIDs: [String] = []
        for outcome in measures.compactMap(\.outcome) where !outcomeIDs.contains(outcome) { outcomeIDs.append(outcome) }
        let fileName = source.path.split(separator: "/").last.map(String.init) ?? source.path
        let catalogue = MeasureCatalogue(
            framework: framework, edition: edition,
            title: title ?? "\(MeasureFramework.known(framework)?.title ?? framework), edition \(edition)",
            inForceFrom: inForceFrom, isIllustrative: isIllustrative, measures: measures, licence: licence,
            source: "Imported from \(fileName) with tenderlint catalogue import",
            themes: SocialValueTheme.allCases.filter { used.contains($0) },
            outcomes: outcomeIDs.map { CatalogueOutcome(id: $0) }
        )
        return CatalogueLoadResult(catalogue: catalogue, diagnostics: diagnostics.sorted(by: Diagnostic.presentationOrder))
    }

    /// A header as compared: lower case, without spaces, `_` and `-`.
    static func headerKey(_ text: String) -> String {
        String(text.lowercased().filter { !$0.isWhitespace && $0 != "_" && $0 != "-" })
    }
}

/// Writes a catalogue as a JSON catalogue file, keys in the documented order.
public enum CatalogueWriter {
    public static func json(_ catalogue: MeasureCatalogue) -> String {
        typealias Value = JSONWriter.Value
        var members: [(String, Value)] = [
            ("tenderlintCatalogue", .string("1")),
            ("framework", .string(catalogue.framework)),
            ("edition", .string(catalogue.edition)),
            ("title", .string(catalogue.title)),
        ]
        if let date = catalogue.inForceFrom { members.append(("inForceFrom", .string(date.description))) }
        members.append(("illustrative", .bool(catalogue.isIllustrative)))
        if let licence = catalogue.licence { members.append(("licence", .string(licence))) }
        if let source = catalogue.source { members.append(("source", .string(source))) }
        if !catalogue.codePatterns.isEmpty { members.append(("codePatterns", .array(catalogue.codePatterns.map { .string($0.template) }))) }
        if !catalogue.themes.isEmpty { members.append(("themes", .array(catalogue.themes.map { .string($0.rawValue) }))) }
        if !catalogue.outcomes.isEmpty {
            members.append(("outcomes", .array(catalogue.outcomes.map { outcome in
                var fields: [(String, Value)] = [("id", .string(outcome.id))]
                if let title = outcome.title { fields.append(("title", .string(title))) }
                if let theme = outcome.theme { fields.append(("theme", .string(theme.rawValue))) }
                return .object(fields)
            })))
        }
        members.append(("measures", .array(catalogue.measures.map { measure in
            var fields: [(String, Value)] = [("code", .string(measure.code)), ("title", .string(measure.title))]
            if let theme = measure.theme { fields.append(("theme", .string(theme.rawValue))) }
            if let outcome = measure.outcome { fields.append(("outcome", .string(outcome))) }
            if let unit = measure.unit { fields.append(("unit", .string(unit))) }
            if let retiredIn = measure.retiredIn { fields.append(("retiredIn", .string(retiredIn))) }
            if let replacedBy = measure.replacedBy { fields.append(("replacedBy", .string(replacedBy))) }
            if measure.isUnconfirmed { fields.append(("unconfirmed", .bool(true))) }
            return .object(fields)
        })))
        return JSONWriter.write(.object(members)) + "\n"
    }
}

/// A small RFC 4180 reader: comma-separated fields, double quotes around fields with commas, quotes or
/// line ends in them (a quote inside is written twice), CR LF, LF or CR between records, a UTF-8 byte order
/// mark skipped. Every field keeps its byte range.
enum CSVReader {
    struct Field {
        var text: String
        /// The field as written, quotes included.
        var range: ByteRange
    }

    struct Record {
        var fields: [Field]
        /// The record's first line, for problems with the row as a whole.
        var range: ByteRange
    }

    static func read(_ source: SourceFile) -> (records: [Record], diagnostics: [Diagnostic]) {
        let bytes = source.bytes
        var records: [Record] = []
        var diagnostics: [Diagnostic] = []
        if let bad = SourceFile.firstInvalidUTF8(bytes) {
            diagnostics.append(CatalogueDiagnostics.error(
                "the CSV file must be UTF-8; this byte is not", at: ByteRange(bad, bad + 1), in: source, label: "not UTF-8",
                help: ["export the spreadsheet as 'CSV UTF-8'"]))
            return ([], diagnostics)
        }
        var position = source.hasByteOrderMark ? 3 : 0
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

        while position < bytes.count {
            let recordStart = position
            var fields: [Field] = []
            var endOfRecord = false
            while !endOfRecord {
                let fieldStart = position
                var text: [UInt8] = []
                if position < bytes.count, bytes[position] == quote {
                    position += 1
                    var closed = false
                    while position < bytes.count {
                        if bytes[position] == quote {
                            if position + 1 < bytes.count, bytes[position + 1] == quote {
                                text.append(quote)
                                position += 2
                                continue
                            }
                            position += 1
                            closed = true
                            break
                        }
                        text.append(bytes[position])
                        position += 1
                    }
                    if !closed {
                        diagnostics.append(CatalogueDiagnostics.error(
                            "this quoted field is never closed", at: ByteRange(fieldStart, fieldStart + 1), in: source,
                            label: "opened here", help: ["close it with a double quote; a quote inside a field is written twice: \"\""]))
                        return (records, diagnostics)
                    }
                    // Only a comma or the end of the record may follow a closing quote.
                    if position < bytes.count, bytes[position] != comma, bytes[position] != cr, bytes[position] != lf {
                        diagnostics.append(CatalogueDiagnostics.error(
                            "text after the closing quote of a field", at: ByteRange(position, position + 1), in: source,
                            label: "unexpected here",
                            help: ["put the whole field in quotes and write a quote inside it twice: \"He said \"\"yes\"\"\""]))
                        while position < bytes.count, bytes[position] != comma, bytes[position] != cr, bytes[position] != lf { position += 1 }
                    }
                } else {
                    while position < bytes.count, bytes[position] != comma, bytes[position] != cr, bytes[position] != lf {
                        text.append(bytes[position])
                        position += 1
                    }
                }
                fields.append(Field(text: String(decoding: text, as: UTF8.self), range: ByteRange(fieldStart, position)))
                if position < bytes.count, bytes[position] == comma {
                    position += 1
                    if position == bytes.count { fields.append(Field(text: "", range: ByteRange.at(position))) }
                } else {
                    endOfRecord = true
                }
            }
            let lineEnd = source.contentRange(ofLine: source.line(containing: recordStart)).upperBound
            if position < bytes.count, bytes[position] == cr { position += 1 }
            if position < bytes.count, bytes[position] == lf { position += 1 }
            // A blank line is no record.
            if fields.count == 1, fields[0].text.isEmpty, fields[0].range.isEmpty { continue }
            records.append(Record(fields: fields, range: ByteRange(recordStart, max(recordStart, lineEnd))))
        }
        return (records, diagnostics)
    }
}
