import Foundation

/// Turns the paths a user gives into the sorted list of files to lint.
///
/// Named files are taken as they are; directories are walked for the
/// extensions in `DocumentKind`, skipping hidden entries (`.git`, `.build`…).
/// A walk reads only regular files: a named pipe or a device met on the way is
/// passed over and reported, so one odd entry in a repository cannot hang a run.
public struct FileDiscovery: Sendable {
    /// What a walk found: the files to lint, and the entries with a document's name that are not files.
    public struct Found: Sendable {
        public var files: [String]
        public var skipped: [PathError]
        /// Folders named in the paths in which the walk found no document at all.
        public var emptyFolders: [String]
    }

    public init() {}

    public func files(in paths: [String]) throws(PathError) -> [String] {
        try discover(paths).files
    }

    public func discover(_ paths: [String]) throws(PathError) -> Found {
        var found: Set<String> = []
        var skipped: [PathError] = []
        var emptyFolders: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw PathError(path: path, reason: "no such file or directory")
            }
            if isDirectory.boolValue {
                var inFolder: Set<String> = []
                try walk(path, into: &inFolder, skipping: &skipped)
                if inFolder.isEmpty { emptyFolders.append(path) }
                found.formUnion(inFolder)
            } else {
                guard DocumentKind(path: path) != nil else {
                    throw PathError(path: path, reason: "not a file tenderlint reads (it reads \(Self.extensionList))")
                }
                found.insert(path)
            }
        }
        return Found(files: found.sorted(), skipped: skipped.sorted { $0.path < $1.path }, emptyFolders: emptyFolders)
    }

    static let extensionList = DocumentKind.extensions.keys.sorted().map { ".\($0)" }.joined(separator: ", ")

    private func walk(_ root: String, into found: inout Set<String>, skipping skipped: inout [PathError]) throws(PathError) {
        var pending = [root]
        // Symbolic links can make a cycle (`up -> ..`); each directory is walked once, known by device and inode,
        // which no spelling of its path can disguise.
        var visited: Set<FileIdentity> = []
        while let directory = pending.popLast() {
            guard let identity = FileIdentity(directory), visited.insert(identity).inserted else { continue }
            let listing = try Self.entries(of: directory)
            for name in listing.undecodable where !name.hasPrefix(".") && DocumentKind(path: name) != nil {
                skipped.append(PathError(path: Self.join(directory, name), reason: "has a name that is not UTF-8, so it was skipped; rename it"))
            }
            for entry in listing.names where !entry.hasPrefix(".") {
                let path = Self.join(directory, entry)
                let isDocument = DocumentKind(path: entry) != nil
                var status = stat()
                guard stat(path, &status) == 0 else {
                    if isDocument, errno == ELOOP { skipped.append(PathError(path: path, reason: "is a loop of symbolic links")) }
                    continue
                }
                if status.st_mode & S_IFMT == S_IFDIR {
                    pending.append(path)
                } else if isDocument {
                    if let kind = SourceFile.fileKind(status.st_mode) {
                        skipped.append(PathError(path: path, reason: "is \(kind), not a regular file, so it was skipped"))
                    } else {
                        found.insert(path)
                    }
                }
            }
        }
    }

    /// A folder's entries, read by their bytes: a name that is not UTF-8 cannot be handed on as a path, and
    /// Foundation's listing would leave it out without a word. Such names come back shown with U+FFFD.
    private static func entries(of directory: String) throws(PathError) -> (names: [String], undecodable: [String]) {
        guard let folder = opendir(directory) else {
            throw PathError(path: directory, reason: "cannot be read (check its permissions)")
        }
        defer { closedir(folder) }
        var names: [String] = []
        var undecodable: [String] = []
        while let entry = readdir(folder) {
            let bytes = withUnsafeBytes(of: &entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            if let name = String(bytes: bytes, encoding: .utf8) {
                names.append(name)
            } else {
                undecodable.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        return (names, undecodable)
    }

    private static func join(_ directory: String, _ entry: String) -> String {
        if directory == "." { return entry }
        return directory.hasSuffix("/") ? directory + entry : directory + "/" + entry
    }
}
