/// How tenderlint prints what it knows about its own rules and policies: for a terminal, for a Markdown page
/// in docs/, or as JSON for other tools.
public enum DocumentationFormat: String, Sendable, CaseIterable {
    case text
    case markdown
    case json
}
