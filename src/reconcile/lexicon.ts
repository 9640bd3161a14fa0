// General English lexicons for reconciliation. Nothing here may name a particular story:
// these are ordinary alias, title and stopword tables that hold for any news corpus.

/** Function words and attribution verbs: they say who spoke, not what was claimed. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet of in on at to into onto from by for with within without about ' +
    'as than then that this these those there here it its it\'s is are was were be been being am do ' +
    'does did done has have had having will would shall should can could may might must not no ' +
    'he she they we i you him her them us me my our your their his hers theirs who whom whose which ' +
    'what when where why how all any both each few more most other some such only own same too very ' +
    'just also now still already yet over under again further once up down out off above below ' +
    'between through during before after while if because until against among per via ' +
    'said says say saying told tell tells according stated states state statement added adding ' +
    'noted claimed claims claim announced reported reports report believe believes believed ' +
    'estimated estimates estimate estimating assessed assesses assessment confirmed confirms confirm ' +
    'corroborate corroborated verify verified ' +
    'least approximately roughly around nearly almost about some several up total ' +
    'mr mrs ms dr'
  ).split(/\s+/),
);

/**
 * Country names and their adjectives → one token. Multi-word names collapse to a single token
 * so "South Africa" never half-matches "South Korea".
 */
export const COUNTRY_ALIASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['unitedstates', ['united states of america', 'united states', 'american', 'americans', 'usa']],
  ['unitedkingdom', ['united kingdom', 'great britain', 'britain', 'british']],
  ['northkorea', ['north korea', 'north korean', 'north koreans', 'dprk']],
  ['southkorea', ['south korea', 'south korean', 'south koreans', 'republic of korea']],
  ['china', ['china', 'chinese', 'prc']],
  ['taiwan', ['taiwan', 'taiwanese']],
  ['japan', ['japan', 'japanese']],
  ['india', ['india', 'indian']],
  ['pakistan', ['pakistan', 'pakistani']],
  ['afghanistan', ['afghanistan', 'afghan']],
  ['iran', ['iran', 'iranian']],
  ['iraq', ['iraq', 'iraqi']],
  ['syria', ['syria', 'syrian']],
  ['israel', ['israel', 'israeli']],
  ['lebanon', ['lebanon', 'lebanese']],
  ['jordan', ['jordan', 'jordanian']],
  ['egypt', ['egypt', 'egyptian']],
  ['saudiarabia', ['saudi arabia', 'saudi', 'saudis']],
  ['unitedarabemirates', ['united arab emirates', 'uae', 'emirati']],
  ['yemen', ['yemen', 'yemeni']],
  ['turkey', ['turkey', 'turkish', 'turkiye']],
  ['russia', ['russia', 'russian', 'russians', 'russian federation']],
  ['ukraine', ['ukraine', 'ukrainian', 'ukrainians']],
  ['belarus', ['belarus', 'belarusian']],
  ['poland', ['poland', 'polish']],
  ['germany', ['germany', 'german', 'germans']],
  ['france', ['france', 'french']],
  ['italy', ['italy', 'italian']],
  ['spain', ['spain', 'spanish']],
  ['netherlands', ['netherlands', 'dutch']],
  ['sweden', ['sweden', 'swedish']],
  ['norway', ['norway', 'norwegian']],
  ['finland', ['finland', 'finnish']],
  ['canada', ['canada', 'canadian']],
  ['mexico', ['mexico', 'mexican']],
  ['brazil', ['brazil', 'brazilian']],
  ['argentina', ['argentina', 'argentine', 'argentinian']],
  ['venezuela', ['venezuela', 'venezuelan']],
  ['australia', ['australia', 'australian']],
  ['newzealand', ['new zealand']],
  ['southafrica', ['south africa', 'south african']],
  ['nigeria', ['nigeria', 'nigerian']],
  ['ethiopia', ['ethiopia', 'ethiopian']],
  ['sudan', ['sudan', 'sudanese']],
  ['kenya', ['kenya', 'kenyan']],
  ['palestine', ['palestine', 'palestinian', 'palestinians']],
  ['vietnam', ['vietnam', 'vietnamese']],
  ['philippines', ['philippines', 'filipino', 'philippine']],
  ['indonesia', ['indonesia', 'indonesian']],
];

/**
 * Abbreviations that must be matched case-sensitively, because the lower-case form is an
 * ordinary word ("US" vs "us", "WHO" vs "who").
 */
