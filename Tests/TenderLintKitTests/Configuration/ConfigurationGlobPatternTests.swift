import Testing
import TenderLintKit

private func glob(_ pattern: String) throws -> GlobPattern { try GlobPattern(pattern) }

@Suite("Configuration globs")
struct ConfigurationGlobPatternTests {
    @Test("* and ? stay within one name")
    func stars() throws {
        let pattern = try glob("tenders/*.json")
        #expect(pattern.matches("tenders/a.json"))
        #expect(pattern.matches("tenders/.json"))
        #expect(!pattern.matches("tenders/2026/a.json"))
        #expect(!pattern.matches("other/a.json"))
        #expect(!pattern.matches("tenders/a.xml"))
        let one = try glob("lot-?.xml")
        #expect(one.matches("lot-1.xml") && one.matches("deep/down/lot-2.xml"))
        #expect(!one.matches("lot-10.xml") && !one.matches("lot-.xml"))
    }

    @Test("** crosses any number of folders, none included")
    func doubleStars() throws {
        let anywhere = try glob("**/*.xml")
        #expect(anywhere.matches("a.xml") && anywhere.matches("x/y/z/a.xml"))
        let under = try glob("tenders/**/final/*.json")
        #expect(under.matches("tenders/final/a.json"))
        #expect(under.matches("tenders/2026/q1/final/a.json"))
        #expect(!under.matches("tenders/2026/draft/a.json"))
        let all = try glob("archive/**")
        #expect(all.matches("archive/a.json") && all.matches("archive/2020/b.xml"))
        #expect(!all.matches("archived/a.json"))
    }

    @Test("character classes, ranges and negation")
    func classes() throws {
        let set = try glob("lot[123].json")
        #expect(set.matches("lot1.json") && set.matches("lot3.json") && !set.matches("lot4.json"))
        let range = try glob("20[0-9][0-9]/*.xml")
        #expect(range.matches("2026/a.xml") && !range.matches("20x6/a.xml"))
        let negated = try glob("[!_]*.json")
        #expect(negated.matches("a.json") && !negated.matches("_draft.json"))
        #expect(try glob("[^_]*.json").matches("b.json"))
        #expect(try glob("[]]x").matches("]x"))
        #expect(try glob("a[-b]c").matches("a-c"))
    }

    @Test("braces give alternatives; a backslash makes a character literal")
    func bracesAndEscapes() throws {
        let either = try glob("tenders/*.{json,xml}")
        #expect(either.matches("tenders/a.json") && either.matches("tenders/a.xml") && !either.matches("tenders/a.csv"))
        let nested = try glob("{a,b{1,2}}.json")
        #expect(nested.matches("a.json") && nested.matches("b2.json") && !nested.matches("b.json"))
        let literal = try glob("odd\\*name.json")
        #expect(literal.matches("odd*name.json") && !literal.matches("oddXname.json"))
    }

    @Test("a pattern without a slash matches a name at any depth; one with a slash is anchored")
    func anchoring() throws {
        let name = try glob("*.jsonl")
        #expect(name.matches("a.jsonl") && name.matches("deep/er/a.jsonl"))
        let anchored = try glob("tenders/a.json")
        #expect(anchored.matches("tenders/a.json") && !anchored.matches("x/tenders/a.json"))
        #expect(try glob("/a.json").matches("a.json"))
        #expect(!(try glob("/a.json").matches("x/a.json")))
        #expect(try glob("./tenders/*.json").matches("tenders/a.json"))
        #expect(!(try glob("./a.json").matches("x/a.json")))
    }

    @Test("a pattern that matches a folder matches everything under it")
    func folders() throws {
        #expect(try glob("archive").matches("archive/2020/a.json"))
        #expect(try glob("archive/").matches("old/archive/a.json"))
        #expect(try glob("tenders/archive").matches("tenders/archive/a.json"))
        #expect(!(try glob("tenders/archive").matches("tenders/archived/a.json")))
    }

    @Test("paths outside the configuration's folder match only patterns that say so")
    func outside() throws {
        #expect(try glob("../shared/*.json").matches("../shared/a.json"))
        #expect(!(try glob("shared/*.json").matches("../shared/a.json")))
        #expect(try glob("*.json").matches("../shared/a.json"))
    }

    @Test("an unusable pattern says why and where")
    func problems() {
        #expect(throws: GlobPattern.Problem(message: "this '[' is never closed with ']'", offset: 4)) { try GlobPattern("lot-[12.json") }
        #expect(throws: GlobPattern.Problem(message: "this '{' is never closed with '}'", offset: 2)) { try GlobPattern("*.{json") }
        #expect(throws: GlobPattern.Problem(message: "this '}' closes no '{'", offset: 6)) { try GlobPattern("*.json}") }
        #expect(throws: GlobPattern.Problem.self) { try GlobPattern("") }
        #expect(throws: GlobPattern.Problem.self) { try GlobPattern("a\\") }
        #expect(throws: GlobPattern.Problem.self) { try GlobPattern("[z-a]") }
    }
}
