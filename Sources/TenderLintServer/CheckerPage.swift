import TenderLintKit

/// The page at `/`: what the checker does, in plain English, and the form that sends a document to `/report`.
/// It has no script and no inline style (the server's Content-Security-Policy allows neither); its
/// stylesheet is served at `/checker.css`. The file input is the real control: dropping a file on it works
/// in every browser without script.
enum CheckerPage {
    /// The page, saying the largest upload accepted. Nothing from a request ever goes into it.
    static func html(maximumUpload: ByteSize) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Check a tender document – tenderlint</title>
        <link rel="stylesheet" href="/checker.css">
        </head>
        <body>
        <a class="skip-link" href="#main">Skip to the checker</a>
        <header class="banner">
        <p class="product">tenderlint <span class="version">\(TenderLintVersion.current)</span></p>
        </header>
        <main id="main">
        <h1>Check a tender document before you publish it</h1>
        <p class="lede">tenderlint reads your draft tender and says, in plain English, where it falls short of UK \
        procurement policy on social value and net zero: for example when social value carries less than the \
        10% of the total score that central government policy asks for, when the weights of a lot do not add up, \
        or when a Carbon Reduction Plan is not asked for where it must be. Each finding shows the words in your \
        document it is about and how to put them right.</p>

        <section class="about" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Your document stays with you</h2>
        <p>This checker runs on your own computer, or on a server your organisation runs. The document you send \
        is checked in memory and forgotten: it is never saved to disk and never sent anywhere else.</p>
        </section>

        <section class="about" aria-labelledby="formats-heading">
        <h2 id="formats-heading">What it reads</h2>
        <ul>
        <li>tender specifications written as XML or JSON;</li>
        <li>OCDS releases (the Open Contracting Data Standard, in JSON), as Find a Tender and Contracts Finder publish them;</li>
        <li>eForms notices (XML).</li>
        </ul>
        <p>A file may be up to \(maximumUpload).</p>
        </section>

        <form class="check" method="post" action="/report" enctype="multipart/form-data" aria-labelledby="check-heading">
        <h2 id="check-heading">Check a document</h2>
        <div class="field drop-zone">
        <label for="document">Choose a file</label>
        <p class="hint" id="document-hint">An XML or JSON file. You can also drag the file onto this box.</p>
        <input type="file" name="document" id="document" accept=".xml,.json,.jsonl,.ndjson" aria-describedby="document-hint">
        </div>
        <p class="or">or</p>
        <div class="field">
        <label for="text">Paste the document’s text</label>
        <textarea name="text" id="text" rows="12" spellcheck="false"></textarea>
        </div>
        <div class="field">
        <label for="filename">File name (optional)</label>
        <p class="hint" id="filename-hint">The name the report calls the document by, such as spec.xml. An ending of \
        .xml or .json says how to read pasted text; without one, tenderlint tells from the text itself.</p>
        <input type="text" name="filename" id="filename" autocomplete="off" spellcheck="false" aria-describedby="filename-hint">
        </div>
        <button type="submit" id="check">Check</button>
        </form>
        </main>
        <footer class="footer">
        <p>The report opens in this window. Programs can post a document to <code>/api/lint</code> for the same \
        findings as JSON.</p>
        </footer>
        </body>
        </html>

        """
    }

    /// The page's stylesheet: readable type, clear contrast (WCAG 2.1 AA) and a focus ring that cannot be missed.
    static let stylesheet = """
        :root { color-scheme: light; --ink: #0b0c0c; --muted: #484949; --line: #8a8f91; --accent: #1d4f91; --focus: #ffdd00; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 1.125rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #fff; }
        .skip-link { position: absolute; left: -10000px; top: 0; padding: 0.5rem 1rem; background: var(--focus); color: var(--ink); }
        .skip-link:focus { left: 0; }
        .banner { background: var(--ink); color: #fff; padding: 0.75rem 1.5rem; }
        .product { margin: 0; font-weight: 700; font-size: 1.25rem; }
        .version { font-weight: 400; font-size: 0.9rem; }
        main, .footer { max-width: 46rem; margin: 0 auto; padding: 1rem 1.5rem; }
        h1 { font-size: 2rem; line-height: 1.2; margin: 1.5rem 0 1rem; }
        h2 { font-size: 1.4rem; margin: 2rem 0 0.5rem; }
        .lede { font-size: 1.2rem; }
        .about p, .about ul { margin: 0.5rem 0; }
        form.check { margin-top: 2rem; border-top: 4px solid var(--accent); }
        .field { margin: 1.25rem 0; }
        label { display: block; font-weight: 700; margin-bottom: 0.25rem; }
        .hint { margin: 0 0 0.5rem; color: var(--muted); }
        .drop-zone input[type=file] { display: block; width: 100%; padding: 2.5rem 1rem; border: 3px dashed var(--line); background: #f3f2f1; font: inherit; cursor: pointer; }
        .drop-zone input[type=file]:hover { border-color: var(--accent); }
        .or { font-weight: 700; margin: 0.5rem 0; }
        textarea, input[type=text] { width: 100%; font: 1rem/1.4 ui-monospace, Menlo, Consolas, monospace; padding: 0.5rem; border: 2px solid var(--ink); }
        button { font: inherit; font-weight: 700; padding: 0.6rem 1.5rem; color: #fff; background: #00703c; border: 0; box-shadow: 0 2px 0 #002d18; cursor: pointer; }
        button:hover { background: #005a30; }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: 0 0 0 6px var(--ink); }
        .footer { color: var(--muted); border-top: 1px solid var(--line); margin-top: 2rem; }
        code { font-family: ui-monospace, Menlo, Consolas, monospace; }
        @media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }

        """
}
