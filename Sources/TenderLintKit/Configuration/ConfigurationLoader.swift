import Foundation
import Yams

/// Reads one `.tenderlint.yml` and checks every key and value, reporting each problem (TL012) at its line
/// and column with a did-you-mean where one is close. `extends` are checked to exist, not followed: that
/// is `ConfigurationResolver`'s job.
public struct ConfigurationLoader: Sendable {
    public var knownRules: KnownRules
    /// Paths in diagnostics and provenance are shown relative to it.
    public var workingDirectory: String

    public init(knownRules: KnownRules, workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.knownRules = knownRules
        self.workingDirectory = ConfigurationPaths.standardise(workingDirectory)
    }

    /// The keys a configuration's top level may have.
    public static let topLevelKeys = ["profile", "extends", "as-of", "policies", "rules", "catalogues", "overrides", "vocabulary", "limits"]
    /// The keys an entry of `overrides` may have.
    public static let overrideKeys = ["files", "profile", "as-of", "policies", "rules"]
    /// The keys a rule's map may have besides its parameters.
    public static let ruleKeys = ["severity", "pointer", "path", "reason"]

    /// Reads and checks a file.
    public func load(path: String) throws(ConfigurationError) -> Configuration {
        let absolute = ConfigurationPaths.absolute(path, base: workingDirectory)
        let display = path.hasPrefix("/") ? ConfigurationPaths.display(absolute, workingDirectory: workingDirectory) : path
        let source: SourceFile
        do {
            source = try SourceFile.read(path: absolute)
        } catch {
            throw ConfigurationError(path: display, message: "the configuration file cannot be read: \(error.reason)")
        }
        return try load(SourceFile(path: display, bytes: source.bytes), absolutePath: absolute)
    }

    /// Checks a file already in memory; `absolutePath` (by default the source's path made absolute) is what
    /// relative paths in it are relative to.
    public func load(_ source: SourceFile, absolutePath: String? = nil) throws(ConfigurationError) -> Configuration {
        let absolute = absolutePath.map(ConfigurationPaths.standardise) ?? ConfigurationPaths.absolute(source.path, base: workingDirectory)
        var decoder = ConfigurationDecoder(source: source, absolutePath: absolute, known: knownRules, workingDirectory: workingDirectory)
        guard let root = ConfigurationYAML.read(source, diagnostics: &decoder.diagnostics) else {
            if decoder.diagnostics.isEmpty { return Configuration(path: source.path, absolutePath: absolute) }
            throw ConfigurationError(decoder.diagnostics)
        }
        let configuration = decoder.decode(root)
        guard decoder.diagnostics.isEmpty else { throw ConfigurationError(decoder.diagnostics) }
        return configuration
    }
}

// MARK: - Did-you-mean

enum ConfigurationSpelling {
    /// The candidate a word was probably meant to be: a small edit away, or the only one it starts (or is a
    /// start of). Case and `_`/`-` are ignored.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let normalised = word.replacingOccurrences(of: "_", with: "-")
        if let close = EditDistance.suggestions(for: normalised, among: candidates).first { return close }
        let lowered = normalised.lowercased()
        guard lowered.count >= 3 else { return nil }
        let prefixed = candidates.filter { $0.lowercased().hasPrefix(lowered) || lowered.hasPrefix($0.lowercased()) }
        if prefixed.count == 1 { return prefixed[0] }
        // The same first word: `central-govt` for `central-government`.
        let firstWord = lowered.split(whereSeparator: { $0 == "-" }).first.map(String.init) ?? lowered
        guard firstWord.count >= 3, firstWord != lowered else { return nil }
        let sameStart = candidates.filter { $0.lowercased().split(separator: "-").first.map(String.init) == firstWord }
        return sameStart.count == 1 ? sameStart[0] : nil
    }

    /// A severity as other tools write it: `warn`, `0`, `false`, `disabled`.
    static func severity(for word: String) -> RuleSeverity? {
        switch word.lowercased() {
        case "0", "false", "no", "none", "disable", "disabled", "ignore", "ignored", "silent": .off
        case "1", "warn", "warnings": .warning
        case "2", "err", "errors", "fatal", "fail": .error
        case "information", "note", "notice", "hint": .info
        default: suggestion(for: word, among: RuleSeverity.allCases.map(\.rawValue)).flatMap(RuleSeverity.init(rawValue:))
        }
    }
}

// MARK: - YAML with positions

/// A YAML value with the byte range it was written at.
struct ConfigurationValue {
    enum Kind {
        /// A scalar's text as YAML gives it; `quoted` when it was written in quotes (or as a block).
        case scalar(String, quoted: Bool)
        case null
        case mapping([Member])
        case sequence([ConfigurationValue])
    }

