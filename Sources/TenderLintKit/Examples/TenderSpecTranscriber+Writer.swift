import Foundation

// MARK: - Writing JSON text

extension TenderSpecTranscriber {
    /// Writes the value with two-space indents, one member per line, recording where each anchor landed.
    struct Writer {
        var output = ""
        private var length = 0
        /// XML offset → JSON offset.
        var targets: [Int: Int] = [:]

        private mutating func append(_ text: String) {
            output += text
            length += text.utf8.count
        }

        private mutating func land(_ anchors: [Int]) {
            for anchor in anchors where targets[anchor] == nil { targets[anchor] = length }
        }

        mutating func write(_ item: Item) {
            land(item.anchors)
            write(item.value, indent: 0)
        }

        private mutating func write(_ value: Value, indent: Int) {
            let padding = String(repeating: "  ", count: indent + 1)
            let closing = String(repeating: "  ", count: indent)
            switch value {
            case .string(let text): append(JSONWriter.quoted(text))
            case .number(let text): append(text)
            case .bool(let flag): append(flag ? "true" : "false")
            case .array(let items):
                if items.isEmpty { append("[]"); return }
                let inline = items.allSatisfy { if case .string = $0.value { true } else { false } }
                append(inline ? "[" : "[\n")
                for (index, item) in items.enumerated() {
                    if !inline { append(padding) }
                    land(item.anchors)
                    write(item.value, indent: indent + 1)
                    if index + 1 < items.count { append(inline ? ", " : ",\n") }
                }
                append(inline ? "]" : "\n" + closing + "]")
            case .object(let members):
                if members.isEmpty { append("{}"); return }
                append("{\n")
                for (index, member) in members.enumerated() {
                    append(padding)
                    land(member.keyAnchors)
                    append(JSONWriter.quoted(member.key) + ": ")
                    land(member.valueAnchors)
                    write(member.value, indent: indent + 1)
                    append(index + 1 < members.count ? ",\n" : "\n")
                }
                append(closing + "}")
            }
        }
    }
}
