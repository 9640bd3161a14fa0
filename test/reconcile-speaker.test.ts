import { describe, expect, it } from 'vitest';
import {
  normalizeSpeaker,
  parseOrg,
  parsePersonName,
  speakerAgreement,
  SPEAKER_GENERIC_ORG,
  SPEAKER_SAME_ORG,
  SPEAKER_SAME_PERSON,
  SPEAKER_UNKNOWN,
} from '../src/reconcile/speaker.js';

const agree = (a: [string | null, string | null], b: [string | null, string | null]): number =>
  speakerAgreement(normalizeSpeaker({ name: a[0], org: a[1] }), normalizeSpeaker({ name: b[0], org: b[1] }));

describe('parsePersonName', () => {
  it('strips titles, ranks and offices', () => {
    expect(parsePersonName('U.S. Army Lt. Col. Dana Whitfield')?.tokens).toEqual(['dana', 'whitfield']);
    expect(parsePersonName('Secretary of State Maria Lund')?.tokens).toEqual(['maria', 'lund']);
    expect(parsePersonName('Foreign Minister Kofi Mensah Jr.')).toEqual(parsePersonName('Kofi Mensah'));
    expect(parsePersonName('Maria Lund, the foreign minister')?.tokens).toEqual(['maria', 'lund']);
  });

  it('returns null when only a role is given', () => {
    expect(parsePersonName('a government spokesperson')).toBeNull();
  });

  it('folds transliteration variants and hyphenation', () => {
    expect(parsePersonName('Oleksiy Kovalenkyy')?.compact).toBe(parsePersonName('Oleksiy Kovalenkiy')?.compact);
    expect(parsePersonName('Kim Yo-jong')?.compact).toBe(parsePersonName('Kim Yo Jong')?.compact);
  });
});

describe('parseOrg', () => {
  it('splits the country from the body and folds abbreviations', () => {
    expect(parseOrg('U.S. Department of Defense')).toMatchObject({ country: 'unitedstates', body: 'dod' });
    expect(parseOrg('DoD')).toMatchObject({ country: null, body: 'dod' });
    expect(parseOrg('National Intelligence Service')?.acronym).toBe('nis');
  });
});

describe('speakerAgreement', () => {
  it('matches a surname-only mention to the full name', () => {
    expect(agree(['Maj. Gen. Dana Whitfield', null], ['Whitfield', null])).toBe(SPEAKER_SAME_PERSON);
  });

  it('separates different people, even in one organisation', () => {
    expect(agree(['Dana Whitfield', 'Army'], ['Maria Lund', 'Army'])).toBe(0);
    expect(agree(['John Park', null], ['Jane Park', null])).toBe(0);
  });

  it('accepts an initial for a given name', () => {
    expect(agree(['D. Whitfield', null], ['Dana Whitfield', null])).toBe(SPEAKER_SAME_PERSON);
  });

  it('compares organisations by body and country', () => {
    expect(agree([null, 'Department of Defense'], [null, 'U.S. DoD'])).toBe(SPEAKER_SAME_ORG);
    expect(agree([null, 'French Defence Ministry'], [null, 'German Ministry of Defence'])).toBe(0);
    expect(agree([null, 'National Intelligence Service'], [null, 'NIS'])).toBe(SPEAKER_SAME_ORG);
  });

  it('treats a person against a bare organisation by the organisations', () => {
    expect(agree(['Dana Whitfield', 'Red Cross'], [null, 'Red Cross'])).toBe(SPEAKER_SAME_ORG);
    expect(agree(['Dana Whitfield', 'Red Cross'], [null, 'World Bank'])).toBe(0);
    expect(agree(['Dana Whitfield', null], [null, 'World Bank'])).toBe(SPEAKER_UNKNOWN);
    expect(agree([null, null], [null, null])).toBe(SPEAKER_UNKNOWN);
  });

  it('reads a capital as its government, and a joint speaker as each of its parts', () => {
    expect(agree([null, 'Beijing'], [null, 'China'])).toBe(SPEAKER_SAME_ORG);
    expect(agree([null, 'France and Germany'], [null, 'Germany'])).toBe(SPEAKER_SAME_ORG);
    expect(agree([null, 'France and Germany'], [null, 'Italy'])).toBe(0);
  });

  it('matches a body given inside a longer one', () => {
    expect(agree([null, 'Coast Guard'], [null, 'U.S. Homeland Security Coast Guard'])).toBe(SPEAKER_SAME_ORG);
  });

  it('recognises an organisation given as the name', () => {
    expect(agree(['Interpol', null], [null, 'Interpol'])).toBe(SPEAKER_SAME_ORG);
  });

  it('matches a person by name whatever organisation each outlet gives, or none', () => {
    expect(agree(['Marta Diaz', 'Harbour Workers Union'], ['union president Marta Diaz', null])).toBe(SPEAKER_SAME_PERSON);
    expect(agree(['Marta Diaz', 'the union'], ['Diaz', 'Teamsters Local 12'])).toBe(SPEAKER_SAME_PERSON);
  });

  it('matches an organisation-only claim to a person speaking for it', () => {
    expect(agree(['Marta Diaz', 'Harbour Workers Union'], [null, 'the union'])).toBe(SPEAKER_SAME_ORG);
    expect(agree(['Pavel Renko', 'National Disaster Agency'], [null, "the country's disaster agency"])).toBe(SPEAKER_SAME_ORG);
  });

  it('lets a generic mention agree with a named body of its side, and vetoes the other side', () => {
    expect(agree([null, 'the union'], [null, 'Teamsters Local 12'])).toBe(SPEAKER_GENERIC_ORG);
    expect(agree([null, 'the union'], [null, 'the company'])).toBe(0);
    expect(agree([null, 'the union'], ['Helen Park', 'Callan Port Authority'])).toBe(0);
  });

  it('recognises a multi-word organisation given as the name', () => {
    expect(agree(['Red Crescent', null], [null, 'Red Crescent'])).toBe(SPEAKER_SAME_ORG);
  });

  it('reads a generic speaker from an unattributed statement', () => {
    const union = normalizeSpeaker({ name: null, org: null }, 'The union estimated about 3,200 strikers.');
    expect(union.orgs.map((o) => o.kind)).toEqual(['labour']);
    const company = normalizeSpeaker({ name: null, org: 'Callan Port Authority' });
    expect(speakerAgreement(union, company)).toBe(0);
    expect(normalizeSpeaker({ name: null, org: null }, 'The bridge collapsed.').orgs).toEqual([]);
  });
});

describe('parsePersonName on organisations given as names', () => {
  it('reads no person in a body name', () => {
    expect(parsePersonName('A spokeswoman for the Callan Port Authority')).toBeNull();
    expect(parsePersonName('Red Crescent')).toBeNull();
    expect(parsePersonName('Helen Park')?.tokens).toEqual(['helen', 'park']);
  });

  it('lets a body given as the name agree with the same body as organisation', () => {
    const a = normalizeSpeaker({ name: 'A spokeswoman for the Callan Port Authority', org: null });
    const b = normalizeSpeaker({ name: 'Helen Park', org: 'Callan Port Authority' });
    expect(speakerAgreement(a, b)).toBe(SPEAKER_SAME_ORG);
  });
});
