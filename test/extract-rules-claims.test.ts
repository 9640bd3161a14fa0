import { describe, expect, it } from 'vitest';
import { frameClaims, hasCheckableCore, isOpinion, type ClaimFrame } from '../src/extract/rules/claims.js';
import { findCues } from '../src/extract/rules/cues.js';
import { findDateMentions } from '../src/extract/rules/dates.js';
import { quotedRanges } from '../src/extract/rules/text.js';

function frame(text: string, contentStart: number, overrides: Partial<ClaimFrame> = {}): ClaimFrame {
  return {
    text, offset: 100, content: { start: contentStart, end: text.length }, speaker: { name: 'Ana Ruiz', org: 'Port Authority' },
    verb: 'said', withThat: true, stance: 'asserts', cues: findCues(text, quotedRanges(text)).filter((c) => c.stance !== 'asserts'),
    assertedOn: '2023-03-13', dateSource: 'explicit', fallbackUnit: null, ...overrides,
  };
}

describe('frameClaims', () => {
  it('makes one claim per quantity, each quoting its own clause with article offsets', () => {
    const text = 'Ruiz said that at least 40 people died in the north, and overall 60 to 70 people died in the region.';
    const claims = frameClaims(frame(text, 'Ruiz said that '.length));
    expect(claims.map((c) => c.quantity?.qualifier)).toEqual(['at_least', 'range']);
    expect(claims[0]!.start).toBe(100);
    expect(text.slice(claims[1]!.start - 100, claims[1]!.end - 100)).toBe('overall 60 to 70 people died in the region.');
    expect(claims[1]!.statement).toBe('Ana Ruiz said that overall 60 to 70 people died in the region.');
    expect(claims.every((c) => c.speaker.name === 'Ana Ruiz' && c.asserted_on === '2023-03-13')).toBe(true);
  });

  it('takes the speaker\'s own inability to confirm as the stance, not someone else\'s denial', () => {
    const own = 'Ruiz said she could not confirm that 12 ships sank.';
    expect(frameClaims(frame(own, 'Ruiz said '.length))[0]).toMatchObject({ stance: 'cannot_confirm', quantity: { value: 12, unit: 'ships' } });
    const other = 'Ruiz said the shipping company denied that 12 ships sank.';
    expect(frameClaims(frame(other, 'Ruiz said '.length))[0]!.stance).toBe('asserts');
  });

  it('splits coordinated propositions of one speaker', () => {
    const text = 'Ruiz said the port will reopen on Friday, adding that tolls will rise.';
    const claims = frameClaims(frame(text, 'Ruiz said '.length));
    expect(claims).toHaveLength(2);
    expect(claims[1]!.statement).toBe('Ana Ruiz said that tolls will rise.');
  });
});

describe('isOpinion and hasCheckableCore', () => {
  it('drops reactions and opinions with nothing to check', () => {
    expect(isOpinion('I think that is fair')).toBe(true);
    expect(isOpinion('“Yes, absolutely,”')).toBe(true);
    expect(isOpinion('what happens next remains to be seen')).toBe(true);
    expect(isOpinion('the port will reopen on Friday, but what follows remains to be seen')).toBe(false);
  });
  it('keeps unattributed sentences with a number, a date or a named actor doing something', () => {
    const core = (t: string) => hasCheckableCore(t, 0, findDateMentions(t, '2023-03-15'));
    expect(core('The storm reached the coast on March 3.')).toBe(true);
    expect(core('Governor Lena Park signed the emergency order.')).toBe(true);
    expect(core('This is stated on the ministry website.')).toBe(false);
    expect(core('Moving so many people may sound hard.')).toBe(false);
    expect(core('the situation remains tense')).toBe(false);
    expect(hasCheckableCore('Some 300 homes flooded.', 1, [])).toBe(true);
  });
});
