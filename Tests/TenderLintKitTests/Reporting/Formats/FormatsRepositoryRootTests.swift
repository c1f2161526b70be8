import Foundation
import Testing
@testable import TenderLintKit

@Suite("Formats: the repository root SARIF paths are relative to")
struct FormatsRepositoryRootTests {
    /// A scratch folder, removed afterwards.
    final class Scratch {
        let path: String

        init() throws {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-root-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            path = url.resolvingSymlinksInPath().path
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        func folder(_ relative: String) throws -> String {
            let full = path + "/" + relative
            try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
            return full
        }

        func write(_ relative: String, _ text: String) throws {
            let full = path + "/" + relative
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        }
    }

    @Test("the root is the nearest folder up that holds .git, a folder or a worktree's file")
    func findsTheNearestGitFolder() throws {
        let scratch = try Scratch()
        _ = try scratch.folder("repo/.git")
        let deep = try scratch.folder("repo/tenders/2026")
        #expect(RepositoryRoot.find(from: deep)?.path == scratch.path + "/repo")
        #expect(RepositoryRoot.find(from: scratch.path + "/repo")?.path == scratch.path + "/repo")
        try scratch.write("repo/tenders/.git", "gitdir: ../.git/worktrees/tenders\n")
        #expect(RepositoryRoot.find(from: deep)?.path == scratch.path + "/repo/tenders")
    }

    @Test("paths are made relative to the root as written; those outside it are not")
    func relativePaths() {
        let root = RepositoryRoot("/srv/repo", relativeTo: "/")
        #expect(root.relativePath(of: "a.xml", workingDirectory: "/srv/repo") == "a.xml")
        #expect(root.relativePath(of: "./x/../b.xml", workingDirectory: "/srv/repo/t") == "t/b.xml")
        #expect(root.relativePath(of: #"t\c.xml"#, workingDirectory: "/srv/repo") == "t/c.xml")
        #expect(root.relativePath(of: "../../repo2/a.xml", workingDirectory: "/srv/repo/t") == nil)
        #expect(root.relativePath(of: "/srv/repository/a.xml", workingDirectory: "/") == nil)
        #expect(root.uri == "file:///srv/repo/")
        #expect(RepositoryRoot("/srv/a b/", relativeTo: "/").uri == "file:///srv/a%20b/")
    }

    @Test("a remote on GitHub or GitLab, in any of git's spellings, gives the page files are browsed at; credentials are dropped", arguments: [
        ("https://github.com/acme/tenders.git", "https://github.com/acme/tenders/blob/HEAD/"),
        ("git@github.com:acme/tenders.git", "https://github.com/acme/tenders/blob/HEAD/"),
        ("ssh://git@github.com:22/acme/tenders", "https://github.com/acme/tenders/blob/HEAD/"),
        ("https://user:secret@github.com/acme/tenders/", "https://github.com/acme/tenders/blob/HEAD/"),
        ("https://gitlab.example.org/group/sub/tenders.git", "https://gitlab.example.org/group/sub/tenders/-/blob/HEAD/"),
        ("https://git.example.org/acme/tenders.git", nil),
        ("/srv/git/tenders.git", nil),
        ("https://github.com/acme", nil),
    ] as [(String, String?)])
    func remotes(remote: String, page: String?) {
        #expect(RepositoryRoot.browseURL(remote: remote, environment: [:]) == page)
    }

    @Test("the rules page is the repository's docs/rules.md where its origin is known; otherwise there is none")
    func rulesPage() throws {
        let scratch = try Scratch()
        try scratch.write("repo/.git/config", """
            [core]
            \tbare = false
            [remote "upstream"]
            \turl = https://github.com/other/fork.git
            [remote "origin"]
            \turl = git@github.com:acme/tenders.git
            \tfetch = +refs/heads/*:refs/remotes/origin/*

            """)
        let root = RepositoryRoot(scratch.path + "/repo", relativeTo: "/")
        // No docs/rules.md in the repository: no page to link to.
        #expect(root.rulesPageURL(environment: [:]) == nil)
        try scratch.write("repo/docs/rules.md", "# tenderlint rules\n")
        #expect(root.rulesPageURL(environment: [:]) == "https://github.com/acme/tenders/blob/HEAD/docs/rules.md")

        // A worktree reads the shared repository's configuration.
        try scratch.write("repo/.git/worktrees/wt/commondir", "../..\n")
        try scratch.write("wt/.git", "gitdir: \(scratch.path)/repo/.git/worktrees/wt\n")
        try scratch.write("wt/docs/rules.md", "# tenderlint rules\n")
        #expect(RepositoryRoot(scratch.path + "/wt", relativeTo: "/").rulesPageURL(environment: [:])
            == "https://github.com/acme/tenders/blob/HEAD/docs/rules.md")

        // No remote: a GitHub Actions run says where the repository is; outside one, nothing is invented.
        try scratch.write("bare/.git/config", "[core]\n")
        try scratch.write("bare/docs/rules.md", "# tenderlint rules\n")
        let bare = RepositoryRoot(scratch.path + "/bare", relativeTo: "/")
        #expect(bare.rulesPageURL(environment: [:]) == nil)
        #expect(bare.rulesPageURL(environment: ["GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "acme/tenders"])
            == "https://github.com/acme/tenders/blob/HEAD/docs/rules.md")
    }
}
