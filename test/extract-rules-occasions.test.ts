import { describe, expect, it } from 'vitest';
import type { DraftClaim } from '../src/extract/rules/claims.js';
import { carryOccasions, eventClauses } from '../src/extract/rules/occasions.js';

function claim(speaker: { name: string | null; org: string | null }, dateSource: DraftClaim['dateSource'], asserted_on: string | null, start = 0): DraftClaim {
  return { statement: 's', start, end: start + 1, speaker, stance: 'asserts', quantity: null, asserted_on, dateSource };
}
const ruiz = { name: 'Ana Ruiz', org: 'Port Authority' };

describe('carryOccasions', () => {
  it('carries a speaker\'s one stated occasion to undated reports, and to their institution', () => {
    const claims = [claim(ruiz, 'past', null), claim(ruiz, 'explicit', '2023-03-13'), claim({ name: null, org: 'Port Authority' }, 'present', '2023-03-15')];
    carryOccasions(claims, '2023-03-15');
    expect(claims.map((c) => c.asserted_on)).toEqual(['2023-03-13', '2023-03-13', '2023-03-13']);
  });

  it('leaves undated past reports null when the speaker has several occasions, or none', () => {
    const several = [claim(ruiz, 'past', null), claim(ruiz, 'explicit', '2023-03-10'), claim(ruiz, 'explicit', '2023-03-13')];
    carryOccasions(several, '2023-03-15');
    expect(several[0]!.asserted_on).toBeNull();
    const none = [claim(ruiz, 'past', null), claim({ name: 'Omar Haddad', org: null }, 'explicit', '2023-03-13')];
    carryOccasions(none, '2023-03-15');
    expect(none[0]!.asserted_on).toBeNull();
  });

  it('never dates perfect-tense reports or the outlet, and carries nothing in a timeline', () => {
    const claims = [claim(ruiz, 'perfect', null), claim(ruiz, 'explicit', '2023-03-13')];
    carryOccasions(claims, '2023-03-15');
    expect(claims[0]!.asserted_on).toBeNull();
    const timeline = ['2023-01-02', '2023-01-09', '2023-02-01', '2023-02-20'].map((d) => claim({ name: null, org: 'Other' }, 'explicit', d));
    const undated = claim(ruiz, 'past', null);
    carryOccasions([undated, claim(ruiz, 'explicit', '2023-03-13'), ...timeline], '2023-03-15');
    expect(undated.asserted_on).toBeNull();
  });

  it('dates a past report with the article day when the speaker otherwise only "says", unless it says "Earlier"', () => {
    const claims = [claim(ruiz, 'present', '2023-03-15'), claim(ruiz, 'past', null)];
    carryOccasions(claims, '2023-03-15');
    expect(claims[1]!.asserted_on).toBe('2023-03-15');
    const text = 'Ruiz says X. Earlier Ruiz said Y.';
    const earlier = [claim(ruiz, 'present', '2023-03-15', 0), claim(ruiz, 'past', null, text.indexOf('Earlier'))];
    earlier[1]!.end = text.length;
    carryOccasions(earlier, '2023-03-15', text);
    expect(earlier[1]!.asserted_on).toBeNull();
  });

  it('does not carry a stated occasion to a statement that looks back ("Earlier, …")', () => {
    const text = 'The ministry said on Monday X. Earlier the ministry reported Y.';
    const ministry = { name: null, org: 'ministry' };
    const claims = [claim(ministry, 'explicit', '2024-05-13', 0), claim(ministry, 'past', null, text.indexOf('Earlier'))];
    claims[1]!.end = text.length;
    carryOccasions(claims, '2024-05-14', text);
    expect(claims[1]!.asserted_on).toBeNull();
  });

  it('carries an organisation\'s date to the same body named shorter, not to another body', () => {
    const claims = [claim({ name: null, org: 'education ministry' }, 'explicit', '2024-06-21'), claim({ name: null, org: 'ministry' }, 'past', null), claim({ name: null, org: 'health ministry' }, 'past', null), claim({ name: null, org: 'Eastland' }, 'past', null)];
    carryOccasions(claims, '2024-06-22');
    expect(claims.map((c) => c.asserted_on)).toEqual(['2024-06-21', '2024-06-21', null, null]);
  });

  it('in a timeline, carries a date only to the same speaker\'s next statement, not past "Later, …"', () => {
    const text = 'Roe said on Monday … Roe also said … Later, Roe said … Roe said …';
    const at = (s: string) => text.indexOf(s);
    const other = ['2023-01-02', '2023-01-09', '2023-02-01'].map((d, i) => claim({ name: null, org: 'Other' }, 'explicit', d, 100 + i));
    const roe = { name: 'Ana Roe', org: null };
    const claims = [claim(roe, 'explicit', '2023-03-13', at('Roe said on')), claim(roe, 'past', null, at('Roe also')), claim(roe, 'past', null, at('Later')), ...other];
    claims[0]!.end = at('Roe also') - 1;
    claims[1]!.end = at('Later') - 1;
    claims[2]!.end = at('Roe said …');
    carryOccasions(claims, '2023-03-15', text);
    expect(claims.slice(0, 3).map((c) => c.asserted_on)).toEqual(['2023-03-13', '2023-03-13', null]);
  });
});

describe('eventClauses', () => {
  it('marks subordinate and relative clauses about events, not those naming the occasion', () => {
    const clauses = (t: string) => eventClauses(t).map((r) => t.slice(r.start, r.end));
    expect(clauses('Union leader Ana Roe, who visited a picket line on Tuesday, said 300 schools had reopened.')).toEqual(['who visited a picket line on Tuesday']);
    expect(clauses('After the talks collapsed on Wednesday, the mayor said the city would hire staff.')).toEqual(['After the talks collapsed on Wednesday']);
    expect(clauses('Ana Roe, who spoke at a briefing on Tuesday, said 300 schools had reopened.')).toEqual([]);
  });
});
