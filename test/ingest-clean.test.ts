import { describe, expect, it } from 'vitest';
import { cleanText, guessTitle } from '../src/ingest/clean.js';

describe('cleanText', () => {
  it('strips the BOM, normalises line endings and trailing spaces, and nothing else', () => {
    const raw = '\uFEFF\r\n\r\nTitle here  \r\nLine  with  doubled  spaces\t\rOld Mac line\n\n\n  indented stays\n  \n';
    expect(cleanText(raw)).toBe('Title here\nLine  with  doubled  spaces\nOld Mac line\n\n\n  indented stays');
  });

  it('returns an empty string for whitespace only', () => {
    expect(cleanText(' \r\n\t\n')).toBe('');
  });
});

describe('guessTitle', () => {
  it('takes a short first line without a final period', () => {
    expect(guessTitle('\nFire crews contain blaze near highway\n\nBody text.')).toBe('Fire crews contain blaze near highway');
    expect(guessTitle('# Markdown headline for the story\nBody.')).toBe('Markdown headline for the story');
    expect(guessTitle('Is the bridge safe to cross?\nBody.')).toBe('Is the bridge safe to cross?');
  });

  it('rejects sentences, lead-ins, bare dates and very long lines', () => {
    expect(guessTitle('The mayor said the bridge was safe.\nMore.')).toBeNull();
    expect(guessTitle('Here is what we know:\nMore.')).toBeNull();
    expect(guessTitle('November 5, 2024\nMore.')).toBeNull();
    expect(guessTitle(`${'word '.repeat(60)}\nMore.`)).toBeNull();
    expect(guessTitle('')).toBeNull();
  });
});
