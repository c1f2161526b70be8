/// Markdown from the rules' explanations as the page's paragraphs and bulleted lists: inline markup taken out, as
/// other plain-text reports take it out, since the templates escape everything they are given.
enum HTMLText {
    /// Each block is `["text": paragraph]` or `["items": [item], "hasItems": true]`, in order.
    static func blocks(_ markdown: String) -> [[String: Any]] {
        var blocks: [[String: Any]] = []
        for paragraph in markdown.components(separatedBy: "\n\n") {
            var text: [String] = []
            var items: [String] = []
            func flushText() {
                let joined = ReportText.plain(text.joined(separator: " "))
                if !joined.isEmpty { blocks.append(["text": joined]) }
                text = []
            }
            func flushItems() {
                if !items.isEmpty { blocks.append(["items": items.map(ReportText.plain), "hasItems": true]) }
                items = []
            }
            for line in paragraph.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                if line.hasPrefix("- ") || line.hasPrefix("* ") {
                    flushText()
                    items.append(String(line.dropFirst(2)))
                } else if !items.isEmpty, !line.isEmpty {
                    // A list item's continued line.
                    items[items.count - 1] += " " + line
                } else {
                    text.append(line)
                }
            }
            flushText()
            flushItems()
        }
        return blocks
    }
}
