import TenderLintKit

/// Touches everything a reader produced the way rules and reporters will: every node's path, text and
/// location, and every diagnostic rendered with its quoted source lines. A bad byte range shows up here.
public enum TreeWalk {
    public static func visit(_ result: ReadResult) {
        var checksum = 0
        for tree in result.documents {
            for node in tree.allNodes {
                checksum &+= node.path.utf8.count &+ node.text.utf8.count
                checksum &+= node.location.start.line &+ node.location.end.column
                if let nameRange = node.nameRange { checksum &+= tree.source.text(in: nameRange).utf8.count }
            }
        }
        ReportChecks.render(result.diagnostics)
        // Kept observable so the optimiser cannot drop the walk in a release build.
        if checksum == Int.min { print(checksum) }
    }
}
