import { describe, expect, it } from 'vitest';
import { cleanText, guessTitle } from '../src/ingest/clean.js';
import { findDateline, isoDate } from '../src/ingest/dateline.js';
import { decodeText } from '../src/ingest/decode.js';
import { decodeEntities, htmlToText } from '../src/ingest/html.js';
import { parseRecordLine } from '../src/ingest/record.js';

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

describe('findDateline', () => {
  it.each([
    ['November 5, 2024, 2:31 AM', '2024-11-05'],
    ['Nov. 5, 2024', '2024-11-05'],
    ['Oct 30, 2024 - 00:00', '2024-10-30'],
    ['19 November, 2024 Tuesday', '2024-11-19'],
    ['5 Nov 2024', '2024-11-05'],
    ['2024-11-05T08:00:00Z', '2024-11-05'],
    ['Published: Tuesday, Sept. 3rd, 2019', '2019-09-03'],
    ['Updated 1st of March 2020 at noon', '2020-03-01'],
  ])('reads %s', (line, expected) => {
    expect(findDateline(`Some headline for a story\n\n${line}\n\nBody text follows here.`)).toBe(expected);
  });

  it('prefers a date on its own line over one inside a long sentence above it', () => {
    const text =
      'In this photo taken on Monday, Oct. 28, 2024, a crane lifts a beam over the river near the old mill.\n' +
      'Caption credit\n\nNovember 2, 2024\n\nBody.';
    expect(findDateline(text)).toBe('2024-11-02');
  });

  it('falls back to the first date in the window, and ignores dates past it or impossible ones', () => {
    expect(findDateline('The vote held on March 4, 2021 was close, officials said in a long statement today.')).toBe('2021-03-04');
    expect(findDateline(`${'x'.repeat(900)}\nMay 1, 2020`)).toBeNull();
    expect(findDateline('February 30, 2023\nBody')).toBeNull();
    expect(findDateline('No date at all in this text.')).toBeNull();
  });

  it('validates calendar dates', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(2023, 13, 1)).toBeNull();
  });
});

describe('htmlToText', () => {
  it('drops scripts, styles, comments and navigation and keeps blocks on their own lines', () => {
    const { text, title } = htmlToText(
      '<html><head><title>T | Site</title><script>x="<p>no</p>"</script></head><body><nav>Home</nav>' +
        '<h1>Main  headline</h1><p>First &amp; <b>bold</b>\n   para.</p><!-- hidden --><p>Second<br/>line &#8220;q&#x201D;</p></body></html>',
    );
    expect(title).toBe('Main headline');
    expect(text).toBe('Main headline\n\nFirst & bold para.\n\nSecond\nline \u201cq\u201d');
  });

  it('decodes entities but leaves unknown ones and invalid code points alone', () => {
    expect(decodeEntities('a&nbsp;b &mdash; &unknown; &#0; &#x1F600; &lt;p&gt;')).toBe('a b \u2014 &unknown; &#0; \u{1F600} <p>');
  });
});

describe('decodeText', () => {
  it('accepts UTF-8 and BOM-marked UTF-16', () => {
    expect(decodeText(Buffer.from('caf\u00e9 \u{1F600}', 'utf8'))).toEqual({ ok: true, text: 'caf\u00e9 \u{1F600}' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hello', 'utf16le')]);
    expect(decodeText(utf16)).toEqual({ ok: true, text: 'hello' });
  });

  it('rejects NUL bytes, control-character soup and invalid UTF-8', () => {
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toMatchObject({ ok: false, code: 'binary_file' });
    expect(decodeText(Buffer.from('\x01\x02\x03\x04abc', 'latin1'))).toMatchObject({ ok: false, code: 'binary_file' });
    const latin1 = Buffer.from('The caf\u00e9 opened in 1990 and stayed open.', 'latin1');
    const result = decodeText(latin1);
    expect(result).toMatchObject({ ok: false, code: 'not_utf8' });
    expect(result.ok ? '' : result.reason).toMatch(/offset (6|7|8)\b/);
  });
});

describe('parseRecordLine', () => {
  const where = { path: 'dump.jsonl', line: 7 };

  it('parses a valid record and skips blank lines', () => {
    expect(parseRecordLine('{"id":"a","text":"Body."}', where)).toEqual({ kind: 'record', record: { id: 'a', text: 'Body.' } });
    expect(parseRecordLine('   ', where)).toEqual({ kind: 'blank' });
  });

  it('names file:line and the failing field', () => {
    const missing = parseRecordLine('{"id":"a","title":"x"}', where);
    expect(missing).toMatchObject({ kind: 'error', error: { stage: 'ingest', item: 'dump.jsonl:7', field: 'text', code: 'invalid_record' } });
    expect(missing.kind === 'error' && missing.error.reason).toContain('text: required but missing');
    const badDate = parseRecordLine('{"id":"a","text":"t","published_on":"5 May"}', where);
    expect(badDate).toMatchObject({ kind: 'error', error: { field: 'published_on' } });
    expect(parseRecordLine('{"id":', where)).toMatchObject({ kind: 'error', error: { code: 'bad_json', item: 'dump.jsonl:7', field: null } });
    expect(parseRecordLine('[1,2]', where)).toMatchObject({ kind: 'error', error: { code: 'invalid_record' } });
  });
});
