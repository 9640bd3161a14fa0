import { describe, expect, it } from 'vitest';
import { ClaimSchema, type Claim, type Quantity, type Track } from '../schemas/index.js';
import { reconcile } from '../src/reconcile/index.js';
import { extractMeasure } from '../src/reconcile/measure.js';
import { groupMeasures } from '../src/reconcile/track.js';

let counter = 0;
function estimate(article: string, statement: string, name: string, date: string | null, quantity: Partial<Quantity>): Claim {
  counter += 1;
  return ClaimSchema.parse({
    id: `t${String(counter).padStart(3, '0')}`,
    article_id: article,
    chunk_index: 0,
    statement,
    quote: statement,
    span: { start: counter, end: counter + 10 },
    alignment: 'exact',
    extractor: { kind: 'rules', model: null, prompt: null },
    speaker: { name, org: null },
    stance: 'asserts',
    asserted_on: date,
    quantity: { value: null, low: null, high: null, qualifier: 'exact', unit: 'people', ...quantity },
  });
}

const OPTIONS = { clusterThreshold: 0.55, trackThreshold: 0.5 };

function onlyTrack(tracks: Track[]): Track {
  expect(tracks).toHaveLength(1);
  const [track] = tracks;
  if (track === undefined) throw new Error('no track');
  return track;
}

