// HTML → plain article text: tags stripped, entities decoded, block elements become line breaks
// (so headlines, captions and paragraphs stay on their own lines for the sentence splitter).

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', ' '],
  ['ndash', '\u2013'], ['mdash', '\u2014'], ['hellip', '\u2026'], ['minus', '\u2212'],
  ['lsquo', '\u2018'], ['rsquo', '\u2019'], ['sbquo', '\u201a'], ['ldquo', '\u201c'], ['rdquo', '\u201d'],
  ['bdquo', '\u201e'], ['laquo', '\u00ab'], ['raquo', '\u00bb'], ['lsaquo', '\u2039'], ['rsaquo', '\u203a'],
  ['copy', '\u00a9'], ['reg', '\u00ae'], ['trade', '\u2122'], ['deg', '\u00b0'], ['middot', '\u00b7'],
  ['bull', '\u2022'], ['para', '\u00b6'], ['sect', '\u00a7'], ['times', '\u00d7'], ['divide', '\u00f7'],
  ['euro', '\u20ac'], ['pound', '\u00a3'], ['yen', '\u00a5'], ['cent', '\u00a2'], ['frac12', '\u00bd'],
  ['frac14', '\u00bc'], ['frac34', '\u00be'], ['shy', ''], ['zwj', '\u200d'], ['zwnj', '\u200c'],
  ['thinsp', ' '], ['ensp', ' '], ['emsp', ' '], ['prime', '\u2032'], ['Prime', '\u2033'],
  ['aacute', 'á'], ['eacute', 'é'], ['iacute', 'í'], ['oacute', 'ó'], ['uacute', 'ú'], ['yacute', 'ý'],
  ['Aacute', 'Á'], ['Eacute', 'É'], ['Iacute', 'Í'], ['Oacute', 'Ó'], ['Uacute', 'Ú'],
  ['agrave', 'à'], ['egrave', 'è'], ['igrave', 'ì'], ['ograve', 'ò'], ['ugrave', 'ù'],
  ['acirc', 'â'], ['ecirc', 'ê'], ['icirc', 'î'], ['ocirc', 'ô'], ['ucirc', 'û'],
  ['auml', 'ä'], ['euml', 'ë'], ['iuml', 'ï'], ['ouml', 'ö'], ['uuml', 'ü'], ['yuml', 'ÿ'],
  ['Auml', 'Ä'], ['Ouml', 'Ö'], ['Uuml', 'Ü'], ['szlig', 'ß'], ['ccedil', 'ç'], ['Ccedil', 'Ç'],
  ['ntilde', 'ñ'], ['Ntilde', 'Ñ'], ['atilde', 'ã'], ['otilde', 'õ'], ['aring', 'å'], ['Aring', 'Å'],
  ['aelig', 'æ'], ['AElig', 'Æ'], ['oslash', 'ø'], ['Oslash', 'Ø'],
]);

/** Elements whose content is never article text. */
const DROPPED_ELEMENTS = ['head', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'form', 'button', 'select'];

/** Elements that start a new line of text: rows, cells, list items. */
const LINE_ELEMENTS = new Set(['li', 'tr', 'td', 'th', 'dt', 'dd']);
const LINE_MARK = '\u0001';
const BLOCK_MARK = '\u0002';

/** Elements that start a new paragraph (a blank line before and after). */
const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'pre', 'address',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot',
  'caption', 'figure', 'figcaption', 'hr', 'details', 'summary',
]);

function codePointText(cp: number, fallback: string): string {
  if (!Number.isInteger(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return fallback;
  return String.fromCodePoint(cp);
}

/** Decode named and numeric character references; unknown ones are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);/g, (whole: string, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return codePointText(parseInt(body.slice(2), 16), whole);
    if (body.startsWith('#')) return codePointText(parseInt(body.slice(1), 10), whole);
    return NAMED_ENTITIES.get(body) ?? whole;
  });
}

function innerText(html: string, element: string): string | null {
  const m = new RegExp(`<${element}\\b[^>]*>([\\s\\S]*?)</${element}\\s*>`, 'i').exec(html);
  if (!m) return null;
  const text = decodeEntities((m[1] ?? '').replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
  return text.length > 0 ? text : null;
}

export interface HtmlText {
  text: string;
  /** The first <h1>, else the document <title>; null when neither has text. */
  title: string | null;
}

/** Plain text of an HTML document; the caller still runs cleanText on it. */
export function htmlToText(html: string): HtmlText {
  const title = innerText(html, 'h1') ?? innerText(html, 'title');
  let body = html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ' ');
  for (const element of DROPPED_ELEMENTS) {
    body = body.replace(new RegExp(`<${element}\\b[^>]*>[\\s\\S]*?</${element}\\s*>`, 'gi'), ' ');
  }
  // HTML whitespace is insignificant: collapse it before tags turn into real line breaks.
  body = body.replace(/\s+/g, ' ');
  // Tags become markers first, so that "</li><li>" is one line break and "</p> <p>" one blank line.
  body = body.replace(/[\u0001\u0002]/g, '');
  body = body.replace(/<\/?([A-Za-z][A-Za-z0-9-]*)\b[^>]*>/g, (_tag: string, name: string) => {
    const element = name.toLowerCase();
    if (element === 'br') return '\n';
    if (LINE_ELEMENTS.has(element)) return LINE_MARK;
    return BLOCK_ELEMENTS.has(element) ? BLOCK_MARK : '';
  });
  body = body.replace(/[\u0001\u0002](?:[^\S\n]*[\u0001\u0002])*/g, (run) => (run.includes(BLOCK_MARK) ? '\n\n' : '\n'));
  body = body.replace(/<[!?][^>]*>/g, '');
  body = decodeEntities(body);
  const lines = body.split('\n').map((line) => line.replace(/[^\S\n]+/g, ' ').trim());
  // One blank line between blocks, never more.
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
  return { text, title };
}
