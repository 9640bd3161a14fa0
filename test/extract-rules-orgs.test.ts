import { describe, expect, it } from 'vitest';
import { acronymsIn, orgMentions } from '../src/extract/rules/orgs.js';

describe('orgMentions', () => {
  it('finds names ending in an organisation word and names introduced by their kind', () => {
    const found = orgMentions('Workers at the Brightwater Shipping Company joined staff of the Eastport Red Cross, and the ferry operator Nordsee Lines cut sailings.');
    expect(found).toEqual([
      { org: 'Brightwater Shipping Company', heads: ['company'], business: true },
      { org: 'Eastport Red Cross', heads: ['cross'], business: false },
      { org: 'Nordsee Lines', heads: ['lines', 'operator'], business: true },
    ]);
  });

  it('keeps "of" inside a name and ignores people and lone words', () => {
    expect(orgMentions('The Bank of Eastland raised rates, Tomas Brandt said.').map((m) => m.org)).toEqual(['Bank of Eastland']);
    expect(orgMentions('Tomas Brandt met the Council on Monday.')).toEqual([]);
  });
});

describe('acronymsIn', () => {
  it('maps an acronym to the capitalised words whose initials spell it', () => {
    const found = acronymsIn('Talks between the Rail and Transport Union (RTU) and the firm failed. The National Disaster Management Authority (NDMA) said 40 died. He (HE) left.');
    expect([...found]).toEqual([['RTU', 'Rail and Transport Union'], ['NDMA', 'National Disaster Management Authority']]);
  });
});

