import Foundation
import TenderLintKit

extension NetZeroRules {
    static let carbonReductionPlanScope = Rule("NZ003", "carbon-reduction-plan-scope") {
        Summary("The Carbon Reduction Plan asked for covers the emissions policy requires")
        Severity(.error)
        WhatItChecks("""
            Whether the Carbon Reduction Plan a tender asks for covers the emissions policy requires: **Scope 1** \
            (direct emissions), **Scope 2** (purchased energy) and five **Scope 3** categories: upstream \
            transportation and distribution, waste generated in operations, business travel, employee commuting, \
            and downstream transportation and distribution. `scopes="3"` (all of Scope 3) covers the five.

            From **1 April 2027**, for the NHS, the plan must cover **all of Scope 1, 2 and 3**, for **global** \
            emissions rather than UK operations only (`scopes="1 2 3" global="true"`). With `smallSupplierGrace` \
            turned on (unconfirmed), lots reserved for SMEs or VCSEs get two more years on this: until 1 April 2029 \
            the five categories still do, and the finding says so.

            A plan that names a standard (`ppn-06-21`, `ppn-006`, `nhs`) but no scopes is taken to cover what \
            that standard names, which is not all of Scope 3. A plan recognised in the words of an OCDS or eForms \
            notice says nothing of its scopes, so this rule leaves it alone.
            """)
        Why("""
            A Carbon Reduction Plan must report Scope 1, Scope 2 and the five Scope 3 categories under PPN 06/21 \
            (from 30 September 2021) and PPN 006 (from 24 February 2025) for central government, WPPN 06/21 (from \
            1 April 2022) then WPPN 006, which adopt them, for the Welsh Government, and the NHS Net Zero Supplier \
            Roadmap (from 1 April 2023) for NHS bodies in England.

            From 1 April 2027 the NHS asks for more: all of Scope 1, 2 and 3, for suppliers' global emissions.
            """)
        NotThisRulesFinding("""
            A tender that asks for no plan where one is due (NZ001; for other Welsh public bodies, NZ007 as \
            information); a plan whose net zero year is later than 2050 (NZ004); from 1 April 2027, public \
            reporting of targets and emissions (NZ005). A plan only mentioned in an OCDS or eForms notice: no \
            rule, as the notice does not say which emissions it covers.
            """)
        Enforces(.ppn0621, .ppn006, .nhsCarbonReductionPlan2023, .nhsCarbonReductionPlan2024, .nhsCarbonReductionPlan2027, .wppn0621, .wppn006)
        Parameter(.smallSupplierGrace)
        AppliesOnlyWhen(.planAsked)
        Needs(.planScopes)
        Check { rule in
            let spelling = rule.spelling
            let nhs = rule.policies.contains { $0.pack == .nhsEngland }
            for group in rule.termsGroups {
                guard let plan = group.terms.carbonReductionPlan else { continue }
                let full = group.lots.contains { rule.binds(.nhsCarbonReductionPlan2027, for: $0) }
                let required = full ? NetZeroText.allScopes : NetZeroText.ppn0621Scopes
                let stated = Set(plan.scopes.map(\.value))
                var covered = stated
                if plan.scopes.isEmpty, plan.standard != nil { covered.formUnion(NetZeroText.ppn0621Scopes) }
                if covered.contains(.scope3) { covered.formUnion(EmissionScope.ppn0621Scope3) }
                let missing = required.filter { !covered.contains($0) }
                let needsGlobal = full && plan.global?.value != true
                guard !missing.isEmpty || needsGlobal else { continue }

                let lot = group.lots[0]
                let which = group.isLotsOwn && !lot.isImplicit ? "the Carbon Reduction Plan asked for in \(lot.label)" : "the Carbon Reduction Plan asked for"
                let says = plan.scopes.isEmpty && plan.standard == nil
                let gaps = missing.map(\.title) + (needsGlobal ? ["global emissions"] : [])
                let scopesField = plan.scopes.first?.origin?.field
                let place = missing.isEmpty ? (plan.global?.origin?.field ?? plan.origin) : (scopesField ?? plan.origin)
                let fixed = full ? NetZeroText.allScopes : stated.union(missing).sorted()
                let deferred = full ? [] : group.lots.filter { rule.graceDefers(.nhsCarbonReductionPlan2027, for: $0) }
                rule.report {
                    if says {
                        Message("\(which) does not say which emissions it must report: \(Prose.list(required.map(\.title) + (needsGlobal ? ["global emissions"] : [])))")
                    } else {
                        Message("\(which) does not cover \(Prose.list(gaps, "or"))")
                    }
                    At(place)
                    OffendingValue(says ? "no scopes given" : "missing " + Prose.list(gaps))
                    Label(says ? "no scopes given" : missing.isEmpty ? "global emissions not covered" : "missing " + Prose.list(missing.map(\.title)))
                    if full {
                        Note("from 1 April 2027 the NHS Net Zero Supplier Roadmap asks for plans covering all of Scope 1, 2 and 3, for global emissions, not only UK operations")
                    } else {
                        Note("\(nhs ? "the NHS Net Zero Supplier Roadmap, like PPN 06/21," : "PPN 06/21 and PPN 006") \(nhs ? "asks" : "ask") for Scope 1, Scope 2 and five Scope 3 categories: \(Prose.list(EmissionScope.ppn0621Scope3.map(\.title)))")
                    }
                    deferred.map { Note(rule.graceNote(.nhsCarbonReductionPlan2027, for: $0)) }
                    if !missing.isEmpty { Help(spelling.scopesHelp(fixed)) }
                    if needsGlobal { Help(spelling.globalEmissionsHelp) }
                    // One fix for all the finding says: the scopes and global emissions together.
                    if spelling != .notice {
                        FixIt(Prose.list(fixSummary(full: full, missing: plan.scopes.isEmpty && !missing.isEmpty ? nil : missing, needsGlobal: needsGlobal)),
                              .unsafe(because: "it changes the emissions suppliers' plans must cover"),
                              planFixEdits(plan, scopes: missing.isEmpty ? nil : fixed, global: needsGlobal, spelling: spelling))
                    }
                }
            }
        }
        Examples {
            Triggering("""
                <net-zero>
                  <carbon-reduction-plan required="true" ↓scopes="1 2 3-upstream-transportation 3-waste 3-downstream-transportation" net-zero-by="2045"/>
                </net-zero>
                \(evaluation)
                """)
            NonTriggering("""
                <net-zero>
                  <carbon-reduction-plan required="true" scopes="1 2 3-upstream-transportation 3-waste 3-business-travel 3-employee-commuting 3-downstream-transportation" net-zero-by="2045"/>
                </net-zero>
                \(evaluation)
                """)
            // All of Scope 3 covers the five categories.
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3"/></net-zero>
                \(evaluation)
                """)
            Triggering("""
                <net-zero>↓<carbon-reduction-plan required="true" net-zero-by="2045"/></net-zero>
                \(evaluation)
                """)
            // A standard names the five categories.
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="true" standard="nhs" net-zero-by="2045"/></net-zero>
                \(evaluation)
                """)
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="false"/></net-zero>
                \(evaluation)
                """)
            // From April 2027 the NHS asks for all of Scope 3 and global emissions.
            Triggering("""
                <net-zero>
                  <carbon-reduction-plan required="true" ↓scopes="1 2 3-upstream-transportation 3-waste 3-business-travel 3-employee-commuting 3-downstream-transportation" global="false"/>
                </net-zero>
                \(evaluation)
                """, asOf: "2027-04-01")
            NonTriggering("""
                <net-zero>
                  <carbon-reduction-plan required="true" scopes="1 2 3-upstream-transportation 3-waste 3-business-travel 3-employee-commuting 3-downstream-transportation" global="false"/>
                </net-zero>
                \(evaluation)
                """, asOf: "2027-03-31")
            Triggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" ↓global="false"/></net-zero>
                \(evaluation)
                """, asOf: "2027-04-01")
            Triggering("""
                <net-zero>↓<carbon-reduction-plan required="true" scopes="1 2 3"/></net-zero>
                \(evaluation)
                """, asOf: "2027-04-01")
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" global="true"/></net-zero>
                \(evaluation)
                """, asOf: "2027-04-01")
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3-upstream-transportation 3-waste 3-business-travel 3-employee-commuting 3-downstream-transportation"/></net-zero>
                \(evaluation)
                """, profile: .centralGovernment, asOf: "2027-04-01")
            // With the unconfirmed grace turned on, the five categories still do for reserved lots until April 2029.
            NonTriggering("""
                <lot id="1" reserved-for="vcse">
                  <net-zero><carbon-reduction-plan required="true" scopes="1 2 3-upstream-transportation 3-waste 3-business-travel 3-employee-commuting 3-downstream-transportation"/></net-zero>
                  \(evaluation)
                </lot>
                """, asOf: "2029-03-31", parameters: withGrace)
            Triggering("""
                <lot id="1" reserved-for="vcse">
                  <net-zero><carbon-reduction-plan required="true" ↓scopes="1 2 3-upstream-transportation 3-waste 3-business-travel 3-employee-commuting 3-downstream-transportation"/></net-zero>
                  \(evaluation)
                </lot>
                """, asOf: "2029-04-01", parameters: withGrace)
            Triggering("""
                <lot id="1" reserved-for="sme">
                  <net-zero><carbon-reduction-plan required="true" ↓scopes="1 2 3-upstream-transportation 3-business-travel 3-employee-commuting 3-downstream-transportation"/></net-zero>
                  \(evaluation)
                </lot>
                """, asOf: "2027-05-01", parameters: withGrace)
            // Before any plan policy applied.
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2"/></net-zero>
                \(evaluation)
                """, asOf: "2021-06-01")
        }
    }

    /// "add 3-business-travel and cover global emissions"; `missing` is nil for a plan that names no scopes.
    static func fixSummary(full: Bool, missing: [EmissionScope]?, needsGlobal: Bool) -> [String] {
        var parts: [String] = []
        if full, missing?.isEmpty != true {
            parts.append("ask for all of Scope 1, 2 and 3")
        } else if let missing, !missing.isEmpty {
            parts.append("add " + Prose.list(missing.map(\.rawValue)))
        } else if missing == nil {
            parts.append("ask for Scope 1, Scope 2 and the five Scope 3 categories")
        }
        if needsGlobal { parts.append("cover global emissions") }
        return parts
    }

    /// The edits that make a plan ask for `scopes` and, with `global`, global emissions: each field's value
    /// replaced where it is written, else the field added after another of the plan's. Empty when the plan has no
    /// field to add it after.
    static func planFixEdits(_ plan: CarbonReductionPlanRequirement, scopes: [EmissionScope]?, global: Bool,
                             spelling: DocumentSpelling) -> [FixItEdit] {
        let anchor = [plan.scopes.first?.origin, plan.global?.origin, plan.required.origin, plan.netZeroBy?.origin, plan.standard?.origin]
            .lazy.compactMap { $0 }.first?.afterField
        var edits: [FixItEdit] = []
        var added = ""
        if let scopes {
            if let field = plan.scopes.first?.origin {
                edits.append(Replace(field.fieldValue, with: spelling.scopes(scopes)))
            } else {
                added += spelling.field(xml: "scopes", json: "scopes", value: spelling.scopes(scopes))
            }
        }
        if global {
            if let field = plan.global?.origin {
                edits.append(Replace(field.fieldValue, with: "true"))
            } else {
                added += spelling.field(xml: "global", json: "global", value: "true")
            }
        }
        if !added.isEmpty {
            guard let anchor else { return [] }
            edits.append(Replace(anchor, with: added))
        }
        return edits
    }
}
