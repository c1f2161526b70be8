import Foundation

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

    mutating func decode(_ root: Node) -> Configuration {
        var configuration = Configuration(path: source.path, absolutePath: absolutePath)
        if root.kind == .null { return configuration }
        guard root.kind == .object else {
            report("a configuration is a map of keys such as 'profile' and 'rules', not \(Self.kindName(root))", at: root.headRange,
                   notes: ["the keys are " + ConfigurationLoader.topLevelKeys.joined(separator: ", ")])
            return configuration
        }
        let fields = checkKeys(root.children, allowed: ConfigurationLoader.topLevelKeys, what: "a configuration")
        if let member = fields["extends"] { configuration.extends = decodeExtends(member) }
        configuration.settings.profile = fields["profile"].flatMap { decodeProfile($0) }
        configuration.settings.policies = fields["policies"].map { decodePolicies($0) } ?? [:]
        configuration.settings.asOf = fields["as-of"].flatMap { decodeDate($0) }
        configuration.settings.rules = fields["rules"].map { decodeRules($0) } ?? []
        configuration.settings.catalogues = fields["catalogues"].map { decodeCatalogues($0) } ?? []
        configuration.settings.vocabulary = fields["vocabulary"].map { decodeVocabulary($0) } ?? [:]
        configuration.settings.limits = fields["limits"].map { decodeLimits($0) } ?? [:]
        configuration.overrides = fields["overrides"].map { decodeOverrides($0) } ?? []
        configuration.exclude = fields["exclude"].map { decodeGlobs($0, what: "'exclude'") }
        configuration.extendExclude = fields["extend-exclude"].map { decodeGlobs($0, what: "'extend-exclude'") } ?? []
        return configuration
    }

    // MARK: Keys

    private mutating func checkKeys(_ members: [Node], allowed: [String], what: String,
                                    elsewhere: [String: String] = [:]) -> [String: Node] {
        var fields: [String: Node] = [:]
        for member in members {
            if allowed.contains(member.keyName) {
                fields[member.keyName] = member
                continue
            }
            if let place = elsewhere[member.keyName] {
                report("'\(member.keyName)' cannot be set in \(what); \(place)", at: member.keyRange, label: "not allowed here")
                continue
            }
            let suggestion = ConfigurationSpelling.suggestion(for: member.keyName, among: allowed)
            report("'\(member.keyName)' is not a key of \(what)" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                   at: member.keyRange, label: "unknown key",
                   notes: ["\(what) may have: " + allowed.joined(separator: ", ")],
                   fixIts: suggestion.map { [rename(member, to: $0)] } ?? [])
        }
        return fields
    }

    // MARK: Values

    private mutating func decodeProfile(_ value: Node) -> Sourced<Profile>? {
        if value.kind == .null { return nil }
        guard let text = scalar(value, what: "'profile'", expecting: "a profile name") else { return nil }
        if let profile = Profile(rawValue: text) { return Sourced(profile, from: origin(value.headRange)) }
        let names = Profile.allCases.map(\.rawValue)
        let suggestion = ConfigurationSpelling.suggestion(for: text, among: names)
        report("'\(text)' is not a profile" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), at: value.headRange,
               label: "unknown profile", notes: ["the profiles are " + names.joined(separator: ", ")],
               fixIts: suggestion.map { [replace(value, with: $0, "write '\($0)'")] } ?? [])
        return nil
    }

    /// `policies: { ppn-026: on, nhs-nzc-below-threshold-2026: true }`: policies turned on or off by id.
    private mutating func decodePolicies(_ value: Node) -> [String: Sourced<Bool>] {
        var result: [String: Sourced<Bool>] = [:]
        if value.kind == .null { return result }
        let ids = known.policies.map(\.id)
        guard value.kind == .object else {
            report("'policies' is a map of policy ids to on or off, such as 'ppn-026: on', not \(Self.kindName(value))", at: value.headRange,
                   notes: ["the policies are " + ids.joined(separator: ", ")])
            return result
        }
        for member in value.children {
            guard ids.contains(member.keyName) else {
                let suggestion = ConfigurationSpelling.suggestion(for: member.keyName, among: ids)
                report("'\(member.keyName)' is not a policy" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), at: member.keyRange,
                       label: "unknown policy", notes: ["the policies are " + ids.joined(separator: ", ") + " (see docs/policies.md)"],
                       fixIts: suggestion.map { [rename(member, to: $0)] } ?? [])
                continue
            }
            guard let text = scalar(member, what: "'\(member.keyName)'", expecting: "on or off") else { continue }
            switch text.lowercased() {
            case "on", "true", "yes": result[member.keyName] = Sourced(true, from: origin(member.headRange))
            case "off", "false", "no": result[member.keyName] = Sourced(false, from: origin(member.headRange))
            default:
                report("'\(member.keyName)' takes on or off, not '\(text)'", at: member.headRange, label: "not on or off")
            }
        }
        return result
    }

    private mutating func decodeDate(_ value: Node) -> Sourced<CalendarDate>? {
        if value.kind == .null { return nil }
        guard let text = scalar(value, what: "'as-of'", expecting: "a date") else { return nil }
        if text.count == 10, let date = CalendarDate(iso: text) { return Sourced(date, from: origin(value.headRange)) }
        report("'\(text)' is not a date; write it as YYYY-MM-DD, such as 2026-04-01", at: value.headRange, label: "not a date")
        return nil
    }

    private mutating func decodeExtends(_ value: Node) -> [ConfigurationExtension] {
        var items: [Node] = []
        switch value.kind {
        case .null: return []
        case .array: items = value.children
        case .object:
            report("'extends' takes a built-in profile or a path (or a list of them), not a map", at: value.headRange)
            return []
        default: items = [value]
        }
        var bases: [ConfigurationExtension] = []
        for item in items {
            guard let text = scalar(item, what: "an entry of 'extends'", expecting: "a built-in profile or a path") else { continue }
            if let profile = Profile(rawValue: text) {
                bases.append(ConfigurationExtension(base: .profile(profile), origin: origin(item.headRange), location: source.location(of: item.headRange)))
                continue
            }
            let path = ConfigurationPaths.absolute(text, base: directory)
            if Self.isFile(path) {
                bases.append(ConfigurationExtension(base: .file(path), origin: origin(item.headRange), location: source.location(of: item.headRange)))
                continue
            }
            let looksLikePath = text.contains("/") || text.hasSuffix(".yml") || text.hasSuffix(".yaml")
            let suggestion = looksLikePath ? nil : ConfigurationSpelling.suggestion(for: text, among: Profile.allCases.map(\.rawValue))
            if let suggestion {
                report("'\(text)' is neither a built-in profile nor a file; did you mean '\(suggestion)'?", at: item.headRange,
                       label: "unknown profile", fixIts: [replace(item, with: suggestion, "write '\(suggestion)'")])
            } else {
                report("the configuration '\(text)' that this file extends does not exist", at: item.headRange, label: "no such file",
                       notes: ["looked for \(ConfigurationPaths.display(path, workingDirectory: workingDirectory))"],
                       help: ["'extends' takes a built-in profile (" + Profile.allCases.map(\.rawValue).joined(separator: ", ")
                              + ") or a path relative to this file"])
            }
        }
        return bases
    }

    private mutating func decodeCatalogues(_ value: Node) -> [Sourced<String>] {
        var catalogues: [Sourced<String>] = []
        for item in list(value, what: "'catalogues'", expecting: "a list of catalogue files") {
            guard let text = scalar(item, what: "a catalogue", expecting: "a path") else { continue }
            let path = ConfigurationPaths.absolute(text, base: directory)
            let shown = ConfigurationPaths.display(path, workingDirectory: workingDirectory)
            guard CatalogueFormat(path: text) != nil else {
                report("'\(text)' is not a catalogue file tenderlint reads (it reads .json, .yaml and .yml)", at: item.headRange)
                continue
            }
            guard Self.isFile(path) else {
                report("the catalogue '\(text)' does not exist", at: item.headRange, label: "no such file",
                       notes: ["looked for \(shown)", "paths are relative to the configuration file"])
                continue
            }
            catalogues.append(Sourced(shown, from: origin(item.headRange)))
        }
        return catalogues
    }

    private mutating func decodeVocabulary(_ value: Node) -> [Vocabulary.Category: [Sourced<String>]] {
        var vocabulary: [Vocabulary.Category: [Sourced<String>]] = [:]
        let names = Vocabulary.Category.allCases.map(\.rawValue)
        switch value.kind {
        case .null: return [:]
        case .object:
            for member in value.children {
                guard let category = Vocabulary.Category(rawValue: member.keyName) else {
                    let suggestion = ConfigurationSpelling.suggestion(for: member.keyName, among: names)
                    report("'\(member.keyName)' is not a vocabulary category" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                           at: member.keyRange, label: "unknown category", notes: ["the categories are " + names.joined(separator: ", ")],
                           fixIts: suggestion.map { [rename(member, to: $0)] } ?? [])
                    continue
                }
                for item in list(member, what: "'\(member.keyName)'", expecting: "a list of phrases") {
                    guard let phrase = scalar(item, what: "a phrase", expecting: "text") else { continue }
                    let trimmed = phrase.trimmingCharacters(in: .whitespacesAndNewlines)
                    guard trimmed.count >= 3 else {
                        report("the phrase '\(phrase)' is too short: a phrase of fewer than 3 characters would match almost any text",
                               at: item.headRange, label: "too short")
                        continue
                    }
                    vocabulary[category, default: []].append(Sourced(trimmed, from: origin(item.headRange)))
                }
            }
        default:
            report("'vocabulary' is a map of categories to lists of phrases, not \(Self.kindName(value))", at: value.headRange,
                   notes: ["the categories are " + names.joined(separator: ", ")])
        }
        return vocabulary
    }

    private mutating func decodeLimits(_ value: Node) -> [DocumentLimitKey: Sourced<Int>] {
        var limits: [DocumentLimitKey: Sourced<Int>] = [:]
        let names = DocumentLimitKey.allCases.map(\.rawValue)
        switch value.kind {
        case .null: return [:]
        case .object:
            for member in value.children {
                guard let key = DocumentLimitKey(rawValue: member.keyName) else {
                    let suggestion = ConfigurationSpelling.suggestion(for: member.keyName, among: names)
                    report("'\(member.keyName)' is not a limit" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                           at: member.keyRange, label: "unknown limit", notes: ["the limits are " + names.joined(separator: ", ")],
                           fixIts: suggestion.map { [rename(member, to: $0)] } ?? [])
                    continue
                }
                guard let text = scalar(member, what: "'\(member.keyName)'", expecting: "a whole number") else { continue }
                let digits = text.filter { $0 != "_" && $0 != "," }
                guard let number = Int(digits), number >= key.minimum else {
                    report("'\(member.keyName)' must be a whole number of at least \(key.minimum), not '\(text)'", at: member.headRange,
                           label: "not a limit", help: ["the default is \(key.defaultValue); see docs/limits.md"])
                    continue
                }
                limits[key] = Sourced(number, from: origin(member.headRange))
            }
        default:
            report("'limits' is a map of limits (\(names.joined(separator: ", "))) to whole numbers, not \(Self.kindName(value))",
                   at: value.headRange)
        }
        return limits
    }

    private mutating func decodeOverrides(_ value: Node) -> [ConfigurationOverride] {
        var overrides: [ConfigurationOverride] = []
        let topOnly = ["catalogues": "set it at the top level of the file", "vocabulary": "set it at the top level of the file",
                       "limits": "set it at the top level of the file",
                       "exclude": "set it at the top level of the file", "extend-exclude": "set it at the top level of the file",
                       "extends": "set it at the top level of the file", "overrides": "overrides do not nest"]
        for item in list(value, what: "'overrides'", expecting: "a list of overrides") {
            guard item.kind == .object else {
                report("an override is a map with 'files' and the settings for them, not \(Self.kindName(item))", at: item.headRange)
                continue
            }
            let fields = checkKeys(item.children, allowed: ConfigurationLoader.overrideKeys, what: "an override", elsewhere: topOnly)
            var files: [Sourced<GlobPattern>] = []
            if let member = fields["files"] {
                if member.kind != .object, list(member, what: "'files'", expecting: "a list of globs").isEmpty {
                    report("'files' is empty, so the override applies to nothing", at: member.headRange,
                           help: ["name the files it is for with globs, relative to this file"])
                }
                files = decodeGlobs(member, what: "'files'")
            } else {
                report("this override has no 'files', so it applies to nothing", at: item.headRange, label: "'files' missing",
                       help: ["add 'files: [\"glob\", …]' naming the files it is for, relative to this file"])
            }
            var settings = ConfigurationLayer()
            settings.profile = fields["profile"].flatMap { decodeProfile($0) }
            settings.policies = fields["policies"].map { decodePolicies($0) } ?? [:]
            settings.asOf = fields["as-of"].flatMap { decodeDate($0) }
            settings.rules = fields["rules"].map { decodeRules($0) } ?? []
            overrides.append(ConfigurationOverride(files: files, directory: directory, origin: origin(item.headRange), settings: settings))
        }
        return overrides
    }

    /// A list of globs, each checked; `exclude`, `extend-exclude` and an override's `files`.
    mutating func decodeGlobs(_ value: Node, what: String) -> [Sourced<GlobPattern>] {
        var globs: [Sourced<GlobPattern>] = []
        for glob in list(value, what: what, expecting: "a list of globs") {
            guard let text = scalar(glob, what: "a glob", expecting: "text") else { continue }
            do {
                globs.append(Sourced(try GlobPattern(text), from: origin(glob.headRange)))
            } catch {
                report("the glob '\(text)' cannot be used: \(error.message)", at: position(in: glob, offset: error.offset), label: error.message)
            }
        }
        return globs
    }

    // MARK: Helpers

    /// What a value is, for messages.
    static func kindName(_ value: Node) -> String {
        switch value.kind {
        case .null: "nothing"
        case .object: "a map"
        case .array: "a list"
        default: "text"
        }
    }

    mutating func scalar(_ value: Node, what: String, expecting: String) -> String? {
        if let text = value.scalarText { return text }
        report("\(what) must be \(expecting), not \(Self.kindName(value))", at: value.headRange)
        return nil
    }

    /// A list's items; a single scalar counts as a list of one, nothing as an empty list.
    private mutating func list(_ value: Node, what: String, expecting: String) -> [Node] {
        switch value.kind {
        case .null: return []
        case .array: return value.children
        case .object:
            report("\(what) must be \(expecting), not a map", at: value.headRange)
            return []
        default: return [value]
        }
    }

    private static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    func origin(_ range: ByteRange) -> ConfigurationOrigin {
        let position = source.position(at: range.lowerBound)
        return ConfigurationOrigin(path: source.path, line: position.line, column: position.column)
    }

    /// The range of a character of a scalar's text as written (an approximation inside escapes).
    private func position(in value: Node, offset: Int) -> ByteRange {
        let text = value.scalarText ?? ""
        let prefix = text.prefix(offset)
        let start = min(value.headRange.lowerBound + (value.isQuoted ? 1 : 0) + prefix.utf8.count, value.headRange.upperBound)
        let width = text.dropFirst(offset).first.map { String($0).utf8.count } ?? 0
        return ByteRange(start, min(start + width, value.headRange.upperBound))
    }

    func rename(_ member: Node, to name: String) -> Diagnostic.FixIt {
        Diagnostic.FixIt("rename it '\(name)'", .safe, replacing: source.location(of: member.keyTextRange), with: name)
    }

    /// A fix-it replacing a scalar, keeping its quotes when it had them.
    func replace(_ value: Node, with text: String, _ summary: String) -> Diagnostic.FixIt {
        Diagnostic.FixIt(summary, .safe, replacing: source.location(of: value.unquotedRange), with: text)
    }

    mutating func report(_ message: String, at range: ByteRange, label: String? = nil, secondary: [Diagnostic.Label] = [],
                                 notes: [String] = [], help: [String] = [], fixIts: [Diagnostic.FixIt] = []) {
        diagnostics.append(Diagnostic(ConfigurationRule.invalidConfiguration, .error, message, at: source.location(of: range),
                                      label: label, secondary: secondary, notes: notes, help: help, fixIts: fixIts))
    }
}
