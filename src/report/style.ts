/** The report's inline stylesheet: the file must open anywhere, offline, with nothing fetched. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d232a; --muted: #67707a; --line: #d9dee3; --bg: #fbfbfa; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--bg); }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
code { font: 0.85em ui-monospace, SFMono-Regular, Menlo, monospace; background: #eef0f2; padding: 0 .25em; border-radius: 3px; }
a { color: #1f5fa8; }
nav { margin: .5rem 0 1rem; } nav a { margin-right: 1rem; }
.meta, .muted, .org { color: var(--muted); } .meta { margin: 0 0 .5rem; font-size: .9em; }
.org { font-size: .9em; }
.warn { color: #8a4b00; font-size: .9em; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: .75rem; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; }
.card h3 { margin: 0 0 .25rem; font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.card dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 0 .75rem; }
.card dt { color: var(--muted); } .card dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; background: #fff; font-size: .92em; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f0f2f4; font-weight: 600; }
tr.unshown td { background: #fff8ec; }
tr:target td { outline: 2px solid #1f5fa8; }
.article { border-top: 1px solid var(--line); padding-top: .5rem; }
.text { white-space: pre-wrap; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; line-height: 1.7; max-height: 36rem; overflow: auto; overflow-wrap: anywhere; }
mark { color: inherit; border-radius: 2px; }
mark.d1 { background: #fff1a8; } mark.d2 { background: #ffd86b; } mark.d3 { background: #ffb347; }
sup.ref { font-size: .7em; line-height: 0; } sup.ref a { text-decoration: none; background: #1f5fa8; color: #fff; border-radius: 3px; padding: 0 .25em; }
.badge { display: inline-block; font-size: .8em; padding: 0 .4em; border-radius: 3px; background: #e7eaee; white-space: nowrap; }
.status-completed { background: #d8f0dc; color: #185c27; }
.status-completed_with_errors, .status-interrupted, .status-running { background: #fdecc8; color: #7a4b00; }
.status-failed { background: #f8d7d7; color: #8b1a1a; }
.stance-denies { background: #f8d7d7; } .stance-cannot_confirm { background: #fdecc8; }
.align-normalized { background: #e3ecf8; } .align-fuzzy { background: #fdecc8; }
.label-first { background: #e3ecf8; } .label-consistent { background: #d8f0dc; }
.label-revised { background: #fdecc8; } .label-conflicting { background: #f8d7d7; }
.sources { background: #e3ecf8; }
.cluster { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .5rem .8rem; margin: .5rem 0; }
.cluster .canonical { margin: 0 0 .25rem; font-weight: 600; }
.members { margin: 0; padding-left: 1.25rem; } .members li { margin: .15rem 0; }
q { quotes: "\\201C" "\\201D"; font-style: italic; }
details summary { cursor: pointer; color: var(--muted); margin: .5rem 0; }
`;
