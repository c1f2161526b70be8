/// `results`: one per finding, its first sentence as the alert title, the rest (notes, help, policy) in
/// `message.markdown` and `properties`, and locations relative to `%SRCROOT%` when a root is given.
extension SARIFReporter {
    /// `baselineState` is given only when a baseline was compared (`comparedWithBaseline`).
    func result(_ entry: Entry, ruleIndex: Int?, fingerprint: String, lineHash: String, comparedWithBaseline: Bool) -> JSONWriter.Value {
        let diagnostic = entry.diagnostic
        var members: [(String, JSONWriter.Value)] = [("ruleId", .string(diagnostic.ruleID))]
        if let ruleIndex {
            members.append(("ruleIndex", ReportJSON.integer(ruleIndex)))
        }
        var message: [(String, JSONWriter.Value)] = [("text", .string(Self.messageText(diagnostic)))]
        let markdown = Self.messageMarkdown(diagnostic)
        if markdown != Self.messageText(diagnostic) {
            message.append(("markdown", .string(markdown)))
        }
        members += [
            ("level", .string(Self.level(diagnostic.severity))),
            ("message", .object(message)),
            ("locations", .array([.object([("physicalLocation", physicalLocation(diagnostic.location))])])),
        ]
        if !diagnostic.secondary.isEmpty {
            members.append(("relatedLocations", .array(diagnostic.secondary.enumerated().map { index, label in
                .object([
                    ("id", ReportJSON.integer(index + 1)),
                    ("physicalLocation", physicalLocation(label.location)),
                    ("message", .object([("text", .string(label.message))])),
                ])
            })))
        }
        members.append(("partialFingerprints", .object([
            (Self.fingerprintKey, .string(fingerprint)),
            (Self.lineHashKey, .string(lineHash)),
        ])))
        switch entry.state {
        case .new:
            if comparedWithBaseline { members.append(("baselineState", .string("new"))) }
        case .baselined:
            members.append(("baselineState", .string("unchanged")))
        case let .suppressed(reason, inSource):
            members.append(("suppressions", .array([.object([
                ("kind", .string(inSource ? "inSource" : "external")),
                ("status", .string("accepted")),
                ("justification", .string(reason)),
            ])])))
        }
        if !diagnostic.fixIts.isEmpty {
            // Each fix-it is one complete way to resolve the finding: one fix, with every edit it makes.
            members.append(("fixes", .array(diagnostic.fixIts.map { fixIt in
                fix(fixIt.summary, edits: fixIt.edits.map { ($0.location, $0.replacement) }, applicability: fixIt.applicability)
            })))
        }
        members += properties(diagnostic)
        return .object(members)
    }

    /// One SARIF fix: its edits grouped by file, in the order given, each file's replacements together.
    /// SARIF has no fix safety, so an unsafe fix says so in its property bag (a safe one has none).
    func fix(_ summary: String, edits: [(location: SourceLocation, replacement: String)],
             applicability: Diagnostic.FixIt.Applicability) -> JSONWriter.Value {
        var files: [String] = []
        var byFile: [String: [JSONWriter.Value]] = [:]
        for edit in edits {
            let path = edit.location.path
            if byFile[path] == nil { files.append(path) }
            byFile[path, default: []].append(.object([
                ("deletedRegion", Self.region(edit.location)),
                ("insertedContent", .object([("text", .string(edit.replacement))])),
            ]))
        }
        var members: [(String, JSONWriter.Value)] = [
            ("description", .object([("text", .string(ReportText.plain(summary)))])),
            ("artifactChanges", .array(files.map { path in
                .object([("artifactLocation", artifactLocation(path)), ("replacements", .array(byFile[path] ?? []))])
            })),
        ]
        if let reason = applicability.reason {
            members.append(("properties", .object([("applicability", .string("unsafe")), ("unsafeBecause", .string(ReportText.plain(reason)))])))
        }
        return .object(members)
    }

