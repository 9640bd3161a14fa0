import { describe, expect, it } from 'vitest';
import type { DraftClaim } from '../src/extract/rules/claims.js';
import { carryOccasions } from '../src/extract/rules/occasions.js';

function claim(speaker: { name: string | null; org: string | null }, dateSource: DraftClaim['dateSource'], asserted_on: string | null): DraftClaim {
  return { statement: 's', start: 0, end: 1, speaker, stance: 'asserts', quantity: null, asserted_on, dateSource };
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

  it('dates a past report with the article day when the speaker otherwise only "says"', () => {
    const claims = [claim(ruiz, 'present', '2023-03-15'), claim(ruiz, 'past', null)];
    carryOccasions(claims, '2023-03-15');
    expect(claims[1]!.asserted_on).toBe('2023-03-15');
  });
});