describe('tracks', () => {
  it('labels a revised sequence: first, revised (later, different), consistent (agrees)', () => {
    const claims = [
      estimate('a', 'About 10,000 people have been displaced in Marova province.', 'Ada Pell', '2021-03-01', { value: 10000, qualifier: 'about' }),
      estimate('b', 'About 15,000 people are now displaced in Marova.', 'Ada Pell', '2021-03-04', { value: 15000, qualifier: 'about' }),
      estimate('c', 'At least 14,000 residents have fled their homes in Marova province.', 'Tomas Vey', '2021-03-06', { value: 14000, qualifier: 'at_least', unit: 'residents' }),
    ];
    const track = onlyTrack(reconcile(claims, OPTIONS).tracks);
    expect(track.steps.map((s) => s.label)).toEqual(['first', 'revised', 'consistent']);
    expect(track.steps.map((s) => s.asserted_on)).toEqual(['2021-03-01', '2021-03-04', '2021-03-06']);
    expect(track.steps[1]?.note).toMatch(/about 10,000/);
    expect(track.measure).toMatch(/Marova/);
    expect(track.unit).toBe('people');
  });

  it('labels disjoint values given the same day by different speakers as conflicting', () => {
    const claims = [
      estimate('a', 'About 10,000 people have been displaced in Marova.', 'Ada Pell', '2021-03-02', { value: 10000, qualifier: 'about' }),
      estimate('b', 'Some 20,000 people have been displaced in Marova.', 'Tomas Vey', '2021-03-02', { value: 20000, qualifier: 'about' }),
    ];
    const track = onlyTrack(reconcile(claims, OPTIONS).tracks);
    expect(track.steps.map((s) => s.label)).toEqual(['first', 'conflicting']);
    expect(track.steps[1]?.note).toMatch(/same day by a different speaker/);
  });

  it('calls a different speaker\'s disjoint but undated value revised, not conflicting', () => {
    const claims = [
      estimate('a', 'About 10,000 people have been displaced in Marova.', 'Ada Pell', '2021-03-02', { value: 10000, qualifier: 'about' }),
      estimate('b', 'Some 20,000 people have been displaced in Marova.', 'Tomas Vey', null, { value: 20000, qualifier: 'about' }),
    ];
    const track = onlyTrack(reconcile(claims, OPTIONS).tracks);
    expect(track.steps.map((s) => s.label)).toEqual(['first', 'revised']);
    expect(track.steps[1]?.note).toMatch(/date is unknown/);
  });

  it('orders undated estimates last', () => {
    const claims = [
      estimate('a', 'About 9,000 people were displaced in Marova.', 'Tomas Vey', null, { value: 9000, qualifier: 'about' }),
      estimate('b', 'About 10,000 people have been displaced in Marova.', 'Ada Pell', '2021-03-02', { value: 10000, qualifier: 'about' }),
    ];
    const track = onlyTrack(reconcile(claims, OPTIONS).tracks);
    expect(track.steps.map((s) => s.asserted_on)).toEqual(['2021-03-02', null]);
    expect(track.steps.map((s) => s.label)).toEqual(['first', 'consistent']);
  });

  it('keeps one unit in different places apart, and "sent to X" with "in X"', () => {
    const claims = [
      estimate('a', 'About 10,000 people have been displaced in Marova province.', 'Ada Pell', '2021-03-02', { value: 10000, qualifier: 'about' }),
      estimate('b', 'Some 2,000 people were evacuated to Dunmore.', 'Ada Pell', '2021-03-02', { value: 2000, qualifier: 'about' }),
      estimate('c', 'About 2,500 people are sheltering in Dunmore.', 'Tomas Vey', '2021-03-03', { value: 2500, qualifier: 'about' }),
    ];
    const tracks = reconcile(claims, OPTIONS).tracks;
    expect(tracks).toHaveLength(2);
    const dunmore = tracks.find((t) => /Dunmore/.test(t.measure));
    expect(dunmore?.steps).toHaveLength(2);
  });

  it('groups measures complete-link: a place-less measure cannot bridge two places', () => {
    const bare = extractMeasure('About 3,000 troops have arrived.', 'troops');
    const north = extractMeasure('About 3,000 troops are in Keldor.', 'troops');
    const south = extractMeasure('About 3,000 troops are in Varna.', 'troops');
    const groups = groupMeasures([bare, north, south], 0.5);
    expect(groups).toHaveLength(2);
    expect(groups.every((g) => !(g.includes(north) && g.includes(south)))).toBe(true);
  });

  it('makes one track of a death toll worded differently by several speakers over days, labelled revised', () => {
    const claims = [
      estimate('a', 'Officials said at least 870 people were killed by the earthquake.', 'Ada Pell', '2023-02-06', { value: 870, qualifier: 'at_least' }),
      estimate('b', 'The agency said it had recorded 1,146 deaths.', 'Tomas Vey', '2023-02-07', { value: 1146, unit: 'deaths' }),
      estimate('c', 'Between 1,200 and 1,500 people died, the minister said.', 'Lin Okafor', '2023-02-08', { low: 1200, high: 1500, qualifier: 'range' }),
      estimate('d', 'The death toll rose to 1,684 on Thursday.', 'Tomas Vey', '2023-02-09', { value: 1684, unit: null }),
      estimate('e', 'About 20,000 people were displaced by the earthquake.', 'Ada Pell', '2023-02-07', { value: 20000, qualifier: 'about' }),
      estimate('f', 'At least 3,000 people were injured.', 'Tomas Vey', '2023-02-07', { value: 3000, qualifier: 'at_least' }),
    ];
    const tracks = reconcile(claims, OPTIONS).tracks;
    expect(tracks).toHaveLength(3);
    const toll = tracks.find((t) => t.steps.length === 4);
    expect(toll?.steps.map((s) => s.label)).toEqual(['first', 'revised', 'revised', 'revised']);
    expect(toll?.measure).toMatch(/killed|deaths/);
  });

  it('calls disjoint figures of the same day from union and company conflicting', () => {
    const worker = (article: string, statement: string, org: string, value: number, unit: string): Claim => ({
      ...estimate(article, statement, 'x', '2025-06-09', { value, qualifier: 'about', unit }),
      speaker: { name: null, org },
    });
    const claims = [
      worker('a', 'The union said about 3,200 workers walked out.', 'the union', 3200, 'workers'),
      worker('b', 'The company said about 1,900 employees were on strike.', 'the company', 1900, 'employees'),
    ];
    const track = onlyTrack(reconcile(claims, OPTIONS).tracks);
    expect(track.steps.map((s) => s.label)).toEqual(['first', 'conflicting']);
    expect(track.measure).toMatch(/on strike/);
  });

  it('tracks amounts by what they are of: one cost, apart from a pay rise and a share of shipments', () => {
    const amount = (article: string, statement: string, date: string, value: number, unit: string): Claim =>
      estimate(article, statement, 'Helen Park', date, { value, unit });
    const claims = [
      amount('a', 'The strike was costing the port $9 million a day.', '2025-06-09', 9_000_000, 'dollars'),
      amount('b', 'The stoppage had cost about $15 million so far.', '2025-06-11', 15_000_000, 'dollars'),
      amount('c', 'The company offered a 4% raise.', '2025-06-09', 4, 'percent'),
      amount('d', 'About 60% of scheduled shipments had been delayed.', '2025-06-10', 60, 'percent'),
    ];
    const tracks = reconcile(claims, OPTIONS).tracks;
    expect(tracks).toHaveLength(3);
    const cost = tracks.find((t) => t.unit === 'dollars');
    expect(cost?.steps.map((s) => s.label)).toEqual(['first', 'revised']);
  });
});
