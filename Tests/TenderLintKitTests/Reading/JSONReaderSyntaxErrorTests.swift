import Foundation
import Testing
import TenderLintKit

@Suite("JSON reader: syntax errors")
struct JSONReaderSyntaxErrorTests: JSONReaderTesting {
    @Test("reports a missing comma between members at the next key, with a fix-it inserting it")
    func missingCommaInObject() throws {
        let error = try #require(failure(#"{"a": 1 "b": 2}"#))
        #expect(error.message == "expected ',' or '}' after object member")
        #expect(error.at == "1:9")
        #expect(error.label == #"found the string "b""#)
        let fix = try #require(error.fixIts.first)
        #expect(fix.replacement == ",")
        #expect(fix.location.start.description == "1:8")
        #expect(fix.location.start == fix.location.end)
        #expect(error.documentPath == "")
    }

    @Test("reports a wrong token after a member without a fix-it when no comma would help")
    func wrongTokenInObject() {
        let error = failure(#"{"a": 1 ]"#)
        #expect(error?.message == "expected ',' or '}' after object member")
        #expect(error?.at == "1:9")
        #expect(error?.fixIts.isEmpty == true)
        #expect(error?.secondary.first?.message == "the object opened here")
        #expect(error?.secondary.first?.location.start.description == "1:1")
    }

    @Test("reports a missing comma between array elements")
    func missingCommaInArray() {
        let error = failure("[1 2]")
        #expect(error?.message == "expected ',' or ']' after array element")
        #expect(error?.at == "1:4")
        #expect(error?.fixIts.first?.replacement == ",")
        #expect(error?.fixIts.first?.location.start.description == "1:3")
        let closer = failure("[1, 2}")
        #expect(closer?.message == "expected ',' or ']' after array element")
        #expect(closer?.at == "1:6")
        #expect(closer?.label == "found '}'")
    }

    @Test("points at a trailing comma in an object, with a fix-it removing it")
    func trailingCommaInObject() throws {
        let error = try #require(failure(#"{"a": 1,}"#))
        #expect(error.message == "trailing comma before '}' is not allowed in JSON")
        #expect(error.at == "1:8")
        let fix = try #require(error.fixIts.first)
        #expect(fix.replacement == "")
        #expect(fix.location.start.description == "1:8")
        #expect(fix.location.end.description == "1:9")
    }

    @Test("points at a trailing comma in an array")
    func trailingCommaInArray() {
        let error = failure("[1, 2, ]")
        #expect(error?.message == "trailing comma before ']' is not allowed in JSON")
        #expect(error?.at == "1:6")
        #expect(error?.fixIts.first?.replacement == "")
    }

    @Test("reports a stray comma on line 7 at column 3")
    func strayCommaOnLineSeven() {
        let text = """
            {
              "tender": {
                "title": "Community equipment",
                "lots": [{"id": "1"}, {"id": "2"}]
              },
              "weights": [60, 40]
              ,
            }
            """
        let error = failure(text)
        #expect(error?.message == "trailing comma before '}' is not allowed in JSON")
        #expect(error?.at == "7:3")
        #expect(error?.location.excerpt.lines.first?.number == 7)
        #expect(error?.fixIts.first?.location.start.description == "7:3")
    }

    @Test("asks for a string key in double quotes, with a fix-it quoting a bare or single-quoted key")
    func keys() {
        let bare = failure("{a: 1}")
        #expect(bare?.message == "expected a string key in double quotes")
        #expect(bare?.at == "1:2")
        #expect(bare?.fixIts.first?.replacement == #""a""#)

        let single = failure("{'weight': 1}")
        #expect(single?.message == "expected a string key in double quotes")
        #expect(single?.at == "1:2")
        #expect(single?.fixIts.first?.replacement == #""weight""#)
        #expect(single?.fixIts.first?.location.end.description == "1:10")

        let curly = failure("{“a”: 1}")
        #expect(curly?.message == "expected a string key in double quotes")
        #expect(curly?.at == "1:2")
        #expect(curly?.help.contains { $0.contains("typographic quote") } == true)

        let number = failure(#"{"a": 1, 2: 3}"#)
        #expect(number?.message == "expected a string key in double quotes")
        #expect(number?.at == "1:10")
    }

    @Test("asks for ':' after a key")
    func colon() {
        let missing = failure(#"{"a" 1}"#)
        #expect(missing?.message == "expected ':' after object key")
        #expect(missing?.at == "1:6")
        #expect(missing?.fixIts.first?.replacement == ":")
        #expect(missing?.fixIts.first?.location.start.description == "1:5")
        let equals = failure(#"{"a" = 1}"#)
        #expect(equals?.at == "1:6")
        #expect(equals?.fixIts.first?.replacement == ":")
        #expect(equals?.fixIts.first?.location.end.description == "1:7")
    }

    @Test("asks for a value where one is missing")
    func values() {
        let member = failure(#"{"a": }"#)
        #expect(member?.message == "expected a value")
        #expect(member?.at == "1:7")
        #expect(member?.label == "found '}'")
        #expect(member?.documentPath == "/a")
        let element = failure("[1, , 2]")
        #expect(element?.message == "expected a value")
        #expect(element?.at == "1:5")
        #expect(element?.documentPath == "/1")
        let single = failure(#"{"a": 'text'}"#)
        #expect(single?.message == "expected a value")
        #expect(single?.at == "1:7")
        #expect(single?.fixIts.first?.replacement == #""text""#)
        let end = failure("[1,\n  ")
        #expect(end?.message == "unexpected end of file: expected a value")
        #expect(end?.at == "1:4")
    }

    @Test("reports an empty or whitespace-only file at 1:1")
    func emptyFile() {
        for text in ["", "   ", "\n\n\t \r\n"] {
            let error = failure(text)
            #expect(error?.message == "the file is empty: expected a JSON value")
            #expect(error?.at == "1:1")
        }
        let bomOnly = failure(read(bytes: [0xEF, 0xBB, 0xBF]))
        #expect(bomOnly?.message == "the file is empty: expected a JSON value")
        #expect(bomOnly?.at == "1:1")
    }

    @Test("reports a truncated file at its end, naming the bracket left open")
    func truncated() throws {
        let error = try #require(failure(#"{"a": [1, 2"#))
        #expect(error.message == "unexpected end of file: expected ',' or ']' after array element")
        #expect(error.at == "1:12")
        #expect(error.secondary.first?.message == "the array opened here is never closed")
        #expect(error.secondary.first?.location.start.description == "1:7")
        #expect(error.documentPath == "/a")

        let object = failure("{\"a\": {\"b\": 1\n")
        #expect(object?.message == "unexpected end of file: expected ',' or '}' after object member")
        #expect(object?.at == "1:14")
        #expect(failure(#"{"a""#)?.message == "unexpected end of file: expected ':' after object key")
        #expect(failure(#"{"a": 1,"#)?.message == "unexpected end of file: expected a string key in double quotes")
        #expect(failure("[tru")?.message == "unknown word 'tru'; JSON literals are true, false and null")
    }

    @Test("reports unexpected content after the top-level value")
    func trailingContent() {
        let word = failure(#"{"a": 1} x"#)
        #expect(word?.message == "unexpected content after the JSON value")
        #expect(word?.at == "1:10")
        let second = failure("{}\n{}")
        #expect(second?.message == "unexpected content after the JSON value")
        #expect(second?.at == "2:1")
        #expect(second?.help.contains { $0.contains("JSON Lines") } == true)
        let bracket = failure(#"{"a": [1]}]"#)
        #expect(bracket?.at == "1:11")
        #expect(bracket?.documentPath == nil)
    }

    @Test("names the container being read in the document path of a syntax error")
    func errorPaths() {
        #expect(failure(#"{"tender": {"lots": [1, 2 3]}}"#)?.documentPath == "/tender/lots")
        #expect(failure(#"{"tender": {"title": "bad \x"}}"#)?.documentPath == "/tender/title")
        #expect(failure(#"{"a/b": [{"c": tru}]}"#)?.documentPath == "/a~1b/0/c")
        #expect(failure("[1 2]")?.documentPath == "")
    }

    @Test("rejects comments")
    func comments() {
        let line = failure("{\"a\": 1 // the weight\n}")
        #expect(line?.message == "comments are not allowed in JSON")
        #expect(line?.at == "1:9")
        #expect(line?.location.end.description == "1:22")
        #expect(failure("/* header */ {}")?.message == "comments are not allowed in JSON")
    }
}
