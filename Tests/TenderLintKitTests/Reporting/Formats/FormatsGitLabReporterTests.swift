import Foundation
import Testing
import TenderLintKit

@Suite("Formats: GitLab Code Quality")
struct FormatsGitLabReporterTests {
    @Test("renders the fixed run exactly (golden output)")
    func golden() {
        #expect(GitLabReporter().render(FormatsFixture.result) == #"""
            [
              {
                "description": "the file holds no tender document; skipped [TL003]",
                "check_name": "TL003",
                "fingerprint": "cfa0a10acb19d870",
                "severity": "info",
                "location": {
                  "path": "notes/readme: draft.xml",
                  "lines": {
                    "begin": 1,
                    "end": 1
                  }
                }
              },
              {
                "description": "unknown attribute 'sectr' on <buyer> [TL006]",
                "check_name": "TL006",
                "fingerprint": "cb139ef00ff8e9c1",
                "severity": "minor",
                "location": {
                  "path": "tenders/2026/community-equipment.xml",
                  "lines": {
                    "begin": 2,
                    "end": 2
                  }
                }
              },
              {
                "description": "social value carries 8% of the total score in lot 2; at least 10% is required [SV001]",
                "check_name": "SV001",
                "fingerprint": "09c7f1aa5c5620bc",
                "severity": "major",
                "location": {
                  "path": "tenders/2026/community-equipment.xml",
                  "lines": {
                    "begin": 5,
                    "end": 5
                  }
                }
              },
              {
                "description": "contracts worth £5m a year or more must ask for a Carbon Reduction Plan [NZ001]",
                "check_name": "NZ001",
                "fingerprint": "cf18d8ac50c0aa84",
                "severity": "minor",
                "location": {
                  "path": "tenders/catering, phase 1.json",
                  "lines": {
                    "begin": 3,
                    "end": 5
                  }
                }
              }
            ]

            """#)
    }

    @Test("round-trips through JSONSerialization with the fields GitLab requires")
    func roundTrip() throws {
        let text = GitLabReporter().render(FormatsFixture.awkward)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let issue = try #require(issues.first)
        #expect(issue["description"] as? String == FormatsFixture.awkwardText + " [SV001]")
        #expect(issue["check_name"] as? String == "SV001")
        #expect(issue["severity"] as? String == "major")
        let location = try #require(issue["location"] as? [String: Any])
        #expect(location["path"] as? String == "odd dir/a,b:c%d#e?.xml")
        #expect((location["lines"] as? [String: Int])?["begin"] == 3)
        #expect(issue["fingerprint"] as? String == DiagnosticFingerprint.hash(of: FormatsFixture.awkwardDiagnostic()))
    }

    @Test("maps severities to Code Quality's: error major, warning minor, info info")
    func severities() {
        #expect(Severity.allCases.map(GitLabReporter.severity) == ["info", "minor", "major"])
    }

    @Test("renders an empty array for a clean run")
    func cleanRun() {
        #expect(GitLabReporter().render(FormatsFixture.empty) == "[]\n")
    }
}
