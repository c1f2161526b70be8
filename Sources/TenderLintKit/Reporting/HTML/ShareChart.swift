import Foundation

/// A lot's chart: a bar for each group's share of the total score and, under it, one for each criterion in the
/// group, with the minimum a binding policy sets drawn as a line across and any shortfall outlined; beside it
/// the same values as a table, and in words for a screen reader. SVG with presentation attributes only, so
/// that a strict Content-Security-Policy (no inline style) still draws it.
struct ShareChart {
    let context: [String: Any]

    /// Pixels: labels end at `labelEnd`; 100% of the total score is `scale` pixels wide from `barStart`.
    static let width = 720, labelEnd = 242, barStart = 250, scale = 400, top = 30
    static let groupRow = 26, criterionRow = 20

    init(_ lot: LotShares, anchor: String) {
        var rows: [[String: Any]] = []
        var tableRows: [[String: Any]] = []
        var y = Self.top
        for (group, share) in lot.groups {
            let minimum = group == .socialValue ? lot.minimum?.minimum : nil
            let name = group == .socialValue && lot.netZeroIsSocialValue ? "Social value and net zero" : group.title
            rows.append(Self.bar(name, share: share, group: group, minimum: minimum, y: y, isGroup: true))
            tableRows.append(["label": name, "share": share?.description ?? "not known", "group": group.rawValue, "isGroup": true])
            y += Self.groupRow
            let members = lot.entries.filter { $0.group == group }
            for entry in members {
                let label = entry.name.map { $0.lowercased() == entry.label.lowercased() ? $0 : "\(entry.label): \($0)" } ?? entry.label
                // A group of one criterion is that criterion: its bar would say the same twice.
                if members.count > 1 {
                    rows.append(Self.bar(Prose.shortened(label, limit: 34), share: entry.share, group: group, minimum: minimum, y: y, isGroup: false))
                    y += Self.criterionRow
                }
                var row: [String: Any] = ["label": label, "share": entry.share?.description ?? "not known", "criterion": entry.label]
                if let line = entry.line { row["lineRef"] = "line \(line)" }
                tableRows.append(row)
            }
        }
        let bottom = y + 4
        let height = bottom + 22
        var context: [String: Any] = [
            "id": anchor,
            "label": lot.label,
            "heading": lot.isImplicit ? "How the score is split" : "How the score is split in \(lot.label)\(lot.title.map { ": \($0)" } ?? "")",
            "width": Self.width,
            "height": height,
            "rows": rows,
            "tableRows": tableRows,
            "gridlines": [0, 25, 50, 75, 100].map { percent in
                ["x": Self.barStart + Self.scale * percent / 100, "label": "\(percent)%", "top": Self.top - 8, "bottom": bottom]
            },
            "axisLabelY": Self.top - 12,
            "title": "\(lot.isImplicit ? "The tender" : lot.label.prefix(1).uppercased() + lot.label.dropFirst()): each part's share of the total score",
        ]
        var description = lot.groups.map { "\($0.group.title) \($0.share?.description ?? "not known")" }.joined(separator: ", ") + "."
        if lot.entries.isEmpty { description = "No weighted criteria were found." }
        if let minimum = lot.minimum {
            let x = Self.x(minimum.minimum)
            context["minimum"] = [
                "value": Share.format(minimum.minimum), "x": x, "top": Self.top - 6, "bottom": bottom,
                "labelY": bottom + 16, "labelX": x, "policy": minimum.policy,
            ] as [String: Any]
            let counted = lot.counted?.description ?? "not known"
            description += " \(minimum.policy) sets a minimum of \(Share.format(minimum.minimum))%; this lot counts \(counted)."
            if let shortfall = lot.shortfall, let socialValue = rows.first(where: { ($0["group"] as? String) == LotShares.Group.socialValue.rawValue }) {
                let points = Share.format(shortfall)
                let text = "\(points) percentage \(shortfall == 1 ? "point" : "points") short of the \(Share.format(minimum.minimum))% minimum that \(minimum.policy) sets (\(minimum.rule))"
                context["shortfall"] = ["points": points, "text": "Short of the minimum: social value counts \(counted), \(text)."] as [String: Any]
                context["gap"] = [
                    "x": socialValue["end"] ?? Self.barStart, "y": socialValue["barY"] ?? Self.top,
                    "width": Self.svgNumber(shortfall * Decimal(Self.scale) / 100), "height": socialValue["barHeight"] ?? 16,
                ]
                description += " It is \(text)."
            } else if lot.counted != nil {
                context["meets"] = "Meets the \(Share.format(minimum.minimum))% minimum that \(minimum.policy) sets: social value counts \(counted)."
            }
        }
        context["description"] = description
        self.context = context
    }

    /// A bar held to `minimum` that falls short has its value past the line, not across it.
    private static func bar(_ label: String, share: Share?, group: LotShares.Group, minimum: Decimal?, y: Int, isGroup: Bool) -> [String: Any] {
        let barHeight = isGroup ? 18 : 12
        let barY = y + (isGroup ? 2 : 3)
        let low = share?.minimum ?? 0
        let valueAt = if let minimum, low < minimum { minimum } else { min(share?.maximum ?? 0, 100) }
        var row: [String: Any] = [
            "label": label,
            "group": group.rawValue,
            "fill": fill(group),
            "textY": y + (isGroup ? 16 : 13),
            "barY": barY,
            "barHeight": barHeight,
            "x": barStart,
            "labelX": labelEnd,
            "width": svgNumber(min(low, 100) * Decimal(scale) / 100),
            "end": x(min(low, 100)),
            "valueX": svgNumber(Decimal(barStart) + valueAt * Decimal(scale) / 100 + 6),
            "shareText": share?.description ?? "not known",
        ]
        if isGroup { row["isGroup"] = true }
        if let share {
            row["shareValue"] = Share.format(share.minimum)
            if !share.isExact {
                row["rangeX"] = x(share.minimum)
                row["rangeWidth"] = svgNumber((min(share.maximum, 100) - min(share.minimum, 100)) * Decimal(scale) / 100)
            }
        }
        return row
    }

    private static func x(_ percent: Decimal) -> String { svgNumber(Decimal(barStart) + percent * Decimal(scale) / 100) }

    /// A coordinate to one decimal place: the page is drawn, not computed, from these.
    static func svgNumber(_ value: Decimal) -> String { MoneyFormat.plain(value.rounded(places: 1)) }

    /// Each group's colour: at least 3:1 against white, and told apart by their labels too, not only by colour.
    private static func fill(_ group: LotShares.Group) -> String {
        switch group {
        case .price: "#1d70b8"
        case .quality: "#00703c"
        case .socialValue: "#912b88"
        case .netZero: "#28a197"
        case .other: "#505a5f"
        }
    }
}
