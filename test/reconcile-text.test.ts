import { describe, expect, it } from 'vitest';
import { foldAliases, numberToken, statementTokens, stem, unitKey } from '../src/reconcile/text.js';

describe('foldAliases', () => {
  it('folds country abbreviations by case: "US" is a country, "us" is not', () => {
    expect(foldAliases('The US and the U.S. told us')).toMatch(/unitedstates .*unitedstates .* us$/);
    expect(foldAliases('the United States')).toBe('the unitedstates');
  });

  it('folds country adjectives and multi-word names to one token', () => {
    expect(foldAliases('South Korean officials met North Korea')).toBe('southkorea officials met northkorea');
    expect(foldAliases('British troops')).toBe('unitedkingdom troops');
  });

  it('folds organisation long forms to their abbreviation', () => {
    expect(foldAliases('the Department of Defense')).toBe('the dod');
    expect(foldAliases('the Defense Ministry')).toBe('the mod');
  });

  it('drops possessives and normalises curly apostrophes', () => {
    expect(foldAliases('Brazil’s capital')).toBe('brazil capital');
  });
});

describe('statementTokens', () => {
  it('keeps numbers whole, drops stopwords and attribution verbs, stems', () => {
    expect(statementTokens('Officials said that 10,000 soldiers were deployed.')).toEqual([
      'official',
      '10000',
      'troops',
      'deploy',
    ]);
  });

  it('gives paraphrases shared tokens ("French troops" / "soldiers from France")', () => {
    const a = new Set(statementTokens('French troops arrived'));
    const b = statementTokens('soldiers from France have arrived');
    expect(b.filter((t) => a.has(t)).sort()).toEqual(['arriv', 'france', 'troops']);
  });

  it('folds everyday synonyms so two wordings of one report share tokens', () => {
    const a = new Set(statementTokens('The death toll from the earthquake rose to 912 as workers walked out'));
    const b = statementTokens('Quake deaths climbed to 912 during the strike');
    expect(b.filter((t) => a.has(t)).sort()).toEqual(['912', 'deaths', 'quak', 'rise', 'strike'].sort());
  });

  it('removes the words passed as the speaker', () => {
    expect(statementTokens('Smith said the dam held', new Set(['smith']))).toEqual(['dam', 'held']);
  });
});

describe('stem', () => {
  it('maps inflections of one word to one stem', () => {
    expect(new Set(['deployed', 'deploying', 'deploys', 'deployment'].map(stem))).toEqual(new Set(['deploy']));
    expect(stem('casualties')).toBe(stem('casualty'));
    expect(stem('arrived')).toBe(stem('arrive'));
  });

  it('leaves numbers alone', () => {
    expect(stem('2024')).toBe('2024');
  });
});

describe('numberToken / unitKey', () => {
  it('canonicalises numbers', () => {
    expect(numberToken('10,000')).toBe('10000');
    expect(numberToken('2.50')).toBe('2.5');
  });

  it('groups unit synonyms and reads the head noun of a longer unit', () => {
    expect(unitKey('soldiers')).toBe('troops');
    expect(unitKey('service members')).toBe('troops');
    expect(unitKey('Ukrainian soldiers')).toBe('troops');
    expect(unitKey('fatalities')).toBe('deaths');
    expect(unitKey('tanks')).toBe('tank');
    expect(unitKey(null)).toBeNull();
  });
});
