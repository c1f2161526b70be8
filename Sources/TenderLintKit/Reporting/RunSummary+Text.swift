// The closing line as text: counting is the Diagnostics room's, wording and colour the Reporting room's.
extension RunSummary {
    /// The summary without colour.
    public var line: String {
        formatted(colors: false)
    }

    /// The summary, with each count in its severity's colour when `colors` is true.
    public func formatted(colors: Bool) -> String {
        let style = TerminalStyle(colors: colors)
        let counts = [
            Self.count(errors, "error", "errors", role: .severity(.error)),
            Self.count(warnings, "warning", "warnings", role: .severity(.warning)),
            Self.count(infos, "info", "info", role: .severity(.info)),
        ].compactMap { $0 }
        if counts.isEmpty {
            if documents == 0 { return "no documents checked" }
            return style.paint("no problems found", .success) + " in " + Self.documentsPhrase(documents)
        }
        let findings = counts.map { style.paint($0.text, $0.role) }.joined(separator: ", ")
        let unlisted = omitted > 0 ? " (\(Prose.grouped(omitted)) of them not listed: see the notes, and docs/limits.md)" : ""
        return findings + " in " + Self.documentsPhrase(documents) + unlisted
    }

    private static func count(_ value: Int, _ singular: String, _ plural: String, role: TerminalRole) -> (text: String, role: TerminalRole)? {
        guard value != 0 else { return nil }
        return ("\(value) \(value == 1 ? singular : plural)", role)
    }

    private static func documentsPhrase(_ documents: Int) -> String {
        "\(documents) \(documents == 1 ? "document" : "documents")"
    }
}
