import Foundation

/// What fits SARIF to where it is uploaded (GitHub code scanning by default, docs/ci.md): the repository root
/// its paths are relative to, how many results it holds and the page its rules link to.
public struct SARIFSetup: Sendable {
    /// The repository root as given; nil for the nearest folder up that holds .git, else the working folder.
    public var root: String?
    /// The most results written, errors first; nil for no limit.
    public var resultLimit: Int?
    /// The page each rule's helpUri links to; nil for the repository's own docs/rules.md when it has one.
    public var rulesURL: String?

    public init(root: String? = nil, resultLimit: Int? = SARIFReporter.defaultResultLimit, rulesURL: String? = nil) {
        self.root = root
        self.resultLimit = resultLimit
        self.rulesURL = rulesURL
    }

    /// The SARIF reporter for a run from `workingDirectory`.
    public func reporter(workingDirectory: String, environment: [String: String]) -> SARIFReporter {
        let sourceRoot: RepositoryRoot
        if let root {
            // Links resolved, as the current folder's path is: otherwise one spelling would not be under the other.
            let resolved = URL(fileURLWithPath: root, relativeTo: URL(fileURLWithPath: workingDirectory, isDirectory: true))
                .standardizedFileURL.resolvingSymlinksInPath().path
            sourceRoot = RepositoryRoot(resolved, relativeTo: workingDirectory)
        } else {
            sourceRoot = RepositoryRoot.find(from: workingDirectory) ?? RepositoryRoot(".", relativeTo: workingDirectory)
        }
        return SARIFReporter(
            sourceRoot: sourceRoot,
            workingDirectory: workingDirectory,
            resultLimit: resultLimit,
            rulesPageURL: rulesURL ?? sourceRoot.rulesPageURL(environment: environment)
        )
    }
}
