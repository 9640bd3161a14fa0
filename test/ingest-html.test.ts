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

  it('decodes entities but leaves unknown ones and invalid code points alone', () => {
    expect(decodeEntities('a&nbsp;b &mdash; &unknown; &#0; &#x1F600; &lt;p&gt;')).toBe('a b \u2014 &unknown; &#0; \u{1F600} <p>');
  });
});
