import Foundation
import Testing
import TenderLintKit

/// The error a baseline text must give.
private func loadError(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> BaselineError? {
    do throws(BaselineError) {
        let baseline = try Baseline.load(SourceFile(path: "baseline.json", text: text))
        Issue.record("expected an error, got \(baseline.entries.count) entries", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

// MARK: - Malformed baseline files

@Suite("Baseline: malformed files")
struct BaselineMalformedTests {
    @Test("a missing file gives a one-line reason")
    func missingFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString).json").path
        do throws(BaselineError) {
            _ = try Baseline.load(path: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.path == path)
            #expect(error.reason == "no such file or directory")
            #expect(error.diagnostics.isEmpty)
            #expect(error.description == "\(path): no such file or directory")
        }
    }

    @Test("bad JSON is reported where it breaks")
    func badJSON() throws {
        let error = try #require(loadError("""
            {
              "tenderlintBaseline": "2",
              "entries": [],
            }
            """))
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.rule == ReaderRule.jsonWellFormed)
        #expect(diagnostic.location.start.line == 3)
        #expect(diagnostic.location.start.column == 16)
        #expect(error.reason.hasPrefix("not valid JSON: 3:16: trailing comma"))
    }

    @Test("an empty file is not a baseline")
    func emptyFile() throws {
        let error = try #require(loadError(""))
        #expect(!error.reason.isEmpty)
    }

    @Test("another version is reported at the version, with a reason that names it")
    func wrongVersion() throws {
        let error = try #require(loadError("""
            {
              "tenderlintBaseline": "3",
              "entries": [{"fingerprint": "abc"}]
            }
            """))
        #expect(error.reason == "baseline format version 3; this tenderlint reads version 2")
        #expect(error.diagnostics.count == 1, "nothing else is checked in a format this tenderlint does not know")
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.rule == BaselineRule.invalidBaseline)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == #"this baseline is format version "3"; this tenderlint reads version "2""#)
        #expect(diagnostic.location.start.line == 2)
        #expect(diagnostic.location.start.column == 25)
        #expect(diagnostic.documentPath == "/tenderlintBaseline")
    }

    @Test("a version 1 baseline, which matched by position and located text, is refused with how to record it again")
    func versionOne() throws {
        let error = try #require(loadError("""
            {
              "tenderlintBaseline": "1",
              "entries": [{"file": "a.xml", "ruleId": "SV001", "documentPath": "/Tender/Weight", "subject": "<Weight>8</Weight>"}]
            }
            """))
        #expect(error.reason.hasPrefix("baseline format version 1, written by an earlier tenderlint"))
        #expect(error.diagnostics.count == 1, "its entries are not checked against version 2's fields")
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.message == #"this baseline is format version "1", which this tenderlint no longer reads"#)
        #expect(diagnostic.location.start.line == 2)
        #expect(diagnostic.help.first?.contains("--write-baseline") == true)
    }

    @Test("the version written as a number gets a fix-it")
    func numericVersion() throws {
        let error = try #require(loadError(#"{"tenderlintBaseline": 2, "entries": []}"#))
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.fixIts.first?.replacement == "\"2\"")
        #expect(diagnostic.location.start.column == 24)
    }

    @Test("JSON that is not a baseline says so in one line")
    func notABaseline() throws {
        let error = try #require(loadError(#"{"ocid": "ocds-213czf-1", "tender": {}}"#))
        #expect(error.reason == #"not a tenderlint baseline: it has no "tenderlintBaseline" version; write one with --write-baseline"#)
        #expect(error.diagnostics.first?.location.start.line == 1)

        let array = try #require(loadError("[1, 2]"))
        #expect(array.reason.hasPrefix("not a tenderlint baseline: it holds a list"))
    }

    @Test("missing keys are reported at the entry, each one")
    func missingKeys() throws {
        let error = try #require(loadError("""
            {
              "tenderlintBaseline": "2",
              "entries": [
                {"file": "tenders/a.xml", "ruleId": "SV001", "subject": "<Weight>8</Weight>"},
                {"file": "tenders/a.xml", "subject": "<Weight>9</Weight>"},
                {"ruleId": "SV001", "subject": ""}
              ]
            }
            """))
        #expect(error.diagnostics.map(\.message) == [#"this entry has no "ruleId""#, #"this entry has no "file""#])
        #expect(error.diagnostics.map(\.location.start.line) == [5, 6])
        #expect(error.diagnostics.map(\.location.start.column) == [5, 5])
        #expect(error.diagnostics.map(\.documentPath) == ["/entries/1", "/entries/2"])
        #expect(error.reason == #"5:5: this entry has no "ruleId" (and 1 more)"#)
    }

    @Test("a baseline without entries is reported")
    func missingEntries() throws {
        let error = try #require(loadError(#"{"tenderlintBaseline": "2"}"#))
        #expect(error.diagnostics.map(\.message) == [#"this baseline has no "entries""#])
    }

    @Test("an unknown key is reported at the key, with a did-you-mean")
    func unknownKey() throws {
        let error = try #require(loadError("""
            {"tenderlintBaseline": "2", "entries": [
              {"file": "a.xml", "ruleId": "SV001", "valeu": "8", "subject": "s"}
            ]}
            """))
        let diagnostic = try #require(error.diagnostics.first)
        #expect(error.diagnostics.count == 1)
        #expect(diagnostic.message == #""valeu" is not a field of an entry; did you mean "value"?"#)
        #expect(diagnostic.location.start.line == 2)
        #expect(diagnostic.location.start.column == 40)
        #expect(diagnostic.fixIts.first?.replacement == "value")
    }

    @Test("wrong types and counts are reported at the value")
    func wrongTypes() throws {
        let error = try #require(loadError("""
            {"tenderlintBaseline": "2", "entries": [
              {"file": "a.xml", "ruleId": 1, "subject": "s"},
              {"file": "a.xml", "ruleId": "SV001", "subject": "s", "count": 0},
              {"file": "a.xml", "ruleId": "SV001", "subject": "t", "count": 1.5},
              {"file": "a.xml", "ruleId": "SV001", "subject": "u", "value": 3},
              "SV001"
            ]}
            """))
        #expect(error.diagnostics.map(\.message) == [
            #""ruleId" must be text, not a number"#,
            #""count" must be a whole number of findings, 1 or more, not 0"#,
            #""count" must be a whole number of findings, 1 or more, not 1.5"#,
            #""value" must be the offending value as text, or null, not a number"#,
            #"an entry is an object with "file", "ruleId", "subject", "value" and "count", not text"#,
        ])
        #expect(error.diagnostics.map(\.location.start.line) == [2, 3, 4, 5, 6])
    }

    @Test("an entry given twice is reported, pointing at the first")
    func repeatedEntry() throws {
        let error = try #require(loadError("""
            {"tenderlintBaseline": "2", "entries": [
              {"file": "a.xml", "ruleId": "SV001", "subject": "s"},
              {"file": "./a.xml", "ruleId": "SV001", "subject": "s", "count": 2}
            ]}
            """))
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.message == "this entry repeats the one on line 2")
        #expect(diagnostic.location.start.line == 3)
        #expect(diagnostic.secondary.first?.location.start.line == 2)
    }
}
