import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// Rules/ is laid out as SwiftLint and ruff lay out their rules: `Rules/<Family>/<ID><Name>.swift`, one rule a file,
/// so a rule is found by its id and a file's history is one rule's.
@Suite("Rules/ layout")
struct RulesLayoutTests {
    static let rulesFolder = PackageFolder.root.appendingPathComponent("Rules")

    /// A Swift file under Rules/, by its path there ("SocialValue/SV001SocialValueMinimumWeighting.swift").
    struct SourceFile {
        var path: String
        var text: String

        var name: String { String(path.split(separator: "/").last!.dropLast(".swift".count)) }
        var folder: String { path.split(separator: "/").dropLast().joined(separator: "/") }

        /// The `Rule("ID", "name")` declarations in the file.
        var declarations: [RuleIdentity] {
            text.matches(of: /\bRule\(\s*"([A-Z]+[0-9]{3})",\s*"([a-z0-9-]+)"/).map { RuleIdentity(id: String($0.1), name: String($0.2)) }
        }
    }

    static let files: [SourceFile] = {
        let enumerator = FileManager.default.enumerator(at: rulesFolder, includingPropertiesForKeys: nil)!
        return enumerator.compactMap { item -> SourceFile? in
            let url = item as! URL
            guard url.pathExtension == "swift", let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
            let path = url.standardizedFileURL.path.dropFirst(rulesFolder.standardizedFileURL.path.count + 1)
            return SourceFile(path: String(path), text: text)
        }.sorted { $0.path < $1.path }
    }()

    /// The file a rule lives in: its id, then its name in UpperCamelCase ("SV001SocialValueMinimumWeighting").
    static func fileName(of identity: RuleIdentity) -> String {
        identity.id + identity.name.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// Whether a file's name says it holds a rule: an id of capitals and three digits, then a capital.
    static func isRuleFile(_ file: SourceFile) -> Bool {
        file.name.prefixMatch(of: /[A-Z]+[0-9]{3}[A-Z]/) != nil && !file.name.hasSuffix("+Examples")
    }

    @Test("finds the rule files it checks")
    func findsFiles() {
        #expect(Self.files.filter(Self.isRuleFile).count == BuiltInRules.ruleSet.rules.count)
    }

    @Test("declares exactly one rule in each rule file, the one the file is named for")
    func oneRulePerFile() {
        for file in Self.files where Self.isRuleFile(file) {
            let declared = file.declarations
            #expect(declared.count == 1, "\(file.path) declares \(declared.map(\.id))")
            if let identity = declared.first {
                #expect(file.name == Self.fileName(of: identity), "\(file.path) declares \(identity)")
            }
        }
    }

    @Test("declares no rule outside a rule file: family enums, support files and examples hold none")
    func noRuleElsewhere() {
        for file in Self.files where !Self.isRuleFile(file) {
            #expect(file.declarations.isEmpty, "\(file.path) declares \(file.declarations.map(\.id))")
        }
    }

    @Test("gives every built-in rule its file in a family folder, whose rules share one id prefix")
    func everyRuleHasItsFile() {
        let paths = Dictionary(Self.files.filter(Self.isRuleFile).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for rule in BuiltInRules.ruleSet.rules {
            let file = paths[Self.fileName(of: rule.identity)]
            #expect(file != nil, "no file \(Self.fileName(of: rule.identity)).swift for \(rule.identity)")
            #expect(file.map { !$0.folder.isEmpty && !$0.folder.contains("/") } ?? true, "\(file?.path ?? "") is not in a family folder")
        }
        let byFolder = Dictionary(grouping: Self.files.filter(Self.isRuleFile), by: \.folder)
        for (folder, files) in byFolder {
            let prefixes = Set(files.map { $0.name.prefixMatch(of: /[A-Z]+(?=[0-9])/).map { String($0.output) } ?? "" })
            #expect(prefixes.count == 1, "\(folder) holds rules of \(prefixes.sorted())")
        }
    }

    @Test("keeps a rule's examples beside it, in a file named for the rule")
    func examplesBesideTheirRule() {
        let names = Set(Self.files.map(\.path))
        for file in Self.files where file.name.hasSuffix("+Examples") {
            let rule = file.path.replacingOccurrences(of: "+Examples.swift", with: ".swift")
            let besideItsRule = names.contains(rule)
            #expect(besideItsRule, "\(file.path) has no rule file \(rule)")
        }
    }
}
