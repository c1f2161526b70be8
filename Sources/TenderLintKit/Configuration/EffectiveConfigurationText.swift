import Foundation

/// The effective configuration as YAML-like text: each value with the place that set it.
public struct EffectiveConfigurationText: Sendable {
    public let known: KnownRules

    public init(known: KnownRules) {
        self.known = known
    }

    /// What a folder's configuration leaves out of a walk: its `exclude` (nil: the defaults) and `extend-exclude`.
    public typealias Exclusions = (exclude: [ConfigurationExclusion]?, extendExclude: [ConfigurationExclusion])

    /// `exclusions`, where given, are shown after the catalogues (`(nil, [])` where no configuration applies:
    /// the defaults).
    public func render(_ settings: FileSettings, exclusions: Exclusions? = nil) -> String {
        var lines = ["# effective configuration for \(settings.file)"]
        if let first = settings.configurationFiles.first {
            let bases = settings.configurationFiles.dropFirst()
            lines.append("# configuration: \(first)" + (bases.isEmpty ? "" : ", extending " + bases.joined(separator: ", ")))
        } else {
            lines.append("# no \(Configuration.fileName) applies (none in its folder or a parent up to the repository root)")
        }
        lines.append(line("profile", settings.profile.map { ($0.value.rawValue, $0.origin) }, default: ("null", "default: each document says who its buyer is")))
        lines.append("policies:  # unconfirmed policies are off unless turned on (see docs/policies.md)")
        for policy in known.policies {
            if let configured = settings.policies[policy.id] {
                lines.append("  \(policy.id): \(configured.value ? "on" : "off")  # from \(configured.origin)")
            } else {
                lines.append("  \(policy.id): \(policy.status == .unconfirmed ? "off" : "on")  # default\(policy.status == .unconfirmed ? ": unconfirmed" : "")")
            }
        }
        lines.append(line("as-of", settings.asOf.map { ($0.value.description, $0.origin) }, default: ("null", "default: each document's own dates, then today")))

        if settings.catalogues.isEmpty {
            lines.append("catalogues: []  # default: the shipped catalogues only")
        } else {
            lines.append("catalogues:")
            for catalogue in settings.catalogues {
                lines.append("  - \(Self.scalar(catalogue.value))  # from \(catalogue.origin)")
            }
        }
        if let exclusions { lines += Self.exclusionLines(exclusions) }

        if let summary = settings.selectionSummary {
            lines.append("# rules chosen on the command line (\(summary)) beat the configuration's; \(RuleSelection.alwaysOn.sorted().joined(separator: ", ")) always run")
        }
        lines.append("rules:")
        for entry in known.entries {
            let configured = settings.rules[entry.identity.id]
            guard entry.defaultSeverity != nil || configured != nil else { continue }
            lines.append("  \(entry.identity.id):  # \(entry.identity.name)")
            if let choice = configured?.selection {
                lines.append(Self.severityLine(choice, configured: configured?.severity, own: entry.defaultSeverity))
            } else if let severity = configured?.severity {
                lines.append("    severity: \(severity.value)  # from \(severity.origin)")
            } else if let severity = entry.defaultSeverity {
                lines.append("    severity: \(severity.rawValue)  # default")
            } else {
                lines.append("    severity: null  # default: as the check reports")
            }
            if let reason = configured?.reason {
                lines.append("    reason: \(Self.quoted(reason.value))  # from \(reason.origin)")
            }
            for parameter in entry.parameters {
                if let value = configured?.parameters[parameter.name] {
                    lines.append("    \(parameter.name): \(Self.scalar(value.value.description))  # from \(value.origin)")
                } else {
                    lines.append("    \(parameter.name): \(Self.scalar(parameter.defaultValue.description))  # default")
                }
            }
        }

        if !settings.scopedSeverities.isEmpty {
            lines.append("# severities limited to part of the document; the last that matches a finding wins")
            lines.append("document-paths:")
            for scoped in settings.scopedSeverities {
                let name = known.entry(id: scoped.ruleID)?.identity.name ?? ""
                lines.append("  - rule: \(scoped.ruleID)  # \(name)")
                lines.append("    \(scoped.scope.value.kind.rawValue): \(Self.scalar(scoped.scope.value.prefix))  # from \(scoped.scope.origin)")
                lines.append("    severity: \(scoped.severity.value)  # from \(scoped.severity.origin)")
                if let choice = settings.rules[scoped.ruleID]?.selection, !choice.runs {
                    lines.append("    # not applied: \(choice) turns \(scoped.ruleID) off everywhere")
                }
                if let reason = scoped.reason {
                    lines.append("    reason: \(Self.quoted(reason.value))  # from \(reason.origin)")
                }
            }
        }

        lines.append("limits:  # per document (see docs/limits.md)")
        for key in DocumentLimitKey.allCases {
            if let configured = settings.limits[key] {
                lines.append("  \(key.rawValue): \(configured.value)  # from \(configured.origin)")
            } else {
                lines.append("  \(key.rawValue): \(key.defaultValue)  # default")
            }
        }

        let categories = Vocabulary.Category.allCases.filter { !(settings.vocabulary[$0] ?? []).isEmpty }
        if categories.isEmpty {
            lines.append("vocabulary: {}  # default: tenderlint's own phrases only")
        } else {
            lines.append("# phrases added to tenderlint's own")
            lines.append("vocabulary:")
            for category in categories {
                lines.append("  \(category.rawValue):")
                for phrase in settings.vocabulary[category] ?? [] {
                    lines.append("    - \(Self.quoted(phrase.value))  # from \(phrase.origin)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A rule's severity when the command line decides whether it runs: off, or the configuration's severity
    /// (its own when the configuration turned it off).
    private static func severityLine(_ choice: RuleSelection.Choice, configured: Sourced<RuleSeverity>?, own: Severity?) -> String {
        guard choice.runs else { return "    severity: off  # \(choice)" }
        if let configured, configured.value != .off {
            return "    severity: \(configured.value)  # from \(configured.origin); runs by \(choice)"
        }
        let overriding = configured.map { ", over off from \($0.origin)" } ?? ""
        return "    severity: \(own?.rawValue ?? "null")  # \(choice)\(overriding)"
    }

    /// `exclude` and `extend-exclude` as the folder's configuration sets them (globs relative to the file that
    /// wrote them), or the defaults.
    private static func exclusionLines(_ exclusions: Exclusions) -> [String] {
        var lines: [String] = []
        if let exclude = exclusions.exclude {
            lines.append(exclude.isEmpty ? "exclude: []  # from the configuration: nothing left out by default" : "exclude:")
            lines += exclude.map { "  - \(scalar($0.glob.value.description))  # from \($0.glob.origin)" }
        } else {
            lines.append("exclude:  # default: folders that never hold tenders")
            lines += ConfigurationExclusion.defaultGlobs.map { "  - \(scalar($0))" }
        }
        let extend = exclusions.extendExclude
        if extend.isEmpty {
            lines.append("extend-exclude: []  # default")
        } else {
            lines.append("extend-exclude:")
            lines += extend.map { "  - \(scalar($0.glob.value.description))  # from \($0.glob.origin)" }
        }
        return lines
    }

    private func line(_ key: String, _ value: (String, ConfigurationOrigin)?, default fallback: (String, String)) -> String {
        guard let (text, origin) = value else { return "\(key): \(fallback.0)  # \(fallback.1)" }
        return "\(key): \(Self.scalar(text))  # from \(origin)"
    }

    /// Plain when YAML would read it back as the same text, else double-quoted.
    public static func scalar(_ text: String) -> String {
        let special = text.isEmpty || text.contains(": ") || text.contains(" #") || text.hasSuffix(":")
            || text.first.map { "!&*-?[]{}|>'\"%@`#,".contains($0) || $0 == " " } == true
            || text.last == " "
        return special ? quoted(text) : text
    }

    public static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text.unicodeScalars {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if character.value < 0x20 {
                    result += "\\x" + String(character.value, radix: 16, uppercase: true).leftPadded(to: 2)
                } else {
                    result.unicodeScalars.append(character)
                }
            }
        }
        return result + "\""
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
