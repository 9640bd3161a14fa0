// General English lexicons for speaker resolution. Nothing here is about any particular story:
// these are the titles, ranks, roles and organisation words news writing uses everywhere.

/** Military and police ranks and honorifics that precede a name (compared lower-case, period dropped). */
export const RANKS = new Set([
  'gen', 'general', 'maj', 'major', 'lt', 'lieutenant', 'col', 'colonel', 'capt', 'captain', 'sgt',
  'sergeant', 'cpl', 'corporal', 'pvt', 'private', 'adm', 'admiral', 'cmdr', 'commander', 'brig',
  'brigadier', 'marshal', 'field', 'rear', 'vice', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor',
  'rev', 'reverend', 'sir', 'dame', 'lord', 'lady', 'hon', 'sen', 'senator', 'rep', 'representative',
  'gov', 'governor', 'mayor', 'judge', 'justice', 'pope', 'king', 'queen', 'prince', 'princess', 'sheikh',
  'officer', 'detective', 'inspector', 'superintendent', 'constable', 'chief',
]);

/**
 * Role nouns: a person's job. Before a name they end the organisation part
 * ("Acme press secretary Jane Roe"), in an appositive they mark it ("Jane Roe, the firm's CEO").
 */
export const ROLE_NOUNS = new Set([
  'president', 'vice-president', 'premier', 'chancellor', 'minister', 'secretary', 'secretary-general',
  'director', 'director-general', 'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople',
  'chief', 'head', 'leader', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'founder',
  'manager', 'official', 'officer', 'commander', 'ambassador', 'envoy', 'adviser', 'advisor',
  'analyst', 'expert', 'researcher', 'scientist', 'economist', 'professor', 'lawyer', 'attorney',
  'prosecutor', 'judge', 'mayor', 'governor', 'senator', 'lawmaker', 'legislator', 'mp', 'deputy',
  'coordinator', 'administrator', 'commissioner', 'inspector', 'superintendent', 'sheriff', 'captain',
  'representative', 'correspondent', 'reporter', 'editor', 'counsel', 'aide', 'strategist', 'partner',
  'executive', 'treasurer', 'registrar', 'auditor', 'regulator', 'negotiator', 'clerk', 'monarch',
  'king', 'queen', 'prince', 'emir', 'sultan', 'pope', 'bishop', 'archbishop', 'seismologist',
  'geologist', 'epidemiologist', 'physician', 'doctor', 'surgeon', 'engineer', 'investigator',
  'general', 'councillor', 'councilor', 'alderman', 'organiser', 'organizer', 'steward', 'convenor',
  'nurse', 'teacher', 'farmer', 'shopkeeper', 'driver', 'student', 'pastor', 'priest', 'rabbi', 'imam',
  'coach', 'chef', 'firefighter', 'paramedic', 'volunteer', 'miner', 'docker', 'activist', 'campaigner',
  'resident', 'owner', 'founder', 'historian', 'meteorologist', 'forecaster', 'architect', 'midwife',
]);

