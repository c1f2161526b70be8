import Foundation
import Testing
@testable import TenderLintKit

@Suite("Configuration loader and YAML aliases")
struct ConfigurationLoaderAliasTests {
    private func problems(_ text: String) throws -> [Diagnostic] {
        let scratch = try ConfigurationScratch()
        let path = try scratch.write(".tenderlint.yml", text)
        do {
            _ = try ConfigurationLoader(knownRules: ConfigurationTestRules.known, workingDirectory: scratch.path).load(path: path)
        } catch {
            return error.diagnostics
        }
        Issue.record("the configuration loaded without problems")
        return []
    }

    @Test("an alias bomb is refused at its first alias, at once, with TL012")
    func refusesAnAliasBomb() throws {
        let found = try problems(YAMLBomb.text)
        #expect(found.count == 1)
        let problem = try #require(found.first)
        #expect(problem.rule == ConfigurationRule.invalidConfiguration)
        #expect(problem.severity == .error)
        #expect(problem.location.start.description == "2:10")
        #expect(problem.location.end.description == "2:13")
        #expect(problem.message == "aliases (*a0) are not allowed in a configuration file; write the value out")
    }

    @Test("a single alias is refused too, where it is written")
    func refusesASingleAlias() throws {
        let found = try problems("rules:\n  SV001: &level warning\n  NZ004: *level\n")
        #expect(found.map { $0.location.start.description } == ["3:10"])
    }

    @Test("an anchor with no alias is read as the value it marks")
    func acceptsAnAnchorAlone() throws {
        let scratch = try ConfigurationScratch()
        let path = try scratch.write(".tenderlint.yml", "rules:\n  SV001: &level warning\n")
        let configuration = try ConfigurationLoader(knownRules: ConfigurationTestRules.known, workingDirectory: scratch.path).load(path: path)
        #expect(configuration.settings.rules.first?.severity?.value == .warning)
    }
}