    struct Member {
        var key: String
        /// The key as written, quotes included.
        var keyRange: ByteRange
        /// The key's text, for a fix-it that renames it.
        var keyTextRange: ByteRange
        var value: ConfigurationValue
    }

    var kind: Kind
    var range: ByteRange

    var kindName: String {
        switch kind {
        case .scalar: "text"
        case .null: "nothing"
        case .mapping: "a map"
        case .sequence: "a list"
        }
    }

    var text: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }
}

enum ConfigurationYAML {
    /// The root value, or nil for an empty file (no diagnostics) or one that cannot be read (diagnostics).
    static func read(_ source: SourceFile, diagnostics: inout [Diagnostic]) -> ConfigurationValue? {
        if let bad = SourceFile.firstInvalidUTF8(source.bytes) {
            diagnostics.append(error("a configuration file must be UTF-8; this byte is not", at: ByteRange(bad, bad + 1), in: source,
                                     label: "not UTF-8", help: ["save the file as UTF-8"]))
            return nil
        }
        var text = String(decoding: source.bytes, as: UTF8.self)
        if source.hasByteOrderMark { text.removeFirst() }
        // Aliases are refused before Yams composes: it would expand them, and nested ones never end.
        let aliases = YAMLAliasScan.diagnostics(in: text, of: source, kind: "a configuration") { message, range, label, notes, help in
            error(message, at: range, in: source, label: label, notes: notes, help: help)
        }
        guard aliases.isEmpty else {
            diagnostics += aliases
            return nil
        }
        let node: Yams.Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            diagnostics.append(diagnostic(for: error, in: source))
            return nil
        }
        guard let node else { return nil }
        return value(of: node, in: source, diagnostics: &diagnostics)
    }

    static func error(_ message: String, at range: ByteRange, in source: SourceFile, label: String? = nil,
                      secondary: [Diagnostic.Label] = [], notes: [String] = [], help: [String] = [],
                      fixIts: [Diagnostic.FixIt] = []) -> Diagnostic {
        Diagnostic(ConfigurationRule.invalidConfiguration, .error, message, at: source.location(of: range), label: label,
                   secondary: secondary, notes: notes, help: help, fixIts: fixIts)
    }

    private static func diagnostic(for error: any Error, in source: SourceFile) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return self.error("the YAML cannot be read: \(error)", at: ByteRange.at(0), in: source)
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var notes: [String] = []
            if let context { notes.append("\(context.text) at \(context.mark.line):\(context.mark.column)") }
            return self.error("YAML syntax error: \(problem)", at: ByteRange.at(source.offset(line: mark.line, column: mark.column)), in: source,
                              label: problem, notes: notes)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let start = source.offset(line: context.mark.line, column: context.mark.column)
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return self.error("the key \(keys) is given twice in this map; which value counts is ambiguous",
                              at: plainRange(at: start, text: duplicates.first ?? "", in: source), in: source,
                              label: "given more than once", help: ["remove one of the two entries"])
        default:
            return self.error("the YAML cannot be read: \(yamlError)", at: ByteRange.at(0), in: source)
        }
    }

    private static func value(of node: Yams.Node, in source: SourceFile, diagnostics: inout [Diagnostic]) -> ConfigurationValue {
        let start = node.mark.map { source.offset(line: $0.line, column: $0.column) } ?? 0
        switch node {
        case .scalar(let scalar):
            let quoted = scalar.style != .plain && scalar.style != .any
            let range = range(of: scalar, at: start, in: source)
            if !quoted, node.tag.rawValue == Tag.Name.null.rawValue {
                return ConfigurationValue(kind: .null, range: range)
            }
            return ConfigurationValue(kind: .scalar(scalar.string, quoted: quoted), range: range)
        case .mapping(let mapping):
            var members: [ConfigurationValue.Member] = []
            for (key, item) in mapping {
                let keyStart = key.mark.map { source.offset(line: $0.line, column: $0.column) } ?? start
                guard case .scalar(let scalar) = key else {
                    diagnostics.append(error("a key must be plain text, not a list or a map", at: restOfLine(from: keyStart, in: source), in: source))
                    continue
                }
                let keyRange = range(of: scalar, at: keyStart, in: source)
                let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
                let inner = quoted && keyRange.count >= 2 ? ByteRange(keyRange.lowerBound + 1, keyRange.upperBound - 1) : keyRange
                members.append(ConfigurationValue.Member(key: scalar.string, keyRange: keyRange, keyTextRange: inner,
                                                         value: value(of: item, in: source, diagnostics: &diagnostics)))
            }
            return ConfigurationValue(kind: .mapping(members), range: restOfLine(from: start, in: source))
        case .sequence(let sequence):
            return ConfigurationValue(kind: .sequence(sequence.map { value(of: $0, in: source, diagnostics: &diagnostics) }),
                                      range: restOfLine(from: start, in: source))
        case .alias:
            diagnostics.append(error("aliases (*name) are not allowed in a configuration; write the value out",
                                     at: restOfLine(from: start, in: source), in: source, label: "alias"))
            return ConfigurationValue(kind: .null, range: restOfLine(from: start, in: source))
        }
    }

    /// A scalar's bytes as written: a plain scalar's text, a quoted one up to its closing quote, a block one to its line end.
    private static func range(of scalar: Yams.Node.Scalar, at start: Int, in source: SourceFile) -> ByteRange {
        switch scalar.style {
        case .singleQuoted, .doubleQuoted:
            let bytes = source.bytes
            let lineEnd = source.contentRange(ofLine: source.line(containing: start)).upperBound
            guard start < lineEnd else { return ByteRange.at(start) }
            let quote = bytes[start]
            var index = start + 1
            while index < lineEnd {
                if quote == UInt8(ascii: "\""), bytes[index] == UInt8(ascii: "\\") { index += 2; continue }
                if bytes[index] == quote {
                    if quote == UInt8(ascii: "'"), index + 1 < lineEnd, bytes[index + 1] == quote { index += 2; continue }
                    return ByteRange(start, index + 1)
                }
                index += 1
            }
            return ByteRange(start, lineEnd)
        case .literal, .folded:
            return restOfLine(from: start, in: source)
        default:
            return plainRange(at: start, text: scalar.string, in: source)
        }
    }

    private static func restOfLine(from start: Int, in source: SourceFile) -> ByteRange {
        let lineEnd = source.contentRange(ofLine: source.line(containing: start)).upperBound
        return ByteRange(start, max(start, lineEnd))
    }

    private static func plainRange(at start: Int, text: String, in source: SourceFile) -> ByteRange {
        let lineEnd = source.contentRange(ofLine: source.line(containing: start)).upperBound
        return ByteRange(start, max(start, min(start + text.utf8.count, lineEnd)))
    }
}

