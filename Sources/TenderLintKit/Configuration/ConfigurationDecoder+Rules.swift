import Foundation

/// The `rules:` map: severities, parameters and document-path scopes, by rule id or name.
extension ConfigurationDecoder {
    mutating func decodeRules(_ value: Node) -> [RuleConfiguration] {
        var rules: [RuleConfiguration] = []
        switch value.kind {
        case .null: return []
        case .object:
            var seen: [String: Node] = [:]
            for member in value.children {
                guard let entry = known.entry(member.keyName) else {
                    let suggestion = ConfigurationSpelling.suggestion(for: member.keyName, among: known.spellings)
                    report("'\(member.keyName)' is not a rule" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                           at: member.keyRange, label: "unknown rule",
                           help: ["'tenderlint rules' lists every rule's id and name"],
                           fixIts: suggestion.map { [rename(member, to: $0)] } ?? [])
                    continue
                }
                let id = entry.identity.id
                // Checks about the run itself: refused where written rather than accepted and ignored.
                if let reason = BuiltInChecks.check(entry.identity)?.unconfigurableBecause {
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
            report("'rules' is a map of rule ids (or names) to severities, not \(Self.kindName(value))", at: value.headRange,
                   help: ["write each rule on its own line, such as 'SV001: warning'"])
        }
        return rules
    }

    private mutating func decodeRule(_ entry: KnownRules.Entry, _ member: Node) -> RuleConfiguration? {
        let id = entry.identity.id
        var rule = RuleConfiguration(ruleID: id, origin: origin(member.keyRange))
        switch member.kind {
        case .null, .array:
            report("\(id) needs a severity (off, info, warning or error) or a map of its severity and parameters, not \(Self.kindName(member))",
                   at: member.kind == .null ? member.keyRange : member.headRange,
                   help: ["such as '\(member.keyName): warning'"])
            return nil
        case .object:
            let fields = member.children
            let parameterNames = entry.parameters.map(\.name)
            var scopeMember: Node?
            var parameterMembers: [Node] = []
            for field in fields {
                switch field.keyName {
                case "severity":
                    rule.severity = decodeSeverity(field)
                case "reason":
                    if let text = scalar(field, what: "'reason'", expecting: "text") {
                        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                            report("the reason is empty; say why, for the audit trail", at: field.headRange)
                        } else {
                            rule.reason = Sourced(text, from: origin(field.headRange))
                        }
                    }
                case "pointer", "path":
                    if let previous = scopeMember {
                        report("give either 'pointer' (a JSON Pointer) or 'path' (an XPath), not both", at: field.keyRange,
                               secondary: [Diagnostic.Label("'\(previous.keyName)' given here", at: source.location(of: previous.keyRange))])
                        continue
                    }
                    scopeMember = field
                    rule.scope = decodeScope(field)
                default:
                    guard let parameter = entry.parameters.first(where: { $0.name == field.keyName }) else {
                        let candidates = ConfigurationLoader.ruleKeys + parameterNames
                        let suggestion = ConfigurationSpelling.suggestion(for: field.keyName, among: candidates)
                        let takes = parameterNames.isEmpty ? "\(id) has no parameters"
                            : "\(id)'s parameters are " + parameterNames.joined(separator: ", ")
                        report("'\(field.keyName)' is not a parameter of \(id)" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                               at: field.keyRange, label: "unknown parameter",
                               notes: [takes, "a rule's map may also have: " + ConfigurationLoader.ruleKeys.joined(separator: ", ")],
                               fixIts: suggestion.map { [rename(field, to: $0)] } ?? [])
                        continue
                    }
                    parameterMembers.append(field)
                    if let value = decodeParameter(parameter, of: id, field) {
                        rule.parameters[parameter.name] = value
                    }
                }
            }
            if let scopeMember {
                if rule.severity == nil, !fields.contains(where: { $0.key == "severity" }) {
                    report("a rule limited to a document path needs a 'severity'", at: scopeMember.keyRange,
                           help: ["add 'severity: off' (or info, warning, error) beside '\(scopeMember.keyName)'"])
                }
                for parameter in parameterMembers {
                    report("parameters apply to whole documents, so they cannot be limited to a document path",
                           at: parameter.keyRange, label: "with '\(scopeMember.keyName)'",
                           help: ["set \(parameter.keyName) in an entry of \(id) without '\(scopeMember.keyName)'"])
                }
            }
            if fields.isEmpty {
                report("the map for \(id) is empty; give a severity or parameters", at: member.keyRange)
            }
            return rule
        default:
            rule.severity = decodeSeverity(member)
            return rule.severity == nil ? nil : rule
        }
    }

    private mutating func decodeSeverity(_ value: Node) -> Sourced<RuleSeverity>? {
        guard let text = scalar(value, what: "a severity", expecting: "off, info, warning or error") else { return nil }
        if let severity = RuleSeverity(rawValue: text) { return Sourced(severity, from: origin(value.headRange)) }
        let suggestion = ConfigurationSpelling.severity(for: text)
        report("'\(text)' is not a severity; write off, info, warning or error" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""),
               at: value.headRange, label: "unknown severity",
               fixIts: suggestion.map { [replace(value, with: $0.rawValue, "write '\($0.rawValue)'")] } ?? [])
        return nil
    }

