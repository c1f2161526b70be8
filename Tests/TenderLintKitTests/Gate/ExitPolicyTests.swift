import Testing
@testable import TenderLintKit

@Suite("Exit policy")
struct ExitPolicyTests {
    func diagnostics(_ severities: [Severity]) -> [Diagnostic] {
        let source = SourceFile(path: "t.xml", text: "<a/>")
        return severities.map { Diagnostic(RuleIdentity(id: "XX001", name: "x"), $0, "m", at: source.location(of: ByteRange(0, 1))) }
    }

    @Test("fails on errors by default, and passes warnings and info")
    func defaults() {
        #expect(ExitPolicy().status(for: diagnostics([.warning, .info])) == 0)
        #expect(ExitPolicy().status(for: diagnostics([.warning, .error])) == 1)
        #expect(ExitPolicy().status(for: []) == 0)
    }

    @Test("fails on warnings when strict, and on info when asked")
    func levels() {
        #expect(ExitPolicy(failOn: .warning).status(for: diagnostics([.warning])) == 1)
        #expect(ExitPolicy(failOn: .warning).status(for: diagnostics([.info])) == 0)
        #expect(ExitPolicy(failOn: .info).status(for: diagnostics([.info])) == 1)
    }

    @Test("fails on more warnings than allowed, and says why")
    func maxWarnings() {
        let policy = ExitPolicy(maxWarnings: 1)
        #expect(policy.status(for: diagnostics([.warning])) == 0)
        #expect(policy.status(for: diagnostics([.warning, .warning])) == 1)
        #expect(policy.reason(for: diagnostics([.warning, .warning])) == "2 warnings is more than the 1 allowed by --max-warnings")
        #expect(policy.reason(for: diagnostics([.warning])) == nil)
    }
}
