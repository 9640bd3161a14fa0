// Text cleaning for ingest. Article.text is what every span points into, so cleaning is kept
// minimal and predictable: only invisible or line-ending differences are normalised.

/**
 * The cleaned body: BOM stripped, CRLF/CR → LF, trailing spaces trimmed on each line, blank
 * lines at the very start and end dropped. Nothing else is rewritten.
 */
export function cleanText(raw: string): string {
  let text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  text = text.replace(/\r\n?/g, '\n');
  text = text.replace(/[^\S\n]+$/gm, '');
  text = text.replace(/^\n+/, '').replace(/\n+$/, '');
  return text;
}

const MAX_TITLE_CHARS = 200;
const MAX_TITLE_WORDS = 30;
const MIN_TITLE_WORDS = 3;

/**
 * The first non-empty line when it reads like a headline: short, a few words at least, and not
 * ending like a sentence or a lead-in (period, colon, comma). Otherwise null.
 */
export function guessTitle(text: string): string | null {
  const first = text.split('\n').find((line) => line.trim().length > 0);
  if (first === undefined) return null;
  // A Markdown heading marker is not part of the headline.
  const line = first.trim().replace(/^#{1,6}\s+/, '');
  if (line.length > MAX_TITLE_CHARS) return null;
  // Count words with letters, so a bare date or time line ("November 5, 2024") is no headline.
  const words = line.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  if (words.length < MIN_TITLE_WORDS || words.length > MAX_TITLE_WORDS) return null;
  if (/[.:;,]["'”’)]*$/u.test(line)) return null;
  return line;
}
