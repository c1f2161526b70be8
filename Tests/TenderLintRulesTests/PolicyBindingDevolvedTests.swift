import Testing
import TenderLintKit
import TenderLintRules

/// Whom the Welsh, Scottish and Northern Ireland policies and the Procurement Act 2023 bind.
extension PolicyBindingTests {
    // MARK: Wales

    static let walesCases: [BindingCase] = [
        // WPPN 06/21 then WPPN 006: the Welsh Government only.
        .binds(.wppn0621, .welshGovernment, on: "2022-04-01",
               saying: "Welsh Government is a devolved government body (sector devolved-government, line 1) in Wales (jurisdiction wales, line 1) and the procurement is under the Public Contracts Regulations 2015 (commenced 2022-04-01, line 1), so WPPN 06/21 binds it"),
        .binds(.wppn0621, .welshGovernment, on: "2025-02-23", above: false),
        .doesNotBind(.wppn0621, .welshGovernment, on: "2022-03-31",
                     saying: "WPPN 06/21 applies to procurements commenced from 2022-04-01 until 2025-02-23, and this procurement is judged as of 2022-03-31"),
        .doesNotBind(.wppn0621, .welshGovernment, on: "2025-02-24",
                     saying: "the procurement regime is the Procurement Act 2023 (commenced 2025-02-24, line 1), and WPPN 06/21 binds only the Welsh Government under the PCR 2015"),
        .doesNotBind(.wppn0621, .welshCouncil, on: "2024-06-01",
                     saying: "the buyer's kind is local government (sector local-government, line 1)"),
        .doesNotBind(.wppn0621, .nhsWales, on: "2024-06-01",
                     saying: "the buyer's kind is an NHS body (sector nhs, line 1)"),
        .doesNotBind(.wppn0621, .dvla, on: "2024-06-01",
                     saying: "the buyer's kind is UK central government (sector central-government, line 1)"),
        .doesNotBind(.wppn0621, .scottishGovernment, on: "2024-06-01",
                     saying: "the buyer's nation is Scotland (jurisdiction scotland, line 1)"),
        .binds(.wppn006, .welshGovernment, on: "2025-02-24",
               saying: "Welsh Government is a devolved government body (sector devolved-government, line 1) in Wales (jurisdiction wales, line 1) and the procurement is under the Procurement Act 2023 (commenced 2025-02-24, line 1), so WPPN 006 binds it"),
        .binds(.wppn006, .welshGovernment, on: "2026-06-01", above: nil),
        .doesNotBind(.wppn006, .welshGovernment, on: "2025-02-23",
                     saying: "the procurement regime is the Public Contracts Regulations 2015 (commenced 2025-02-23, line 1)"),
        .doesNotBind(.wppn006, .welshCouncil, on: "2026-06-01",
                     saying: "the buyer's kind is local government (sector local-government, line 1)"),
        .doesNotBind(.wppn006, .dvla, on: "2026-06-01",
                     saying: "the buyer's kind is UK central government (sector central-government, line 1)"),
        .doesNotBind(.wppn006, .northernIrelandDepartment, on: "2026-06-01",
                     saying: "the buyer's nation is Northern Ireland (jurisdiction northern-ireland, line 1)"),

        // The good-practice policy: other Welsh public bodies, not the Welsh Government, not English bodies.
        .binds(.walesCarbonReductionPlanGoodPractice, .welshCouncil, on: "2022-04-01",
               saying: "Cyngor Gwynedd is local government (sector local-government, line 1) in Wales (jurisdiction wales, line 1), so WPPN 06/21 good practice binds it"),
        .binds(.walesCarbonReductionPlanGoodPractice, .nhsWales, on: "2026-06-01", above: false,
               saying: "Betsi Cadwaladr University Health Board is an NHS body (sector nhs, line 1) in Wales (jurisdiction wales, line 1)"),
        .binds(.walesCarbonReductionPlanGoodPractice, .welshUniversity, on: "2026-06-01", above: nil),
        .doesNotBind(.walesCarbonReductionPlanGoodPractice, .welshCouncil, on: "2022-03-31",
                     saying: "WPPN 06/21 good practice applies to procurements commenced from 2022-04-01, and this procurement is judged as of 2022-03-31"),
        .doesNotBind(.walesCarbonReductionPlanGoodPractice, .welshGovernment, on: "2026-06-01",
                     saying: "the buyer's kind is a devolved government body (sector devolved-government, line 1), and WPPN 06/21 good practice binds only Welsh public bodies other than the Welsh Government"),
        .doesNotBind(.walesCarbonReductionPlanGoodPractice, .localGovernmentEngland, on: "2026-06-01",
                     saying: "the buyer's nation is England (jurisdiction england, line 1)"),
        .doesNotBind(.walesCarbonReductionPlanGoodPractice, .nhsEngland, on: "2026-06-01",
                     saying: "the buyer's nation is England (jurisdiction england, line 1)"),
        .doesNotBind(.walesCarbonReductionPlanGoodPractice, .dvla, on: "2026-06-01",
                     saying: "the buyer's kind is UK central government (sector central-government, line 1)"),
    ]

