import Foundation

/// Turns the paths a user gives into the sorted list of files to lint.
///
/// Named files are taken as they are (unless `--force-exclude` leaves them out); directories are walked for
/// the extensions in `DocumentKind`, skipping hidden entries (`.git`, `.build`…) and what `exclusions` leaves out.
/// `-` stands for standard input.
/// A walk reads only regular files: a named pipe or a device met on the way is
/// passed over and reported, so one odd entry in a repository cannot hang a run.
public struct FileDiscovery: Sendable {
    /// What a walk found: the files to lint, and the entries with a document's name that are not files.
    public struct Found: Sendable {
        public var files: [String]
        public var skipped: [PathError]
        /// Folders named in the paths in which the walk found no document at all.
        public var emptyFolders: [String]
        /// `-` among the paths, unless `--force-exclude` left its name out.
        public var standardInput: StandardInput?
        /// Paths named on the command line that `--force-exclude` left out, with why.
        public var excluded: [(path: String, reason: String)] = []

        /// Every document file the run reads, standard input by its name among them.
        public var linted: [String] { files + (standardInput.map { [$0.displayName] } ?? []) }
    }

    /// What walks leave out; nil leaves out nothing but hidden entries.
    public var exclusions: PathExclusions?
    /// Whether `-` stands for standard input; otherwise it is a path like any other.
    public var readsStandardInput = false
    /// `--stdin-filename`: the name of the document read for `-`.
    public var standardInputName: String?
    /// Whether standard input is a terminal, where `-` would wait for typing that never comes.
    public var standardInputIsTerminal = isatty(STDIN_FILENO) == 1

    public init(exclusions: PathExclusions? = nil) {
        self.exclusions = exclusions
    }

    public func files(in paths: [String]) throws -> [String] {
        try discover(paths).files
    }

    /// Throws `PathError` for a path that cannot be read and `ConfigurationError` for an invalid
    /// configuration met on the way (its `exclude` is needed).
    public func discover(_ paths: [String]) throws -> Found {
        try discover(paths, emit: nil)
    }

    /// As `discover(_:)`, handing each file to `emit` in the order of `files` as soon as that order is sure: as the
    /// walk meets it when one folder is named (a walk goes in sorted order), all at the end otherwise.
    func discover(_ paths: [String], emit: ((String) -> Void)?) throws -> Found {
        var streamed = 0
        let walkEmits: ((String) -> Void)? = paths.count == 1 ? emit.map { emit in { streamed += 1; emit($0) } } : nil
        var found: Set<String> = []
        var result = Found(files: [], skipped: [], emptyFolders: [])
        for path in paths {
            if readsStandardInput, path == StandardInput.argument {
                result.standardInput = try standardInput(counting: paths, excluded: &result.excluded)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw PathError(path: path, reason: "no such file or directory")
            }
            if let reason = try exclusions?.exclusionOfNamed(path, isDirectory: isDirectory.boolValue) {
                result.excluded.append((path, reason))
                continue
            }
            if isDirectory.boolValue {
                var inFolder: Set<String> = []
                try walk(path, skipping: &result.skipped) { file in
                    inFolder.insert(file)
                    walkEmits?(file)
                }
                if inFolder.isEmpty { result.emptyFolders.append(path) }
                found.formUnion(inFolder)
            } else {
                guard DocumentKind(path: path) != nil else {
                    throw PathError(path: path, reason: "not a file tenderlint reads (it reads \(Self.extensionList))")
                }
                found.insert(path)
            }
        }
        result.files = found.sorted()
        result.skipped.sort { $0.path < $1.path }
        if let emit, streamed == 0 { result.files.forEach(emit) }
        return result
    }

    /// `-`: refused when given twice or when standard input is a terminal; nil when `--force-exclude` leaves
    /// its name out.
    private func standardInput(counting paths: [String], excluded: inout [(path: String, reason: String)]) throws -> StandardInput? {
        guard paths.count(where: { $0 == StandardInput.argument }) == 1 else {
            throw PathError(path: StandardInput.argument, reason: "is given more than once; standard input holds one document and is read once")
        }
        guard !standardInputIsTerminal else {
            throw PathError(path: StandardInput.argument, reason: "standard input is a terminal, so there is no document to read; pipe one in, such as: tenderlint lint - --stdin-filename tender.json < tender.json")
        }
        if let name = standardInputName, let reason = try exclusions?.exclusionOfNamed(name, isDirectory: false) {
            excluded.append((name, reason))
            return nil
        }
        return StandardInput(name: standardInputName)
    }

    static let extensionList = DocumentKind.extensions.keys.sorted().map { ".\($0)" }.joined(separator: ", ")

    /// Walks a folder depth first, each folder's entries in name order (a folder's name taken with its `/`), so
    /// that files come to `found` in the order their paths sort.
    private func walk(_ root: String, skipping skipped: inout [PathError], found: (String) -> Void) throws {
        var pending: [(path: String, isDirectory: Bool)] = [(root, true)]
        // Symbolic links can make a cycle (`up -> ..`); each directory is walked once, known by device and inode,
        // which no spelling of its path can disguise.
        var visited: Set<FileIdentity> = []
        while let (directory, isDirectory) = pending.popLast() {
            guard isDirectory else { found(directory); continue }
            guard let identity = FileIdentity(directory), visited.insert(identity).inserted else { continue }
            let listing = try Self.entries(of: directory)
            for name in listing.undecodable where !name.hasPrefix(".") && DocumentKind(path: name) != nil {
                skipped.append(PathError(path: Self.join(directory, name), reason: "has a name that is not UTF-8, so it was skipped; rename it"))
            }
            var children: [(key: String, path: String, isDirectory: Bool)] = []
            for entry in listing.names where !entry.hasPrefix(".") {
                let path = Self.join(directory, entry)
                let isDocument = DocumentKind(path: entry) != nil
                var status = stat()
                guard stat(path, &status) == 0 else {
                    if isDocument, errno == ELOOP { skipped.append(PathError(path: path, reason: "is a loop of symbolic links")) }
                    continue
                }
                let isDirectory = status.st_mode & S_IFMT == S_IFDIR
                guard isDirectory || isDocument else { continue }
                if let exclusions, try exclusions.exclusion(of: path, isDirectory: isDirectory) != nil { continue }
                if isDirectory {
                    children.append((entry + "/", path, true))
                } else if let kind = SourceFile.fileKind(status.st_mode) {
                    skipped.append(PathError(path: path, reason: "is \(kind), not a regular file, so it was skipped"))
                } else {
                    children.append((entry, path, false))
                }
            }
            // Last first: the stack gives back the first.
            children.sort { $0.key > $1.key }
            pending += children.lazy.map { ($0.path, $0.isDirectory) }
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