// MARK: - Decoding

/// Checks the values and builds the `Configuration`, collecting every problem.
struct ConfigurationDecoder {
    let source: SourceFile
    let absolutePath: String
    let known: KnownRules
    let workingDirectory: String
    var diagnostics: [Diagnostic] = []

    init(source: SourceFile, absolutePath: String, known: KnownRules, workingDirectory: String) {
        self.source = source
        self.absolutePath = absolutePath
        self.known = known
        self.workingDirectory = workingDirectory
    }

    private var directory: String { (absolutePath as NSString).deletingLastPathComponent }

    mutating func decode(_ root: ConfigurationValue) -> Configuration {
        var configuration = Configuration(path: source.path, absolutePath: absolutePath)
        if case .null = root.kind { return configuration }
        guard case .mapping(let members) = root.kind else {
            report("a configuration is a map of keys such as 'profile' and 'rules', not \(root.kindName)", at: root.range,
                   notes: ["the keys are " + ConfigurationLoader.topLevelKeys.joined(separator: ", ")])
            return configuration
        }
        let fields = checkKeys(members, allowed: ConfigurationLoader.topLevelKeys, what: "a configuration")
        if let member = fields["extends"] { configuration.extends = decodeExtends(member.value) }
        configuration.settings.profile = fields["profile"].flatMap { decodeProfile($0.value) }
        configuration.settings.policies = fields["policies"].map { decodePolicies($0.value) } ?? [:]
        configuration.settings.asOf = fields["as-of"].flatMap { decodeDate($0.value) }
        configuration.settings.rules = fields["rules"].map { decodeRules($0.value) } ?? []
        configuration.settings.catalogues = fields["catalogues"].map { decodeCatalogues($0.value) } ?? []
        configuration.settings.vocabulary = fields["vocabulary"].map { decodeVocabulary($0.value) } ?? [:]
        configuration.settings.limits = fields["limits"].map { decodeLimits($0.value) } ?? [:]
        configuration.overrides = fields["overrides"].map { decodeOverrides($0.value) } ?? []
        return configuration
    }

    // MARK: Keys

    private mutating func checkKeys(_ members: [ConfigurationValue.Member], allowed: [String], what: String,
                                    elsewhere: [String: String] = [:]) -> [String: ConfigurationValue.Member] {
        var fields: [String: ConfigurationValue.Member] = [:]
        for member in members {
            if allowed.contains(member.key) {
                fields[member.key] = member
                continue
            }
            if let place = elsewhere[member.key] {
                report("'\(member.key)' cannot be set in \(what); \(place)", at: member.keyRange, label: "not allowed here")
                continue
            }
            let suggestion = ConfigurationSpelling.suggestion(for: member.key, among: allowed)
            report("'\(member.key)' is not a key of \(what)" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                   at: member.keyRange, label: "unknown key",
                   notes: ["\(what) may have: " + allowed.joined(separator: ", ")],
                   fixIts: suggestion.map { [rename(member, to: $0)] } ?? [])
        }
        return fields
    }

