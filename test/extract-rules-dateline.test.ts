import { describe, expect, it } from 'vitest';
import { findDateline } from '../src/extract/rules/dateline.js';

describe('findDateline', () => {
  it('takes a place, a date and an agency off the first sentence', () => {
    const cases: Array<[string, string, string | null]> = [
      ['LONDON (Reuters) - British retailer Acme said …', 'British retailer', 'Reuters'],
      ['June 19 (Newswire) - The union said on Wednesday …', 'The union', 'Newswire'],
      ['PORTVILLE, Eastland, 19.06.2024 (Agency) — Ferries stopped …', 'Ferries', 'Agency'],
      ['PARIS, June 19 — The strike spread …', 'The strike', null],
      ['Tuesday, 3 March 2025 (Wire Service) – Rescuers found …', 'Rescuers', 'Wire Service'],
      ['NAIROBI: Teachers walked out …', 'Teachers', null],
    ];
    for (const [sentence, rest, agency] of cases) {
      const d = findDateline(sentence);
      expect(d, sentence).not.toBeNull();
      expect(sentence.slice(d!.length).startsWith(rest), sentence).toBe(true);
      expect(d!.agency).toBe(agency);
    }
  });

  it('leaves ordinary sentences alone', () => {
    for (const s of ['The union said on Wednesday that 4,200 members walked out.', 'Tomas Brandt - a docker - said the port was closed.', 'June was the wettest month: rain fell on 25 days.']) {
      expect(findDateline(s), s).toBeNull();
    }
  });
});
