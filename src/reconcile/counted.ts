// What a quantity counts: a noun group and the state of what is counted. Outlets word one count
// many ways ("1,146 deaths", "1,146 people died", "the death toll rose to 1,146", "1,146 dead"):
// all are people + killed. A noun that names a state carries it ("strikers" → workers, striking).
import { stem } from './text.js';

export interface Counted {
  /** Canonical noun group ("people", "workers", "troops", "dollars"), null when unnamed. */
  noun: string | null;
  /** The state the noun itself names ("deaths" → killed), null for a plain noun. */
  state: string | null;
}

/** Nouns that name a state of people: the count is of people in that state. */
const STATE_NOUNS: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['people', 'killed', ['deaths', 'death', 'dead', 'killed', 'fatalities', 'fatality', 'lives', 'bodies', 'toll']],
  ['people', 'wounded', ['injured', 'injuries', 'injury', 'wounded', 'hurt']],
  ['people', 'missing', ['missing']],
  ['people', 'displaced', ['displaced', 'homeless', 'evacuees', 'refugees', 'refugee']],
  ['people', 'casualties', ['casualties', 'casualty']],
  ['workers', 'striking', ['strikers', 'striker', 'walkouts']],
];

/** Plain noun groups; the first word is the group's name. */
const NOUN_GROUPS: ReadonlyArray<readonly string[]> = [
  ['people', 'people', 'persons', 'person', 'individuals', 'residents', 'inhabitants', 'villagers', 'citizens', 'victims'],
  ['workers', 'workers', 'worker', 'employees', 'employee', 'staff', 'staffers', 'members', 'workforce',
    'labourers', 'laborers', 'personnel'],
  ['troops', 'troops', 'troop', 'soldiers', 'soldier', 'forces', 'force', 'servicemen', 'service members',
    'military personnel', 'infantrymen', 'fighters', 'combatants'],
  ['civilians', 'civilians', 'civilian'],
  ['children', 'children', 'child', 'kids', 'minors'],
  ['dollars', 'dollars', 'dollar', 'usd', '$'],
  ['euros', 'euros', 'euro', 'eur', '€'],
  ['pounds', 'pounds', 'pound', 'gbp', '£', 'sterling'],
  ['percent', 'percent', 'per cent', '%', 'pct', 'percentage points', 'percentage'],
  ['homes', 'homes', 'houses', 'buildings', 'dwellings', 'structures'],
  ['vehicles', 'vehicles', 'vehicle', 'cars'],
  ['aircraft', 'aircraft', 'planes', 'jets'],
  ['missiles', 'missiles', 'missile', 'rockets', 'rocket'],
  ['drones', 'drones', 'drone', 'uavs'],
];

/** Occupations: "workers" is compatible with each of them ("nurses walked out" = "workers"). */
const OCCUPATIONS: readonly string[] = [
  'nurses', 'teachers', 'doctors', 'miners', 'drivers', 'dockers', 'dockworkers', 'longshoremen',
  'stevedores', 'pilots', 'officers', 'firefighters', 'journalists', 'farmers', 'mechanics',
  'cleaners', 'porters', 'engineers', 'technicians', 'janitors', 'cashiers', 'clerks', 'lecturers',
  'professors', 'researchers', 'paramedics', 'midwives', 'carers', 'caregivers', 'conductors',
  'attendants', 'controllers', 'crew', 'truckers', 'couriers', 'steelworkers', 'autoworkers',
  'actors', 'writers', 'players', 'guards', 'operators', 'fishermen', 'labourers', 'laborers',
];

/** Groups that count people: "people" is compatible with each (group names and stems of other nouns). */
const HUMAN_NOUNS: ReadonlySet<string> = new Set(
  [
    'workers', 'troops', 'civilians', 'children', 'women', 'men', 'students', 'patients', 'migrants',
    'tourists', 'passengers', 'pilgrims', 'prisoners', 'rescuers', 'volunteers', 'survivors',
    'protesters', 'demonstrators', 'voters', 'fans', 'spectators', 'travellers', 'travelers', ...OCCUPATIONS,
  ].flatMap((w) => [w, stem(w)]),
);

const OCCUPATION_NOUNS: ReadonlySet<string> = new Set(OCCUPATIONS.flatMap((w) => [w, stem(w)]));

/** An unlisted agent noun that names people by what they do ("machinists", "electricians"). */
const isPersonNoun = (noun: string): boolean => /(?:ist|ian)s?$/.test(noun);

/** Units that are amounts, not headcounts: their variable is named by what they are of (topic). */
export const SCALAR_NOUNS: ReadonlySet<string> = new Set(['dollars', 'euros', 'pounds', 'percent', 'yen']);

const WORD_TO_COUNTED: ReadonlyMap<string, Counted> = (() => {
  const map = new Map<string, Counted>();
  for (const [noun, ...words] of NOUN_GROUPS) for (const w of words) map.set(w, { noun: noun ?? null, state: null });
  for (const [noun, state, words] of STATE_NOUNS) for (const w of words) map.set(w, { noun, state });
  return map;
})();