export const CASED_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bU\.S\.A\.?(?=\W|$)/g, 'unitedstates'],
  [/\bU\.S\.(?=\W|$)/g, 'unitedstates'],
  [/\bUS\b/g, 'unitedstates'],
  [/\bU\.K\.(?=\W|$)/g, 'unitedkingdom'],
  [/\bUK\b/g, 'unitedkingdom'],
  [/\bU\.N\.(?=\W|$)/g, 'unitednations'],
  [/\bUN\b/g, 'unitednations'],
  [/\bEU\b/g, 'europeanunion'],
  [/\bWHO\b/g, 'worldhealthorganization'],
  [/\bROK\b/g, 'southkorea'],
];

/** Organisation long forms → their usual abbreviation (all lower-case, matched as phrases). */
export const ORG_ABBREVIATIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['dod', ['department of defense', 'defense department', 'department of defence']],
  ['dos', ['department of state', 'state department']],
  ['dhs', ['department of homeland security', 'homeland security department']],
  ['doj', ['department of justice', 'justice department']],
  ['mod', ['ministry of defense', 'ministry of defence', 'defense ministry', 'defence ministry']],
  ['mfa', ['ministry of foreign affairs', 'foreign ministry', 'foreign office']],
  ['unitednations', ['united nations']],
  ['europeanunion', ['european union']],
  ['worldhealthorganization', ['world health organization', 'world health organisation']],
  ['nato', ['north atlantic treaty organization', 'north atlantic alliance']],
  ['fbi', ['federal bureau of investigation']],
  ['cia', ['central intelligence agency']],
  ['nsa', ['national security agency']],
  ['imf', ['international monetary fund']],
  ['iaea', ['international atomic energy agency']],
  ['icrc', ['international committee of the red cross']],
];

/**
 * Titles, ranks and roles that precede a person's name. Compared lower-case, without dots.
 * Stripping them lets "Maj. Gen. A. Person" and "Person" be the same speaker.
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  (
    'mr mrs ms miss dr prof sir dame lord lady rev ' +
    'president vice prime minister secretary general director deputy spokesperson spokesman ' +
    'spokeswoman spokesmen press chief head commander officer official envoy ambassador chancellor ' +
    'governor mayor senator sen rep representative congressman congresswoman speaker chairman ' +
    'chairwoman chair king queen prince princess pope premier attorney judge justice adviser advisor ' +
    'analyst correspondent reporter ceo cfo founder ' +
    'gen maj lt col capt cpt sgt adm brig cmdr cdr pvt cpl major lieutenant colonel captain ' +
    'sergeant admiral brigadier commodore marshal'
  ).split(/\s+/),
);

/** Words that belong to an office or organisation, not a person's name ("Secretary of State X"). */
export const OFFICE_WORDS: ReadonlySet<string> = new Set(
  (
    'of the state defense defence foreign affairs interior home homeland security national ' +
    'intelligence army navy air force marine marines corps department ministry office house council ' +
    'agency service services committee military armed forces staff joint general federal ' +
    'public communications health finance treasury justice'
  ).split(/\s+/),
);

/** Head nouns of organisations: a "name" ending in one is a body, not a person. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  (
    'authority authorities union unions agency company corporation corp inc ltd llc plc group ministry ' +
    'department council committee commission association federation confederation institute ' +
    'university hospital bank party organisation organization foundation fund cross crescent board ' +
    'bureau centre center network alliance coalition league society trust police army navy guard ' +
    'administration government parliament court airline airlines railway railways services'
  ).split(/\s+/),
);

/** Generational suffixes dropped from names. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Nouns that count the same kind of thing, so "troops" and "soldiers" are one unit.
 * The first word of each group is its canonical form.
 */
export const UNIT_SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['troops', 'troop', 'soldiers', 'soldier', 'forces', 'force', 'servicemen', 'service members',
    'military personnel', 'personnel', 'infantrymen', 'fighters', 'combatants'],
  ['deaths', 'death', 'dead', 'killed', 'died', 'fatalities', 'fatality', 'lives', 'death toll', 'perished'],
  ['injured', 'injuries', 'wounded', 'hurt'],
  ['casualties', 'casualty'],
  ['people', 'persons', 'person', 'individuals', 'residents'],
  ['workers', 'worker', 'employees', 'employee', 'staff', 'staffers', 'strikers', 'striker', 'workforce'],
  ['civilians', 'civilian'],
  ['refugees', 'refugee', 'displaced', 'homeless', 'evacuees', 'asylum seekers'],
  ['dollars', 'dollar', 'usd', '$'],
  ['euros', 'euro', 'eur', '€'],
  ['homes', 'houses', 'buildings', 'dwellings'],
  ['vehicles', 'vehicle', 'cars'],
  ['aircraft', 'planes', 'jets'],
  ['missiles', 'missile', 'rockets', 'rocket'],
  ['drones', 'drone', 'uavs'],
];

