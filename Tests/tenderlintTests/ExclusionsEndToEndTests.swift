import Foundation
import Testing

/// What `lint` leaves out: `.gitignore`/`.ignore`, the default exclusions, `exclude`/`extend-exclude`,
/// `--exclude`, and `--force-exclude` for named files; and JSON or XML that is no tender stays TL003 info.
@Suite("Exclusions")
struct ExclusionsEndToEndTests {
    typealias Shell = DocumentationShell

    /// A git repository of tenders with `node_modules/` (package files and malformed JSON) and `dist/`.
    static func repository() throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch)
        try FileManager.default.removeItem(at: scratch.url.appendingPathComponent("tenders/drafts"))
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try scratch.write(".gitignore", "node_modules/\ndist/\n")
        try scratch.write("node_modules/left-pad/package.json", "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}\n")
        try scratch.write("node_modules/broken/package.json", "{\"name\": \"broken\",\n")
        try scratch.write("node_modules/broken/lib/data.json", "[1, 2,, 3]\n")
        try scratch.write("dist/tenders.json", "{ \"tenderSpec\": \"1\", oops }\n")
        return scratch
    }

    @Test("a repository with node_modules/ and a .gitignore lints only the tenders: the same findings and status")
    func repositoryOfTenders() throws {
        let scratch = try Self.repository()
        let whole = try Shell.run("tenderlint lint --format concise", in: scratch.url)
        let tenders = try Shell.run("tenderlint lint tenders --format concise", in: scratch.url)
        #expect(whole.status == 1 && whole.status == tenders.status)
        #expect(whole.standardOutput == tenders.standardOutput)
        #expect(!whole.standardOutput.contains("node_modules") && !whole.standardOutput.contains("dist/"))
    }

    @Test("--no-respect-gitignore reads what .gitignore lists; node_modules stays out by default")
    func noRespectGitignore() throws {
        let scratch = try Self.repository()
        let outcome = try Shell.run("tenderlint lint --no-respect-gitignore --format concise", in: scratch.url)
        #expect(outcome.standardOutput.contains("dist/tenders.json:1:"))
        #expect(!outcome.standardOutput.contains("node_modules"))
    }

    @Test("a file named on the command line is linted even when excluded, unless --force-exclude")
    func namedFiles() throws {
        let scratch = try Self.repository()
        let named = try Shell.run("tenderlint lint dist/tenders.json node_modules/broken/package.json --format concise", in: scratch.url)
        #expect(named.status == 1 && named.standardOutput.contains("dist/tenders.json") && named.standardOutput.contains("node_modules/broken"))
        let forced = try Shell.run("tenderlint lint --force-exclude dist/tenders.json node_modules/broken/package.json tenders/crisis-line.xml --format concise", in: scratch.url)
        #expect(forced.standardOutput.hasPrefix("tenders/crisis-line.xml:"))
        #expect(!forced.standardOutput.contains("dist/") && !forced.standardOutput.contains("node_modules"))
        let none = try Shell.run("tenderlint lint --force-exclude dist/tenders.json", in: scratch.url)
        #expect(none.status == 0)
    }

    @Test("nested .gitignore and .ignore files apply below their folders, with ! taking a file back")
    func nestedIgnoreFiles() throws {
        let scratch = try Self.repository()
        try scratch.write("tenders/.gitignore", "*.xml\n!crisis-line.xml\n")
        try scratch.write("tenders/.ignore", "wheelchair-services.json\n")
        let outcome = try Shell.run("tenderlint lint --format concise", in: scratch.url)
        #expect(outcome.standardOutput.contains("tenders/crisis-line.xml:"))
        #expect(!outcome.standardOutput.contains("tenders/security-services.xml"))
        #expect(!outcome.standardOutput.contains("wheelchair-services.json"))
        #expect(outcome.standardOutput.contains("tenders/dvla-contact-centre.json") || outcome.standardOutput.contains(" in "))
    }

    @Test("exclude and extend-exclude in .tenderlint.yml, relative to its folder, and --exclude relative to the current folder")
    func configuredExclusions() throws {
        let scratch = try Self.repository()
        try scratch.write("tenders/.tenderlint.yml", "extend-exclude: [\"crisis-*.xml\"]\n")
        let extended = try Shell.run("tenderlint lint --format concise", in: scratch.url)
        #expect(!extended.standardOutput.contains("crisis-line.xml") && extended.standardOutput.contains("wheelchair-services.json"))
        // `exclude` replaces the defaults: node_modules is read again (but .gitignore still leaves it out).
        try scratch.write("tenders/.tenderlint.yml", "exclude: [\"wheelchair-services.json\"]\n")
        let replaced = try Shell.run("tenderlint lint tenders --format concise", in: scratch.url)
        #expect(!replaced.standardOutput.contains("wheelchair-services.json") && replaced.standardOutput.contains("crisis-line.xml"))
        let flagged = try Shell.run("tenderlint lint --exclude 'tenders/*.xml' --exclude dvla-contact-centre.json --format concise", in: scratch.url)
        #expect(!flagged.standardOutput.contains(".xml:") && !flagged.standardOutput.contains("dvla-contact-centre"))
        #expect(flagged.standardOutput.contains("tenders/audiology-services.json"))
    }

    @Test("a glob that cannot be used is a positioned configuration error, or a usage error on the command line")
    func badGlobs() throws {
        let scratch = try Self.repository()
        try scratch.write(".tenderlint.yml", "extend-exclude:\n  - \"drafts/[unclosed\"\n")
        let configured = try Shell.run("tenderlint lint", in: scratch.url)
        #expect(configured.status == 2)
        #expect((configured.standardOutput + configured.standardError).contains(".tenderlint.yml:2:13: error: the glob 'drafts/[unclosed' cannot be used"))
        try scratch.write(".tenderlint.yml", "overrides:\n  - files: [\"*.json\"]\n    exclude: [\"a\"]\n")
        let nested = try Shell.run("tenderlint lint", in: scratch.url)
        #expect(nested.status == 2 && nested.standardError.contains("'exclude' cannot be set in an override"))
        let flag = try Shell.run("tenderlint lint --no-config --exclude '{a'", in: scratch.url)
        #expect(flag.status == 2 && flag.standardError.contains("--exclude '{a' cannot be used"))
    }

    @Test("JSON and XML that is plainly no tender stays TL003 info and the run passes",
          arguments: [
            ("package.json", "{\"name\": \"tender-site\", \"version\": \"1.2.0\", \"scripts\": {\"test\": \"jest\"}, \"dependencies\": {\"lodash\": \"^4.17.21\"}}"),
            ("package-lock.json", "{\"name\": \"tender-site\", \"lockfileVersion\": 3, \"requires\": true, \"packages\": {\"node_modules/lodash\": {\"version\": \"4.17.21\"}}}"),
            ("tsconfig.json", "{\"compilerOptions\": {\"target\": \"es2020\", \"strict\": true, \"outDir\": \"dist\"}, \"include\": [\"src\"]}"),
            (".eslintrc.json", "{\"root\": true, \"extends\": [\"eslint:recommended\"], \"rules\": {\"no-unused-vars\": \"error\"}}"),
            ("composer.json", "{\"name\": \"council/tenders\", \"type\": \"project\", \"require\": {\"php\": \">=8.1\"}}"),
            ("tender.schema.json", "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"title\": \"Tender\", \"type\": \"object\", \"properties\": {\"tender\": {\"type\": \"object\", \"properties\": {\"value\": {\"type\": \"number\"}, \"awardCriteria\": {\"type\": \"array\"}}}}}"),
            ("tender-schema.xml", "<?xml version=\"1.0\"?>\n<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"tender\"/></xs:schema>\n"),
            ("pom.xml", "<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion><artifactId>tenders</artifactId></project>\n"),
            ("logo.xml", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>Tender</title><rect width=\"10\" height=\"10\"/></svg>\n"),
          ])
    func notATender(file: String, text: String) throws {
        let scratch = try ScratchDirectory()
        try scratch.write(file, text)
        let outcome = try Shell.run("tenderlint lint --format concise \(file)", in: scratch.url)
        #expect(outcome.status == 0, "\(file): \(outcome.standardOutput)")
        #expect(outcome.standardOutput.contains("\(file):") && outcome.standardOutput.contains("info: this ") && outcome.standardOutput.contains("[TL003]"))
        #expect(!outcome.standardOutput.contains("error") && !outcome.standardOutput.contains("warning"), "\(file): \(outcome.standardOutput)")
    }
}
