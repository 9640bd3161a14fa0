/**
 * out/report.html: one self-contained page (inline CSS, no script, nothing fetched) for analysts
 * to check what a run extracted. Pure: the same input always renders the same string. Every piece
 * of text from articles or model output is escaped; anchors are built from indices only.
 */
import type { Claim, ErrorRecord, Reconciled, RunManifest } from '../../schemas/index.js';
import { articleSectionHtml, buildArticleViews, type ReportArticle } from './article.js';
import { escapeHtml, formatMs, formatNumber, formatUsd, tableHtml } from './format.js';
import { clustersSectionHtml, tracksSectionHtml, type AnchorIndex } from './reconciled.js';
import { REPORT_CSS } from './style.js';

export interface ReportInput {
  manifest: RunManifest;
  articles: ReportArticle[];
  claims: Claim[];
  reconciled: Reconciled | null;
  errors: ErrorRecord[];
}

type Fact = [label: string, html: string];

function card(title: string, facts: Fact[]): string {
  const rows = facts.map(([label, html]) => `<dt>${escapeHtml(label)}</dt><dd>${html}</dd>`).join('');
  return `<div class="card"><h3>${escapeHtml(title)}</h3><dl>${rows}</dl></div>`;
}

const n = (value: number): string => formatNumber(value);
const text = (value: string | null): string => (value === null ? '<span class="muted">—</span>' : escapeHtml(value));

function headerHtml(manifest: RunManifest): string {
  const { counts, usage, extractor, prompt, model_calls: calls, timings_ms: timings } = manifest;
  const status = `<span class="badge status-${manifest.status}">${escapeHtml(manifest.status.replace(/_/g, ' '))}</span>`;
  const promptRef = prompt === null ? text(null) : `${escapeHtml(`${prompt.id}@${prompt.version}`)} <code>${escapeHtml(prompt.sha256.slice(0, 8))}</code>`;
  const cards = [
    card('Run', [
      ['status', status],
      ['started', text(manifest.started_at)],
      ['finished', text(manifest.finished_at)],
      ['total time', escapeHtml(formatMs(timings.total))],
      ['extract / reconcile', escapeHtml(`${formatMs(timings.extract)} / ${formatMs(timings.reconcile)}`)],
      ['claimsift', escapeHtml(manifest.version)],
    ]),
    card('Extractor', [
      ['kind', escapeHtml(extractor.kind)],
      ['model', text(extractor.model)],
      ['server', text(extractor.base_url_host)],
      ['prompt', promptRef],
      ['config', text(manifest.config_path)],
    ]),
    card('Counts', [
      ['articles', `${n(counts.articles)}${counts.articles_failed ? ` <span class="warn">(${n(counts.articles_failed)} failed)</span>` : ''}`],
      ['resumed', n(counts.articles_resumed)],
      ['chunks', n(counts.chunks)],
      ['claims', n(counts.claims)],
      ['rejected quotes', n(counts.rejected_quotes)],
      ['clusters', n(counts.clusters)],
      ['tracks', n(counts.tracks)],
      ['errors', n(counts.errors)],
    ]),
    card('Model usage', [
      ['calls', n(usage.calls)],
      ['prompt tokens', n(usage.prompt_tokens)],
      ['cached prompt', n(usage.cached_prompt_tokens)],
      ['completion tokens', n(usage.completion_tokens)],
      ['est. cost', escapeHtml(formatUsd(usage.cost_usd))],
      ['retries / re-asks', `${n(calls.retries)} / ${n(calls.reasks)}`],
      ['cache hits / misses', `${n(calls.cache_hits)} / ${n(calls.cache_misses)}`],
    ]),
  ];
  return [
    '<header>',
    `<h1>claimsift run report ${status}</h1>`,
    `<p class="meta">${escapeHtml(extractor.reason)}</p>`,
    `<div class="grid">${cards.join('\n')}</div>`,
    manifest.inputs.length === 0
      ? ''
      : `<details><summary>Inputs (${manifest.inputs.length})</summary><ul>${manifest.inputs.map((i) => `<li><code>${escapeHtml(i)}</code></li>`).join('')}</ul></details>`,
    '</header>',
  ].join('\n');
}

function errorsSectionHtml(errors: readonly ErrorRecord[], anchors: AnchorIndex): string {
  const head = `<section id="errors"><h2>Errors (${errors.length})</h2>`;
  if (errors.length === 0) return `${head}\n<p class="muted">No errors.</p>\n</section>`;
  const byCode = new Map<string, number>();
  for (const e of errors) byCode.set(e.code, (byCode.get(e.code) ?? 0) + 1);
  const summary = [...byCode.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, count]) => `<code>${escapeHtml(code)}</code> × ${count}`)
    .join(' · ');
  const rows = errors.map((e) => {
    const article = anchors.article.get(e.item);
    const item = `<code>${escapeHtml(e.item)}</code>`;
    return [
      escapeHtml(e.stage),
      article === undefined ? item : `<a href="#${article}">${item}</a>`,
      e.chunk_index === null ? '—' : String(e.chunk_index),
      text(e.field),
      `<code>${escapeHtml(e.code)}</code>`,
      escapeHtml(e.reason),
      escapeHtml(e.at),
    ];
  });
  return [head, `<p class="meta">${summary}</p>`, tableHtml('errors', ['stage', 'item', 'chunk', 'field', 'code', 'reason', 'at'], rows), '</section>'].join('\n');
}

export function renderReport(input: ReportInput): string {
  const views = buildArticleViews(input.articles, input.claims);
  const anchors: AnchorIndex = {
    article: new Map(views.map((v) => [v.id, v.anchor])),
    claim: new Map(views.flatMap((v) => v.claims.map((c) => [c.claim.id, c.anchor] as const))),
  };
  const toc = views
    .map((v) => `<li><a href="#${v.anchor}">${escapeHtml(v.title ?? v.id)}</a> <span class="muted">(${v.claims.length})</span></li>`)
    .join('');
  const title = `claimsift report: ${input.manifest.status.replace(/_/g, ' ')}, ${input.manifest.counts.claims} claims`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // No script, no fetch of any kind: the page is inert even if an escape were ever missed.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    headerHtml(input.manifest),
    '<nav><a href="#articles">Articles</a><a href="#clusters">Clusters</a><a href="#tracks">Tracks</a><a href="#errors">Errors</a></nav>',
    `<section id="articles"><h2>Articles (${views.length})</h2>`,
    views.length === 0 ? '<p class="muted">No articles.</p>' : `<ol class="toc">${toc}</ol>`,
    ...views.map(articleSectionHtml),
    '</section>',
    clustersSectionHtml(input.reconciled, anchors),
    tracksSectionHtml(input.reconciled),
    errorsSectionHtml(input.errors, anchors),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
