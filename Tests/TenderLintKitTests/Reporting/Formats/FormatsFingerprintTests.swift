import Foundation
import Testing
@testable import TenderLintKit

@Suite("Formats: fingerprints and determinism")
struct FormatsFingerprintTests {
    @Test("FNV-1a 64 matches the published test vectors")
    func fnvVectors() {
        #expect(DiagnosticFingerprint.hex(DiagnosticFingerprint.fnv1a64([])) == "cbf29ce484222325")
        #expect(DiagnosticFingerprint.hex(DiagnosticFingerprint.fnv1a64(Array("a".utf8))) == "af63dc4c8601ec8c")
        #expect(DiagnosticFingerprint.hex(DiagnosticFingerprint.fnv1a64(Array("foobar".utf8))) == "85944171f73967e8")
    }

    @Test("a fingerprint is pinned: changing the scheme is a visible decision")
    func pinned() {
        #expect(DiagnosticFingerprint.hash(of: FormatsFixture.socialValueTooLow) == "09c7f1aa5c5620bc")
    }

    @Test("moving, re-indenting and reordering keep the fingerprint; changing what it is about or its value does not")
    func stability() {
        let original = FormatsFixture.socialValueTooLow
        let moved = SourceFile(path: "./tenders/2026/community-equipment.xml", text: "\n\n\n" + String(decoding: FormatsFixture.tender.bytes, as: UTF8.self))
        var relocated = original
        relocated.location = FormatsFixture.location(of: #"<criterion id="social-value" kind="social-value" weight="8"/>"#, in: moved)
        relocated.message = "a different wording"
        #expect(relocated.location.start.line == original.location.start.line + 3)
        #expect(DiagnosticFingerprint.hash(of: relocated) == DiagnosticFingerprint.hash(of: original))

        var reordered = original
        reordered.documentPath = "/tender/lot/criterion[1]"
        reordered.location.subject = #"<criterion kind="social-value" id="social-value" weight="8"/>"#
        #expect(DiagnosticFingerprint.hash(of: reordered) == DiagnosticFingerprint.hash(of: original),
                "the document path and the located text play no part once a finding has an identity")

        var otherValue = original
        otherValue.offendingValue = "9%"
        var noValue = original
        noValue.offendingValue = nil
        var otherNode = original
        otherNode.subjectIdentity = #"/tender/lot/criterion[@id="community"] in lot 2"#
        var syntax = original
        syntax.subjectIdentity = nil
        var otherFile = original
        otherFile.location.path = "tenders/2027/community-equipment.xml"
        var otherRule = original
        otherRule.rule = FormatsFixture.carbonPlan
        let hashes = [original, otherValue, noValue, otherNode, syntax, otherFile, otherRule].map(DiagnosticFingerprint.hash)
        #expect(Set(hashes).count == hashes.count)
    }

    @Test("findings that share a hash get :2, :3 in report order, so every fingerprint is unique")
    func duplicates() {
        let finding = FormatsFixture.socialValueTooLow
        let fingerprints = DiagnosticFingerprint.fingerprints(of: [finding, FormatsFixture.missingPlan, finding, finding])
        let base = DiagnosticFingerprint.hash(of: finding)
        #expect(fingerprints == [base, DiagnosticFingerprint.hash(of: FormatsFixture.missingPlan), base + ":2", base + ":3"])
    }

    @Test("JSON, SARIF and GitLab carry the same fingerprints")
    func sharedAcrossFormats() throws {
        let expected = DiagnosticFingerprint.fingerprints(of: FormatsFixture.result.diagnostics)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONReporter().render(FormatsFixture.result).utf8)) as? [String: Any])
        #expect((json["diagnostics"] as? [[String: Any]])?.map { $0["fingerprint"] as? String } == expected)
        let gitlab = try #require(try JSONSerialization.jsonObject(with: Data(GitLabReporter().render(FormatsFixture.result).utf8)) as? [[String: Any]])
        #expect(gitlab.map { $0["fingerprint"] as? String } == expected)
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(SARIFReporter().render(FormatsFixture.result).utf8)) as? [String: Any])
        let results = (sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]
        #expect(results?.map { ($0["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey] } == expected)
    }

    @Test("every format gives byte-identical output for the same input, with no timestamps")
    func deterministic() {
        let reporters: [any DiagnosticsReporter] = [JSONReporter(), SARIFReporter(), GitHubReporter(), JUnitReporter(), CheckstyleReporter(), GitLabReporter()]
        for reporter in reporters {
            for result in [FormatsFixture.result, FormatsFixture.awkward, FormatsFixture.empty] {
                let first = reporter.render(result)
                #expect(first == reporter.render(result))
                #expect(!first.contains("2026-") && !first.contains("T00:"), "\(type(of: reporter)) wrote something like a date")
            }
        }
        #expect(GitHubReporter().summaryMarkdown(FormatsFixture.result) == GitHubReporter().summaryMarkdown(FormatsFixture.result))
    }
}
