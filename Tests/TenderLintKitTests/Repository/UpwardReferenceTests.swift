import Foundation
import Testing

/// The kit is a one-way house: data flows from bytes to reports, and each room (a folder of
/// Sources/TenderLintKit) uses only the rooms below it. A type named in a room above is a file in the wrong room.
@Suite("The kit's rooms reach only down the pipeline")
struct UpwardReferenceTests {
    /// The rooms, lowest first. Fixing sits above Linting because it lints each fixed text again.
    static let pipeline = [
        "Support", "Source", "Diagnostics", "Tree", "Reading", "Model", "Catalogues", "Engine", "Configuration",
        "Gate", "Linting", "Fixing", "Examples", "Reporting", "Audit", "Run",
    ]

    /// References allowed upward, each with the reason it is not a file in the wrong room: "Room/File.swift → Type".
    static let allowed: [String: String] = [:]

    static let kit = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/TenderLintKit")

    struct SourceFileText {
        var room: String
        var path: String
        /// The text without comments and string literals: what the compiler reads as names.
        var code: String
    }

    static func sources() throws -> [SourceFileText] {
        let enumerator = try #require(FileManager.default.enumerator(at: kit, includingPropertiesForKeys: nil))
        var files: [SourceFileText] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let relative = String(url.path.dropFirst(kit.path.count + 1))
            let room = relative.split(separator: "/").count > 1 ? String(relative.split(separator: "/")[0]) : "(top level)"
            files.append(SourceFileText(room: room, path: relative, code: withoutCommentsAndStrings(try String(contentsOf: url, encoding: .utf8))))
        }
        return files.sorted { $0.path < $1.path }
    }

    static func withoutCommentsAndStrings(_ text: String) -> String {
        text.replacing(/"""(?s:.*?)"""/, with: "\"\"")
            .replacing(/\/\*(?s:.*?)\*\//, with: "")
            .replacing(/\/\/[^\n]*/, with: "")
            .replacing(/"(?:\\.|[^"\\\n])*"/, with: "\"\"")
    }

    /// Types and capitalised functions declared at the top level of a file, and every type declared in it at
    /// any depth (a nested `Label` names that one, not a room's top-level `Label`).
    static func declarations(in code: String) -> (topLevel: Set<String>, any: Set<String>) {
        let kinds = /(?:struct|enum|class|protocol|typealias|actor)\s+([A-Z]\w*)/
        var topLevel: Set<String> = []
        var any: Set<String> = []
        for line in code.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            if let match = trimmed.firstMatch(of: kinds), trimmed.firstMatch(of: /^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|internal|private|fileprivate|package|final|indirect|nonisolated|open)\s+)*(?:struct|enum|class|protocol|typealias|actor)\s/) != nil {
                any.insert(String(match.1))
                if line.first != " " { topLevel.insert(String(match.1)) }
            }
            if line.first != " ", let function = line.firstMatch(of: /^(?:public\s+|internal\s+)?func\s+([A-Z]\w*)\s*[(<]/) {
                topLevel.insert(String(function.1))
            }
        }
        return (topLevel, any)
    }

    /// Capitalised names used in code. A name after a dot is a member (`Diagnostic.FixIt`), not a room's type.
    static func names(in code: String) -> Set<String> {
        Set(code.matches(of: /(?:^|[^.\w])([A-Z]\w*)\b/).map { String($0.1) })
    }

    @Test("every folder of the kit is a room of the pipeline")
    func everyFolderIsARoom() throws {
        let rooms = Set(try Self.sources().map(\.room))
        #expect(rooms.subtracting(Self.pipeline).isEmpty, "rooms outside the pipeline: \(rooms.subtracting(Self.pipeline).sorted())")
    }

    @Test("no room names a type declared only in a room above it")
    func noUpwardReferences() throws {
        let files = try Self.sources()
        var declaredIn: [String: Set<String>] = [:]
        var nestedIn: [String: Set<String>] = [:]
        for file in files {
            let declared = Self.declarations(in: file.code)
            for name in declared.topLevel { declaredIn[name, default: []].insert(file.room) }
            nestedIn[file.room, default: []].formUnion(declared.any)
        }
        var upward: [String] = []
        for file in files {
            guard let level = Self.pipeline.firstIndex(of: file.room) else { continue }
            for name in Self.names(in: file.code).sorted() {
                guard let rooms = declaredIn[name], !rooms.contains(file.room), nestedIn[file.room]?.contains(name) != true else { continue }
                let above = rooms.allSatisfy { (Self.pipeline.firstIndex(of: $0) ?? -1) > level }
                let key = "\(file.path) → \(name)"
                if above, Self.allowed[key] == nil {
                    upward.append("\(key) (declared in \(rooms.sorted().joined(separator: ", ")))")
                }
            }
        }
        #expect(upward.isEmpty, "files in the wrong room, or names to move down:\n\(upward.joined(separator: "\n"))")
    }

    @Test("the check finds an upward reference when there is one")
    func checkCanFail() {
        let engine = Self.declarations(in: "public struct RuleEngine {\n    struct Nested {}\n}\npublic func Message(_ text: String) {}\n")
        #expect(engine.topLevel == ["RuleEngine", "Message"])
        #expect(engine.any == ["RuleEngine", "Nested"])
        let code = Self.withoutCommentsAndStrings("let x = RuleEngine() // Linter\nlet y = \"Reporter\"\nlet z = a.Linter")
        #expect(Self.names(in: code) == ["RuleEngine"])
    }
}