    private func properties(_ diagnostic: Diagnostic) -> [(String, JSONWriter.Value)] {
        var properties: [(String, JSONWriter.Value)] = []
        if let documentPath = diagnostic.documentPath {
            properties.append(("documentPath", .string(documentPath)))
        }
        if let label = diagnostic.label {
            properties.append(("label", .string(label)))
        }
        if !diagnostic.notes.isEmpty {
            properties.append(("notes", .array(diagnostic.notes.map { .string($0) })))
        }
        if !diagnostic.help.isEmpty {
            properties.append(("help", .array(diagnostic.help.map { .string($0) })))
        }
        if let policy = diagnostic.policy {
            properties.append(("policy", .object([("name", .string(policy.shortName)), ("detail", ReportJSON.optionalString(policy.detail))])))
        }
        if diagnostic.omitted > 0 {
            // Findings of the same rule and document folded into this one (docs/limits.md).
            properties.append(("omitted", ReportJSON.integer(diagnostic.omitted)))
        }
        return properties.isEmpty ? [] : [("properties", .object(properties))]
    }

    /// The alert title GitHub shows: the message's first sentence, in plain text.
    static func messageText(_ diagnostic: Diagnostic) -> String {
        ReportText.firstSentence(ReportText.plain(diagnostic.message))
    }

    /// The whole message, then its notes, help and policy, as Markdown.
    static func messageMarkdown(_ diagnostic: Diagnostic) -> String {
        var lines = [diagnostic.message]
        var items = diagnostic.notes.map { "- note: " + $0 }
        items += diagnostic.help.map { "- help: " + $0 }
        if let policy = diagnostic.policy {
            items.append("- policy: " + policy.shortName + (policy.detail.map { " (\($0))" } ?? ""))
        }
        if !items.isEmpty {
            lines.append("")
            lines += items
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Locations

    private func physicalLocation(_ location: SourceLocation) -> JSONWriter.Value {
        .object([
            ("artifactLocation", artifactLocation(location.path)),
            ("region", Self.region(location)),
        ])
    }

    /// Under the source root: the path relative to it, with `uriBaseId`. Otherwise as given.
    func artifactLocation(_ path: String) -> JSONWriter.Value {
        if let sourceRoot, let relative = sourceRoot.relativePath(of: path, workingDirectory: workingDirectory) {
            return .object([("uri", .string(ReportPath.percentEncoded(relative))), ("uriBaseId", .string(Self.sourceRootID))])
        }
        guard sourceRoot != nil else { return .object([("uri", .string(ReportPath.uriReference(path)))]) }
        // Outside the root: an absolute file URI, so that it is not read as under the root.
        return .object([("uri", .string(ReportPath.uriReference(RepositoryRoot.absolute(ReportPath.normalized(path), in: workingDirectory))))])
    }

    /// The path a result's line hash is keyed on: relative to the root where there is one.
    func hashedPath(_ path: String) -> String {
        sourceRoot?.relativePath(of: path, workingDirectory: workingDirectory) ?? ReportPath.normalized(path)
    }

    /// `primaryLocationLineHash` for each diagnostic: a hash of the rule, the file from the root and what the
    /// finding is (`DiagnosticIdentity`: its subject by ids and names, and its value), not the line number, so
    /// that moving, re-indenting and reordering keep it; then `:n` for the n-th result in the log with that
    /// hash, in GitHub's form.
    func lineHashes(of diagnostics: [Diagnostic]) -> [String] {
        var seen: [String: Int] = [:]
        return diagnostics.map { diagnostic in
            let hash = DiagnosticFingerprint.hash(of: diagnostic, scheme: "line/v2", file: hashedPath(diagnostic.path))
            let occurrence = seen[hash, default: 0] + 1
            seen[hash] = occurrence
            return "\(hash):\(occurrence)"
        }
    }

    static func region(_ location: SourceLocation) -> JSONWriter.Value {
        .object([
            ("startLine", ReportJSON.integer(location.start.line)),
            ("startColumn", ReportJSON.integer(location.start.column)),
            ("endLine", ReportJSON.integer(location.end.line)),
            ("endColumn", ReportJSON.integer(location.end.column)),
        ])
    }
}