    private mutating func decodeScope(_ member: Node) -> Sourced<DocumentPathScope>? {
        let kind: DocumentPathScope.Kind = member.keyName == "pointer" ? .pointer : .path
        let what = kind == .pointer ? "a JSON Pointer, such as /tender/lots/0" : "an XPath, such as /ContractNotice/cac:ProcurementProjectLot[2]"
        guard let text = scalar(member, what: "'\(member.keyName)'", expecting: what) else { return nil }
        switch kind {
        case .pointer:
            guard text.isEmpty || text.hasPrefix("/") else {
                report("'\(text)' is not a JSON Pointer: it must start with '/', such as /tender/lots/0", at: member.headRange,
                       fixIts: [replace(member, with: "/" + text, "start it with '/'")])
                return nil
            }
            if let bad = text.firstRange(of: /~[^01]|~$/) {
                report("'\(text)' is not a JSON Pointer: '~' must be followed by 0 (for ~) or 1 (for /)", at: member.headRange,
                       label: "'\(text[bad])'")
                return nil
            }
        case .path:
            guard text.hasPrefix("/") else {
                report("'\(text)' is not a document path: it must start with '/', such as /ContractNotice/cac:ProcurementProjectLot[2]",
                       at: member.headRange, fixIts: [replace(member, with: "/" + text, "start it with '/'")])
                return nil
            }
            if text.contains("//") {
                report("'\(text)' has an empty step ('//'); write every step of the path from the root", at: member.headRange)
                return nil
            }
        }
        return Sourced(DocumentPathScope(kind, text), from: origin(member.headRange))
    }

    private mutating func decodeParameter(_ parameter: RuleParameter, of id: String, _ value: Node) -> Sourced<ParameterValue>? {
        let kind = parameter.defaultValue.kind
        guard let text = scalar(value, what: "'\(parameter.name)'", expecting: Self.example(of: parameter.defaultValue)) else { return nil }
        guard let parsed = parameter.defaultValue.parsingSameKind(text) else {
            report("'\(text)' is not \(Self.described(kind)) for \(id)'s \(parameter.name); write \(Self.example(of: parameter.defaultValue))",
                   at: value.headRange, label: "not \(Self.described(kind))",
                   notes: ["the default is \(parameter.defaultValue)"])
            return nil
        }
        if let problem = parameter.problem(with: parsed) {
            report("\(id): \(problem)", at: value.headRange, label: "out of range", notes: ["the default is \(parameter.defaultValue)"])
            return nil
        }
        return Sourced(parsed, from: origin(value.headRange))
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
}
