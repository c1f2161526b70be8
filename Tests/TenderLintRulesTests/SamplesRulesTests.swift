import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// Every rule fires on a sample that shows it: each sample in Samples/ (outside drafts/), linted with every
/// built-in rule and the shipped catalogues as tenderlint does, reports exactly the findings listed here.
@Suite("Samples linted with every rule")
struct SamplesRulesTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var file: String
        /// "RULE line:column" for each finding, in any order.
        var findings: [String]
        var testDescription: String { file }
    }

    static let samplesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TenderLintRulesTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("Samples")

    /// One row per sample. The comment says what each position points at.
    static let expectations: [Expected] = [
        // Compliant.
        Expected(file: "community-equipment.xml", findings: []),
        Expected(file: "dvla-contact-centre.json", findings: []),
        // Evaluation.
        Expected(file: "pathology-consumables.xml", findings: ["EV001 26:3"]),        // <evaluation>
        Expected(file: "outpatient-pharmacy.xml", findings: ["EV002 34:7"]),          // <criterion id="mobilisation"> (no weight)
        Expected(file: "diabetes-education.json", findings: ["EV003 17:20"]),         // "order-of-importance", the methodology
        Expected(file: "patient-transport.xml", findings: ["EV004 27:3"]),            // <evaluation>, whose minima add up to 105
        // Social value.
        Expected(file: "wheelchair-services.json", findings: ["SV001 24:7"]),         // the social value criterion, 8%
        Expected(file: "interpreting-services.json", findings: ["SV001 28:15"]),      // lot 1's nested social value criterion, 6%
        Expected(file: "hospital-catering.json", findings: ["SV002 38:7"]),           // lot 2's "evaluation"
        Expected(file: "staff-bank.xml", findings: ["SV003 22:5"]),                   // the first <theme>
        Expected(file: "vehicle-preparation.xml", findings: ["SV004 23:5"]),          // <exception> without a justification
        // Net zero.
        Expected(file: "linen-laundry.xml", findings: ["NZ001 18:18"]),               // the amount, £6m a year
        Expected(file: "community-phlebotomy.json", findings: ["NZ002 8:14"]),        // the amount, £1m a year
        Expected(file: "soft-facilities.json", findings: ["NZ003 17:7"]),             // the plan's "scopes"
        Expected(file: "imaging-equipment.xml", findings: ["NZ004 28:22"]),           // net-zero-by="2060"
        Expected(file: "clinical-waste.json", findings: ["NZ005 13:3"]),              // "netZero", with no publicReporting
        Expected(file: "estates-maintenance.xml", findings: ["NZ006 30:3"]),          // <net-zero>, with no <evergreen-assessment>
        // TOMs.
        Expected(file: "crisis-line.xml", findings: ["TOM001 38:52"]),                // code="ILLUS-NT42"
        Expected(file: "sterile-services.json", findings: ["TOM002 23:72"]),          // "MAC4.1"
        Expected(file: "courier-logistics.xml", findings: ["TOM003 33:52"]),          // code="ILLUS-NT7", retired
        Expected(file: "audiology-services.json", findings: ["TOM004 22:90"]),        // "unit": "%" of ILLUS-NT1
        Expected(file: "grounds-maintenance.json", findings: ["TOM005 25:55"]),       // "ILLUS-NT3", a wellbeing measure
        Expected(file: "security-services.xml", findings: ["TOM006 35:7"]),           // the second ILLUS-NT1 <measure>
        // TOM007 on "MAC 1.2"; TOM002 (information) on the first "nhs-london-toms": no catalogue of it is shipped.
        Expected(file: "recovery-college.json", findings: ["TOM002 23:26", "TOM007 24:53"]),
    ]

    /// Lints a sample with every built-in rule and the shipped catalogues, as of 2026-06-01 (samples with a
    /// publication date are judged on that date).
    static func findings(_ file: String) throws -> [Diagnostic] {
        let source = try SourceFile.read(path: samplesDirectory.appendingPathComponent(file).path)
        let settings = EngineSettings(today: CalendarDate(year: 2026, month: 6, day: 1)!, catalogues: BuiltInRules.shippedCatalogues)
        return Linter(engine: RuleEngine(ruleSet: BuiltInRules.ruleSet, settings: settings)).lint(source).diagnostics
    }

    static func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.ruleID) \($0.location.start)" }.sorted()
    }

    @Test("lists every sample outside drafts/, once")
    func everySampleIsListed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.samplesDirectory.path)
            .filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") }
        let listed = Self.expectations.map(\.file)
        #expect(Set(listed).count == listed.count)
        #expect(Set(files) == Set(listed))
    }

    @Test("each sample reports exactly its findings, at their positions", arguments: expectations)
    func sample(expected: Expected) throws {
        let diagnostics = try Self.findings(expected.file)
        #expect(Self.summary(diagnostics) == expected.findings.sorted(),
                "\(diagnostics.map { "\($0.ruleID) \($0.location.start) \($0.severity.rawValue): \($0.message)" })")
    }

    @Test("every rule fires on at least one sample")
    func everyRuleIsShown() throws {
        var fired: Set<String> = []
        for expected in Self.expectations {
            fired.formUnion(try Self.findings(expected.file).map(\.ruleID))
        }
        let missing = BuiltInRules.ruleSet.rules.map(\.id).filter { !fired.contains($0) }
        #expect(missing.isEmpty, "no sample shows \(missing)")
    }
}