    // MARK: Values

    private mutating func decodeProfile(_ value: ConfigurationValue) -> Sourced<Profile>? {
        if value.kind.isNull { return nil }
        guard let text = scalar(value, what: "'profile'", expecting: "a profile name") else { return nil }
        if let profile = Profile(rawValue: text) { return Sourced(profile, from: origin(value.range)) }
        let names = Profile.allCases.map(\.rawValue)
        let suggestion = ConfigurationSpelling.suggestion(for: text, among: names)
        report("'\(text)' is not a profile" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), at: value.range,
               label: "unknown profile", notes: ["the profiles are " + names.joined(separator: ", ")],
               fixIts: suggestion.map { [replace(value, with: $0, "write '\($0)'")] } ?? [])
        return nil
    }

    /// `policies: { ppn-026: on, nhs-nzc-below-threshold-2026: true }`: policies turned on or off by id.
    private mutating func decodePolicies(_ value: ConfigurationValue) -> [String: Sourced<Bool>] {
        var result: [String: Sourced<Bool>] = [:]
        if value.kind.isNull { return result }
        let ids = known.policies.map(\.id)
        guard case .mapping(let members) = value.kind else {
            report("'policies' is a map of policy ids to on or off, such as 'ppn-026: on', not \(value.kindName)", at: value.range,
                   notes: ["the policies are " + ids.joined(separator: ", ")])
            return result
        }
        for member in members {
            guard ids.contains(member.key) else {
                let suggestion = ConfigurationSpelling.suggestion(for: member.key, among: ids)
                report("'\(member.key)' is not a policy" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), at: member.keyRange,
                       label: "unknown policy", notes: ["the policies are " + ids.joined(separator: ", ") + " (see docs/policies.md)"],
                       fixIts: suggestion.map { [rename(member, to: $0)] } ?? [])
                continue
            }
            guard let text = scalar(member.value, what: "'\(member.key)'", expecting: "on or off") else { continue }
            switch text.lowercased() {
            case "on", "true", "yes": result[member.key] = Sourced(true, from: origin(member.value.range))
            case "off", "false", "no": result[member.key] = Sourced(false, from: origin(member.value.range))
            default:
                report("'\(member.key)' takes on or off, not '\(text)'", at: member.value.range, label: "not on or off")
            }
        }
        return result
    }

    private mutating func decodeDate(_ value: ConfigurationValue) -> Sourced<CalendarDate>? {
        if value.kind.isNull { return nil }
        guard let text = scalar(value, what: "'as-of'", expecting: "a date") else { return nil }
        if text.count == 10, let date = CalendarDate(iso: text) { return Sourced(date, from: origin(value.range)) }
        report("'\(text)' is not a date; write it as YYYY-MM-DD, such as 2026-04-01", at: value.range, label: "not a date")
        return nil
    }

    private mutating func decodeExtends(_ value: ConfigurationValue) -> [ConfigurationExtension] {
        var items: [ConfigurationValue] = []
        switch value.kind {
        case .null: return []
        case .scalar: items = [value]
        case .sequence(let list): items = list
        case .mapping:
            report("'extends' takes a built-in profile or a path (or a list of them), not a map", at: value.range)
            return []
        }
        var bases: [ConfigurationExtension] = []
        for item in items {
            guard let text = scalar(item, what: "an entry of 'extends'", expecting: "a built-in profile or a path") else { continue }
            if let profile = Profile(rawValue: text) {
                bases.append(ConfigurationExtension(base: .profile(profile), origin: origin(item.range), location: source.location(of: item.range)))
                continue
            }
            let path = ConfigurationPaths.absolute(text, base: directory)
            if Self.isFile(path) {
                bases.append(ConfigurationExtension(base: .file(path), origin: origin(item.range), location: source.location(of: item.range)))
                continue
            }
            let looksLikePath = text.contains("/") || text.hasSuffix(".yml") || text.hasSuffix(".yaml")
            let suggestion = looksLikePath ? nil : ConfigurationSpelling.suggestion(for: text, among: Profile.allCases.map(\.rawValue))
            if let suggestion {
                report("'\(text)' is neither a built-in profile nor a file; did you mean '\(suggestion)'?", at: item.range,
                       label: "unknown profile", fixIts: [replace(item, with: suggestion, "write '\(suggestion)'")])
            } else {
                report("the configuration '\(text)' that this file extends does not exist", at: item.range, label: "no such file",
                       notes: ["looked for \(ConfigurationPaths.display(path, workingDirectory: workingDirectory))"],
                       help: ["'extends' takes a built-in profile (" + Profile.allCases.map(\.rawValue).joined(separator: ", ")
                              + ") or a path relative to this file"])
            }
        }
        return bases
    }

    private mutating func decodeCatalogues(_ value: ConfigurationValue) -> [Sourced<String>] {
        var catalogues: [Sourced<String>] = []
        for item in list(value, what: "'catalogues'", expecting: "a list of catalogue files") {
            guard let text = scalar(item, what: "a catalogue", expecting: "a path") else { continue }
            let path = ConfigurationPaths.absolute(text, base: directory)
            let shown = ConfigurationPaths.display(path, workingDirectory: workingDirectory)
            guard CatalogueFormat(path: text) != nil else {
                report("'\(text)' is not a catalogue file tenderlint reads (it reads .json, .yaml and .yml)", at: item.range)
                continue
            }
            guard Self.isFile(path) else {
                report("the catalogue '\(text)' does not exist", at: item.range, label: "no such file",
                       notes: ["looked for \(shown)", "paths are relative to the configuration file"])
                continue
            }
            catalogues.append(Sourced(shown, from: origin(item.range)))
        }
        return catalogues
    }

    private mutating func decodeVocabulary(_ value: ConfigurationValue) -> [Vocabulary.Category: [Sourced<String>]] {
        var vocabulary: [Vocabulary.Category: [Sourced<String>]] = [:]
        let names = Vocabulary.Category.allCases.map(\.rawValue)
        switch value.kind {
        case .null: return [:]
        case .mapping(let members):
            for member in members {
                guard let category = Vocabulary.Category(rawValue: member.key) else {
                    let suggestion = ConfigurationSpelling.suggestion(for: member.key, among: names)
                    report("'\(member.key)' is not a vocabulary category" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                           at: member.keyRange, label: "unknown category", notes: ["the categories are " + names.joined(separator: ", ")],
                           fixIts: suggestion.map { [rename(member, to: $0)] } ?? [])
                    continue
                }
                for item in list(member.value, what: "'\(member.key)'", expecting: "a list of phrases") {
                    guard let phrase = scalar(item, what: "a phrase", expecting: "text") else { continue }
                    let trimmed = phrase.trimmingCharacters(in: .whitespacesAndNewlines)
                    guard trimmed.count >= 3 else {
                        report("the phrase '\(phrase)' is too short: a phrase of fewer than 3 characters would match almost any text",
                               at: item.range, label: "too short")
                        continue
                    }
                    vocabulary[category, default: []].append(Sourced(trimmed, from: origin(item.range)))
                }
            }
        default:
            report("'vocabulary' is a map of categories to lists of phrases, not \(value.kindName)", at: value.range,
                   notes: ["the categories are " + names.joined(separator: ", ")])
        }
        return vocabulary
    }

    private mutating func decodeLimits(_ value: ConfigurationValue) -> [DocumentLimitKey: Sourced<Int>] {
        var limits: [DocumentLimitKey: Sourced<Int>] = [:]
        let names = DocumentLimitKey.allCases.map(\.rawValue)
        switch value.kind {
        case .null: return [:]
        case .mapping(let members):
            for member in members {
                guard let key = DocumentLimitKey(rawValue: member.key) else {
                    let suggestion = ConfigurationSpelling.suggestion(for: member.key, among: names)
                    report("'\(member.key)' is not a limit" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                           at: member.keyRange, label: "unknown limit", notes: ["the limits are " + names.joined(separator: ", ")],
                           fixIts: suggestion.map { [rename(member, to: $0)] } ?? [])
                    continue
                }
                guard let text = scalar(member.value, what: "'\(member.key)'", expecting: "a whole number") else { continue }
                let digits = text.filter { $0 != "_" && $0 != "," }
                guard let number = Int(digits), number >= key.minimum else {
                    report("'\(member.key)' must be a whole number of at least \(key.minimum), not '\(text)'", at: member.value.range,
                           label: "not a limit", help: ["the default is \(key.defaultValue); see docs/limits.md"])
                    continue
                }
                limits[key] = Sourced(number, from: origin(member.value.range))
            }
        default:
            report("'limits' is a map of limits (\(names.joined(separator: ", "))) to whole numbers, not \(value.kindName)",
                   at: value.range)
        }
        return limits
    }

    private mutating func decodeOverrides(_ value: ConfigurationValue) -> [ConfigurationOverride] {
        var overrides: [ConfigurationOverride] = []
        let topOnly = ["catalogues": "set it at the top level of the file", "vocabulary": "set it at the top level of the file",
                       "limits": "set it at the top level of the file",
                       "extends": "set it at the top level of the file", "overrides": "overrides do not nest"]
        for item in list(value, what: "'overrides'", expecting: "a list of overrides") {
            guard case .mapping(let members) = item.kind else {
                report("an override is a map with 'files' and the settings for them, not \(item.kindName)", at: item.range)
                continue
            }
            let fields = checkKeys(members, allowed: ConfigurationLoader.overrideKeys, what: "an override", elsewhere: topOnly)
            var files: [Sourced<GlobPattern>] = []
            if let member = fields["files"] {
                let globs = list(member.value, what: "'files'", expecting: "a list of globs")
                if globs.isEmpty, !member.value.kind.isMapping {
                    report("'files' is empty, so the override applies to nothing", at: member.value.range,
                           help: ["name the files it is for with globs, relative to this file"])
                }
                for glob in globs {
                    guard let text = scalar(glob, what: "a glob", expecting: "text") else { continue }
                    do {
                        files.append(Sourced(try GlobPattern(text), from: origin(glob.range)))
                    } catch {
                        report("the glob '\(text)' cannot be used: \(error.message)", at: position(in: glob, offset: error.offset), label: error.message)
                    }
                }
            } else {
                report("this override has no 'files', so it applies to nothing", at: item.range, label: "'files' missing",
                       help: ["add 'files: [\"glob\", …]' naming the files it is for, relative to this file"])
            }
            var settings = ConfigurationLayer()
            settings.profile = fields["profile"].flatMap { decodeProfile($0.value) }
            settings.policies = fields["policies"].map { decodePolicies($0.value) } ?? [:]
            settings.asOf = fields["as-of"].flatMap { decodeDate($0.value) }
            settings.rules = fields["rules"].map { decodeRules($0.value) } ?? []
            overrides.append(ConfigurationOverride(files: files, directory: directory, origin: origin(item.range), settings: settings))
        }
        return overrides
    }

    // MARK: Rules

    /// Checks about the run itself, not a document: no file's configuration can level them, so setting one is
    /// refused where it is written rather than accepted and ignored.
    static let fixedSeverities: [String: String] = [
        "TL012": "an invalid configuration always stops the run, since nothing it says could be trusted",
        "TL013": "an invalid baseline always stops the run, since the gate could not tell new findings from old",
        "TL014": "a stale baseline entry is reported against the baseline file, which no document's configuration covers; remove stale entries with --prune-baseline",
    ]

    private mutating func decodeRules(_ value: ConfigurationValue) -> [RuleConfiguration] {
        var rules: [RuleConfiguration] = []
        switch value.kind {
        case .null: return []
        case .mapping(let members):
            var seen: [String: ConfigurationValue.Member] = [:]
            for member in members {
                guard let entry = known.entry(member.key) else {
                    let suggestion = ConfigurationSpelling.suggestion(for: member.key, among: known.spellings)
                    report("'\(member.key)' is not a rule" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                           at: member.keyRange, label: "unknown rule",
                           help: ["'tenderlint rules' lists every rule's id and name"],
                           fixIts: suggestion.map { [rename(member, to: $0)] } ?? [])
                    continue
                }
                let id = entry.identity.id
                if let reason = Self.fixedSeverities[id] {
                    report("\(id) cannot be configured: \(reason)", at: member.keyRange, label: "always reported as it is",
                           help: ["remove this line"])
                    continue
                }
                if let first = seen[id] {
                    report("\(id) is configured twice in this map", at: member.keyRange, label: "again here",
                           secondary: [Diagnostic.Label("first here", at: source.location(of: first.keyRange))],
                           help: ["merge the two entries: an id and a name are the same rule"])
                    continue
                }
                seen[id] = member
                if let rule = decodeRule(entry, member) { rules.append(rule) }
            }
        default:
            report("'rules' is a map of rule ids (or names) to severities, not \(value.kindName)", at: value.range,
                   help: ["write each rule on its own line, such as 'SV001: warning'"])
        }
        return rules
    }

    private mutating func decodeRule(_ entry: KnownRules.Entry, _ member: ConfigurationValue.Member) -> RuleConfiguration? {
        let id = entry.identity.id
        var rule = RuleConfiguration(ruleID: id, origin: origin(member.keyRange))
        switch member.value.kind {
        case .scalar:
            rule.severity = decodeSeverity(member.value)
            return rule.severity == nil ? nil : rule
        case .null, .sequence:
            report("\(id) needs a severity (off, info, warning or error) or a map of its severity and parameters, not \(member.value.kindName)",
                   at: member.value.kind.isNull ? member.keyRange : member.value.range,
                   help: ["such as '\(member.key): warning'"])
            return nil
        case .mapping(let fields):
            let parameterNames = entry.parameters.map(\.name)
            var scopeMember: ConfigurationValue.Member?
            var parameterMembers: [ConfigurationValue.Member] = []
            for field in fields {
                switch field.key {
                case "severity":
                    rule.severity = decodeSeverity(field.value)
                case "reason":
                    if let text = scalar(field.value, what: "'reason'", expecting: "text") {
                        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                            report("the reason is empty; say why, for the audit trail", at: field.value.range)
                        } else {
                            rule.reason = Sourced(text, from: origin(field.value.range))
                        }
                    }
                case "pointer", "path":
                    if let previous = scopeMember {
                        report("give either 'pointer' (a JSON Pointer) or 'path' (an XPath), not both", at: field.keyRange,
                               secondary: [Diagnostic.Label("'\(previous.key)' given here", at: source.location(of: previous.keyRange))])
                        continue
                    }
                    scopeMember = field
                    rule.scope = decodeScope(field)
                default:
                    guard let parameter = entry.parameters.first(where: { $0.name == field.key }) else {
                        let candidates = ConfigurationLoader.ruleKeys + parameterNames
                        let suggestion = ConfigurationSpelling.suggestion(for: field.key, among: candidates)
                        let takes = parameterNames.isEmpty ? "\(id) has no parameters"
                            : "\(id)'s parameters are " + parameterNames.joined(separator: ", ")
                        report("'\(field.key)' is not a parameter of \(id)" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                               at: field.keyRange, label: "unknown parameter",
                               notes: [takes, "a rule's map may also have: " + ConfigurationLoader.ruleKeys.joined(separator: ", ")],
                               fixIts: suggestion.map { [rename(field, to: $0)] } ?? [])
                        continue
                    }
                    parameterMembers.append(field)
                    if let value = decodeParameter(parameter, of: id, field.value) {
                        rule.parameters[parameter.name] = value
                    }
                }
            }
            if let scopeMember {
                if rule.severity == nil, !fields.contains(where: { $0.key == "severity" }) {
                    report("a rule limited to a document path needs a 'severity'", at: scopeMember.keyRange,
                           help: ["add 'severity: off' (or info, warning, error) beside '\(scopeMember.key)'"])
                }
                for parameter in parameterMembers {
                    report("parameters apply to whole documents, so they cannot be limited to a document path",
                           at: parameter.keyRange, label: "with '\(scopeMember.key)'",
                           help: ["set \(parameter.key) in an entry of \(id) without '\(scopeMember.key)'"])
                }
            }
            if fields.isEmpty {
                report("the map for \(id) is empty; give a severity or parameters", at: member.keyRange)
            }
            return rule
        }
    }

    private mutating func decodeSeverity(_ value: ConfigurationValue) -> Sourced<RuleSeverity>? {
        guard let text = scalar(value, what: "a severity", expecting: "off, info, warning or error") else { return nil }
        if let severity = RuleSeverity(rawValue: text) { return Sourced(severity, from: origin(value.range)) }
        let suggestion = ConfigurationSpelling.severity(for: text)
        report("'\(text)' is not a severity; write off, info, warning or error" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""),
               at: value.range, label: "unknown severity",
               fixIts: suggestion.map { [replace(value, with: $0.rawValue, "write '\($0.rawValue)'")] } ?? [])
        return nil
    }

    private mutating func decodeScope(_ member: ConfigurationValue.Member) -> Sourced<DocumentPathScope>? {
        let kind: DocumentPathScope.Kind = member.key == "pointer" ? .pointer : .path
        let what = kind == .pointer ? "a JSON Pointer, such as /tender/lots/0" : "an XPath, such as /ContractNotice/cac:ProcurementProjectLot[2]"
        guard let text = scalar(member.value, what: "'\(member.key)'", expecting: what) else { return nil }
        switch kind {
        case .pointer:
            guard text.isEmpty || text.hasPrefix("/") else {
                report("'\(text)' is not a JSON Pointer: it must start with '/', such as /tender/lots/0", at: member.value.range,
                       fixIts: [replace(member.value, with: "/" + text, "start it with '/'")])
                return nil
            }
            if let bad = text.firstRange(of: /~[^01]|~$/) {
                report("'\(text)' is not a JSON Pointer: '~' must be followed by 0 (for ~) or 1 (for /)", at: member.value.range,
                       label: "'\(text[bad])'")
                return nil
            }
        case .path:
            guard text.hasPrefix("/") else {
                report("'\(text)' is not a document path: it must start with '/', such as /ContractNotice/cac:ProcurementProjectLot[2]",
                       at: member.value.range, fixIts: [replace(member.value, with: "/" + text, "start it with '/'")])
                return nil
            }
            if text.contains("//") {
                report("'\(text)' has an empty step ('//'); write every step of the path from the root", at: member.value.range)
                return nil
            }
        }
        return Sourced(DocumentPathScope(kind, text), from: origin(member.value.range))
    }

    private mutating func decodeParameter(_ parameter: RuleParameter, of id: String, _ value: ConfigurationValue) -> Sourced<ParameterValue>? {
        let kind = parameter.defaultValue.kind
        guard let text = scalar(value, what: "'\(parameter.name)'", expecting: Self.example(of: parameter.defaultValue)) else { return nil }
        guard let parsed = parameter.defaultValue.parsingSameKind(text) else {
            report("'\(text)' is not \(Self.described(kind)) for \(id)'s \(parameter.name); write \(Self.example(of: parameter.defaultValue))",
                   at: value.range, label: "not \(Self.described(kind))",
                   notes: ["the default is \(parameter.defaultValue)"])
            return nil
        }
        if let problem = parameter.problem(with: parsed) {
            report("\(id): \(problem)", at: value.range, label: "out of range", notes: ["the default is \(parameter.defaultValue)"])
            return nil
        }
        return Sourced(parsed, from: origin(value.range))
    }

    private static func described(_ kind: String) -> String {
        switch kind {
        case "percent": "a percentage"
        case "pounds": "an amount of pounds"
        case "flag": "true or false"
        default: "a \(kind)"
        }
    }

    private static func example(of value: ParameterValue) -> String {
        switch value {
        case .percent: "a percentage such as 10 or 10%"
        case .pounds: "an amount such as 5000000 or £5,000,000"
        case .number: "a number such as 0.5"
        case .year: "a year such as 2045"
        case .date: "a date as YYYY-MM-DD"
        case .flag: "true or false"
        }
    }

    // MARK: Helpers

    private mutating func scalar(_ value: ConfigurationValue, what: String, expecting: String) -> String? {
        if let text = value.text { return text }
        report("\(what) must be \(expecting), not \(value.kindName)", at: value.range)
        return nil
    }

    /// A list's items; a single scalar counts as a list of one, nothing as an empty list.
    private mutating func list(_ value: ConfigurationValue, what: String, expecting: String) -> [ConfigurationValue] {
        switch value.kind {
        case .null: return []
        case .scalar: return [value]
        case .sequence(let items): return items
        case .mapping:
            report("\(what) must be \(expecting), not a map", at: value.range)
            return []
        }
    }

    private static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    private func origin(_ range: ByteRange) -> ConfigurationOrigin {
        let position = source.position(at: range.lowerBound)
        return ConfigurationOrigin(path: source.path, line: position.line, column: position.column)
    }

    /// The range of a character of a scalar's text as written (an approximation inside escapes).
    private func position(in value: ConfigurationValue, offset: Int) -> ByteRange {
        let written = source.text(in: value.range)
        let quoted = written.hasPrefix("\"") || written.hasPrefix("'")
        let text = value.text ?? ""
        let prefix = text.prefix(offset)
        let start = min(value.range.lowerBound + (quoted ? 1 : 0) + prefix.utf8.count, value.range.upperBound)
        let width = text.dropFirst(offset).first.map { String($0).utf8.count } ?? 0
        return ByteRange(start, min(start + width, value.range.upperBound))
    }

    private func rename(_ member: ConfigurationValue.Member, to name: String) -> Diagnostic.FixIt {
        Diagnostic.FixIt("rename it '\(name)'", replacing: source.location(of: member.keyTextRange), with: name)
    }

    /// A fix-it replacing a scalar, keeping its quotes when it had them.
    private func replace(_ value: ConfigurationValue, with text: String, _ summary: String) -> Diagnostic.FixIt {
        let written = source.text(in: value.range)
        var range = value.range
        if (written.hasPrefix("\"") || written.hasPrefix("'")) && range.count >= 2 {
            range = ByteRange(range.lowerBound + 1, range.upperBound - 1)
        }
        return Diagnostic.FixIt(summary, replacing: source.location(of: range), with: text)
    }

    private mutating func report(_ message: String, at range: ByteRange, label: String? = nil, secondary: [Diagnostic.Label] = [],
                                 notes: [String] = [], help: [String] = [], fixIts: [Diagnostic.FixIt] = []) {
        diagnostics.append(ConfigurationYAML.error(message, at: range, in: source, label: label, secondary: secondary,
                                                   notes: notes, help: help, fixIts: fixIts))
    }
}

extension ConfigurationValue.Kind {
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    var isMapping: Bool {
        if case .mapping = self { return true }
        return false
    }
}
