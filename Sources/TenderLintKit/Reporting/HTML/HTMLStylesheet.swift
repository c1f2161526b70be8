/// The report's CSS: readable type, WCAG 2.1 AA contrast (GOV.UK's palette), a visible focus ring, and an A4
/// print layout that opens every collapsed part and keeps a finding or a chart on one page.
enum HTMLStylesheet {
    static let text = """
    :root { color-scheme: light; --text: #0b0c0c; --muted: #484949; --border: #b1b4b6; --link: #1d4e89; --focus: #ffdd00;
      --error: #d4351c; --warning: #8a4b00; --info: #1d70b8; --pass: #00703c; --panel: #f3f2f1; }
    * { box-sizing: border-box; }
    body { margin: 0; font-family: Arial, Helvetica, sans-serif; font-size: 1rem; line-height: 1.5; color: var(--text); background: #fff; }
    a { color: var(--link); text-underline-offset: 0.15em; }
    a:focus, summary:focus, input:focus + label { outline: 3px solid var(--focus); outline-offset: 0; background: var(--focus); color: var(--text); box-shadow: 0 4px var(--text); text-decoration: none; }
    .skip-link { position: absolute; left: -9999px; top: 0; padding: 0.5rem 1rem; }
    .skip-link:focus { left: 0.5rem; z-index: 10; }
    .masthead { background: var(--text); color: #fff; padding: 0.5rem 1.5rem; display: flex; flex-wrap: wrap; gap: 0 2rem; align-items: baseline; }
    .masthead p { margin: 0; }
    .brand { font-weight: bold; font-size: 1.25rem; }
    main { max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem 2rem; }
    h1 { font-size: 2rem; line-height: 1.2; margin: 1rem 0 0.5rem; overflow-wrap: anywhere; }
    h2 { font-size: 1.5rem; margin: 2rem 0 0.5rem; overflow-wrap: anywhere; }
    h3 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
    h4 { font-size: 1.05rem; margin: 1rem 0 0.25rem; }
    .run-verdict, .verdict { font-weight: bold; padding: 0.5rem 0.75rem; border-left: 6px solid var(--pass); background: var(--panel); }
    .run-verdict[data-verdict="fail"], .verdict-fail { border-left-color: var(--error); }
    .run-summary, .document-path, .index-path, .finding-meta, .listed-where { color: var(--muted); }
    .document { border-top: 4px solid var(--text); margin-top: 2.5rem; }
    .counts { display: flex; gap: 1rem; margin: 0.5rem 0 1rem; }
    .count { border: 1px solid var(--border); padding: 0.25rem 0.75rem; }
    .count dt { font-size: 0.875rem; color: var(--muted); }
    .count dd { margin: 0; font-size: 1.5rem; font-weight: bold; }
    .count-error dd { color: var(--error); }
    .count-warning dd { color: var(--warning); }
    .buyer div { display: flex; gap: 0.5rem; }
    .buyer dt { font-weight: bold; flex: 0 0 14rem; }
    .buyer dd { margin: 0; padding: 0; }
    table { border-collapse: collapse; margin: 0.5rem 0; }
    caption { text-align: left; font-weight: bold; padding-bottom: 0.25rem; }
    th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.6rem; border-bottom: 1px solid var(--border); }
    details { margin: 0.5rem 0; }
    summary { cursor: pointer; color: var(--link); text-decoration: underline; }
    .policies { padding-left: 1.25rem; }
    .policies li { margin-bottom: 0.4rem; }
    .why { color: var(--muted); }
    .lot-chart { margin: 1.5rem 0; padding: 1rem; border: 1px solid var(--border); break-inside: avoid; }
    .lot-chart figcaption { font-weight: bold; font-size: 1.1rem; margin-bottom: 0.5rem; }
    .chart-body { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
    .share-chart { max-width: 100%; height: auto; }
    .shares .group-row th { font-weight: bold; }
    .shares .criterion-row th { font-weight: normal; padding-left: 1.5rem; }
    .shares .share { text-align: right; font-variant-numeric: tabular-nums; }
    .line-ref { color: var(--muted); font-size: 0.875rem; }
    .shortfall { border-left: 6px solid var(--error); padding: 0.5rem 0.75rem; background: #fbe9e6; margin: 0.75rem 0 0; }
    .meets { border-left: 6px solid var(--pass); padding: 0.5rem 0.75rem; background: #e6f2ec; margin: 0.75rem 0 0; }
    .finding { border: 1px solid var(--border); border-left: 6px solid var(--info); padding: 0.5rem 1rem 0.75rem; margin: 1rem 0; break-inside: avoid; }
    .finding-error { border-left-color: var(--error); }
    .finding-warning { border-left-color: var(--warning); }
    .finding h4 { margin-top: 0.25rem; }
    .finding-link { color: var(--text); text-decoration: none; }
    .finding-link:hover .message { text-decoration: underline; }
    .badge { display: inline-block; font-size: 0.8rem; font-weight: bold; text-transform: uppercase; letter-spacing: 0.03em; padding: 0.05rem 0.4rem; color: #fff; background: var(--info); vertical-align: middle; }
    .badge-error { background: var(--error); }
    .badge-warning { background: var(--warning); }
    .source { margin: 0.5rem 0; }
    .source-caption { font-size: 0.875rem; color: var(--muted); }
    .masthead-link a { color: #fff; }
    .excerpt { margin: 0.25rem 0 0; background: var(--panel); border: 1px solid var(--border); padding: 0.5rem 0.75rem; overflow-x: auto; font-size: 0.9rem; line-height: 1.45; white-space: pre-wrap; overflow-wrap: anywhere; }
    .source-line { display: block; }
    .line-number { display: inline-block; min-width: 3.5ch; color: var(--muted); text-align: right; margin-right: 0.5rem; user-select: none; }
    mark { background: #ffdd00; color: var(--text); outline: 2px solid var(--error); }
    .caret-label { margin-top: -0.5rem; color: var(--muted); font-style: italic; }
    .notes, .secondary { padding-left: 1.25rem; }
    .fix { background: #e8f1f8; padding: 0.5rem 0.75rem; margin: 0.5rem 0; }
    .fix-heading { font-weight: bold; margin: 0 0 0.25rem; }
    .fix p { margin: 0.25rem 0; }
    .safety-safe { color: var(--pass); font-weight: bold; }
    .safety-unsafe { color: var(--warning); font-weight: bold; }
    .policy-label, .fix-label { font-weight: bold; }
    .filters { display: flex; flex-wrap: wrap; gap: 1rem; }
    .filter { border: 1px solid var(--border); padding: 0.5rem 0.75rem; }
    .filter label { margin: 0 0.75rem 0 0.25rem; }
    .choice { display: inline-block; white-space: nowrap; }
    .document-index { width: 100%; }
    .index-row { content-visibility: auto; contain-intrinsic-size: auto 3rem; }
    .index-note { color: var(--muted); font-size: 0.875rem; }
    .listed-finding { margin-bottom: 0.75rem; }
    .reason { margin: 0.25rem 0 0; }
    .rule { border-top: 1px solid var(--border); padding-top: 0.5rem; }
    .rule summary { font-weight: bold; }
    .rule-id { font-family: monospace; }
    .footer { border-top: 1px solid var(--border); color: var(--muted); padding: 1rem 1.5rem; max-width: 1100px; margin: 0 auto; }
    code { font-family: monospace; }
    @page { size: A4; margin: 15mm; }
    @media print {
      body { font-size: 10.5pt; }
      .masthead, .skip-link, .filters { display: none; }
      main { max-width: none; padding: 0; }
      a, summary { color: var(--text); text-decoration: none; }
      summary { list-style: none; font-weight: bold; }
      summary::-webkit-details-marker { display: none; }
      .document { break-before: page; }
      .document:first-of-type { break-before: auto; }
      details::details-content { content-visibility: visible; display: contents; }
      .excerpt { white-space: pre-wrap; }
      .index-row { content-visibility: visible; }
    }
    """
}
