/// The index of a report of many documents: one row per document with findings, with a filter by level and by
/// rule that works without script (radio buttons and CSS), and the clean documents listed apart, collapsed.
struct HTMLIndex {
    let context: [String: Any]

    init(_ documents: [HTMLDocumentGroup], detailed: Int, filters: Bool) {
        var rows: [[String: Any]] = []
        var clean: [[String: Any]] = []
        for (index, document) in documents.enumerated() {
            var row: [String: Any] = ["path": document.displayPath]
            if index < detailed { row["anchor"] = "doc-\(index + 1)" }
            if let title = document.digests.lazy.compactMap(\.title).first { row["documentTitle"] = title }
            if let buyer = document.digests.lazy.compactMap(\.buyer).first { row["buyer"] = buyer }
            guard !document.diagnostics.isEmpty else {
                clean.append(row)
                continue
            }
            let counts = document.counts
            row["errors"] = counts.errors
            row["warnings"] = counts.warnings
            row["infos"] = counts.infos
            row["verdict"] = document.passes ? "pass" : "fail"
            row["rules"] = Self.rules(of: document).map(Self.cssKey).joined(separator: " ")
            row["severity"] = document.diagnostics.map(\.severity).max()?.rawValue ?? "info"
            row["severities"] = Severity.allCases.reversed().filter { level in document.diagnostics.contains { $0.severity == level } }
                .map(\.rawValue).joined(separator: " ")
            rows.append(row)
        }
        var context: [String: Any] = [
            "rows": rows,
            "documentCount": documents.count,
            "withFindings": rows.count,
            "hasRows": !rows.isEmpty,
        ]
        if !clean.isEmpty {
            context["clean"] = clean
            context["cleanSummary"] = "\(Prose.counted(clean.count, "document")) with no findings"
        }
        if filters, !rows.isEmpty {
            context["ruleFilters"] = Self.ruleIDs(documents).map { ["id": $0, "key": Self.cssKey($0)] }
            context["hasFilters"] = true
        }
        self.context = context
    }

    private static func rules(of document: HTMLDocumentGroup) -> [String] {
        var seen: Set<String> = []
        return document.diagnostics.map(\.rule.id).filter { seen.insert($0).inserted }.sorted()
    }

    static func ruleIDs(_ documents: [HTMLDocumentGroup]) -> [String] {
        Set(documents.flatMap { $0.diagnostics.map(\.rule.id) }).sorted()
    }

    /// A rule id as it can stand in a CSS selector and an element id.
    static func cssKey(_ id: String) -> String {
        String(id.unicodeScalars.filter { ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) }.map(Character.init))
    }

    /// The filter's rules: a row is hidden unless it has the chosen level or rule. CSS written from rule ids that
    /// `cssKey` has reduced to letters and digits, so nothing from a document reaches the stylesheet.
    static func filterStylesheet(_ documents: [HTMLDocumentGroup]) -> String {
        guard documents.count > 1 else { return "" }
        var css = "\n/* The index's filter */\n"
        for level in Severity.allCases {
            css += "#index:has(#severity-filter-\(level.rawValue):checked) .index-row:not([data-severities~=\"\(level.rawValue)\"]) { display: none; }\n"
        }
        for id in ruleIDs(documents) {
            let key = cssKey(id)
            guard !key.isEmpty else { continue }
            css += "#index:has(#rule-filter-\(key):checked) .index-row:not([data-rules~=\"\(key)\"]) { display: none; }\n"
        }
        return css
    }
}
