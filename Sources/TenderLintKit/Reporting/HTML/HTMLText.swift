/// Markdown from the rules' explanations as the page's paragraphs: inline markup taken out, as other plain-text
/// reports take it out, since the templates escape everything they are given.
enum HTMLText {
    static func paragraphs(_ markdown: String) -> [String] {
        markdown.components(separatedBy: "\n\n")
            .map { ReportText.plain($0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")) }
            .filter { !$0.isEmpty }
    }
}
