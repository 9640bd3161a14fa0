import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimSchema, ErrorRecordSchema, ReconciledSchema, RunManifestSchema } from '../schemas/index.js';
import { readArticles } from '../src/ingest/index.js';
import { readJsonlFile } from '../src/io/jsonl.js';
import { runCli, seedCopy, tempDir } from './support/cli.js';

const SEED_IDS = ['000_6c7a6f3ccdfea5bf', '001_f67cffe7b5573a27', '002_5fbe768f1cac18ff', '003_88e9245136dad8b9', '004_e349fb2262ab6505'];

describe('claimsift run on the seeds (embedded extractor, no key)', () => {
  it('writes claims, reconciled, errors and run.json that validate, and exits 0', async () => {
    const out = await tempDir('run');
    const result = await runCli(['run', '--config', 'pipeline/default.yaml', '--input', 'evals/articles', '--out', out]);
    expect(result.stderr).toMatch(/extractor: rules/);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(''); // nothing on stdout that would break piping

    const claims = await readJsonlFile(join(out, 'claims.jsonl'), ClaimSchema);
    expect(new Set(claims.map((c) => c.article_id))).toEqual(new Set(SEED_IDS));
    const texts = new Map<string, string>();
    for await (const item of readArticles(['evals/articles'], { maxBytes: 1_000_000 })) {
      if (item.kind === 'article') texts.set(item.article.id, item.article.text);
    }
    for (const claim of claims) expect(texts.get(claim.article_id)?.slice(claim.span.start, claim.span.end)).toBe(claim.quote);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);

    const reconciled = ReconciledSchema.parse(JSON.parse(await readFile(join(out, 'reconciled.json'), 'utf8')));
    const clustered = reconciled.clusters.flatMap((c) => c.members.map((m) => m.claim_id)).sort();
    expect(clustered).toEqual(claims.map((c) => c.id).sort());

    const manifest = RunManifestSchema.parse(JSON.parse(await readFile(join(out, 'run.json'), 'utf8')));
    expect(manifest.status).toBe('completed');
    expect(manifest.extractor.kind).toBe('rules');
    expect(manifest.counts).toMatchObject({ articles: 5, claims: claims.length, errors: 0, clusters: reconciled.clusters.length });
    expect(await readJsonlFile(join(out, 'errors.jsonl'), ErrorRecordSchema)).toEqual([]);
    const report = await readFile(join(out, 'report.html'), 'utf8');
    expect(report).toContain(claims[0]!.quote.replace(/&/g, '&amp;').split(/["'<>]/)[0]);
  });

  it('is deterministic: the same input gives the same claim ids', async () => {
    const [a, b] = [await tempDir('det-a'), await tempDir('det-b')];
    await runCli(['run', '--input', 'evals/articles', '--out', a, '--quiet']);
    await runCli(['run', '--input', 'evals/articles', '--out', b, '--quiet']);
    expect(await readFile(join(a, 'claims.jsonl'), 'utf8')).toBe(await readFile(join(b, 'claims.jsonl'), 'utf8'));
  });

  it('records bad inputs in errors.jsonl, processes the good ones, and exits 2', async () => {
    const input = await seedCopy();
    await writeFile(join(input, 'empty.txt'), '');
    await writeFile(join(input, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff]));
    await writeFile(
      join(input, 'dump.jsonl'),
      `${JSON.stringify({ id: 'jsonl-ok', published_on: '2023-03-01', text: 'The ministry said on Tuesday that 1,200 people had been evacuated from the valley.' })}\n{"id": "broken", "text": \n`,
    );
    const out = await tempDir('bad');
    const result = await runCli(['run', '--input', input, '--out', out, '--quiet']);
    expect(result.code).toBe(2);

    const errors = await readJsonlFile(join(out, 'errors.jsonl'), ErrorRecordSchema);
    const items = errors.map((e) => e.item).join('\n');
    expect(items).toMatch(/empty/);
    expect(items).toMatch(/binary/);
    expect(items).toMatch(/dump\.jsonl:2/);
    for (const error of errors) expect(error.reason.length).toBeGreaterThan(5);

    const claims = await readJsonlFile(join(out, 'claims.jsonl'), ClaimSchema);
    const articles = new Set(claims.map((c) => c.article_id));
    for (const id of SEED_IDS) expect(articles.has(id)).toBe(true);
    expect(articles.has('jsonl-ok')).toBe(true);
  });

  it('exits 1 on a usage or config error with a message naming the problem', async () => {
    const bad = await runCli(['run', '--bogus']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bogus/);
    const cfgDir = await tempDir('cfg');
    await writeFile(join(cfgDir, 'p.yaml'), 'extractor:\n  knd: rules\n');
    const config = await runCli(['run', '--config', join(cfgDir, 'p.yaml'), '--input', 'evals/articles']);
    expect(config.code).toBe(1);
    expect(config.stderr).toMatch(/unknown key "extractor\.knd"/);
  });

  it('prints help for every command', async () => {
    for (const command of ['run', 'extract', 'reconcile', 'eval']) {
      const result = await runCli([command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`Usage:\\s+claimsift ${command}`));
    }
  });

  it('extract then reconcile gives the same reconciled file as run', async () => {
    const [whole, staged] = [await tempDir('whole'), await tempDir('staged')];
    await runCli(['run', '--input', 'evals/articles', '--out', whole, '--quiet']);
    expect((await runCli(['extract', '--input', 'evals/articles', '--out', staged, '--quiet'])).code).toBe(0);
    expect((await runCli(['reconcile', '--out', staged])).code).toBe(0);
    expect(await readFile(join(staged, 'reconciled.json'), 'utf8')).toBe(await readFile(join(whole, 'reconciled.json'), 'utf8'));
  });
});
