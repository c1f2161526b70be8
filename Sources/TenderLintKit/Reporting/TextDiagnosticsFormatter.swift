/// The full, human-readable rendering, laid out like swiftc and clang:
///
/// ```
/// tenders/lot2.xml:42:5: error: social value carries 8% of the total score [SV001]
///    42 |     <criterion id="social-value" weight="8">
///       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ 8% of the total
/// tenders/lot2.xml:40:5: note: price weighted here
///    40 |     <criterion id="price" weight="40"/>
///       |     -----------------------------------
/// note: counted: social-value (8%)
/// help: raise social-value to 10
/// fix-it: set the weight to 10
///    42 |     <criterion id="social-value" weight="10">
/// policy: PPN 06/20 — 10% of the total score
/// ```
///
/// Source lines come only from the diagnostic's excerpts; nothing is read from disk.
/// Every piece of text from a document, path or rule is sanitised before printing.
public struct TextDiagnosticsFormatter: Sendable {
    public var colors: Bool

    public init(colors: Bool = false) {
        self.colors = colors
    }

    /// The diagnostic with its quoted source and everything attached to it; ends with "\n".
    public func format(_ diagnostic: Diagnostic) -> String {
        let style = TerminalStyle(colors: colors)
        let snippets = SnippetRenderer(style: style, gutterWidth: SnippetRenderer.gutterWidth(for: diagnostic))
        var lines = [DiagnosticHeader.primary(diagnostic, style: style)]
        lines += snippets.render(diagnostic.location, marks: .primary(diagnostic.severity), label: diagnostic.label)
        for label in diagnostic.secondary {
            lines.append(DiagnosticHeader.secondary(label, style: style))
            lines += snippets.render(label.location, marks: .secondary, label: nil)
        }
        for note in diagnostic.notes {
            lines.append(style.paint("note:", .note) + " " + TerminalSanitizer.sanitize(note))
        }
        for help in diagnostic.help {
            lines.append(style.paint("help:", .help) + " " + TerminalSanitizer.sanitize(help))
        }
        for fixIt in diagnostic.fixIts {
            lines.append(style.paint(TerminalSanitizer.sanitize(fixIt.heading) + ":", .help) + " " + TerminalSanitizer.sanitize(fixIt.summary))
            lines += snippets.preview(fixIt)
        }
        if let policy = diagnostic.policy {
            var citation = TerminalSanitizer.sanitize(policy.shortName)
            if let detail = policy.detail {
                citation += " — " + TerminalSanitizer.sanitize(detail)
            }
            lines.append(style.paint("policy:", .policy) + " " + citation)
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Each diagnostic in full, in the order given.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { format($0) }.joined()
    }
}

/// Quotes excerpt lines behind a line-number gutter and underlines a range in them.
struct SnippetRenderer {
    /// How a range is underlined: `^~~~` for the diagnostic itself, `----` for a secondary label.
    enum Marks {
        case primary(Severity)
        case secondary

        var role: TerminalRole {
            switch self {
            case .primary(let severity): .severity(severity)
            case .secondary: .note
            }
        }
    }

    /// Shown at the side of a line where the excerpt cut it short.
    static let clipMark = "…"
    /// Narrowest gutter, so short files and long ones line up alike.
    static let minimumGutterWidth = 4

    let style: TerminalStyle
    /// Cells for the line numbers; one width for a whole diagnostic so all its snippets align.
    let gutterWidth: Int

    static func gutterWidth(for diagnostic: Diagnostic) -> Int {
        let locations = [diagnostic.location] + diagnostic.secondary.map(\.location) + diagnostic.fixIts.flatMap { $0.edits.map(\.location) }
        let widest = locations.flatMap(\.excerpt.lines).map(\.number).max() ?? 0
        return max(minimumGutterWidth, String(widest).count)
    }

    /// The excerpt lines of `location`, each line in the range followed by its underline.
    /// The label goes after the last underline, where the range ends.
    func render(_ location: SourceLocation, marks: Marks, label: String?) -> [String] {
        let lines = location.excerpt.lines
        let displays = lines.map { DisplayLine($0.text) }
        let underlines = zip(lines, displays).map { underline($0, $1, in: location, marks: marks) }
        let labelled = underlines.lastIndex { $0 != nil }
        var output: [String] = []
        for index in lines.indices {
            if index > 0, lines[index].number > lines[index - 1].number + 1 {
                output.append(" " + rightAligned("..."))
            }
            output.append(sourceLine(lines[index], displays[index].text))
            guard let underline = underlines[index] else { continue }
            var marked = underline.marks
            if index == labelled, let label, !label.isEmpty {
                marked += " " + TerminalSanitizer.sanitize(label)
            }
            output.append(blankGutter + String(repeating: " ", count: underline.indent) + style.paint(marked, marks.role))
        }
        return output
    }

