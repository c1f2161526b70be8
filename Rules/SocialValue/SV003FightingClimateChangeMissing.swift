import Foundation
import TenderLintKit

/// SV003: the NHS theme Fighting climate change, in the specification or in the criteria.
extension SocialValueRules {
    static let fightingClimateChangeMissing = Rule("SV003", "fighting-climate-change-missing") {
        Summary("An NHS tender covers the theme Fighting climate change")
        Severity(.error)
        WhatItChecks("""
            An NHS tender in which the Social Value Model theme ***Fighting climate change*** appears nowhere: \
            neither in the specification nor in the social value criteria. The theme counts as present when any \
            of these holds:
            - the tender lists it among its themes (`<theme>fighting-climate-change</theme>`);
            - a criterion is a net zero criterion (`kind="net-zero"`, or recognised from its words in OCDS and eForms);
            - a social value criterion's name or description speaks of net zero, carbon or climate;
            - a measure, in a criterion or in the specification, belongs to the theme in a loaded catalogue \
            (catalogues are optional: without one, measures are not looked up);
            - the notice's text is recognised as net zero (such as an eForms `clim-mitig` code, or \
            "decarbonisation" in an OCDS description).

            Words are matched whole, so "carbon monoxide detectors" and "in the current climate" are not net zero. \
            A mention such as "sustainability", "environmental" or "climate" alone is too weak to cover the theme: \
            the finding's note quotes it, so the buyer can see what was read and why it was not enough.

            The check is made once per tender, not per lot: it is enough that one lot covers the theme.
            """)
        Why("""
            The NHS net zero and social value guidance (from 1 April 2022) requires the theme Fighting climate \
            change in **every** NHS tender: in the specification, in the social value criteria, or both. It binds \
            NHS bodies in England only: not NHS Wales or NHS Scotland. Central government policy (PPN 06/20, \
            PPN 002) names the theme but does not require it.
            """)
        NotThisRulesFinding("""
            A lot with no social value or net zero criterion at all (SV002), and the share of the score those \
            criteria carry (SV001); a measure code that is not in its framework's catalogue (TOM001); a measure \
            of a theme the tender does not list among its themes (TOM005); a contract that does not ask suppliers \
            for a Carbon Reduction Plan or a Net Zero Commitment (NZ001, NZ002). Tenders of NHS Wales, NHS \
            Scotland and central government: no rule, since no policy requires the theme of them.
            """)
        Enforces(.nhsNetZeroAndSocialValue, .nhsNetZeroAndSocialValueUnderPSR)
        Check { rule in
            let tender = rule.tender
            guard climateEvidence(in: tender, catalogues: rule.catalogues) == nil else { return }
            let theme = SocialValueTheme.fightingClimateChange
            // A theme's origin is its text in XML; its element is what a reader looks for.
            let themeOrigin = tender.socialValue.themes.first?.origin?.element
            let counted = tender.lots.lazy.flatMap { $0.evaluation.counted(of: [.socialValue]) }.first?.criterion
            let unchecked = uncataloguedMeasures(in: tender, catalogues: rule.catalogues)
            let mention = netZeroMentions(in: tender).first
            rule.report {
                Message("the theme \(theme.title) appears neither in the specification nor in the criteria; NHS guidance requires it in every tender")
                // What was judged is every theme the tender targets, not the first one the finding points at.
                OffendingValue("themes: " + tender.socialValue.themes.map(\.value.rawValue).sorted().joined(separator: ", "))
                About(themeOrigin?.container)
                if let themeOrigin {
                    At(themeOrigin)
                    Label("themes: " + tender.socialValue.themes.map(\.value.title).joined(separator: ", "))
                } else if let counted {
                    At(counted.origin)
                    Label("\(counted.label) does not cover net zero or climate")
                }
                if let mention {
                    let line = mention.origin.map { ", line \($0.location.start.line)" } ?? ""
                    Note("the notice mentions '\(mention.phrase)' (its \(mention.field)\(line)), which alone does not cover the theme")
                }
                if !unchecked.isEmpty {
                    Note("measures \(Prose.list(unchecked)) were not looked up: no catalogue of their framework is loaded")
                }
                Help(rule.spelling.fightingClimateChangeHelp)
            }
        }
        Examples {
            Triggering("""
                <social-value>
                  ↓<theme>tackling-economic-inequality</theme>
                  <theme>wellbeing</theme>
                </social-value>
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="social-value" kind="social-value" name="Local jobs" weight="10"/>
                </evaluation>
                """)
            // No themes: the finding lands on the social value criterion.
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  ↓<criterion id="social-value" kind="social-value" name="Local jobs and apprenticeships" weight="10"/>
                </evaluation>
                """)
            // Per tender, not per lot: neither lot covers it.
            Triggering("""
                <lot id="1">
                  <evaluation>
                    <criterion id="price" kind="price" weight="40"/>
                    <criterion id="quality" kind="quality" weight="60">
                      <criterion id="delivery" kind="quality" weight="80"/>
                      ↓<criterion id="social-value" kind="social-value" name="Wellbeing" weight="20"/>
                    </criterion>
                  </evaluation>
                </lot>
                <lot id="2">
                  <evaluation>
                    <criterion id="price" kind="price" weight="40"/>
                    <criterion id="quality" kind="quality" weight="50"/>
                    <criterion id="social-value" kind="social-value" name="Local jobs" weight="10"/>
                  </evaluation>
                </lot>
                """)
            NonTriggering("""
                <social-value>
                  <theme>fighting-climate-change</theme>
                </social-value>
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="social-value" kind="social-value" name="Local jobs" weight="10"/>
                </evaluation>
                """)
            // A net zero criterion in the social value block.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="50"/>
                  <criterion id="quality" kind="quality" weight="40"/>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <criterion id="carbon" kind="net-zero" weight="60"/>
                    <criterion id="local-jobs" kind="social-value" weight="40"/>
                  </criterion>
                </evaluation>
                """)
            // The social value criterion's own words.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="social-value" kind="social-value" name="Net zero and social value" weight="10"/>
                </evaluation>
                """)
            // Enough that one lot covers it.
            NonTriggering("""
                <lot id="1">
                  <evaluation>
                    <criterion id="price" kind="price" weight="40"/>
                    <criterion id="quality" kind="quality" weight="50"/>
                    <criterion id="social-value" kind="social-value" name="Local jobs" weight="10"/>
                  </evaluation>
                </lot>
                <lot id="2">
                  <evaluation>
                    <criterion id="price" kind="price" weight="40"/>
                    <criterion id="quality" kind="quality" weight="50"/>
                    <criterion id="carbon" kind="net-zero" weight="10"/>
                  </evaluation>
                </lot>
                """)
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="social-value" kind="social-value" name="Local jobs" weight="10"/>
                </evaluation>
                """, profile: .centralGovernment)
            // NHS Wales is not bound by NHS England's guidance.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="social-value" kind="social-value" name="Local jobs" weight="10"/>
                </evaluation>
                """, profile: .nhsWales)
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="social-value" kind="social-value" name="Local jobs" weight="10"/>
                </evaluation>
                """, asOf: "2022-03-31")
        }
    }
}
