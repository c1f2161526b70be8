import Mustache

/// The report's templates. `{{…}}` escapes what it writes, so document text (a criterion named `<script>`)
/// shows as text; `{{{…}}}` is used once, for the stylesheet, which is ours.
enum HTMLTemplates {
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in [("page", page), ("document", document), ("tender", tender), ("chart", chart),
                             ("finding", finding), ("listed", listed), ("index", index)] {
            // The templates are constants of this file; one that does not parse is a bug the tests catch.
            try? library.register(text, named: name)
        }
        return library
    }()

    static let page = """
    <!DOCTYPE html>
    <html lang="en-GB">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="{{contentSecurityPolicy}}">
    <meta name="generator" content="tenderlint {{version}}">
    <title>{{title}}</title>
    {{#inlineStyle}}<style>{{{inlineStyle}}}</style>{{/inlineStyle}}
    {{#stylesheetURL}}<link rel="stylesheet" href="{{stylesheetURL}}">{{/stylesheetURL}}
    </head>
    <body>
    <a class="skip-link" href="#main">Skip to the report</a>
    <header class="masthead">
    <p class="brand">tenderlint</p>
    <p class="masthead-note">{{origin}}</p>
    {{#checkAnother}}<p class="masthead-link"><a href="{{checkAnother}}">Check another document</a></p>{{/checkAnother}}
    </header>
    <main id="main">
    <h1>{{title}}</h1>
    <p class="run-verdict" data-verdict="{{verdict}}">{{verdictText}}</p>
    <p class="run-summary">{{summary}}</p>
    {{#index}}{{> index}}{{/index}}
    {{#documents}}{{> document}}{{/documents}}
    {{#notShown}}<p class="note not-shown">{{notShown}}</p>{{/notShown}}
    {{#hasWaived}}<section id="waivers" aria-labelledby="waivers-heading">
    <h2 id="waivers-heading">Waived findings</h2>
    <p>These findings were suppressed with a reason, so they do not fail the check. Each reason is part of the audit trail.</p>
    <ul class="listed-findings">
    {{#waived}}<li class="listed-finding" data-rule="{{rule}}" data-severity="{{severity}}">{{> listed}}<p class="reason">Reason given: {{reason}} ({{where}})</p></li>
    {{/waived}}</ul>
    </section>{{/hasWaived}}
    {{#hasBaselined}}<section id="baselined" aria-labelledby="baselined-heading">
    <h2 id="baselined-heading">Findings already in the baseline</h2>
    <p>These were recorded in the baseline file when the team adopted tenderlint, so only new findings fail the check. They are still worth fixing.</p>
    <ul class="listed-findings">
    {{#baselined}}<li class="listed-finding" data-rule="{{rule}}" data-severity="{{severity}}">{{> listed}}</li>
    {{/baselined}}</ul>
    </section>{{/hasBaselined}}
    {{#hasRules}}<section id="rules" aria-labelledby="rules-heading">
    <h2 id="rules-heading">The rules behind these findings</h2>
    {{#rules}}<details class="rule" id="rule-{{id}}" open>
    <summary><span class="rule-id">{{id}}</span> {{name}}: {{summary}}</summary>
    {{#sections}}<h3>{{title}}</h3>{{#blocks}}{{#text}}<p>{{text}}</p>{{/text}}{{#hasItems}}<ul>{{#items}}<li>{{.}}</li>{{/items}}</ul>{{/hasItems}}{{/blocks}}{{/sections}}
    </details>
    {{/rules}}</section>{{/hasRules}}
    </main>
    <footer class="footer"><p>Made by tenderlint {{version}}. Run <code>tenderlint explain RULE</code> for a rule's full explanation.</p></footer>
    </body>
    </html>

    """

    static let index = """
    <nav id="index" aria-labelledby="index-heading">
    <h2 id="index-heading">Documents</h2>
    <p>{{withFindings}} of {{documentCount}} documents have findings.</p>
    {{#hasFilters}}<div class="filters">
    <fieldset class="filter"><legend>Show documents with</legend>
    <span class="choice"><input type="radio" name="severity-filter" id="severity-filter-all" value="all" checked><label for="severity-filter-all">any finding</label></span>
    <span class="choice"><input type="radio" name="severity-filter" id="severity-filter-error" value="error"><label for="severity-filter-error">errors</label></span>
    <span class="choice"><input type="radio" name="severity-filter" id="severity-filter-warning" value="warning"><label for="severity-filter-warning">warnings</label></span>
    <span class="choice"><input type="radio" name="severity-filter" id="severity-filter-info" value="info"><label for="severity-filter-info">information</label></span>
    </fieldset>
    <fieldset class="filter"><legend>Found by rule</legend>
    <span class="choice"><input type="radio" name="rule-filter" id="rule-filter-all" value="all" checked><label for="rule-filter-all">any rule</label></span>
    {{#ruleFilters}}<span class="choice"><input type="radio" name="rule-filter" id="rule-filter-{{key}}" value="{{key}}"><label for="rule-filter-{{key}}">{{id}}</label></span>
    {{/ruleFilters}}</fieldset>
    </div>{{/hasFilters}}
    {{#hasRows}}<table class="document-index">
    <caption>Documents with findings</caption>
    <thead><tr><th scope="col">Document</th><th scope="col">Buyer</th><th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Information</th><th scope="col">Rules</th></tr></thead>
    <tbody>
    {{/hasRows}}{{#rows}}<tr class="index-row verdict-{{verdict}}" data-rules="{{rules}}" data-severity="{{severity}}" data-severities="{{severities}}">
    <th scope="row">{{#anchor}}<a href="#{{anchor}}">{{/anchor}}{{#documentTitle}}{{documentTitle}}<br><span class="index-path">{{path}}</span>{{/documentTitle}}{{^documentTitle}}{{path}}{{/documentTitle}}{{#anchor}}</a>{{/anchor}}{{^anchor}} <span class="index-note">(not shown in full)</span>{{/anchor}}</th>
    <td>{{buyer}}</td><td>{{errors}}</td><td>{{warnings}}</td><td>{{infos}}</td><td>{{rules}}</td>
    </tr>
    {{/rows}}{{#hasRows}}</tbody>
    </table>{{/hasRows}}
    {{#cleanSummary}}<details class="clean-documents"><summary>{{cleanSummary}}</summary>
    <ul>{{#clean}}<li>{{#anchor}}<a href="#{{anchor}}">{{/anchor}}{{path}}{{#anchor}}</a>{{/anchor}}{{#buyer}}, {{buyer}}{{/buyer}}</li>{{/clean}}</ul>
    </details>{{/cleanSummary}}
    </nav>
    """

    static let document = """
    <section class="document" id="{{anchor}}" data-path="{{path}}" aria-labelledby="{{anchor}}-heading">
    <h2 id="{{anchor}}-heading">{{heading}}</h2>
    {{#location}}<p class="document-path">{{location}}</p>{{/location}}{{^location}}{{#line}}<p class="document-path">Line {{line}}</p>{{/line}}{{/location}}
    <p class="verdict verdict-{{verdict}}" data-verdict="{{verdict}}">{{verdictText}}</p>
    <dl class="counts">
    <div class="count count-error"><dt>Errors</dt><dd>{{errors}}</dd></div>
    <div class="count count-warning"><dt>Warnings</dt><dd>{{warnings}}</dd></div>
    <div class="count count-info"><dt>Information</dt><dd>{{infos}}</dd></div>
    </dl>
    {{#tenders}}{{> tender}}{{/tenders}}
    <div class="findings">
    <h3 id="{{anchor}}-findings">Findings</h3>
    {{#findings}}{{> finding}}{{/findings}}
    {{^hasFindings}}<p class="no-findings">tenderlint found nothing to change in this document.</p>{{/hasFindings}}
    </div>
    </section>
    """

    static let tender = """
    <div class="tender">
    {{#tenderHeading}}<p class="tender-heading">{{tenderHeading}}</p>{{/tenderHeading}}
    <h3 id="{{anchor}}-buyer">Who the buyer is, and what binds them</h3>
    <dl class="buyer">
    <div><dt>Buyer</dt><dd>{{buyer}}</dd></div>
    <div><dt>As the document shows it</dt><dd>{{buyerDescription}}</dd></div>
    {{#reference}}<div><dt>Reference</dt><dd>{{reference}}</dd></div>{{/reference}}
    <div><dt>Judged as of</dt><dd>{{judgedOn}} ({{judgedBy}})</dd></div>
    </dl>
    <details class="evidence"><summary>How tenderlint worked this out</summary>
    <table class="facts"><caption>What the document says about its buyer</caption>
    <thead><tr><th scope="col">Fact</th><th scope="col">Value</th><th scope="col">Evidence</th></tr></thead>
    <tbody>{{#facts}}<tr><th scope="row">{{name}}</th><td>{{value}}</td><td>{{basis}}</td></tr>{{/facts}}</tbody>
    </table>
    </details>
    <h4>Policies</h4>
    <ul class="policies">
    {{#binding}}<li class="policy-binds"><strong>{{name}}</strong> binds this buyer. <span class="why">{{explanation}}</span></li>{{/binding}}
    {{#unknown}}<li class="policy-unknown"><strong>{{name}}</strong>: not known whether it binds this buyer. <span class="why">{{explanation}}</span></li>{{/unknown}}
    {{#noneBinds}}<li class="policy-none">No policy tenderlint knows binds this buyer, so no policy rule was applied.</li>{{/noneBinds}}
    </ul>
    {{#notBindingSummary}}<details class="not-binding"><summary>{{notBindingSummary}}</summary>
    <ul>{{#notBinding}}<li><strong>{{name}}</strong>: {{explanation}}</li>{{/notBinding}}</ul>
    </details>{{/notBindingSummary}}
    {{#lots}}{{> chart}}{{/lots}}
    </div>
    """

    static let chart = """
    <figure class="lot-chart" data-lot="{{label}}" aria-labelledby="{{id}}-caption">
    <figcaption id="{{id}}-caption">{{heading}}</figcaption>
    <div class="chart-body">
    <svg class="share-chart" role="img" aria-labelledby="{{id}}-title {{id}}-desc" viewBox="0 0 {{width}} {{height}}" width="{{width}}" height="{{height}}" font-family="Arial, Helvetica, sans-serif" font-size="13">
    <title id="{{id}}-title">{{title}}</title>
    <desc id="{{id}}-desc">{{description}}</desc>
    {{#gridlines}}<line class="gridline" x1="{{x}}" x2="{{x}}" y1="{{top}}" y2="{{bottom}}" stroke="#b1b4b6" stroke-width="1"/><text x="{{x}}" y="{{axisLabelY}}" text-anchor="middle" fill="#505a5f" font-size="11">{{label}}</text>
    {{/gridlines}}{{#rows}}<text class="row-label" x="{{labelX}}" y="{{textY}}" text-anchor="end" fill="#0b0c0c"{{#isGroup}} font-weight="bold"{{/isGroup}}{{^isGroup}} font-size="12"{{/isGroup}}>{{label}}</text>
    <rect {{#isGroup}}class="bar" {{/isGroup}}{{^isGroup}}class="criterion-bar" {{/isGroup}}data-group="{{group}}"{{#shareValue}} data-share="{{shareValue}}"{{/shareValue}} x="{{x}}" y="{{barY}}" width="{{width}}" height="{{barHeight}}" fill="{{fill}}"{{^isGroup}} fill-opacity="0.75"{{/isGroup}}/>
    {{#rangeWidth}}<rect class="bar-range" x="{{rangeX}}" y="{{barY}}" width="{{rangeWidth}}" height="{{barHeight}}" fill="{{fill}}" fill-opacity="0.35"/>{{/rangeWidth}}
    <text class="bar-value" x="{{valueX}}" y="{{textY}}" fill="#0b0c0c"{{#isGroup}} font-weight="bold"{{/isGroup}}{{^isGroup}} font-size="12"{{/isGroup}}>{{shareText}}</text>
    {{/rows}}{{#gap}}<rect class="shortfall-gap" x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}" fill="#ffffff" fill-opacity="0" stroke="#d4351c" stroke-width="2" stroke-dasharray="4 3"/>
    {{/gap}}{{#minimum}}<line class="minimum-line" data-minimum="{{value}}" x1="{{x}}" x2="{{x}}" y1="{{top}}" y2="{{bottom}}" stroke="#d4351c" stroke-width="2" stroke-dasharray="6 4"/>
    <text class="minimum-label" x="{{labelX}}" y="{{labelY}}" text-anchor="middle" fill="#d4351c" font-weight="bold" font-size="12">{{value}}% minimum</text>
    {{/minimum}}</svg>
    <table class="shares">
    <caption>Share of the total score, after nesting</caption>
    <thead><tr><th scope="col">Part of the score</th><th scope="col">Share</th></tr></thead>
    <tbody>
    {{#tableRows}}{{#isGroup}}<tr class="group-row" data-group="{{group}}"><th scope="row">{{label}}</th><td class="share">{{share}}</td></tr>{{/isGroup}}{{^isGroup}}<tr class="criterion-row" data-criterion="{{criterion}}"><th scope="row">{{label}}{{#lineRef}} <span class="line-ref">({{lineRef}})</span>{{/lineRef}}</th><td class="share">{{share}}</td></tr>{{/isGroup}}
    {{/tableRows}}</tbody>
    </table>
    </div>
    {{#shortfall}}<p class="shortfall" data-shortfall="{{points}}"><strong>{{text}}</strong></p>{{/shortfall}}
    {{#meets}}<p class="meets">{{meets}}</p>{{/meets}}
    </figure>
    """

    static let finding = """
    <article class="finding finding-{{severity}}" id="{{anchor}}" data-rule="{{rule}}" data-severity="{{severity}}" aria-labelledby="{{anchor}}-title">
    <h4 id="{{anchor}}-title"><a class="finding-link" href="#{{anchor}}"><span class="badge badge-{{severity}}">{{severityTitle}}</span> <span class="message">{{message}}</span></a></h4>
    <p class="finding-meta">At {{where}} · {{#explained}}<a href="#rule-{{rule}}">{{rule}} {{ruleName}}</a>{{/explained}}{{^explained}}{{rule}} {{ruleName}}{{/explained}}</p>
    {{#omitted}}<p class="omitted">{{omitted}}</p>{{/omitted}}
    {{#excerpt}}<figure class="source"><figcaption class="source-caption">{{label}}</figcaption><pre class="excerpt">{{#lines}}<span class="source-line"><span class="line-number" aria-hidden="true">{{number}}</span> {{before}}{{#hasMark}}<mark>{{marked}}</mark>{{/hasMark}}{{after}}</span>{{/lines}}</pre></figure>
    {{#caretLabel}}<p class="caret-label">↑ {{caretLabel}}</p>{{/caretLabel}}{{/excerpt}}
    {{#hasSecondary}}<ul class="secondary">{{#secondary}}<li>{{message}} (at {{where}})</li>{{/secondary}}</ul>{{/hasSecondary}}
    {{#hasNotes}}<ul class="notes">{{#notes}}<li>{{.}}</li>{{/notes}}</ul>{{/hasNotes}}
    {{#fix}}<div class="fix"><p class="fix-heading">What would make it pass</p>
    {{#help}}<p>{{.}}</p>{{/help}}
    {{#fixIts}}<p class="fix-it" data-safety="{{safety}}"><span class="fix-label">tenderlint can fix this:</span> {{summary}}. <span class="safety safety-{{safety}}">{{safetyText}}</span></p>{{/fixIts}}
    </div>{{/fix}}
    {{#policy}}<p class="policy"><span class="policy-label">Policy:</span> {{name}}{{#detail}}: {{detail}}{{/detail}}</p>{{/policy}}
    </article>
    """

    static let listed = """
    <span class="badge badge-{{severity}}">{{severityTitle}}</span> {{message}}
    <span class="listed-where">{{path}}, {{where}} · {{#explained}}<a href="#rule-{{rule}}">{{rule}} {{ruleName}}</a>{{/explained}}{{^explained}}{{rule}} {{ruleName}}{{/explained}}</span>
    """
}
