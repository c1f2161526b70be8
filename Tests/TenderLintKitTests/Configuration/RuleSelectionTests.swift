import Foundation
import Testing
@testable import TenderLintKit

/// The test rules with a reading check (always on) and a model check beside them.
private let known = KnownRules(rules: ConfigurationTestRules.rules, checks: [
    RuleIdentity(id: "TL001", name: "xml-well-formed"), RuleIdentity(id: "TL003", name: "not-a-tender-document"),
])

private func selection(select: [String]? = nil, extend: [String] = [], ignore: [String] = []) throws -> RuleSelection {
    try RuleSelection(select: select, extendSelect: extend, ignore: ignore, known: known)
}

private func running(_ selection: RuleSelection, over settings: FileSettings = FileSettings(file: "t.json")) -> [String] {
    let applied = selection.applied(to: settings)
    return known.entries.map(\.identity.id).filter(applied.runs)
}

@Suite("Rules chosen on the command line")
struct RuleSelectionTests {
    @Test("--select runs only the rules it names, and the reading checks, which are always on")
    func selectReplaces() throws {
        let chosen = try selection(select: ["SV"])
        #expect(running(chosen) == ["SV001", "TL001"])
        #expect(chosen.choices["NZ004"] == RuleSelection.Choice(runs: false, option: "--select", selector: nil))
        #expect(chosen.choices["NZ004"]?.description == "not in --select")
        #expect(chosen.choices["TL001"] == nil)
    }

    @Test("selectors are ids, prefixes, names or ALL, in any case, comma-separated or repeated")
    func selectorForms() throws {
        #expect(running(try selection(select: ["sv001,tom"])) == ["SV001", "TL001", "TOM007"])
        #expect(running(try selection(select: ["net-zero-target-year", "Tl00"])) == ["NZ004", "TL001", "TL003"])
        #expect(running(try selection(select: ["all"])) == known.entries.map(\.identity.id))
        #expect(running(try selection(select: ["T"])) == ["TL001", "TL003", "TOM007"])
    }

    @Test("the more specific selector wins where --select and --ignore both match; a tie goes to --ignore")
    func specificityWins() throws {
        #expect(running(try selection(select: ["SV001,NZ"], ignore: ["SV", "NZ004"])) == ["SV001", "TL001"])
        #expect(running(try selection(select: ["ALL"], ignore: ["TOM0"])) == ["NZ004", "SV001", "TL001", "TL003"])
        #expect(running(try selection(select: ["TOM"], ignore: ["tom"])) == ["TL001"])
        let chosen = try selection(select: ["SV001"], ignore: ["S"])
        #expect(chosen.choices["SV001"]?.description == "--select SV001")
    }

    @Test("--extend-select and --ignore leave the rules they do not match to the configuration")
    func extendAndIgnoreLayer() throws {
        var settings = FileSettings(file: "t.json")
        let origin = ConfigurationOrigin(path: ".tenderlint.yml", line: 2, column: 3)
        settings.rules["SV001"] = FileSettings.RuleSettings(severity: Sourced(.off, from: origin))
        settings.rules["TOM007"] = FileSettings.RuleSettings(severity: Sourced(.off, from: origin))
        settings.rules["NZ004"] = FileSettings.RuleSettings(severity: Sourced(.warning, from: origin))
        let chosen = try selection(extend: ["SV001"], ignore: ["TL003"])
        #expect(running(chosen, over: settings) == ["NZ004", "SV001", "TL001"])
        let applied = chosen.applied(to: settings)
        // A rule the configuration turned off runs at its own severity; another keeps the configuration's.
        #expect(applied.severity(of: "SV001") == nil)
        #expect(applied.severity(of: "NZ004") == .warning)
        #expect(applied.severity(of: "TL003") == .off)
        #expect(applied.selectionSummary == "--extend-select SV001 --ignore TL003")
    }

    @Test("an ignored rule is off in every part of the document, whatever a document path says")
    func ignoreBeatsDocumentPaths() throws {
        var settings = FileSettings(file: "t.json", defaultSeverities: ["SV001": .error])
        let origin = ConfigurationOrigin(path: ".tenderlint.yml", line: 4, column: 3)
        let scope = Sourced(DocumentPathScope(.pointer, "/lots/0"), from: origin)
        settings.scopedSeverities = [FileSettings.ScopedSeverity(ruleID: "SV001", scope: scope, severity: Sourced(.warning, from: origin))]
        let finding = Diagnostic(RuleIdentity(id: "SV001", name: "social-value-minimum-weighting"), .error, "finding",
                                 at: .wholeFile("t.json"), documentPath: "/lots/0")
        #expect(settings.severity(of: finding) == .warning)
        let ignored = try selection(ignore: ["SV001"]).applied(to: settings)
        #expect(ignored.severity(of: finding) == nil)
        #expect(!ignored.runs("SV001"))
        let text = EffectiveConfigurationText(known: known).render(ignored)
        #expect(text.contains("  SV001:  # social-value-minimum-weighting\n    severity: off  # --ignore SV001\n"))
        #expect(text.contains("    # not applied: --ignore SV001 turns SV001 off everywhere\n"))
    }

    @Test("a selector that names nothing is refused with the nearest ids, names or families")
    func unknownSelector() {
        #expect(throws: RuleSelectionError.self) { try selection(select: ["XYZ"]) }
        #expect(message { try selection(select: ["SV9"]) } == "--select SV9: no rule has this id or name, and no id starts with it; did you mean 'SV'?")
        #expect(message { try selection(ignore: ["social-value-minimum-weightng"]) }?.hasSuffix("did you mean 'social-value-minimum-weighting'?") == true)
        #expect(message { try selection(select: ["XYZ"]) }?.hasSuffix("'tenderlint rules' lists every id and name") == true)
        #expect(message { try selection(extend: ["SV001,,NZ"]) }?.hasPrefix("--extend-select 'SV001,,NZ' has an empty selector") == true)
    }

    @Test("a check that is always on cannot be ignored by name, and a prefix passes over it")
    func alwaysOnChecks() throws {
        #expect(message { try selection(ignore: ["xml-well-formed"]) }?.hasPrefix("--ignore xml-well-formed: TL001 is always reported") == true)
        #expect(running(try selection(ignore: ["TL"])) == ["NZ004", "SV001", "TL001", "TOM007"])
        #expect(RuleSelection.alwaysOn == ["TL001", "TL002", "TL004", "TL008", "TL012", "TL013", "TL014", "TL018"])
    }

    private func message(_ work: () throws -> RuleSelection) -> String? {
        do {
            _ = try work()
            return nil
        } catch let error as RuleSelectionError {
            return error.message
        } catch {
            return "\(error)"
        }
    }
}