    /// A fix-it's lines as they would read after its edits, each line once with all its edits, where the edits
    /// are within quoted lines; otherwise the replacement text, quoted (with its place when there are several).
    func preview(_ fixIt: Diagnostic.FixIt) -> [String] {
        let edits = fixIt.edits
        var output: [String] = []
        var index = 0
        while index < edits.count {
            let line = edits[index].location.start.line
            var count = 1
            while index + count < edits.count, edits[index + count - 1].location.end.line == line,
                  edits[index + count].location.start.line == line {
                count += 1
            }
            let group = Array(edits[index..<(index + count)])
            if let previewed = preview(group, onLine: line) {
                output.append(previewed)
            } else {
                // A line too long to quote whole: each edit in its own window of it.
                output += group.map { edit in
                    if group.count > 1, let previewed = preview([edit], onLine: line) { return previewed }
                    let place = edits.count > 1 ? " at \(edit.location.start)" : ""
                    return "  replace\(place) with: " + TerminalSanitizer.quoted(edit.replacement)
                }
            }
            index += count
        }
        return output
    }

    /// One quoted line with edits that all lie within it applied, the inserted text highlighted.
    private func preview(_ edits: [Diagnostic.FixIt.Edit], onLine number: Int) -> String? {
        guard let line = edits[0].location.excerpt.lines.first(where: { $0.number == number }) else { return nil }
        let scalars = Array(line.text.unicodeScalars)
        var edited = String.UnicodeScalarView()
        var inserted: [Range<Int>] = []
        var copied = 0
        for edit in edits {
            let location = edit.location
            guard location.start.line == number, location.end.line == number, !edit.replacement.contains(where: \.isNewline) else { return nil }
            let lower = location.start.column - line.firstColumn
            let upper = location.end.column - line.firstColumn
            guard lower >= copied, lower <= upper, upper <= scalars.count else { return nil }
            edited.append(contentsOf: scalars[copied..<lower])
            let at = edited.count
            edited.append(contentsOf: edit.replacement.unicodeScalars)
            inserted.append(at..<edited.count)
            copied = upper
        }
        edited.append(contentsOf: scalars[copied...])
        let display = DisplayLine(String(edited))
        var text = ""
        var printed = 0
        for range in inserted {
            text += display.printed(printed..<range.lowerBound) + style.paint(display.printed(range), .insertion)
            printed = range.upperBound
        }
        text += display.printed(printed..<display.scalarCount)
        return sourceLine(line, text)
    }

    // MARK: - Lines

    private var blankGutter: String {
        " " + String(repeating: " ", count: gutterWidth) + " | "
    }

    private func rightAligned(_ text: String) -> String {
        String(repeating: " ", count: max(0, gutterWidth - text.count)) + text
    }

    /// `   42 | text`, with clip marks; an empty line has no trailing space.
    private func sourceLine(_ line: SourceExcerpt.Line, _ printed: String) -> String {
        let text = (line.isClippedAtStart ? Self.clipMark : "") + printed + (line.isClippedAtEnd ? Self.clipMark : "")
        let gutter = " " + rightAligned(String(line.number)) + " |"
        return text.isEmpty ? gutter : gutter + " " + text
    }

    // MARK: - Underlines

    private struct Underline: Equatable {
        /// Cells of spaces before the marks, counted from the start of the quoted text.
        var indent: Int
        var marks: String
    }

    /// Where the range falls on one quoted line, or nil when it misses the line.
    ///
    /// The first line is marked from the range's start to the end of the line, later lines
    /// from their first non-blank character, and the last line up to the range's end.
    private func underline(
        _ line: SourceExcerpt.Line,
        _ display: DisplayLine,
        in location: SourceLocation,
        marks: Marks
    ) -> Underline? {
        let number = line.number
        guard number >= location.start.line, number <= location.lastLine else { return nil }
        let isFirstLine = number == location.start.line
        let isLastLine = number == location.lastLine
        let count = display.scalarCount

        // Code point indices into the quoted text, before clamping to it.
        let rawEnd = number == location.end.line ? location.end.column - line.firstColumn : Int.max
        var start: Int
        if isFirstLine {
            start = location.start.column - line.firstColumn
        } else {
            start = display.firstNonBlankScalar ?? 0
            if start >= rawEnd { start = 0 }  // the range ends inside the indentation
        }
        start = min(max(start, 0), count)
        let end = min(max(rawEnd, start), count)

        let clipOffset = line.isClippedAtStart ? 1 : 0
        let firstCell = clipOffset + display.startCell(ofScalar: start)
        var endCell = clipOffset + display.endCell(beforeScalar: end)
        // A range that runs on past a clipped end is marked under the clip mark too.
        if line.isClippedAtEnd, rawEnd > count { endCell += 1 }
        let length = endCell - firstCell

        if length <= 0, !isFirstLine, !isLastLine { return nil }  // a blank line inside the range
        let width = max(1, length)
        switch marks {
        case .primary:
            let head = isFirstLine ? "^" : "~"
            return Underline(indent: firstCell, marks: head + String(repeating: "~", count: width - 1))
        case .secondary:
            return Underline(indent: firstCell, marks: String(repeating: "-", count: width))
        }
    }
}
