import Testing
import TenderLintKit

private func ignored(_ text: String, _ path: String, directory: Bool = false) -> Bool? {
    IgnoreFile(path: ".gitignore", text: text).decision(for: path, isDirectory: directory)?.ignored
}

/// The examples of gitignore(5), and its rules one by one.
@Suite("Ignore files, with git's rules")
struct IgnoreFileTests {
    @Test("blank lines and comments say nothing; \\# starts a pattern with #")
    func comments() {
        #expect(ignored("\n# a.json\n", "a.json") == nil)
        #expect(ignored("\\#notes.json", "#notes.json") == true)
    }

    @Test("trailing spaces are dropped unless escaped, and CRLF line ends are read")
    func spaces() {
        #expect(ignored("a.json   \r\n", "a.json") == true)
        #expect(ignored("a\\ ", "a ") == true)
        #expect(ignored("a\\ ", "a") == nil)
    }

    @Test("a pattern without a slash matches a name at any depth; a slash at the start or middle anchors it")
    func anchoring() {
        #expect(ignored("foo", "foo") == true && ignored("foo", "a/b/foo") == true)
        // "doc/frotz" and "/doc/frotz" both match doc/frotz but not a/doc/frotz.
        for pattern in ["doc/frotz", "/doc/frotz"] {
            #expect(ignored(pattern, "doc/frotz", directory: true) == true)
            #expect(ignored(pattern, "a/doc/frotz", directory: true) == nil)
        }
        #expect(ignored("/a.json", "tenders/a.json") == nil)
    }

    @Test("a trailing slash matches folders only: frotz/ matches a folder frotz at any depth, not a file")
    func directoryOnly() {
        #expect(ignored("frotz/", "a/frotz", directory: true) == true)
        #expect(ignored("frotz/", "a/frotz") == nil)
        #expect(ignored("frotz/", "frotz", directory: true) == true)
    }

    @Test("* and ? do not cross a slash; a set matches one character")
    func wildcards() {
        #expect(ignored("foo/*", "foo/test.json") == true)
        #expect(ignored("foo/*", "foo/bar/hello.c") == nil)
        #expect(ignored("lot-?.json", "lot-1.json") == true && ignored("lot-?.json", "lot-10.json") == nil)
        #expect(ignored("draft-[a-c].xml", "draft-b.xml") == true && ignored("draft-[a-c].xml", "draft-d.xml") == nil)
        #expect(ignored("draft-[!a].xml", "draft-b.xml") == true && ignored("draft-[!a].xml", "draft-a.xml") == nil)
    }

    @Test("** in front matches in all folders, inside matches any folders, at the end everything inside")
    func doubleStars() {
        #expect(ignored("**/foo", "foo") == true && ignored("**/foo", "x/y/foo") == true)
        #expect(ignored("**/foo/bar", "x/foo/bar") == true)
        #expect(ignored("abc/**", "abc/x/y.json") == true)
        #expect(ignored("abc/**", "abc", directory: true) == nil)
        for path in ["a/b", "a/x/b", "a/x/y/b"] { #expect(ignored("a/**/b", path) == true) }
    }

    @Test("! takes back what an earlier pattern ignored; the last pattern that matches decides")
    func negation() {
        let text = "*.json\n!keep.json\n"
        #expect(ignored(text, "a.json") == true)
        #expect(ignored(text, "keep.json") == false)
        #expect(ignored("!keep.json\n*.json", "keep.json") == true)
        #expect(ignored("\\!important.json", "!important.json") == true)
        // gitignore(5): exclude everything except the folder foo/bar.
        let only = "/*\n!/foo\n/foo/*\n!/foo/bar\n"
        #expect(ignored(only, "foo", directory: true) == false)
        #expect(ignored(only, "foo/baz", directory: true) == true)
        #expect(ignored(only, "foo/bar", directory: true) == false)
        #expect(ignored(only, "other", directory: true) == true)
    }

    @Test("braces and commas are literal, as git has no alternatives; a pattern that cannot be read is passed over")
    func literalBraces() {
        #expect(ignored("{a,b}.json", "{a,b}.json") == true)
        #expect(ignored("{a,b}.json", "a.json") == nil)
        #expect(ignored("[unclosed\nb.json", "b.json") == true)
    }

    @Test("the decision names the line of the pattern that made it")
    func line() {
        #expect(IgnoreFile(path: ".gitignore", text: "# c\n\nnode_modules/\n").decision(for: "node_modules", isDirectory: true)?.line == 3)
    }
}
