import Foundation
import Testing
@testable import TenderLintKit

@Suite("eForms: strategic, green and social procurement signals")
struct EFormsSignalTests {
    typealias T = EFormsTesting

    @Test("records strategic, green and social procurement codes as social value and net zero recognitions")
    func codedSignals() throws {
        let project = [
            T.additionalType("strategic-procurement", "soc-obj"),
            T.additionalType("strategic-procurement", "env-imp"),
            T.additionalType("strategic-procurement", "inn-pur"),
            T.additionalType("environmental-impact", "clim-mitig"),
            T.additionalType("environmental-impact", "biodiv-eco"),
            T.additionalType("social-objective", "work-cond"),
            T.additionalType("social-objective", "opp"),
            T.additionalType("social-objective", "acc-all"),
            T.additionalType("gpp-criteria", "eu"),
        ].joined(separator: "\n")
        let reading = try T.inline(T.notice(T.lot(project: project)))
        #expect(reading.diagnostics.isEmpty)
        let tender = try reading.tender
        let social = tender.socialValue.recognitions
        #expect(social.map(\.phrase) == ["soc-obj", "work-cond", "opp", "acc-all"])
        #expect(social.map(\.field) == ["strategic procurement code", "social procurement code", "social procurement code", "social procurement code"])
        #expect(social.first?.description == "its strategic procurement code contains 'soc-obj'")
        #expect(social.first?.origin?.location.start == reading.position(of: "soc-obj"))
        let netZero = tender.netZero.recognitions
        #expect(netZero.map(\.phrase) == ["env-imp", "clim-mitig", "biodiv-eco", "eu"])
        #expect(netZero.map(\.field) == ["strategic procurement code", "green procurement code", "green procurement code", "green procurement criteria code"])
        #expect(netZero[1].origin?.location.start == reading.position(of: "clim-mitig"))
    }

    @Test("warns of a code its list does not have and does not count it")
    func unknownCode() throws {
        let reading = try T.inline(T.notice(T.lot(project: T.additionalType("social-objective", "fair-pay"))))
        let diagnostic = try #require(reading.diagnostics.first)
        #expect(diagnostic.ruleID == "TL005")
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message == "'fair-pay' is not a code of the eForms social-objective list, so it is not counted")
        #expect(diagnostic.location.start == reading.position(of: "fair-pay"))
        #expect(try reading.tender.socialValue.recognitions.isEmpty)
    }

    @Test("recognises social value and net zero wording in the notice's and the lots' descriptions")
    func wording() throws {
        let body = """
            <cac:ProcurementProject><cbc:Name>Community equipment</cbc:Name>
            <cbc:Description>Suppliers will deliver community benefits.</cbc:Description></cac:ProcurementProject>
            \(T.lot(project: "<cbc:Description>Electric vans to cut emissions.</cbc:Description>"))
            """
        let reading = try T.inline(T.notice(body))
        let tender = try reading.tender
        #expect(tender.socialValue.recognitions.map(\.phrase) == ["community benefit"])
        #expect(tender.socialValue.recognitions.map(\.field) == ["description"])
        #expect(tender.netZero.recognitions.map(\.phrase) == ["emission"])
        #expect(tender.netZero.recognitions.map(\.strength) == [.weak])
        #expect(tender.netZero.recognitions.map(\.field) == ["lot description"])
        #expect(tender.netZero.recognitions.first?.origin?.location.start == reading.position(of: "Electric vans"))
    }

    @Test("requires a Carbon Reduction Plan its performance terms ask for, with the policy they cite")
    func carbonReductionPlan() throws {
        let terms = """
            <cac:ContractExecutionRequirement><cbc:ExecutionRequirementCode listName="conditions">performance</cbc:ExecutionRequirementCode>
            <cbc:Description>The supplier must publish a Carbon Reduction Plan in line with PPN 06/21.</cbc:Description></cac:ContractExecutionRequirement>
            """
        let reading = try T.inline(T.notice(T.lot(terms: terms)))
        let plan = try #require(try reading.tender.netZero.carbonReductionPlan)
        #expect(plan.required.value == true)
        #expect(plan.standard?.value == .ppn0621)
        #expect(plan.recognition?.phrase == "carbon reduction plan")
        #expect(plan.recognition?.field == "performance terms")
        #expect(plan.required.origin?.location.start == reading.position(of: "The supplier must publish"))
    }

    @Test("finds Net Zero Commitment and Evergreen requirements in selection criteria, but no net zero aim in ISO 14001")
    func selectionCriteria() throws {
        let terms = """
            <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>
            <efac:SelectionCriteria><cbc:Description>Bidders must hold ISO 14001 or a documented environmental management policy.</cbc:Description></efac:SelectionCriteria>
            <efac:SelectionCriteria><cbc:Description>Bidders must provide a Net Zero Commitment and complete the Evergreen Sustainable Supplier Assessment.</cbc:Description></efac:SelectionCriteria>
            </efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>
            """
        let reading = try T.inline(T.notice(T.lot(terms: terms)))
        let netZero = try reading.tender.netZero
        #expect(netZero.recognitions.isEmpty)
        #expect(netZero.carbonReductionPlan == nil)
        #expect(netZero.netZeroCommitment?.required.value == true)
        #expect(netZero.netZeroCommitment?.recognition?.phrase == "net zero commitment")
        #expect(netZero.netZeroCommitment?.recognition?.field == "selection criterion")
        #expect(netZero.evergreenAssessment?.recognition?.phrase == "evergreen sustainable supplier assessment")
        #expect(netZero.netZeroCommitment?.required.origin?.location.start == reading.position(of: "Bidders must provide"))
    }

    @Test("takes price per quality point from the weighting description and searches it for wording")
    func weightingDescription() throws {
        let criteria = T.criterion(name: "Quality", code: "poi-exa", number: "100")
            + "<cbc:CalculationExpression>Price per quality point; social value is 10% of the quality score.</cbc:CalculationExpression>"
        let reading = try T.inline(T.notice(T.lot(criteria: [criteria])))
        let evaluation = try #require(try reading.tender.lots.first?.evaluation)
        #expect(evaluation.methodology?.value == .pricePerQualityPoint)
        #expect(evaluation.methodology?.origin?.location.start == reading.position(of: "Price per quality point"))
        let social = try reading.tender.socialValue.recognitions
        #expect(social.map(\.field) == ["weighting description"])
    }
}
