import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../src/ingest/html.js';

describe('htmlToText', () => {
  it('drops scripts, styles, comments and navigation and keeps blocks on their own lines', () => {
    const { text, title } = htmlToText(
      '<html><head><title>T | Site</title><script>x="<p>no</p>"</script></head><body><nav>Home</nav>' +
        '<h1>Main  headline</h1><p>First &amp; <b>bold</b>\n   para.</p><!-- hidden --><p>Second<br/>line &#8220;q&#x201D;</p></body></html>',
    );
    expect(title).toBe('Main headline');
    expect(text).toBe('Main headline\n\nFirst & bold para.\n\nSecond\nline \u201cq\u201d');
  });

  it('puts list items and table rows on consecutive lines', () => {
    expect(htmlToText('<p>Lead.</p><ul><li>One</li><li>Two</li></ul><table><tr><td>a</td><td>b</td></tr></table>').text).toBe(
      'Lead.\n\nOne\nTwo\n\na\nb',
    );
  });

  it('keeps inline elements such as <time>, <a> and <span> inside the sentence', () => {
    const { text } = htmlToText('<p>The vote was on <time datetime="2020-01-02">Monday</time>, <a href="#">officials</a> <span>said</span>.</p>');
    expect(text).toBe('The vote was on Monday, officials said.');
  });

  it('decodes entities but leaves unknown ones and invalid code points alone', () => {
    expect(decodeEntities('a&nbsp;b &mdash; &unknown; &#0; &#x1F600; &lt;p&gt;')).toBe('a b \u2014 &unknown; &#0; \u{1F600} <p>');
  });
});
