import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim, ErrorRecord, Reconciled, RunManifest } from '../schemas/index.js';
import { toJsonl } from '../src/io/jsonl.js';
import { writeRunReport } from '../src/report/write.js';

const TEXT = 'The agency said 300 people were evacuated & sheltered. Nobody else spoke.';
const QUOTE = '300 people were evacuated & sheltered';

const CLAIM: Claim = {
  id: 'c_x_1',
  article_id: 'x',
  chunk_index: 0,
  statement: 'The agency said 300 people were evacuated.',
  quote: QUOTE,
  span: { start: TEXT.indexOf(QUOTE), end: TEXT.indexOf(QUOTE) + QUOTE.length },
  alignment: 'exact',
  speaker: { name: null, org: 'The agency' },
  stance: 'asserts',
  quantity: { value: 300, low: null, high: null, qualifier: 'exact', unit: 'people' },
  asserted_on: '2025-01-02',
  extractor: { kind: 'rules', model: null, prompt: null },
};

const MANIFEST: RunManifest = {
  tool: 'claimsift',
  version: '0.1.0',
  status: 'completed',
  started_at: '2025-01-02T00:00:00.000Z',
  finished_at: '2025-01-02T00:00:01.000Z',
  config_path: null,
  config: {},
  inputs: ['in'],
  extractor: { kind: 'rules', model: null, base_url_host: null, reason: 'auto: no key' },
  prompt: null,
  counts: { articles: 1, articles_failed: 0, articles_resumed: 0, chunks: 1, claims: 1, rejected_quotes: 0, clusters: 1, tracks: 0, errors: 1 },
  usage: { calls: 0, prompt_tokens: 0, cached_prompt_tokens: 0, completion_tokens: 0, cost_usd: null },
  model_calls: { retries: 0, reasks: 0, cache_hits: 0, cache_misses: 0 },
  timings_ms: { total: 1000, extract: 900, reconcile: 5 },
};

const ERROR: ErrorRecord = { stage: 'ingest', item: 'in/empty.txt', chunk_index: null, field: null, reason: 'empty file', code: 'empty_file', at: '2025-01-02T00:00:00.500Z' };

const RECONCILED: Reconciled = {
  clusters: [{ id: 'k1', statement: CLAIM.statement, speaker: CLAIM.speaker, stance: 'asserts', quantity: CLAIM.quantity, asserted_on: CLAIM.asserted_on, members: [{ claim_id: CLAIM.id, article_id: 'x', quote: QUOTE, span: CLAIM.span, asserted_on: CLAIM.asserted_on }], sources: 1 }],
  tracks: [],
  stats: { claims: 1, clusters: 1, multi_source_clusters: 0, tracks: 0, candidate_pairs: 0 },
};

async function runDir(options: { reconciled: boolean }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'claimsift-report-'));
  await writeFile(join(dir, 'run.json'), JSON.stringify(MANIFEST));
  await writeFile(join(dir, 'claims.jsonl'), toJsonl([CLAIM]));
  await writeFile(join(dir, 'errors.jsonl'), toJsonl([ERROR]));
  if (options.reconciled) await writeFile(join(dir, 'reconciled.json'), JSON.stringify(RECONCILED));
  return dir;
}

describe('writeRunReport', () => {
  it('reads the run dir and writes report.html with the texts passed in', async () => {
    const dir = await runDir({ reconciled: true });
    // Whole Article records are accepted; only the shown fields are used.
    const article = { id: 'x', title: 'Evacuation', url: 'https://example.invalid/x', published_on: '2025-01-02', text: TEXT };
    const path = await writeRunReport(dir, [article]);
    expect(path).toBe(join(dir, 'report.html'));
    const html = await readFile(path, 'utf8');
    expect(html).toMatch(/<mark class="d1" data-claims="1" title="claim 1">300 people were evacuated &amp; sheltered<\/mark>/);
    expect(html).toContain('<dt>claims</dt><dd>1</dd>');
    expect(html).toContain('<code>empty_file</code>');
    expect(html).toContain('The agency said 300 people were evacuated.');
    expect(html).not.toContain('example.invalid');
    // Atomic write: no temp file left behind.
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('works without reconciled.json and without texts', async () => {
    const dir = await runDir({ reconciled: false });
    const html = await readFile(await writeRunReport(dir), 'utf8');
    expect(html).toContain('No reconciled.json for this run.');
    expect(html).toContain('text not available');
    expect(html).toContain('300 people were evacuated &amp; sheltered');
  });

  it('names the file and field of an invalid input, and a missing run.json', async () => {
    const dir = await runDir({ reconciled: false });
    await writeFile(join(dir, 'reconciled.json'), JSON.stringify({ clusters: 'nope', tracks: [], stats: RECONCILED.stats }));
    await expect(writeRunReport(dir)).rejects.toThrow(/reconciled\.json: clusters/);
    await writeFile(join(dir, 'claims.jsonl'), `${JSON.stringify({ ...CLAIM, stance: 'maybe' })}\n`);
    await expect(writeRunReport(dir)).rejects.toThrow(/claims\.jsonl:1: stance/);
    const empty = await mkdtemp(join(tmpdir(), 'claimsift-report-'));
    await expect(writeRunReport(empty)).rejects.toThrow(/run\.json: not found/);
  });
});
