import Foundation

/// The folder SARIF's `%SRCROOT%` stands for: the root of the repository a run's files belong to, so that
/// GitHub code scanning can place each result in the repository whatever folder the run started in.
public struct RepositoryRoot: Sendable, Hashable {
    /// Absolute, with no `.` or `..` and no trailing slash (but `/` itself).
    public let path: String

    /// `path` made absolute against `directory` when it is relative.
    public init(_ path: String, relativeTo directory: String) {
        self.path = Self.absolute(path, in: directory)
    }

    /// The nearest folder from `directory` up that holds `.git` (a folder, or the file a worktree or
    /// submodule has instead); nil when none does.
    public static func find(from directory: String) -> RepositoryRoot? {
        ConfigurationPaths.repositoryRoot(from: absolute(directory, in: "/")).map { RepositoryRoot($0, relativeTo: "/") }
    }

    /// The root as a `file://` URI ending in `/`, as `originalUriBaseIds` needs it.
    public var uri: String {
        "file://" + ReportPath.percentEncoded(path == "/" ? "/" : path + "/")
    }

    /// `file` (relative to `directory` unless absolute) relative to the root; nil when it lies outside.
    public func relativePath(of file: String, workingDirectory directory: String) -> String? {
        let full = Self.absolute(ReportPath.normalized(file), in: directory)
        let prefix = path == "/" ? "/" : path + "/"
        guard full.hasPrefix(prefix), full.count > prefix.count else { return nil }
        return String(full.dropFirst(prefix.count))
    }

    // MARK: - The rules page

    /// Where the repository shows its `docs/rules.md` (written by `tenderlint rules --format markdown --full`),
    /// when it has one and its `origin` remote, or the GitHub Actions run, says where the repository is
    /// browsed: `https://github.com/OWNER/REPO/blob/HEAD/docs/rules.md`. Nil otherwise: no address is invented.
    public func rulesPageURL(environment: [String: String]) -> String? {
        guard FileManager.default.fileExists(atPath: Self.join(path, "docs/rules.md")) else { return nil }
        if let remote = originURL(), let url = Self.browseURL(remote: remote, environment: environment) {
            return url + "docs/rules.md"
        }
        if let server = environment["GITHUB_SERVER_URL"], let repository = environment["GITHUB_REPOSITORY"],
           ReportPath.hasScheme(server), !repository.isEmpty {
            return "\(server)/\(repository)/blob/HEAD/docs/rules.md"
        }
        return nil
    }

    /// The `url` of `[remote "origin"]` in the repository's git configuration, read from disk.
    func originURL() -> String? {
        guard let config = gitConfigPath(), let text = try? String(contentsOfFile: config, encoding: .utf8) else { return nil }
        var inOrigin = false
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                inOrigin = line.replacingOccurrences(of: " ", with: "") == "[remote\"origin\"]"
            } else if inOrigin, line.hasPrefix("url") {
                let parts = line.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == "url" {
                    return parts[1].trimmingCharacters(in: .whitespaces)
                }
            }
        }
        return nil
    }

    /// `.git/config`, or for a worktree (`.git` is a file naming its git folder) the shared repository's.
    private func gitConfigPath() -> String? {
        let dotGit = Self.join(path, ".git")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dotGit, isDirectory: &isFolder) else { return nil }
        if isFolder.boolValue { return Self.join(dotGit, "config") }
        guard let pointer = try? String(contentsOfFile: dotGit, encoding: .utf8), pointer.hasPrefix("gitdir:") else { return nil }
        let gitFolder = Self.absolute(pointer.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespacesAndNewlines), in: path)
        if let common = try? String(contentsOfFile: Self.join(gitFolder, "commondir"), encoding: .utf8) {
            return Self.join(Self.absolute(common.trimmingCharacters(in: .whitespacesAndNewlines), in: gitFolder), "config")
        }
        return Self.join(gitFolder, "config")
    }

    /// `https://HOST/OWNER/REPO/blob/HEAD/` (GitLab: `/-/blob/HEAD/`) for a remote on GitHub or GitLab, in
    /// any of git's spellings (`https://…`, `ssh://git@…`, `git@host:owner/repo.git`); credentials are dropped.
    static func browseURL(remote: String, environment: [String: String]) -> String? {
        var host: Substring
        var repository: Substring
        if let schemeEnd = remote.range(of: "://") {
            let rest = remote[schemeEnd.upperBound...]
            guard let slash = rest.firstIndex(of: "/") else { return nil }
            host = rest[..<slash]
            repository = rest[rest.index(after: slash)...]
        } else if let colon = remote.firstIndex(of: ":"), !remote[..<colon].contains("/") {
            host = remote[..<colon]
            repository = remote[remote.index(after: colon)...]
        } else {
            return nil
        }
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if let port = host.firstIndex(of: ":") { host = host[..<port] }
        while repository.hasSuffix("/") { repository = repository.dropLast() }
        if repository.hasSuffix(".git") { repository = repository.dropLast(4) }
        guard !host.isEmpty, repository.split(separator: "/").count >= 2 else { return nil }
        let base = "https://\(host.lowercased())/\(ReportPath.percentEncoded(String(repository)))"
        let gitHubHost = environment["GITHUB_SERVER_URL"].flatMap { URL(string: $0)?.host?.lowercased() }
        if host.lowercased() == "github.com" || host.lowercased() == gitHubHost { return base + "/blob/HEAD/" }
        if host.lowercased().contains("gitlab") { return base + "/-/blob/HEAD/" }
        return nil
    }

    // MARK: - Paths

    /// `path` made absolute against `directory`, with `.` and `..` resolved as written (links are not followed).
    static func absolute(_ path: String, in directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : join(directory, path)
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
