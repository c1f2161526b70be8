/// The audit trail as text: every suppression, where it is written, what it covers, why, and how much it hid.
public enum WaiverListing {
    public static func text(_ waivers: [Waiver]) -> String {
        guard !waivers.isEmpty else { return "No suppressions.\n" }
        let inForce = waivers.filter { $0.status == .inForce }
        let findings = inForce.reduce(0) { $0 + $1.findings }
        var summary = "\(Prose.counted(inForce.count, "suppression")) in force, \(Prose.counted(findings, "finding")) suppressed"
        if inForce.count < waivers.count { summary += "; \(waivers.count - inForce.count) not in force" }
        var lines = ["Suppressions: \(summary)", ""]
        for waiver in waivers {
            let place = "\(waiver.location.path):\(waiver.location.start.line):\(waiver.location.start.column)"
            let rule = waiver.identity.map { "\($0.id) \($0.name)" } ?? waiver.rule
            let status = waiver.status == .inForce ? "" : "  (\(waiver.status.rawValue))"
            lines.append(TerminalSanitizer.sanitize("\(place)  \(rule)\(status)"))
            lines.append(TerminalSanitizer.sanitize("    scope:      \(waiver.scope)"))
            lines.append(TerminalSanitizer.sanitize("    reason:     \(waiver.reason ?? "(none)")"))
            let label = waiver.status == .noReason ? "would hide: " : "suppressed: "
            lines.append("    \(label)\(Prose.counted(waiver.findings, "finding"))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
