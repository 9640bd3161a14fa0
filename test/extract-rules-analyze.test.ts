import { describe, expect, it } from 'vitest';
import type { Article } from '../schemas/index.js';
import { analyzeArticle, outletOf } from '../src/extract/rules/analyze.js';
import { sha256 } from '../src/util/hash.js';

function article(text: string, published_on: string | null, url: string | null = null): Article {
  return { id: 'a', title: text.split('\n')[0] ?? null, url, published_on, text, source: { path: 'a.txt', line: null }, sha256: sha256(text) };
}

// Made-up reports on other topics: nothing here comes from the seed articles.
const QUAKE = `Powerful quake kills dozens in mountain province, officials say

March 15, 2023, 8:10 AM

The national disaster agency estimates that at least 64 people were killed, and Col. Maria Lopez, the agency's operations chief, said that "the toll will rise."

Lopez said that between 300 and 400 buildings had collapsed in the provincial capital.

"We have reports of landslides in the north. We are checking them, but at this point we cannot confirm any casualties there," said Lopez, who spoke at a news conference on Monday.

In this photo, rescuers carry a survivor from the rubble of a school on Monday, March 13, 2023.
Jan Novak/AP

Interior Minister Omar Haddad said the government would send 2,000 soldiers and about 150 doctors to the region.

"We will rebuild every school," he said.

Ardent Metals and the provincial utility have denied the reports.

Did the warning system work?

Exact damage figures cannot be independently verified.

Reuters contributed to this report.`;

const VOTE = `Ruling party claims narrow win

The electoral commission said on Sunday that turnout was 61.4 percent, and its chairman, Tomas Vidal, said that "the count was clean."

According to the commission, the ruling party won 148 of 300 seats, while the opposition took about 120.

Opposition leader Ines Moro rejected the results and said her party had documented more than 2,000 irregularities.

Vidal did not deny that several ballot boxes had arrived late.`;

const BUSINESS = `Acme to cut 1,200 jobs as profits slump

By Jane Doe and Rob Smith

LONDON (Reuters) - British retailer Acme Stores said on Thursday it would cut about 1,200 jobs and close 45 shops.

PORTVILLE, Eastland (AP) — A storm killed at least 12 people and injured 40 others overnight, regional governor Olek Marsh said Tuesday.

Chief Executive Sarah Klein told reporters the company had "no choice" but to shrink its store network.

Analysts at Peel Hunt estimated that the closures would cost between 50 and 60 million pounds.

Dr. Priya Nair, a retail economist, said more than 80% of the shoppers affected were children under 10.

Reporting by Jane Doe; Editing by Mark Potter`;

const BRITISH = `Flood defences to get £2bn boost

The government will spend £2bn on flood defences over the next five years, the environment secretary has announced.

Speaking to the BBC on Sunday, Emma Reyes said 14,000 homes had been flooded since October. 'We have to act now,' she said.

The Local Government Association said councils had not been paid, and a spokesman for the Treasury said: 'We do not comment on speculation.'

According to figures from the Office for National Statistics, around 5.2 million properties are at risk of flooding.`;