    @Test("The Welsh notes bind the Welsh Government; the good practice binds the other Welsh public bodies", arguments: walesCases)
    func wales(_ example: BindingCase) throws {
        try example.check()
    }

    // MARK: Scotland

    static let scotlandCases: [BindingCase] = [
        .binds(.scotlandCommunityBenefits, .scottishCouncil, on: "2016-06-01",
               saying: "Angus Council is in Scotland (jurisdiction scotland, line 1) and the procurement is under the Scottish procurement regulations (commenced 2016-06-01, line 1), so Procurement Reform (Scotland) Act 2014 s.25 binds it"),
        .binds(.scotlandCommunityBenefits, .scottishCouncil, on: "2026-06-01", above: false),
        .binds(.scotlandCommunityBenefits, .scottishGovernment, on: "2026-06-01"),
        .binds(.scotlandCommunityBenefits, .nhsScotland, on: "2024-06-01", above: nil),
        .binds(.scotlandCommunityBenefits, .scottishUniversity, on: "2026-06-01"),
        .binds(.scotlandCommunityBenefits, .scottishCouncil, on: "2026-06-01", regime: "scottish-regulations",
               saying: "the procurement is under the Scottish procurement regulations (regime scottish-regulations, line 1)"),
        .doesNotBind(.scotlandCommunityBenefits, .scottishCouncil, on: "2016-05-31",
                     saying: "Procurement Reform (Scotland) Act 2014 s.25 applies to procurements commenced from 2016-06-01, and this procurement is judged as of 2016-05-31"),
        .doesNotBind(.scotlandCommunityBenefits, .localGovernmentEngland, on: "2026-06-01",
                     saying: "the buyer's nation is England (jurisdiction england, line 1), and Procurement Reform (Scotland) Act 2014 s.25 binds only Scottish contracting authorities"),
        .doesNotBind(.scotlandCommunityBenefits, .centralGovernmentScotland, on: "2026-06-01",
                     saying: "the procurement regime is the Procurement Act 2023 (commenced 2026-06-01, line 1)"),
        .doesNotBind(.scotlandCommunityBenefits, .centralGovernmentScotland, on: "2024-06-01",
                     saying: "the procurement regime is the Public Contracts Regulations 2015 (commenced 2024-06-01, line 1)"),
        // Its kind not stated, a buyer in Scotland could be UK central government, under the PCR or the Act.
        .unknown(.scotlandCommunityBenefits, .scottishBodyOfUnknownKind, on: "2026-06-01",
                 saying: "the document does not show the procurement regime"),
    ]

    @Test("Section 25 of the Procurement Reform (Scotland) Act binds Scottish contracting authorities under the Scottish regulations", arguments: scotlandCases)
    func scotland(_ example: BindingCase) throws {
        try example.check()
    }

    // MARK: Northern Ireland