/**
 * Everyday synonyms in news statements, so two outlets' wordings of one report share tokens.
 * The first word of each group is its canonical form. Kept small and unambiguous.
 */
export const WORD_SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['rise', 'rose', 'risen', 'rising', 'rises', 'climbed', 'climb', 'climbs', 'climbing', 'increased',
    'increase', 'increases', 'grew', 'grown', 'jumped', 'went up', 'gone up', 'go up'],
  ['fall', 'fell', 'fallen', 'falling', 'falls', 'dropped', 'declined', 'decreased', 'went down'],
  ['strike', 'walkout', 'walkouts', 'stoppage', 'walked out', 'walk out', 'walking out', 'stopped work',
    'walked off the job', 'strikes', 'striking', 'stay out', 'stayed out', 'staying out', 'industrial action'],
  ['quake', 'earthquake', 'earthquakes', 'quakes', 'tremor', 'temblor'],
  ['company', 'firm', 'employer', 'management'],
  ['pay', 'wages', 'wage', 'salary', 'salaries'],
];

/** Generic words for administrative areas: "X region" and "X" are the same place. */
export const AREA_WORDS: ReadonlySet<string> = new Set(
  (
    'region regions oblast province provinces state county district territory territories area ' +
    'prefecture governorate municipality city town village border front frontline country'
  ).split(/\s+/),
);

/** Prepositions that introduce where a counted thing is or is going. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'inside', 'within', 'into', 'to', 'at', 'across', 'throughout',
]);

/** Compass adjectives that narrow a place ("eastern X" is not all of X). */
export const DIRECTION_WORDS: ReadonlySet<string> = new Set(
  'northern southern eastern western central northeastern northwestern southeastern southwestern'.split(' '),
);

/** Prepositions that put a counted thing near a place rather than in it. */
export const NEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['near', 'toward', 'towards', 'outside']);

/** Calendar words are capitalised but never places ("in June", "on Monday"). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  (
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(/\s+/),
);

/** Verbs that end an attribution: what precedes them says who spoke, not what is counted. */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set(
  (
    'said says say told tells reported reports announced confirmed confirms claimed claims ' +
    'estimated estimates estimate believes believe assessed assesses stated added noted warned'
  ).split(/\s+/),
);

/**
 * Capitals and seats of government used for the government itself ("Beijing said ..."). Read
 * only in speaker organisations: in a statement, a capital is a place.
 */
export const CAPITAL_METONYMS: ReadonlyMap<string, string> = new Map([
  ['washington', 'unitedstates'], ['london', 'unitedkingdom'], ['pyongyang', 'northkorea'],
  ['seoul', 'southkorea'], ['beijing', 'china'], ['taipei', 'taiwan'], ['tokyo', 'japan'],
  ['delhi', 'india'], ['islamabad', 'pakistan'], ['kabul', 'afghanistan'], ['tehran', 'iran'],
  ['baghdad', 'iraq'], ['damascus', 'syria'], ['jerusalem', 'israel'], ['beirut', 'lebanon'],
  ['amman', 'jordan'], ['cairo', 'egypt'], ['riyadh', 'saudiarabia'], ['ankara', 'turkey'],
  ['moscow', 'russia'], ['kremlin', 'russia'], ['kyiv', 'ukraine'], ['kiev', 'ukraine'],
  ['minsk', 'belarus'], ['warsaw', 'poland'], ['berlin', 'germany'], ['paris', 'france'],
  ['rome', 'italy'], ['madrid', 'spain'], ['ottawa', 'canada'], ['canberra', 'australia'],
  ['brasilia', 'brazil'], ['caracas', 'venezuela'], ['hanoi', 'vietnam'], ['manila', 'philippines'],
  ['jakarta', 'indonesia'], ['nairobi', 'kenya'], ['abuja', 'nigeria'], ['khartoum', 'sudan'],
]);