/** Read a quantity's unit: "Ukrainian soldiers" → troops; "deaths" → people, killed; null → nothing. */
export function countedNoun(unit: string | null): Counted {
  if (unit === null) return { noun: null, state: null };
  const folded = unit.toLowerCase().replace(/[\u2019']/g, "'").replace(/'s\b/g, '').trim().replace(/\s+/g, ' ');
  if (folded === '') return { noun: null, state: null };
  const whole = WORD_TO_COUNTED.get(folded);
  if (whole !== undefined) return whole;
  // The head noun of a longer unit is its last word ("dock workers" → workers).
  const words = folded.match(/[a-z$€£%]+/g) ?? [];
  const lastTwo = words.slice(-2).join(' ');
  const last = words.at(-1);
  if (last === undefined) return { noun: null, state: null };
  return WORD_TO_COUNTED.get(lastTwo) ?? WORD_TO_COUNTED.get(last) ?? { noun: stem(last), state: null };
}

/** Same group, or a general noun and a kind of it ("people" and "workers", "workers" and "nurses"). */
export function nounsCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  const covers = (general: string, specific: string): boolean =>
    (general === 'people' && (HUMAN_NOUNS.has(specific) || isPersonNoun(specific))) ||
    (general === 'workers' && (OCCUPATION_NOUNS.has(specific) || isPersonNoun(specific)));
  return covers(a, b) || covers(b, a);
}

/**
 * The state a count is in, as written in a statement. "20 soldiers were killed" and "20 soldiers
 * are in X" measure different things, as do people killed, hurt, missing or displaced, and
 * troops already somewhere and troops still on their way or only planned.
 */
export const STATE_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:killed|killing|kills|dead|died|dies|deaths?|death toll|toll|fatalities|fatal|perished|lost (?:their|his|her) li(?:fe|ves)|lives (?:were )?lost|bodies)\b/gi, 'killed'],
  [/\b(?:wounded|wounding|injured|injuring|injuries|hurt|hospitali[sz]ed)\b/gi, 'wounded'],
  [/\b(?:captured|taken prisoner|prisoners?|detained|arrested)\b/gi, 'captured'],
  [/\b(?:missing|unaccounted for)\b/gi, 'missing'],
  [/\b(?:displaced|homeless|evacuated|evacuees|refugees|fled (?:their|his|her) homes?|lost (?:their|his|her) homes?|left without (?:a )?(?:homes?|shelter)|in (?:temporary |emergency |relief )?(?:shelters|tents|camps)|sheltering|living in tents)\b/gi, 'displaced'],
  [/\b(?:casualties|casualty)\b/gi, 'casualties'],
  [/\b(?:strikers|striking|on strike|went on strike|joined the strike|walked out|walking out|walk(?:ed)? off the job|walkouts?|stopped work(?:ing)?|downed tools|work stoppage|picket(?:ing|ed)?|picket lines?|off the job|stayed (?:off the job|away|out|home)|(?:did not|didn't|failed to) (?:report|show up|turn up|come in)(?: for work)?|(?:took|taking|take) part in the (?:strike|walkout|stoppage)|(?:participated|participating) in the (?:strike|walkout|stoppage))\b/gi, 'striking'],
  // Already somewhere: no state for similarity (the default), but never the same count as one on its way.
  [/\b(?:already (?:in|inside|there|present|on the ground|deployed|stationed|at)|stationed|present in)\b/gi, 'present'],
  [/\b(?:heading|headed|en route|on (?:the|their) way|(?:due|expected|set|about) to arrive|moving (?:toward|towards|to)|approaching|bound for)\b/gi, 'moving'],
  [/\b(?:plans? to|planned|planning to|intends? to|intended to|will (?:send|deploy|dispatch)|to be (?:sent|deployed|dispatched))\b/gi, 'planned'],
];

/** Within this many characters of the figure, the nearest state word is the count's own. */
export const STATE_REACH = 90;
/** A state across a clause break (",", ";", "and", "but", "while") counts as this much farther. */
export const CLAUSE_PENALTY = 40;

const CLAUSE_BREAK = /[,;:]|\b(?:and|but|while|whereas)\b/i;

/**
 * The state of the count at `figureAt` (a character offset in the statement, -1 when unknown):
 * the state named nearest to the figure within STATE_REACH, a clause break counting extra, so
 * "420 died, 1,300 were injured and 15,000 were left homeless" gives each figure its own state.
 * Without a figure position, or with no state within reach, every state named counts.
 */
export function statesNear(statement: string, figureAt: number): string[] {
  const found: Array<{ state: string; distance: number }> = [];
  for (const [pattern, state] of STATE_PATTERNS) {
    for (const m of statement.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (figureAt < 0) {
        found.push({ state, distance: 0 });
        continue;
      }
      const after = figureAt < start;
      const between = after ? statement.slice(figureAt, start) : figureAt > end ? statement.slice(end, figureAt) : '';
      // The figure's own characters ("1,300") are no clause break.
      const gap = after ? between.replace(/^[$€£]?\d[\d.,]*/, '') : between;
      found.push({ state, distance: between.length + (CLAUSE_BREAK.test(gap) ? CLAUSE_PENALTY : 0) });
    }
  }
  const nearest = Math.min(...found.map((f) => f.distance));
  // Nothing near the figure: the sentence as a whole says what state its count is in.
  const chosen = figureAt < 0 || nearest > STATE_REACH ? found : found.filter((f) => f.distance === nearest);
  return [...new Set(chosen.map((f) => f.state))].sort();
}
