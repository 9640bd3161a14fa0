import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, GoldFile, Reconciled } from '../schemas/index.js';
import { locateGoldQuote } from '../src/eval/gold.js';
import { readRunDir, RunDirError, scoreRun, type ScoringContext } from '../src/eval/score-run.js';
import { claim, exact, gold, manifest } from './support/eval-claims.js';

const TEXT = 'Rescuers said 14 hikers were found alive. The park service said the trail is closed.';
const hikers = claim({ id: 'c-hikers', article_id: 'park', statement: 'Rescuers said 14 hikers were found alive.', start: 0, end: 41, speaker: { name: null, org: 'Rescuers' }, quantity: exact(14, 'hikers') });
const elsewhere = claim({ id: 'c-other', article_id: 'no-gold-article', statement: 'Something else.', start: 0, end: 15 });

const goldFile: GoldFile = {
  article_id: 'park',
  published_on: null,
  claims: [
    gold({ id: 'hikers', statement: 'Rescuers said 14 hikers were found alive.', speaker: { name: null, org: 'Rescuers' }, quantity: exact(14, 'hikers') }),
    gold({ id: 'trail', statement: 'The park service said the trail is closed.', speaker: { name: null, org: 'park service' } }),
    gold({ id: 'ghost', required: false, statement: 'This quote is not in the article.' }),
  ],
};
const reconciled: Reconciled = {
  clusters: [],
  tracks: [],
  stats: { claims: 2, clusters: 0, multi_source_clusters: 0, tracks: 0, candidate_pairs: 0 },
};

describe('readRunDir + scoreRun', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimsift-score-'));
    await writeFile(join(dir, 'run.json'), JSON.stringify(manifest({ claims: 2, rejected: 2, calls: 0 })));
    await writeFile(join(dir, 'claims.jsonl'), [hikers, elsewhere].map((c: Claim) => JSON.stringify(c)).join('\n') + '\n');
    await writeFile(join(dir, 'reconciled.json'), JSON.stringify(reconciled));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads and scores a run dir; claims of articles without gold are not scored', async () => {
    const run = await readRunDir(dir);
    expect(run.claims.map((c) => c.id)).toEqual(['c-hikers', 'c-other']);
    const context: ScoringContext = { gold: [goldFile], texts: new Map([['park', TEXT]]), threshold: 0.5, locate: locateGoldQuote };
    const metrics = scoreRun('run', dir, run, context);
    // TP hikers; FN trail; FP none (c-other has no gold file) → P 1, R 1/2, F1 2/3
    expect(metrics.micro).toMatchObject({ tp: 1, fp: 0, fn: 1, optional_matched: 0 });
    expect(metrics.headline.precision).toBe(1);
    expect(metrics.headline.recall).toBe(0.5);
    expect(metrics.headline.f1).toBeCloseTo(2 / 3);
    expect(metrics.unscored_claims).toBe(1);
    // 2 kept of 2 + 2 rejected
    expect(metrics.headline.grounding_rate).toBe(0.5);
    expect(metrics.gold.find((g) => g.gold_id === 'ghost')).toMatchObject({ located: false, claim: null });
  });

  it('an article missing from the run makes all its required gold claims misses', async () => {
    const run = await readRunDir(dir);
    const context: ScoringContext = { gold: [goldFile], texts: new Map(), threshold: 0.5, locate: locateGoldQuote };
    const metrics = scoreRun('run', dir, { ...run, claims: [] }, context);
    expect(metrics.micro).toMatchObject({ tp: 0, fp: 0, fn: 2 });
    expect(metrics.headline.precision).toBeNull();
    expect(metrics.headline.recall).toBe(0);
  });

  it('names the problem when a dir is not a run dir or a file is broken', async () => {
    const empty = join(dir, 'empty');
    await mkdir(empty);
    await expect(readRunDir(empty)).rejects.toThrow(RunDirError);
    await expect(readRunDir(empty)).rejects.toThrow(/not a run directory \(no run\.json\)/);
    const broken = join(dir, 'broken');
    await mkdir(broken);
    await writeFile(join(broken, 'run.json'), JSON.stringify({ ...manifest({ claims: 1, rejected: 0 }), counts: null }));
    await expect(readRunDir(broken)).rejects.toThrow(/run\.json: counts: /);
  });
});