    static let northernIrelandCases: [BindingCase] = [
        .binds(.niPpn0121, .northernIrelandDepartment, on: "2022-06-01",
               saying: "Department of Finance is a devolved government body (sector devolved-government, line 1) in Northern Ireland (jurisdiction northern-ireland, line 1) and the procurement is above the procurement threshold (above-threshold true, line 1), so NI PPN 01/21 binds it"),
        .binds(.niPpn0121, .northernIrelandDepartment, on: "2026-06-01", regime: "procurement-act-2023"),
        .doesNotBind(.niPpn0121, .northernIrelandDepartment, on: "2022-05-31",
                     saying: "NI PPN 01/21 applies to procurements commenced from 2022-06-01, and this procurement is judged as of 2022-05-31"),
        .doesNotBind(.niPpn0121, .northernIrelandDepartment, on: "2026-06-01", above: false,
                     saying: "the procurement is below the procurement threshold (above-threshold false, line 1), and NI PPN 01/21 binds only Northern Ireland departments, agencies and NDPBs, at or above the procurement thresholds"),
        .unknown(.niPpn0121, .northernIrelandDepartment, on: "2026-06-01", above: nil,
                 saying: "the document does not show whether the procurement is above the procurement threshold"),
        .doesNotBind(.niPpn0121, .northernIrelandCouncil, on: "2026-06-01",
                     saying: "the buyer's kind is local government (sector local-government, line 1)"),
        .doesNotBind(.niPpn0121, .hscNorthernIreland, on: "2026-06-01",
                     saying: "the buyer's kind is an NHS body (sector nhs, line 1)"),
        .doesNotBind(.niPpn0121, .centralGovernmentNorthernIreland, on: "2026-06-01",
                     saying: "the buyer's kind is UK central government (sector central-government, line 1)"),
        .doesNotBind(.niPpn0121, .welshGovernment, on: "2026-06-01",
                     saying: "the buyer's nation is Wales (jurisdiction wales, line 1)"),
    ]

    @Test("NI PPN 01/21 binds the Northern Ireland departments above the threshold from 2022-06-01, not NI councils", arguments: northernIrelandCases)
    func northernIreland(_ example: BindingCase) throws {
        try example.check()
    }

    // MARK: Procurement Act 2023

    static let procurementActCases: [BindingCase] = [
        .binds(.procurementActSection23, .localGovernmentEngland, on: "2025-02-24", above: false,
               saying: "the procurement is under the Procurement Act 2023 (commenced 2025-02-24, line 1), so Procurement Act 2023 s.23 binds it"),
        .binds(.procurementActSection23, .localGovernmentEngland, on: "2025-02-24", regime: "procurement-act-2023",
               saying: "the procurement is under the Procurement Act 2023 (regime procurement-act-2023, line 1)"),
        .binds(.procurementActSection23, .nhsEngland, on: "2026-06-01"),
        .binds(.procurementActSection23, .centralGovernmentEngland, on: "2026-06-01", above: nil),
        .binds(.procurementActSection23, .centralGovernmentScotland, on: "2026-06-01"),
        .binds(.procurementActSection23, .welshCouncil, on: "2026-06-01"),
        .binds(.procurementActSection23, .welshGovernment, on: "2026-06-01"),
        .binds(.procurementActSection23, .northernIrelandDepartment, on: "2026-06-01"),
        .doesNotBind(.procurementActSection23, .localGovernmentEngland, on: "2025-02-23",
                     saying: "the procurement regime is the Public Contracts Regulations 2015 (commenced 2025-02-23, line 1), and Procurement Act 2023 s.23 binds only every contracting authority under the Procurement Act 2023"),
        .doesNotBind(.procurementActSection23, .localGovernmentEngland, on: "2025-06-01", regime: "pcr-2015",
                     saying: "the procurement regime is the Public Contracts Regulations 2015 (regime pcr-2015, line 1)"),
        .doesNotBind(.procurementActSection23, .scottishCouncil, on: "2026-06-01",
                     saying: "the procurement regime is the Scottish procurement regulations (commenced 2026-06-01, line 1)"),
        .doesNotBind(.procurementActSection23, .scottishGovernment, on: "2026-06-01",
                     saying: "the procurement regime is the Scottish procurement regulations (commenced 2026-06-01, line 1)"),
        .doesNotBind(.procurementActSection23, .nhsScotland, on: "2026-06-01",
                     saying: "the procurement regime is the Scottish procurement regulations (commenced 2026-06-01, line 1)"),
        .doesNotBind(.procurementActSection23, .nhsEngland, on: "2026-06-01", regime: "provider-selection-regime",
                     saying: "the procurement regime is the Provider Selection Regime (regime provider-selection-regime, line 1)"),
    ]

    @Test("Section 23 of the Procurement Act 2023 binds every buyer under the Act, from 2025-02-24, not Scottish authorities, not the PCR", arguments: procurementActCases)
    func procurementAct(_ example: BindingCase) throws {
        try example.check()
    }
}
