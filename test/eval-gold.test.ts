import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GoldClaim, GoldFile, Speaker } from '../schemas/index.js';
import { GoldFileError, loadGoldSet, locateGoldQuote, parseGoldFile, type GoldSet } from '../src/eval/gold.js';
import { cleanText } from '../src/ingest/clean.js';

const GOLD_DIR = join(import.meta.dirname, '..', 'evals', 'gold');
const ARTICLE_DIR = join(import.meta.dirname, '..', 'evals', 'articles');

let gold: GoldSet;
const articles = new Map<string, string>();

beforeAll(async () => {
  gold = await loadGoldSet(GOLD_DIR);
  for (const name of await readdir(ARTICLE_DIR)) {
    articles.set(basename(name, '.txt'), await readFile(join(ARTICLE_DIR, name), 'utf8'));
  }
});

function allClaims(): Array<{ file: GoldFile; claim: GoldClaim }> {
  return [...gold.values()].flatMap((file) => file.claims.map((claim) => ({ file, claim })));
}

/** An institution and its spokesperson are one speaker; two different named people are not. */
function sameSpeaker(a: Speaker, b: Speaker): boolean {
  if (a.org !== b.org) return false;
  return a.name === null || b.name === null || a.name === b.name;
}

describe('the seed gold set', () => {
  it('has one valid gold file per seed article, with required claims in each', () => {
    expect([...gold.keys()].sort()).toEqual([...articles.keys()].sort());
    for (const file of gold.values()) {
      expect(file.claims.filter((c) => c.required).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('finds every quote verbatim, in the raw file and in the text ingest produces', () => {
    for (const { file, claim } of allClaims()) {
      const raw = articles.get(file.article_id) ?? '';
      for (const text of [raw, cleanText(raw)]) {
        const span = locateGoldQuote(claim, text);
        expect(span, `${claim.id}: ${claim.quote}`).not.toBeNull();
        if (span) expect(text.slice(span.start, span.end)).toBe(claim.quote);
      }
      // One line, no edge whitespace: ingest's per-line trimming cannot move such a quote.
      expect(claim.quote, claim.id).toBe(claim.quote.trim());
      expect(claim.quote, claim.id).not.toMatch(/\n/);
    }
  });

  it('uses unique ids named after their article', () => {
    const ids = allClaims().map(({ claim }) => claim.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { file, claim } of allClaims()) {
      expect(claim.id).toMatch(new RegExp(`^a${file.article_id.slice(0, 3)}-\\d{2}$`));
    }
  });

  it('uses every cluster label in at least two articles', () => {
    const articlesByCluster = new Map<string, Set<string>>();
    for (const { file, claim } of allClaims()) {
      if (claim.cluster === null) continue;
      const seen = articlesByCluster.get(claim.cluster) ?? new Set<string>();
      seen.add(file.article_id);
      articlesByCluster.set(claim.cluster, seen);
    }
    expect(articlesByCluster.size).toBeGreaterThanOrEqual(10);
    for (const [cluster, seen] of articlesByCluster) expect(seen.size, cluster).toBeGreaterThanOrEqual(2);
  });

  it('gives the members of a cluster one speaker, one stance and one quantity', () => {
    const byCluster = new Map<string, GoldClaim[]>();
    for (const { claim } of allClaims()) {
      if (claim.cluster !== null) byCluster.set(claim.cluster, [...(byCluster.get(claim.cluster) ?? []), claim]);
    }
    for (const [cluster, members] of byCluster) {
      const [first, ...rest] = members;
      if (first === undefined) continue;
      for (const other of rest) {
        expect(sameSpeaker(first.speaker, other.speaker), `${cluster}: ${first.id} vs ${other.id}`).toBe(true);
        expect(other.stance, `${cluster}: ${other.id}`).toBe(first.stance);
        const measure = (c: GoldClaim) => (c.quantity ? { ...c.quantity, unit: null } : null);
        expect(measure(other), `${cluster}: ${other.id}`).toEqual(measure(first));
      }
    }
  });

  it('puts every quantity on a track, and only quantities', () => {
    for (const { claim } of allClaims()) {
      expect(claim.track !== null, claim.id).toBe(claim.quantity !== null);
    }
    const tracks = new Set(allClaims().flatMap(({ claim }) => (claim.track ? [claim.track] : [])));
    expect(tracks.has('nk-troops-in-kursk')).toBe(true);
    expect(tracks.has('nk-troops-in-russia-total')).toBe(true);
  });

  it('never dates a statement after its article, nor outside the year of the events', () => {
    for (const { file, claim } of allClaims()) {
      if (claim.asserted_on === null) continue;
      expect(claim.asserted_on.startsWith('2024-'), claim.id).toBe(true);
      if (file.published_on !== null) expect(claim.asserted_on <= file.published_on, claim.id).toBe(true);
    }
  });

  it('dates the Pentagon briefings from the weekday named in the text', () => {
    const dated = (id: string) => allClaims().find(({ claim }) => claim.id === id)?.claim.asserted_on;
    // 000 is dated Tuesday 2024-11-05; Ryder spoke "on Monday". 002 is dated Wednesday 2024-10-30; "Tuesday".
    expect(dated('a000-02')).toBe('2024-11-04');
    expect(dated('a002-06')).toBe('2024-10-29');
  });
});

describe('locateGoldQuote', () => {
  const claim = (quote: string): GoldClaim => ({
    id: 'x-01',
    required: true,
    kind: 'event',
    quote,
    statement: 'x',
    speaker: { name: null, org: null },
    stance: 'asserts',
    quantity: null,
    asserted_on: null,
    cluster: null,
    track: null,
  });

  it('returns the half-open span of the first exact occurrence', () => {
    const text = 'The mayor said the bridge will reopen. The bridge will reopen in May.';
    expect(locateGoldQuote(claim('the bridge will reopen'), text)).toEqual({ start: 15, end: 37 });
  });

  it('returns null when the quote differs by as little as a quote mark', () => {
    expect(locateGoldQuote(claim('the “new” bridge'), 'the "new" bridge')).toBeNull();
  });
});

describe('loading a malformed gold file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimsift-gold-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const goodClaim = [
    '  - id: b-01',
    '    required: true',
    '    kind: quantity',
    "    quote: 'at least 40 people'",
    "    statement: 'Officials said at least 40 people were evacuated.'",
    '    speaker: { name: null, org: City Council }',
    '    stance: asserts',
    '    quantity: { value: 40, low: null, high: null, qualifier: at_least, unit: people }',
    "    asserted_on: '2023-03-02'",
    '    cluster: null',
    '    track: evacuated',
  ];

  async function writeGold(name: string, lines: string[]): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, lines.join('\n') + '\n');
    return path;
  }

  it('names the file, the claim and the field of a bad value', async () => {
    const bad = goodClaim.map((l) => l.replace('b-01', 'b-02').replace('at_least', 'roughly'));
    await writeGold('flood.yaml', ['article_id: flood', "published_on: '2023-03-02'", 'claims:', ...goodClaim, ...bad]);
    const error = await loadGoldSet(dir).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GoldFileError);
    const message = (error as Error).message;
    expect(message).toContain('flood.yaml');
    expect(message).toContain('claims[1] (id b-02).quantity.qualifier');
    await rm(join(dir, 'flood.yaml'));
  });

  it('rejects an unknown key, a missing field, a mismatched article id and a duplicate id', () => {
    const header = ['article_id: flood', 'published_on: null', 'claims:'];
    const extra = [...header, ...goodClaim, '    confidence: 0.9'];
    expect(() => parseGoldFile(extra.join('\n'), 'flood.yaml')).toThrow(/flood\.yaml[\s\S]*claims\[0\] \(id b-01\)[\s\S]*confidence/);
    const missing = [...header, ...goodClaim.filter((l) => !l.includes('stance'))];
    expect(() => parseGoldFile(missing.join('\n'), 'flood.yaml')).toThrow(/claims\[0\] \(id b-01\)\.stance/);
    expect(() => parseGoldFile([...header, ...goodClaim].join('\n'), 'storm.yaml')).toThrow(
      /storm\.yaml[\s\S]*article_id: "flood" does not match/,
    );
    expect(() => parseGoldFile([...header, ...goodClaim, ...goodClaim].join('\n'), 'flood.yaml')).toThrow(
      /claims\[1\] \(id b-01\)\.id: duplicate/,
    );
  });

  it('rejects quantity fields that contradict their qualifier, and a kind that contradicts the stance', () => {
    const header = ['article_id: flood', 'published_on: null', 'claims:'];
    const range = goodClaim.map((l) => l.replace('qualifier: at_least', 'qualifier: range'));
    expect(() => parseGoldFile([...header, ...range].join('\n'), 'flood.yaml')).toThrow(/claims\[0\] \(id b-01\)\.quantity: a range has value null/);
    const denial = goodClaim.map((l) => l.replace('kind: quantity', 'kind: denial'));
    expect(() => parseGoldFile([...header, ...denial].join('\n'), 'flood.yaml')).toThrow(/claims\[0\] \(id b-01\)\.kind: kind denial goes with stance denies/);
  });

  it('reports broken YAML with the file and line', () => {
    expect(() => parseGoldFile('article_id: flood\nclaims: [\n  - id: 1\n', 'flood.yaml')).toThrow(/flood\.yaml[\s\S]*line \d+/);
  });

  it('accepts a valid file and rejects an empty directory', async () => {
    await writeGold('flood.yaml', ['article_id: flood', 'published_on: null', 'claims:', ...goodClaim]);
    const set = await loadGoldSet(dir);
    expect(set.get('flood')?.claims[0]?.quantity?.qualifier).toBe('at_least');
    const empty = await mkdtemp(join(tmpdir(), 'claimsift-gold-empty-'));
    await expect(loadGoldSet(empty)).rejects.toThrow(/no \.yaml gold files/);
    await rm(empty, { recursive: true });
  });
});
