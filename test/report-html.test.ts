import { describe, expect, it } from 'vitest';
import type { Claim, ErrorRecord, Quantity, Reconciled, RunManifest } from '../schemas/index.js';
import { renderReport, type ReportInput } from '../src/report/html.js';
import { makeClaim } from './support/claims.js';

const TEXT_A =
  'The ministry said at least 10,000 troops had arrived. Officials could not confirm the report. ' +
  'A post read <script>alert(1)</script> & nothing more.';
const TEXT_B = 'Analysts estimated 11,000 to 12,000 troops on Monday.\nNo one else commented.';

const span = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in text: ${quote}`);
  return { start, end: start + quote.length };
};

const q = (qualifier: Quantity['qualifier'], value: number | null, low: number | null = null, high: number | null = null): Quantity => ({
  value,
  low,
  high,
  qualifier,
  unit: 'troops',
});

function claim(id: string, articleId: string, text: string, quote: string, extra: Partial<Claim> = {}): Claim {
  return makeClaim({
    id,
    article_id: articleId,
    statement: `Statement of ${id}.`,
    quote,
    span: span(text, quote),
    speaker: { name: 'A. Spokesman', org: 'Ministry' },
    asserted_on: '2024-11-04',
    ...extra,
  });
}

// c1 ⊃ c3 (nested), c1 ∩ c2 (partial overlap), c4 quotes markup from the article.
const CLAIMS: Claim[] = [
  claim('c1', 'art-a', TEXT_A, 'The ministry said at least 10,000 troops had arrived.', { quantity: q('at_least', 10_000) }),
  claim('c2', 'art-a', TEXT_A, '10,000 troops had arrived. Officials could not confirm', { stance: 'cannot_confirm' }),
  claim('c3', 'art-a', TEXT_A, '10,000 troops', { quantity: q('about', 10_000), statement: 'Model says <img src=x onerror=alert(2)>' }),
  claim('c4', 'art-a', TEXT_A, '<script>alert(1)</script> & nothing', { speaker: { name: null, org: null } }),
  claim('c5', 'art-b', TEXT_B, 'Analysts estimated 11,000 to 12,000 troops', { quantity: q('range', null, 11_000, 12_000), asserted_on: '2024-11-05' }),
  // A span the shown text cannot hold: listed with its quote, never highlighted.
  { ...claim('c6', 'art-b', TEXT_B, 'No one else'), span: { start: 500, end: 520 }, quote: 'ghost quote', alignment: 'fuzzy' },
];

const prov = (c: Claim) => ({ claim_id: c.id, article_id: c.article_id, quote: c.quote, span: c.span, asserted_on: c.asserted_on });
const byId = (id: string) => CLAIMS.find((c) => c.id === id) as Claim;

const RECONCILED: Reconciled = {
  clusters: [
    { id: 'k-single', statement: 'Single-source proposition.', speaker: { name: null, org: 'Ministry' }, stance: 'asserts', quantity: null, asserted_on: null, members: [prov(byId('c4'))], sources: 1 },
    { id: 'k-multi', statement: 'Canonical <b>statement</b> across sources.', speaker: { name: 'A. Spokesman', org: null }, stance: 'asserts', quantity: q('at_least', 10_000), asserted_on: '2024-11-04', members: [prov(byId('c1')), prov(byId('c5'))], sources: 2 },
  ],
  tracks: [
    {
      id: 't1',
      measure: 'troops in the region',
      unit: 'troops',
      steps: [
        { cluster_id: 'k-multi', speaker: { name: 'A. Spokesman', org: null }, asserted_on: '2024-11-01', quantity: q('about', 10_000), label: 'first', note: 'first estimate' },
        { cluster_id: 'k-multi', speaker: { name: 'B. Analyst', org: null }, asserted_on: '2024-11-05', quantity: q('range', null, 11_000, 12_000), label: 'revised', note: 'later and higher' },
        { cluster_id: 'k-single', speaker: { name: 'C. Other', org: 'Agency' }, asserted_on: '2024-11-05', quantity: q('at_least', 10_000), label: 'conflicting', note: 'disjoint on the same date' },
      ],
    },
  ],
  stats: { claims: 6, clusters: 2, multi_source_clusters: 1, tracks: 1, candidate_pairs: 7 },
};

const ERRORS: ErrorRecord[] = [
  { stage: 'ground', item: 'art-b', chunk_index: 0, field: 'quote', reason: 'quote <not> found & dropped', code: 'quote_not_found', at: '2024-11-06T10:00:00.000Z' },
];

const MANIFEST: RunManifest = {
  tool: 'claimsift',
  version: '0.1.0',
  status: 'completed_with_errors',
  started_at: '2024-11-06T09:59:00.000Z',
  finished_at: '2024-11-06T10:00:01.500Z',
  config_path: 'pipeline/default.yaml',
  config: {},
  inputs: ['evals/articles'],
  extractor: { kind: 'openai', model: 'test-model-x', base_url_host: '127.0.0.1:9999', reason: 'explicit kind' },
  prompt: { id: 'extract-claims', version: '3', sha256: 'abcdef0123456789'.repeat(4) },
  counts: { articles: 2, articles_failed: 0, articles_resumed: 0, chunks: 3, claims: 6, rejected_quotes: 1, clusters: 2, tracks: 1, errors: 1 },
  usage: { calls: 4, prompt_tokens: 12_345, cached_prompt_tokens: 2_000, completion_tokens: 678, cost_usd: 0.0123 },
  model_calls: { retries: 1, reasks: 2, cache_hits: 0, cache_misses: 4 },
  timings_ms: { total: 61_500, extract: 60_000, reconcile: 12 },
};

const INPUT: ReportInput = {
  manifest: MANIFEST,
  articles: [
    { id: 'art-a', title: 'Troops <arrive>', published_on: '2024-11-04', text: TEXT_A },
    { id: 'art-b', title: null, published_on: null, text: TEXT_B },
  ],
  claims: CLAIMS,
  reconciled: RECONCILED,
  errors: ERRORS,
};

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** One article's section of the page. */
function section(html: string, anchor: string): string {
  const start = html.indexOf(`<section class="article" id="${anchor}">`);
  expect(start).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</section>', start));
}

/** The text a claim's highlight covers: its marked segments, concatenated in order. */
function highlightOf(sectionHtml: string, claimNumber: number): string {
  const marks = [...sectionHtml.matchAll(/<mark class="d(\d)" data-claims="([\d ]+)" title="[^"]*">([^<]*)<\/mark>/g)];
  return marks
    .filter((m) => (m[2] as string).split(' ').includes(String(claimNumber)))
    .map((m) => unescape(m[3] as string))
    .join('');
}

const tags = (html: string): string[] => html.replace(/<style>[\s\S]*?<\/style>/, '').match(/<[^>]+>/g) ?? [];

/** Every tag closes in order: overlapping spans must not produce interleaved markup. */
function assertBalanced(html: string): void {
  const body = html.replace(/<style>[\s\S]*?<\/style>/, '');
  const voids = new Set(['meta', 'br', 'img', 'hr', 'input', 'link', '!doctype']);
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z!][a-zA-Z0-9]*)[^>]*>/g)) {
    const name = (m[2] as string).toLowerCase();
    if (voids.has(name)) continue;
    if (m[1] === '/') expect(stack.pop()).toBe(name);
    else stack.push(name);
  }
  expect(stack).toEqual([]);
}

describe('renderReport', () => {
  const html = renderReport(INPUT);

  it('highlights each claim exactly at its span, with overlapping and nested spans as flat segments', () => {
    const a = section(html, 'a1');
    // Claims are numbered in text order within their article.
    const sorted = CLAIMS.filter((c) => c.article_id === 'art-a').sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
    expect(sorted).toHaveLength(4);
    for (const [i, c] of sorted.entries()) {
      expect(highlightOf(a, i + 1)).toBe(TEXT_A.slice(c.span.start, c.span.end));
      // One marker per claim, at the start of its highlight.
      expect(a.match(new RegExp(`<sup class="ref" id="a1-c${i + 1}-q">`, 'g'))).toHaveLength(1);
    }
    // "10,000 troops" lies under c1, c2 and c3 at once.
    expect(a).toMatch(/<mark class="d3" data-claims="[\d ]+" title="[^"]*">10,000 troops<\/mark>/);
    // The whole text survives the segmentation, markers aside.
    const plain = unescape(a.slice(a.indexOf('<div class="text">') + 18, a.indexOf('</div>', a.indexOf('<div class="text">'))).replace(/<sup[^>]*>.*?<\/sup>/g, '').replace(/<[^>]+>/g, ''));
    expect(plain).toBe(TEXT_A);
    expect(highlightOf(section(html, 'a2'), 1)).toBe('Analysts estimated 11,000 to 12,000 troops');
    assertBalanced(html);
  });

  it('escapes article text and model output', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b>|<arrive>|<not>/);
    // Escaped text holds no '<', so every tag below is real markup: none carries a handler.
    expect(tags(html).filter((t) => /\son\w+\s*=/i.test(t))).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; nothing');
    expect(html).toContain('Model says &lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('Troops &lt;arrive&gt;');
    expect(html).toContain('quote &lt;not&gt; found &amp; dropped');
  });

  it('fetches nothing and runs nothing', () => {
    expect(html).not.toMatch(/https?:\/\//);
    expect(tags(html).filter((t) => /\ssrc\s*=/i.test(t))).toEqual([]);
    // Every link is an in-page anchor.
    const hrefs = tags(html).flatMap((t) => [...t.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]));
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((h) => !/^#[\w-]+$/.test(h as string))).toEqual([]);
    expect(html).toContain("default-src 'none'");
  });

  it('shows run status, extractor, prompt, counts, tokens, cost and time', () => {
    expect(html).toContain('status-completed_with_errors');
    expect(html).toContain('test-model-x');
    expect(html).toContain('extract-claims@3 <code>abcdef01</code>');
    expect(html).toContain('<dt>claims</dt><dd>6</dd>');
    expect(html).toContain('<dt>rejected quotes</dt><dd>1</dd>');
    expect(html).toContain('<dt>prompt tokens</dt><dd>12,345</dd>');
    expect(html).toContain('<dt>completion tokens</dt><dd>678</dd>');
    expect(html).toContain('$0.0123');
    expect(html).toContain('61.5 s');
  });

  it('lists claims with speaker, stance, quantity, date and alignment', () => {
    const a = section(html, 'a1');
    expect(a).toContain('A. Spokesman<br><span class="org">Ministry</span>');
    expect(a).toContain('stance-cannot_confirm');
    expect(a).toContain('≥ 10,000 troops');
    expect(a).toContain('about 10,000 troops');
    expect(a).toContain('2024-11-04');
    expect(section(html, 'a2')).toContain('11,000–12,000 troops');
    // The unplaceable claim keeps its quote visible and is flagged.
    expect(section(html, 'a2')).toMatch(/class="unshown"[\s\S]*ghost quote/);
    expect(section(html, 'a2')).toContain('align-fuzzy');
  });

  it('lists multi-source clusters first, with each source and quote', () => {
    const clusters = html.slice(html.indexOf('<section id="clusters">'), html.indexOf('<section id="tracks">'));
    expect(clusters.indexOf('k-multi')).toBeLessThan(clusters.indexOf('k-single'));
    expect(clusters).toContain('Canonical &lt;b&gt;statement&lt;/b&gt; across sources.');
    expect(clusters).toContain('2 sources');
    expect(clusters).toContain('<code>art-a</code>');
    expect(clusters).toContain('<code>art-b</code>');
    expect(clusters).toContain('<q>The ministry said at least 10,000 troops had arrived.</q>');
    expect(clusters).toContain('<q>Analysts estimated 11,000 to 12,000 troops</q>');
    // Provenance links back to the claim rows.
    expect(clusters).toContain('href="#a1-c1"');
    expect(clusters).toContain('href="#a2-c1"');
  });

  it('renders each track as a timeline with labels and notes', () => {
    const tracks = html.slice(html.indexOf('<section id="tracks">'), html.indexOf('<section id="errors">'));
    expect(tracks).toContain('troops in the region');
    const labels = [...tracks.matchAll(/class="badge label-(\w+)"/g)].map((m) => m[1]);
    expect(labels).toEqual(['first', 'revised', 'conflicting']);
    expect(tracks).toContain('disjoint on the same date');
    expect(tracks).toContain('B. Analyst');
  });

  it('has an errors section with each record, and all sections in order', () => {
    const order = ['id="articles"', 'id="clusters"', 'id="tracks"', 'id="errors"'].map((s) => html.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(html).toContain('Errors (1)');
    expect(html).toContain('<code>quote_not_found</code>');
  });

  it('is pure and copes with a run without reconciliation, texts or errors', () => {
    expect(renderReport(INPUT)).toBe(html);
    const bare = renderReport({ ...INPUT, articles: [], reconciled: null, errors: [] });
    expect(bare).toContain('No reconciled.json for this run.');
    expect(bare).toContain('No errors.');
    // Claims of articles whose text was not passed still appear, with their quotes.
    expect(bare).toContain('text not available');
    expect(bare).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; nothing');
    expect(bare).not.toContain('<mark');
    assertBalanced(bare);
  });
});
