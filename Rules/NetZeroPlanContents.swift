import Foundation
import TenderLintKit

/// NZ003 and NZ004: what a Carbon Reduction Plan must cover, and by when net zero must be reached.
extension NetZeroRules {
    // MARK: NZ003

    static let carbonReductionPlanScope = Rule("NZ003", "carbon-reduction-plan-scope") {
        Summary("The Carbon Reduction Plan asked for covers the emissions policy requires")
        Severity(.error)
        Explanation("""
            A Carbon Reduction Plan must report **Scope 1** (direct emissions), **Scope 2** (purchased energy) and \
            five **Scope 3** categories: upstream transportation and distribution, waste generated in operations, \
            business travel, employee commuting, and downstream transportation and distribution (PPN 06/21 from \
            30 September 2021 and PPN 006 from 24 February 2025 for central government; the NHS Net Zero Supplier \
            Roadmap from 1 April 2023). `scopes="3"` (all of Scope 3) covers the five.

            From **1 April 2027** the NHS asks for more: a plan covering **all of Scope 1, 2 and 3**, for \
            **global** emissions rather than UK operations only (`scopes="1 2 3" global="true"`). Lots reserved \
            for SMEs or VCSEs get two more years on this: until 1 April 2029 the five categories still do, and the \
            finding says so.

            A plan that names a standard (`ppn-06-21`, `ppn-006`, `nhs`) but no scopes is taken to cover what \
            that standard names, which is not all of Scope 3. A plan recognised in the words of an OCDS or eForms \
            notice says nothing of its scopes, so this rule leaves it alone.
            """)
        Enforces(.ppn0621, .ppn006, .nhsCarbonReductionPlan2023, .nhsCarbonReductionPlan2024, .nhsCarbonReductionPlan2027, .wppn0621, .wppn006)
        Parameter(.smallSupplierGrace)
        AppliesOnlyWhen(.planAsked)
        Needs(.planScopes)
        Check { rule in
            let spelling = NetZeroSpelling(rule.tender)
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
                let scopesField = NetZeroPlace.field(plan.scopes.first?.origin)
                let place = missing.isEmpty ? (NetZeroPlace.field(plan.global?.origin) ?? plan.origin) : (scopesField ?? plan.origin)
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
                    if !missing.isEmpty {
                        switch spelling {
                        case .xml: Help("ask for scopes=\"\(spelling.scopes(fixed))\"")
                        case .json: Help("ask for \"scopes\": \(spelling.scopes(fixed))")
                        case .notice: Help("ask in the notice for a plan covering " + Prose.list(fixed.map(\.title)))
                        }
                    }
                    if needsGlobal {
                        switch spelling {
                        case .xml: Help("ask for global=\"true\" on <carbon-reduction-plan>")
                        case .json: Help("ask for \"global\": true in \"carbonReductionPlan\"")
                        case .notice: Help("ask in the notice for a plan covering global emissions")
                        }
                    }
                    // One fix for all the finding says: the scopes and global emissions together.
                    if spelling != .notice {
                        FixIt(Prose.list(fixSummary(full: full, missing: plan.scopes.isEmpty && !missing.isEmpty ? nil : missing, needsGlobal: needsGlobal)),
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
                             spelling: NetZeroSpelling) -> [FixItEdit] {
        let anchor = NetZeroPlace.after(
            [plan.scopes.first?.origin, plan.global?.origin, plan.required.origin, plan.netZeroBy?.origin, plan.standard?.origin]
                .lazy.compactMap { $0 }.first)
        var edits: [FixItEdit] = []
        var added = ""
        if let scopes {
            if let field = plan.scopes.first?.origin {
                edits.append(Replace(NetZeroPlace.fieldValue(field), with: spelling.scopes(scopes)))
            } else {
                added += spelling.field(xml: "scopes", json: "scopes", value: spelling.scopes(scopes))
            }
        }
        if global {
            if let field = plan.global?.origin {
                edits.append(Replace(NetZeroPlace.fieldValue(field), with: "true"))
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

    // MARK: NZ004

    static let latestYear = ParameterKey.year("latestYear", default: 2050, "The latest net zero year a Carbon Reduction Plan may commit to")
    static let nhsEncouragedYear = ParameterKey.year(
        "nhsEncouragedYear", default: 2045,
        "The year the NHS encourages suppliers to reach net zero by; later years are reported as information for NHS bodies in England")

    static let netZeroTargetYear = Rule("NZ004", "net-zero-target-year") {
        Summary("The net zero year asked of suppliers is 2050 at the latest (the NHS encourages 2045)")
        Severity(.error)
        Explanation("""
            A Carbon Reduction Plan commits the supplier to net zero by **2050 at the latest** (PPN 06/21, PPN 006 \
            and the NHS Net Zero Supplier Roadmap): a later year is an error.

            For NHS bodies in England, from 1 April 2023 (the first NHS plan requirements), a year later than **2045** is reported as information: 2050 \
            still meets the minimum, but the NHS aims for net zero by 2045 for the emissions it can influence (its \
            supply chain) and encourages suppliers to match it. Both years are parameters.
            """)
        Enforces(.ppn0621, .ppn006, .nhsCarbonReductionPlan2023, .nhsCarbonReductionPlan2024, .nhsCarbonReductionPlan2027, .wppn0621, .wppn006)
        Parameter(latestYear)
        Parameter(nhsEncouragedYear)
        AppliesOnlyWhen(.planAsked)
        Needs(.planNetZeroYear)
        Check { rule in
            let latest = rule[latestYear]
            let encouraged = rule[nhsEncouragedYear]
            let nhs = rule.policies.contains { $0.pack == .nhsEngland }
            for group in rule.termsGroups {
                guard let plan = group.terms.carbonReductionPlan, plan.required.value, let year = plan.netZeroBy else { continue }
                let lot = group.lots[0]
                let which = group.isLotsOwn && !lot.isImplicit ? "the Carbon Reduction Plan asked for in \(lot.label)" : "the Carbon Reduction Plan asked for"
                let better = nhs ? encouraged : latest
                if year.value > latest {
                    rule.report {
                        Message("\(which) sets net zero by \(year.value), later than \(latest), the latest year a plan may commit to")
                        At(NetZeroPlace.field(year.origin))
                        Label("later than \(latest)")
                        if nhs { Note("the NHS encourages \(encouraged): its own target for the emissions of its supply chain") }
                        Help("ask for net zero by \(better)")
                        FixIt("ask for net zero by \(better)", replacing: NetZeroPlace.fieldValue(year.origin), with: String(better))
                    }
                } else if nhs, year.value > encouraged {
                    rule.report {
                        Message("\(which) sets net zero by \(year.value); the NHS encourages \(encouraged)")
                        At(NetZeroPlace.field(year.origin))
                        Label("later than \(encouraged)")
                        SeverityOverride(.info)
                        Note("a plan may commit to any year up to \(latest), so \(year.value) meets the minimum; the NHS aims for net zero by \(encouraged) for the emissions it can influence and encourages suppliers to match it")
                        Help("ask for net zero by \(encouraged)")
                        FixIt("ask for net zero by \(encouraged)", replacing: NetZeroPlace.fieldValue(year.origin), with: String(encouraged))
                    }
                }
            }
        }
        Examples {
            Triggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" ↓net-zero-by="2055"/></net-zero>
                \(evaluation)
                """)
            // Information for an NHS body in England.
            Triggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" ↓net-zero-by="2050"/></net-zero>
                \(evaluation)
                """)
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" net-zero-by="2045"/></net-zero>
                \(evaluation)
                """)
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" net-zero-by="2050"/></net-zero>
                \(evaluation)
                """, profile: .centralGovernment)
            Triggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" ↓net-zero-by="2051"/></net-zero>
                \(evaluation)
                """, profile: .centralGovernment)
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" net-zero-by="2050"/></net-zero>
                \(evaluation)
                """, parameters: [nhsEncouragedYear.name: .year(2050)])
            // The NHS has encouraged 2045 since its first plan requirements, in April 2023; before them, no NHS plan policy applied.
            Triggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" ↓net-zero-by="2050"/></net-zero>
                \(evaluation)
                """, asOf: "2023-04-01")
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" net-zero-by="2050"/></net-zero>
                \(evaluation)
                """, asOf: "2023-03-31")
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="false" net-zero-by="2060"/></net-zero>
                \(evaluation)
                """)
            Triggering("""
                <lot id="1">
                  <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" net-zero-by="2045"/></net-zero>
                  \(evaluation)
                </lot>
                <lot id="2">
                  <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" ↓net-zero-by="2060"/></net-zero>
                  \(evaluation)
                </lot>
                """)
        }
    }
}