/** Words that make a capitalised sequence an organisation or place, never a person. */
export const ORG_WORDS = new Set([
  'ministry', 'department', 'agency', 'service', 'services', 'office', 'council', 'committee',
  'commission', 'force', 'forces', 'army', 'navy', 'guard', 'corps', 'command', 'house', 'party',
  'union', 'republic', 'kingdom', 'states', 'nations', 'news', 'post', 'times', 'press', 'journal',
  'tribune', 'herald', 'gazette', 'telegraph', 'guardian', 'daily', 'weekly', 'network', 'broadcasting',
  'radio', 'television', 'tv', 'media', 'bank', 'fund', 'group', 'company', 'corporation', 'inc',
  'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'plc', 'co.', 'university', 'college', 'institute',
  'school', 'hospital', 'court', 'police', 'intelligence', 'government', 'administration', 'parliament',
  'congress', 'senate', 'assembly', 'cabinet', 'authority', 'authorities', 'board', 'bureau', 'center',
  'centre', 'foundation', 'association', 'federation', 'organization', 'organisation', 'alliance',
  'coalition', 'region', 'oblast', 'province', 'state', 'county', 'city', 'district', 'island',
  'islands', 'river', 'sea', 'ocean', 'mountain', 'mountains', 'valley', 'street', 'square', 'airport',
  'station', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'united', 'new', 'republic', 'democratic', 'people', "people's", 'federal', 'national', 'international',
  'royal', 'security', 'defense', 'defence', 'foreign', 'affairs', 'interior', 'justice', 'health',
  'finance', 'treasury', 'energy', 'survey', 'observatory', 'institute', 'laboratory', 'lab', 'labs',
  'reuters', 'ap', 'afp', 'un', 'eu', 'ministry', 'embassy', 'consulate', 'church', 'club',
  'team', 'league', 'association', 'society', 'trust', 'capital', 'holdings', 'partners', 'systems',
  'technologies', 'motors', 'airlines', 'group', 'station', 'weather', 'watch', 'rights', 'borders',
  'movement', 'front', 'brigade', 'brigades', 'battalion', 'regiment', 'division', 'brotherhood',
  'initiative', 'project', 'programme', 'program', 'monitor', 'tracker', 'exchange', 'markets',
  'investments', 'securities', 'research', 'analytics', 'consulting', 'insights', 'economics',
  'forum', 'ministries', 'authority', 'port', 'police', 'fire', 'rescue', 'emergency', 'emergencies',
  'statistics', 'census', 'airways', 'railways', 'energy', 'oil', 'gas', 'power', 'pharmaceuticals',
  'health', 'medical', 'clinic', 'prosecutor', "prosecutor's", 'tribunal',
  // Heads of charities, chambers, unions of a trade, and the suffixes of company names.
  'cross', 'crescent', 'chamber', 'guild', 'syndicate', 'confederation', 'secretariat', 'directorate',
  'inspectorate', 'ombudsman', 'mission', 'cooperative', 'caucus', 'industries', 'enterprises',
  'logistics', 'shipping', 'lines', 'stores', 'mining', 'resources', 'petroleum', 'steel', 'electric',
  'telecom', 'communications', 'solutions', 'works', 'foods', 'brands', 'retail', 'manufacturing',
  'workers', 'employees', 'teachers', 'nurses', 'drivers', 'pilots', 'dockers', 'miners', 'farmers',
  'limited', 'gmbh', 'rail', 'railway', 'railways', 'transport', 'transit', 'freight', 'ferries', 'buses',
  'utilities', 'mail', 'express', 'cargo', 'aviation', 'water',
]);

/** Kinds of business: "the company said" may mean any organisation introduced as one of these. */
export const BUSINESS_NOUNS = new Set([
  'company', 'firm', 'retailer', 'operator', 'carrier', 'airline', 'lender', 'bank', 'insurer', 'maker',
  'manufacturer', 'producer', 'group', 'employer', 'developer', 'miner', 'automaker', 'conglomerate',
  'chain', 'startup', 'utility', 'shipper', 'supplier', 'business', 'corporation', 'giant', 'owner',
]);

/** Suffixes that make a capitalised name a business ("Nordsee Lines", "Acme Corp."). */
export const BUSINESS_SUFFIXES = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'plc', 'co.', 'limited', 'gmbh', 'ag', 'sa', 'nv',
  'bv', 'spa', 'ab', 'asa', 'oyj', 'group', 'company', 'corporation', 'holdings', 'industries',
  'enterprises', 'lines', 'shipping', 'logistics', 'stores', 'motors', 'airlines', 'airways', 'bank',
  'mining', 'resources', 'petroleum', 'steel', 'electric', 'telecom', 'communications', 'solutions',
  'works', 'foods', 'brands', 'retail', 'manufacturing', 'technologies', 'systems', 'capital', 'partners',
  'energy', 'oil', 'gas', 'pharmaceuticals', 'investments', 'securities', 'rail', 'railway', 'railways',
  'transport', 'freight', 'ferries', 'utilities', 'mail', 'express', 'cargo', 'water', 'airport',
]);

