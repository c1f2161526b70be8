import Foundation

/// Runs the commands the documentation shows, as written, with `tenderlint` on `PATH` as the built binary.
enum DocumentationShell {
    /// The package root, where docs/, Samples/ and README.md are.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // tenderlintTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `../shared/fixtures/real`, which CI always has beside the checkout and a lone clone may not.
    static let realFixtures = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures/real")

    static func page(_ relativePath: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// The fenced blocks of a Markdown page: the word after the fence (`sh`, `json`, or empty) and the text.
    static func blocks(of page: String) -> [(language: String, text: String)] {
        var blocks: [(String, String)] = []
        var open: (String, [Substring])?
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if let current = open {
                    blocks.append((current.0, current.1.joined(separator: "\n") + "\n"))
                    open = nil
                } else {
                    open = (String(line.dropFirst(3)), [])
                }
            } else if open != nil {
                open!.1.append(line)
            }
        }
        return blocks
    }

    /// The block right after the one whose text contains `marker`: the output a page shows for a command.
    static func block(after marker: String, in page: String) -> String? {
        let all = blocks(of: page)
        guard let index = all.firstIndex(where: { $0.text.contains(marker) }), index + 1 < all.count else { return nil }
        return all[index + 1].text
    }

    /// Runs `script` with /bin/sh in `directory`, the built tenderlint first on `PATH`.
    static func run(_ script: String, in directory: URL, environment extra: [String: String] = [:]) throws -> TenderlintProcess.Outcome {
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = TenderlintProcess.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["NO_COLOR"] = "1"
        for (key, value) in extra { environment[key] = value }
        return try TenderlintProcess.launch(URL(fileURLWithPath: "/bin/sh"), ["-c", script], in: directory, environment: environment)
    }

    /// Whether a program is on `PATH` (jq, xmllint, git, python3 with a module).
    static func available(_ check: String) -> Bool {
        (try? run(check + " >/dev/null 2>&1", in: packageRoot).status) == 0
    }

    /// A copy of Samples/ at `tenders/` in `scratch`, as the docs' examples assume a repository of tenders.
    static func copySamples(to scratch: ScratchDirectory, as name: String = "tenders") throws {
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Samples"), to: scratch.url.appendingPathComponent(name))
    }
}
