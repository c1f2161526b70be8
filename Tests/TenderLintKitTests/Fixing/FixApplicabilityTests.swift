import Testing
@testable import TenderLintKit

@Suite("Fix applicability")
struct FixApplicabilityTests {
    @Test("a did-you-mean is safe only when no other name is as close")
    func spelling() {
        #expect(Diagnostic.FixIt.Applicability.spelling("titel", suggestion: "title", among: ["title", "lots", "buyer"]) == .safe)
        #expect(!Diagnostic.FixIt.Applicability.spelling("cat", suggestion: "bat", among: ["bat", "hat"]).isSafe)
    }

    @Test("taking separators out of a number is safe only where they group thousands")
    func separators() {
        #expect(TenderSpecDiagnostics.separatorsApplicability("£1,250,000") == .safe)
        #expect(TenderSpecDiagnostics.separatorsApplicability("1 000.50") == .safe)
        #expect(TenderSpecDiagnostics.separatorsApplicability("1,5").reason == "'1,5' may not group thousands")
        #expect(!TenderSpecDiagnostics.separatorsApplicability("12,34,567").isSafe)
    }

    @Test("text output marks an unsafe fix with why; a safe one reads as before")
    func text() {
        let source = SourceFile(path: "t.xml", text: "<a b=\"8\"/>\n")
        let location = source.location(of: ByteRange(6, 7))
        var diagnostic = Diagnostic(RuleIdentity(id: "XX001", name: "x"), .error, "low", at: location)
        diagnostic.fixIts = [
            Diagnostic.FixIt("raise it", .unsafe(because: "it changes how bids are scored"), replacing: location, with: "10"),
            Diagnostic.FixIt("quote it", .safe, replacing: location, with: "8"),
        ]
        let text = TextDiagnosticsFormatter(colors: false).format([diagnostic])
        #expect(text.contains("\nfix-it (unsafe: it changes how bids are scored): raise it\n"))
        #expect(text.contains("\nfix-it: quote it\n"))
    }
}