/** Crowds of people speaking for themselves: "Passengers at Central Station said" names no organisation. */
export const CROWD_NOUNS = new Set([
  'passengers', 'residents', 'commuters', 'villagers', 'survivors', 'shoppers', 'parents', 'students',
  'customers', 'protesters', 'protestors', 'locals', 'families', 'victims', 'fans', 'travellers', 'travelers',
  'witnesses', 'neighbours', 'neighbors', 'people', 'onlookers', 'bystanders', 'relatives', 'patients',
  'voters', 'drivers', 'tourists', 'farmers', 'pupils', 'teachers', 'nurses', 'workers', 'strikers',
]);

/**
 * Institutions spoken of in the plural or as a body ("Police said", "the authorities said"): a
 * speaker with an organisation, unlike a crowd of unnamed officials or witnesses.
 */
export const INSTITUTION_COLLECTIVES = new Set(['authorities', 'police', 'government', 'military', 'army', 'management', 'prosecutors', 'organisers', 'organizers', 'regulators']);

/** Nationality adjectives → country, so "Freedonian President X" gets the org "Freedonia"-style name. */
export const DEMONYMS: Record<string, string> = {
  american: 'United States', british: 'United Kingdom', english: 'England', french: 'France',
  german: 'Germany', italian: 'Italy', spanish: 'Spain', portuguese: 'Portugal', dutch: 'Netherlands',
  belgian: 'Belgium', swiss: 'Switzerland', austrian: 'Austria', swedish: 'Sweden', norwegian: 'Norway',
  danish: 'Denmark', finnish: 'Finland', icelandic: 'Iceland', irish: 'Ireland', scottish: 'Scotland',
  welsh: 'Wales', polish: 'Poland', czech: 'Czech Republic', slovak: 'Slovakia', hungarian: 'Hungary',
  romanian: 'Romania', bulgarian: 'Bulgaria', greek: 'Greece', turkish: 'Turkey', serbian: 'Serbia',
  croatian: 'Croatia', bosnian: 'Bosnia', albanian: 'Albania', slovenian: 'Slovenia', estonian: 'Estonia',
  latvian: 'Latvia', lithuanian: 'Lithuania', belarusian: 'Belarus', ukrainian: 'Ukraine', russian: 'Russia',
  moldovan: 'Moldova', georgian: 'Georgia', armenian: 'Armenia', azerbaijani: 'Azerbaijan',
  kazakh: 'Kazakhstan', uzbek: 'Uzbekistan', chinese: 'China', japanese: 'Japan', korean: 'Korea',
  'south korean': 'South Korea', 'north korean': 'North Korea', taiwanese: 'Taiwan', mongolian: 'Mongolia',
  indian: 'India', pakistani: 'Pakistan', afghan: 'Afghanistan', bangladeshi: 'Bangladesh',
  'sri lankan': 'Sri Lanka', nepalese: 'Nepal', nepali: 'Nepal', thai: 'Thailand', vietnamese: 'Vietnam',
  cambodian: 'Cambodia', laotian: 'Laos', burmese: 'Myanmar', malaysian: 'Malaysia', singaporean: 'Singapore',
  indonesian: 'Indonesia', filipino: 'Philippines', philippine: 'Philippines', australian: 'Australia',
  'new zealand': 'New Zealand', canadian: 'Canada', mexican: 'Mexico', cuban: 'Cuba', brazilian: 'Brazil',
  argentine: 'Argentina', argentinian: 'Argentina', chilean: 'Chile', peruvian: 'Peru', colombian: 'Colombia',
  venezuelan: 'Venezuela', bolivian: 'Bolivia', ecuadorian: 'Ecuador', uruguayan: 'Uruguay',
  paraguayan: 'Paraguay', haitian: 'Haiti', jamaican: 'Jamaica', iranian: 'Iran', iraqi: 'Iraq',
  syrian: 'Syria', lebanese: 'Lebanon', israeli: 'Israel', palestinian: 'Palestine', jordanian: 'Jordan',
  saudi: 'Saudi Arabia', emirati: 'United Arab Emirates', qatari: 'Qatar', kuwaiti: 'Kuwait',
  yemeni: 'Yemen', omani: 'Oman', egyptian: 'Egypt', libyan: 'Libya', tunisian: 'Tunisia',
  algerian: 'Algeria', moroccan: 'Morocco', sudanese: 'Sudan', ethiopian: 'Ethiopia', kenyan: 'Kenya',
  somali: 'Somalia', ugandan: 'Uganda', tanzanian: 'Tanzania', rwandan: 'Rwanda', nigerian: 'Nigeria',
  ghanaian: 'Ghana', senegalese: 'Senegal', malian: 'Mali', congolese: 'Congo', angolan: 'Angola',
  zimbabwean: 'Zimbabwe', zambian: 'Zambia', 'south african': 'South Africa', european: 'Europe',
};

