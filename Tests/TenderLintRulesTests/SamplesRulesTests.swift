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

    static let samplesDirectory = PackageFolder.root.appendingPathComponent("Samples")

    /// One row per sample. The comment says what each position points at.
    static let expectations: [Expected] = [
        // Compliant.
        Expected(file: "community-equipment.xml", findings: []),
        Expected(file: "dvla-contact-centre.json", findings: []),                   // central government in Wales
        // Evaluation.
        Expected(file: "pathology-consumables.xml", findings: ["EV001 27:3"]),        // <evaluation>
        Expected(file: "outpatient-pharmacy.xml", findings: ["EV002 35:7"]),          // <criterion id="mobilisation"> (no weight)
        Expected(file: "diabetes-education.json", findings: ["EV003 19:20"]),         // "order-of-importance", the methodology
        Expected(file: "patient-transport.xml", findings: ["EV004 28:3"]),            // <evaluation>, whose minima add up to 105
        Expected(file: "mental-health-advocacy.xml", findings: ["EV005 31:5"]),       // <criterion id="quality">, whose sub-criteria carry nothing
        Expected(file: "pharmacy-robotics.json", findings: ["EV006 19:3"]),           // "evaluation", without failureDisqualifies
        // Social value.
        Expected(file: "wheelchair-services.json", findings: ["SV001 26:7"]),         // the social value criterion, 8%
        Expected(file: "interpreting-services.json", findings: ["SV001 30:15"]),      // lot 1's nested social value criterion, 6%
        Expected(file: "hospital-catering.json", findings: ["SV002 40:7"]),           // lot 2's "evaluation"
        Expected(file: "staff-bank.xml", findings: ["SV003 23:5"]),                   // the first <theme>
        Expected(file: "vehicle-preparation.xml", findings: ["SV004 25:22"]),         // kind="price-per-quality-point": the NHS allows no exception
        Expected(file: "school-transport.xml", findings: ["SV005 18:18"]),            // the value, £6.4m, with no community benefits
        // Net zero.
        Expected(file: "linen-laundry.xml", findings: ["NZ001 19:18"]),               // the amount, £6m a year
        Expected(file: "community-phlebotomy.json", findings: ["NZ002 9:14"]),        // the amount, £1m a year
        Expected(file: "soft-facilities.json", findings: ["NZ003 18:7"]),             // the plan's "scopes"
        Expected(file: "imaging-equipment.xml", findings: ["NZ004 29:22"]),           // net-zero-by="2060"
        Expected(file: "clinical-waste.json", findings: ["NZ005 14:3"]),              // "netZero", with no publicReporting
        Expected(file: "estates-maintenance.xml", findings: ["NZ006 31:3"]),          // <net-zero>, with no <evergreen-assessment>
        Expected(file: "theatre-equipment.json", findings: ["NZ007 11:14"]),          // the amount, £6m a year (information)
        // TOMs.
        Expected(file: "crisis-line.xml", findings: ["TOM001 39:52"]),                // code="ILLUS-NT42"
        Expected(file: "sterile-services.json", findings: ["TOM002 25:72"]),          // "MAC4.1"
        Expected(file: "courier-logistics.xml", findings: ["TOM003 34:52"]),          // code="ILLUS-NT7", retired
        Expected(file: "audiology-services.json", findings: ["TOM004 24:90"]),        // "unit": "%" of ILLUS-NT1
        Expected(file: "grounds-maintenance.json", findings: ["TOM005 27:55"]),       // "ILLUS-NT3", a wellbeing measure
        Expected(file: "security-services.xml", findings: ["TOM006 36:7"]),           // the second ILLUS-NT1 <measure>
        // TOM007 on "MAC 1.2"; TOM002 (information) on the first "nhs-london-toms": no catalogue of it is shipped.
        Expected(file: "recovery-college.json", findings: ["TOM002 25:26", "TOM007 26:53"]),
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