describe('analyzeArticle', () => {
  const quake = article(QUAKE, '2023-03-15', 'https://www.example.com/news/1');
  const claims = analyzeArticle(quake);
  const quoteOf = (c: { start: number; end: number }) => QUAKE.slice(c.start, c.end);

  it('skips headlines, datelines, captions, credits, questions and bylines', () => {
    const quotes = claims.map(quoteOf).join('\n');
    for (const junk of ['Powerful quake', '8:10 AM', 'In this photo', 'Jan Novak/AP', 'Did the warning', 'contributed']) expect(quotes).not.toContain(junk);
  });

  it('splits two attributions in one sentence and resolves the speaker of each', () => {
    const agency = claims.find((c) => c.quantity?.value === 64)!;
    expect(agency).toMatchObject({ speaker: { name: null, org: 'national disaster agency' }, quantity: { qualifier: 'at_least', unit: 'people' } });
    expect(quoteOf(agency)).toBe('The national disaster agency estimates that at least 64 people were killed');
    const toll = claims.find((c) => quoteOf(c).includes('the toll will rise'))!;
    expect(toll.speaker).toEqual({ name: 'Maria Lopez', org: 'national disaster agency' });
  });

  it('dates every statement of the one briefing, and the agency speaking through it', () => {
    const lopez = claims.filter((c) => c.speaker.name === 'Maria Lopez');
    expect(lopez.length).toBeGreaterThanOrEqual(3);
    expect(lopez.every((c) => c.asserted_on === '2023-03-13')).toBe(true);
    expect(claims.find((c) => c.quantity?.value === 64)!.asserted_on).toBe('2023-03-13');
  });

  it('reads the stance of a quotation and gives a quotation continuation its speaker', () => {
    const cannot = claims.find((c) => quoteOf(c).includes('cannot confirm any casualties'))!;
    expect(cannot).toMatchObject({ stance: 'cannot_confirm', speaker: { name: 'Maria Lopez' } });
  });

  it('makes one claim per count and one per organisation', () => {
    const sent = claims.filter((c) => c.speaker.name === 'Omar Haddad' && c.quantity);
    expect(sent.map((c) => [c.quantity?.value, c.quantity?.unit])).toEqual([[2000, 'soldiers'], [150, 'doctors']]);
    expect(sent[1]!.statement).toBe('Omar Haddad said the government would send 2,000 soldiers and about 150 doctors to the region.');
    expect(claims.find((c) => quoteOf(c).startsWith('"We will rebuild'))!.speaker.name).toBe('Omar Haddad');
    const denials = claims.filter((c) => c.stance === 'denies');
    expect(denials.map((c) => c.speaker.org)).toEqual(['Ardent Metals', 'provincial utility']);
  });

  it('speaks as the outlet for its own sentences', () => {
    const outlet = claims.find((c) => quoteOf(c).startsWith('Exact damage figures'))!;
    expect(outlet).toMatchObject({ speaker: { name: null, org: 'example.com' }, stance: 'cannot_confirm', asserted_on: '2023-03-15' });
    expect(outletOf('https://www.example.com/a')).toBe('example.com');
    expect(outletOf('not a url')).toBeNull();
  });

  it('resolves "its chairman", "the commission", "N of M" and a non-denial', () => {
    const vote = analyzeArticle(article(VOTE, '2024-05-14'));
    const q = (c: { start: number; end: number }) => VOTE.slice(c.start, c.end);
    expect(vote.find((c) => q(c).includes('count was clean'))!.speaker).toEqual({ name: 'Tomas Vidal', org: 'electoral commission' });
    const seats = vote.filter((c) => c.quantity?.unit === 'seats');
    expect(seats.map((c) => c.quantity?.value)).toEqual([148, 120]);
    expect(seats.every((c) => c.speaker.org === 'electoral commission')).toBe(true);
    expect(vote.find((c) => c.quantity?.value === 2000)!.speaker.name).toBe('Ines Moro');
    expect(vote.find((c) => q(c).startsWith('Vidal did not deny'))).toMatchObject({ stance: 'asserts', speaker: { name: null, org: null } });
    expect(vote.find((c) => q(c).includes('61.4'))!.asserted_on).toBe('2024-05-12');
  });

  it('is deterministic', () => {
    expect(analyzeArticle(quake)).toEqual(claims);
  });

  it('handles wire datelines, "told reporters", organisations named after "at", and ages', () => {
    const biz = analyzeArticle(article(BUSINESS, '2024-02-07'));
    const q = (c: { start: number; end: number }) => BUSINESS.slice(c.start, c.end);
    const jobs = biz.find((c) => c.quantity?.value === 1200)!;
    expect(q(jobs)).toBe('British retailer Acme Stores said on Thursday it would cut about 1,200 jobs');
    expect(jobs).toMatchObject({ speaker: { name: null, org: 'Acme Stores' }, asserted_on: '2024-02-01', statement: 'Acme Stores said it would cut about 1,200 jobs.' });
    const shops = biz.find((c) => c.quantity?.value === 45)!;
    expect(q(shops)).toBe('close 45 shops.');
    expect(shops.statement).toBe('Acme Stores said it would cut about 1,200 jobs and close 45 shops.');
    expect(biz.find((c) => q(c).startsWith('Chief Executive'))!.statement).toBe('Sarah Klein said the company had no choice but to shrink its store network.');
    expect(biz.find((c) => c.quantity?.qualifier === 'range')!.speaker).toEqual({ name: null, org: 'Peel Hunt' });
    expect(biz.filter((c) => q(c).startsWith('Dr. Priya Nair')).map((c) => c.quantity)).toEqual([{ value: 80, low: null, high: null, qualifier: 'more_than', unit: 'percent' }]);
    expect(biz.some((c) => /Reporting by|By Jane/u.test(q(c)))).toBe(false);
    const storm = biz.filter((c) => c.speaker.name === 'Olek Marsh');
    expect(storm.map((c) => [c.quantity?.value, c.quantity?.unit])).toEqual([[12, 'people'], [40, 'people']]);
    expect(q(storm[0]!)).toBe('A storm killed at least 12 people');
    expect(storm[1]!.statement).toBe('Olek Marsh said that a storm killed at least 12 people and injured 40 others overnight.');
    expect(storm.every((c) => c.asserted_on === '2024-02-06')).toBe(true);
  });

  it('reads British conventions: single quotes, "£2bn", tail attributions, sources of figures', () => {
    const uk = analyzeArticle(article(BRITISH, '2024-01-14'));
    const q = (c: { start: number; end: number }) => BRITISH.slice(c.start, c.end);
    expect(uk.find((c) => c.quantity?.unit === 'pounds')).toMatchObject({
      quantity: { value: 2_000_000_000, qualifier: 'exact' },
      statement: 'The environment secretary announced that the government will spend £2bn on flood defences over the next five years.',
    });
    expect(uk.find((c) => c.quantity?.value === 14000)).toMatchObject({ speaker: { name: 'Emma Reyes' }, asserted_on: '2024-01-14', statement: 'Emma Reyes said 14,000 homes had been flooded since October.' });
    expect(uk.find((c) => q(c).startsWith("'We have to act"))).toMatchObject({ speaker: { name: 'Emma Reyes' }, statement: 'Emma Reyes said that we have to act now.' });
    expect(uk.find((c) => q(c).includes('Local Government'))!.speaker.org).toBe('Local Government Association');
    expect(uk.find((c) => q(c).includes('Treasury'))).toMatchObject({ speaker: { org: 'Treasury' }, stance: 'cannot_confirm' });
    expect(uk.find((c) => c.quantity?.unit === 'properties')!.speaker.org).toBe('Office for National Statistics');
  });

  it('works on an article dumped as one long line', () => {
    const oneLine = QUAKE.split('\n').filter((l) => l.trim() && !/AP$|^In this photo|contributed|^March 15|^Powerful/u.test(l)).join(' ');
    const flat = analyzeArticle(article(oneLine, '2023-03-15'));
    expect(flat.length).toBeGreaterThanOrEqual(8);
    expect(flat.find((c) => c.quantity?.value === 64)?.speaker.org).toBe('national disaster agency');
    for (const c of flat) expect(c.end).toBeGreaterThan(c.start);
  });
});