/** Department words that belong to a title ("Defense Minister") rather than to the organisation. */
export const TITLE_MODIFIERS = new Set([
  'defense', 'defence', 'foreign', 'interior', 'finance', 'health', 'justice', 'trade', 'economy',
  'economic', 'energy', 'education', 'transport', 'agriculture', 'labor', 'labour', 'culture',
  'prime', 'vice', 'deputy', 'acting', 'former', 'chief', 'senior', 'general', 'attorney', 'state',
  'press', 'executive', 'managing', 'assistant', 'associate', 'principal', 'environment', 'home', 'housing',
  'business', 'work', 'science', 'technology', 'industry', 'tourism', 'sport', 'immigration', 'climate',
  'transportation', 'commerce', 'communications', 'development', 'infrastructure', 'emergency',
]);

export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);

/** Adverbs and auxiliaries that sit between a subject and its reporting verb. */
export const VERB_MODIFIERS = new Set([
  'has', 'have', 'had', 'also', 'later', 'earlier', 'previously', 'repeatedly', 'then', 'further',
  'now', 'again', 'still', 'publicly', 'first', 'initially', 'separately', 'reportedly', 'officially',
  'recently', 'similarly', 'likewise', 'subsequently', 'already', 'once', 'had', 'is', 'was', 'were',
  'are', 'been', 'quickly', 'openly', 'privately', 'previously', 'originally', 'ultimately', 'finally',
]);

/** Nouns that name a document or source rather than a speaker ("according to the latest assessments"). */
export const SOURCE_NOUNS = new Set([
  'assessment', 'assessments', 'estimate', 'estimates', 'report', 'reports', 'data', 'figures',
  'figure', 'statement', 'statements', 'sources', 'source', 'documents', 'document', 'analysis',
  'findings', 'records', 'record', 'survey', 'count', 'tally', 'website', 'account', 'accounts',
  'calculations', 'information', 'briefing', 'comments', 'remarks',
]);

export const SOURCE_ADJECTIVES = new Set([
  'latest', 'recent', 'new', 'public', 'official', 'initial', 'preliminary', 'updated', 'internal',
  'unconfirmed', 'confidential', 'classified', 'earlier', 'previous', 'first', 'final', 'local',
]);

/** Plural or collective nouns naming groups of unnamed people; never a resolvable speaker alone. */
export const GENERIC_SPEAKERS = new Set([
  'officials', 'sources', 'reports', 'analysts', 'experts', 'observers', 'authorities', 'witnesses',
  'residents', 'media', 'critics', 'researchers', 'scientists', 'diplomats', 'people', 'others',
  'some', 'many', 'investigators', 'rescuers', 'police', 'doctors', 'economists',
]);

/** Name particles that may sit lower-case inside a personal name ("Ludwig van Beethoven"). */
export const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'del']);

/** Lower-case nouns naming a kind of organisation: the capitalised words after them are its name. */
export const ORG_TYPE_NOUNS = new Set([
  'company', 'firm', 'group', 'giant', 'maker', 'manufacturer', 'retailer', 'carrier', 'airline', 'bank',
  'lender', 'insurer', 'operator', 'utility', 'startup', 'agency', 'network', 'broadcaster', 'newspaper',
  'outlet', 'channel', 'party', 'union', 'club', 'team', 'charity', 'organization', 'organisation',
  'ministry', 'department', 'institute', 'university', 'hospital', 'court', 'council', 'developer',
  'producer', 'conglomerate', 'chain', 'platform', 'publisher', 'miner', 'automaker', 'regulator',
]);
