/// A rule's explanation in the sections every rule page has, always in this order, as ruff's pages have theirs:
/// what the rule checks, why (the policy behind it and whom it binds), and what is not its finding (the
/// neighbouring rules that report it), so a reader finds the same thing in the same place on every page.
/// Each section is Markdown. A built-in check's explanation is a single section, shown without a heading.
public struct RuleExplanation: Sendable, Hashable {
    public struct Section: Sendable, Hashable {
        public let title: String
        public let markdown: String
    }

    public var whatItChecks: String
    public var why: String
    public var notThisRulesFinding: String

    public init(whatItChecks: String, why: String = "", notThisRulesFinding: String = "") {
        self.whatItChecks = whatItChecks
        self.why = why
        self.notThisRulesFinding = notThisRulesFinding
    }

    public static let whatItChecksTitle = "What it checks"
    public static let whyTitle = "Why"
    public static let notThisRulesFindingTitle = "What is not this rule's finding"

    /// The sections that have text, in their fixed order.
    public var sections: [Section] {
        [
            Section(title: Self.whatItChecksTitle, markdown: whatItChecks),
            Section(title: Self.whyTitle, markdown: why),
            Section(title: Self.notThisRulesFindingTitle, markdown: notThisRulesFinding),
        ].filter { !$0.markdown.isEmpty }
    }

    public var isEmpty: Bool { sections.isEmpty }

    /// Whether any section says `text`.
    public func contains(_ text: String) -> Bool { sections.contains { $0.markdown.contains(text) } }

    /// Whether the sections are shown with their titles: a single section (a built-in check's) reads as a
    /// paragraph.
    private var showsTitles: Bool { !why.isEmpty || !notThisRulesFinding.isEmpty }

    /// The sections under headings of `headingLevel` (`###` for 3).
    public func markdown(headingLevel: Int) -> String {
        guard showsTitles else { return whatItChecks }
        let marks = String(repeating: "#", count: headingLevel)
        return sections.map { "\(marks) \($0.title)\n\n\($0.markdown)" }.joined(separator: "\n\n")
    }

    /// The sections for a terminal or a plain-text field: each title on a line of its own above its text,
    /// which `plain` turns from Markdown into text.
    public func text(plain: (String) -> String) -> String {
        guard showsTitles else { return plain(whatItChecks) }
        return sections.map { "\($0.title)\n\(plain($0.markdown))" }.joined(separator: "\n\n")
    }
}
