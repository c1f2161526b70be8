/// Checkstyle XML (format 4.3) as reviewdog (`-f=checkstyle`) and Jenkins' warnings plugin read it:
/// one `<file>` per file with findings, sorted by path, and one `<error>` per finding in the order given,
/// with its line, column, severity (`error`, `warning` or `info`), message and `source`
/// `tenderlint.RULEID`.
public struct CheckstyleReporter: DiagnosticsReporter {
    public init() {}

    public func render(_ result: LintResult) -> String {
        let byFile = Dictionary(grouping: result.diagnostics, by: \.path)
        var output = XMLEscaping.declaration + "\n" + "<checkstyle version=\"4.3\">\n"
        for path in byFile.keys.sorted() {
            output += "  <file name=\"\(XMLEscaping.attribute(path))\">\n"
            for diagnostic in byFile[path] ?? [] {
                let attributes = [
                    ("line", String(diagnostic.location.start.line)),
                    ("column", String(diagnostic.location.start.column)),
                    ("severity", diagnostic.severity.rawValue),
                    ("message", diagnostic.message),
                    ("source", "tenderlint." + diagnostic.ruleID),
                ]
                output += "    <error " + attributes.map { "\($0)=\"\(XMLEscaping.attribute($1))\"" }.joined(separator: " ") + "/>\n"
            }
            output += "  </file>\n"
        }
        return output + "</checkstyle>\n"
    }
}
