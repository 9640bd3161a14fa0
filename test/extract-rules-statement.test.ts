import { describe, expect, it } from 'vitest';
import { buildStatement, speakerLabel } from '../src/extract/rules/statement.js';

describe('buildStatement', () => {
  it('names the speaker and joins reported speech with "that"', () => {
    expect(buildStatement({ speaker: { name: 'Ana Ruiz', org: 'Port Authority' }, verb: 'said', content: '“The levee held through the night,”', withThat: true }))
      .toBe('Ana Ruiz said that the levee held through the night.');
    expect(buildStatement({ speaker: { name: null, org: 'Acme' }, verb: 'denied', content: 'the reports of layoffs', withThat: false }))
      .toBe('Acme denied the reports of layoffs.');
  });
  it('drops joining words and brackets, and keeps "according to" first', () => {
    expect(buildStatement({ speaker: { name: null, org: 'Red Cross' }, verb: 'according to', content: 'There were [at least] 300 families displaced', withThat: false }))
      .toBe('According to Red Cross, there were at least 300 families displaced.');
    expect(buildStatement({ speaker: { name: 'Ana Ruiz', org: null }, verb: 'said', content: 'adding that tolls will rise,', withThat: true }))
      .toBe('Ana Ruiz said that tolls will rise.');
  });
  it('falls back to the written subject, then to the content alone', () => {
    expect(buildStatement({ speaker: { name: null, org: null }, verb: 'said', content: 'the road was closed', withThat: false, fallbackLabel: 'Officials' }))
      .toBe('Officials said the road was closed.');
    expect(buildStatement({ speaker: { name: null, org: null }, verb: null, content: 'the road was closed', withThat: false })).toBe('The road was closed.');
    expect(speakerLabel({ name: null, org: null })).toBeNull();
  });
});
