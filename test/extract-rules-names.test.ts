import { describe, expect, it } from 'vitest';
import { findPerson, isRoleAppositive, orgFromAppositive, orgFromWords, resolvePhrase } from '../src/extract/rules/names.js';
import { collectPeople } from '../src/extract/rules/people.js';

describe('resolvePhrase', () => {
  it('strips titles and ranks into the organisation', () => {
    expect(resolvePhrase('Acme press secretary Col. Dana Whitfield', null, [])?.speaker).toEqual({ name: 'Dana Whitfield', org: 'Acme' });
    expect(resolvePhrase('Brazilian President Lucia Amaral', null, [])?.speaker).toEqual({ name: 'Lucia Amaral', org: 'Brazil' });
    expect(resolvePhrase('Chilean Energy Minister Tomas Vidal', null, [])?.speaker).toEqual({ name: 'Tomas Vidal', org: 'Chile' });
    expect(resolvePhrase('U.S. Air Force Lt. Gen. Ann Berg', null, [])?.speaker).toEqual({ name: 'Ann Berg', org: 'U.S. Air Force' });
  });

  it('prefers the organisation named in an appositive', () => {
    expect(resolvePhrase('Dr. Ines Moro', "the National Observatory's chief seismologist", [])?.speaker).toEqual({ name: 'Ines Moro', org: 'National Observatory' });
    expect(resolvePhrase('Dr. Ines Moro', "the company's chief seismologist", [])?.speaker).toEqual({ name: 'Ines Moro', org: null });
    expect(resolvePhrase('Karl Dietz', 'head of the Geological Survey of Austria', [])?.speaker).toEqual({ name: 'Karl Dietz', org: 'Geological Survey of Austria' });
  });

  it('resolves a surname to the full name seen elsewhere', () => {
    const people = [{ name: 'Dana Whitfield', surname: 'Whitfield', org: 'Acme' }];
    expect(resolvePhrase('Whitfield', null, people)?.speaker).toEqual({ name: 'Dana Whitfield', org: 'Acme' });
    expect(findPerson('Whitfield', people)?.name).toBe('Dana Whitfield');
    expect(findPerson('Pereira', people)).toBeNull();
  });

  it('keeps organisations as speakers, without determiners or source nouns', () => {
    expect(resolvePhrase('The Electoral Commission', null, [])?.speaker).toEqual({ name: null, org: 'Electoral Commission' });
    expect(resolvePhrase('the latest public Acme Corp. figures', null, [])?.speaker.org).toBe('Acme Corp.');
    expect(resolvePhrase('Italian officials', null, [])?.speaker).toEqual({ name: null, org: 'Italy' });
    expect(resolvePhrase("Chile's geological agency", null, [])?.speaker.org).toBe('Chilean geological agency');
    expect(resolvePhrase('officials', null, [])?.speaker).toEqual({ name: null, org: null });
  });

  it('marks a definite role without a name so the caller can find the person', () => {
    expect(resolvePhrase('The Acme spokesman', null, [])?.roleOf).toBe('Acme');
    expect(resolvePhrase('The spokeswoman', null, [])?.roleOf).toBe('');
    expect(resolvePhrase('An Acme spokesman', null, [])?.roleOf).toBeNull();
  });
});

describe('appositives and organisations', () => {
  it('tells a role appositive from a titled name', () => {
    expect(isRoleAppositive("the company's chief executive")).toBe(true);
    expect(isRoleAppositive('head of the national weather service')).toBe(true);
    expect(isRoleAppositive('President Lucia Amaral')).toBe(false);
    expect(isRoleAppositive('who spoke on Monday')).toBe(false);
    expect(orgFromAppositive("the Red Cross's regional director")).toBe('Red Cross');
    expect(orgFromWords('“Acme”')).toBe('Acme');
    expect(orgFromWords('Spanish')).toBe('Spain');
  });
});

describe('collectPeople', () => {
  it('remembers titled names and appositive names with their organisations', () => {
    const text = [
      'Acme chief executive Dana Whitfield announced the merger.',
      'Karl Dietz, head of the Geological Survey of Austria, said the quake was shallow.',
      'Whitfield said the deal would close in May.',
    ].join('\n');
    const people = collectPeople(text);
    expect(people).toEqual(expect.arrayContaining([
      { name: 'Dana Whitfield', surname: 'Whitfield', org: 'Acme', role: 'executive', gender: null },
      { name: 'Karl Dietz', surname: 'Dietz', org: 'Geological Survey of Austria', role: 'head', gender: null },
    ]));
    expect(people.filter((p) => p.surname === 'Whitfield')).toHaveLength(1);
  });
});

describe('organisation names that look like people', () => {
  it('keeps multi-word organisations and Arabic-style particles apart', () => {
    expect(resolvePhrase('Human Rights Watch', null, [])?.speaker).toEqual({ name: null, org: 'Human Rights Watch' });
    expect(resolvePhrase('the Institute for the Study of Tides', null, [])?.speaker).toEqual({ name: null, org: 'Institute for the Study of Tides' });
    expect(resolvePhrase('Analysts at Peel Capital', null, [])?.speaker).toEqual({ name: null, org: 'Peel Capital' });
    expect(resolvePhrase('the shipping company Nordsee Lines', null, [])?.speaker).toEqual({ name: null, org: 'Nordsee Lines' });
    expect(resolvePhrase('militia leader Abu Karim al-Rashid', null, [])?.speaker.name).toBe('Abu Karim al-Rashid');
  });

  it('reads capitalised names ending in an organisation word as organisations, two names as a person', () => {
    expect(resolvePhrase('The Eastport Red Cross', null, [])?.speaker).toEqual({ name: null, org: 'Eastport Red Cross' });
    expect(resolvePhrase('the Brightwater Shipping Company', null, [])?.speaker).toEqual({ name: null, org: 'Brightwater Shipping Company' });
    expect(resolvePhrase('British retailer Acme Stores', null, [])?.speaker).toEqual({ name: null, org: 'Acme Stores' });
    expect(resolvePhrase('Tomas Brandt', null, [])?.speaker).toEqual({ name: 'Tomas Brandt', org: null });
    expect(resolvePhrase('Local official Pedro Vaz', null, [])?.speaker).toEqual({ name: 'Pedro Vaz', org: null });
  });

  it('remembers the role and a gendered title of a person', () => {
    expect(resolvePhrase('Port spokeswoman Lena Park', null, [])?.person).toMatchObject({ role: 'spokeswoman', gender: 'f' });
    expect(resolvePhrase('Mr. Tomas Brandt', null, [])?.person).toMatchObject({ gender: 'm' });
    expect(resolvePhrase('Pedro Vaz', 'the port\'s chief engineer', [])?.person).toMatchObject({ role: 'engineer' });
  });

  it('gives crowds speaking for themselves no organisation, and analysts at a firm the firm', () => {
    expect(resolvePhrase('Passengers at Central Station', null, [])?.speaker).toEqual({ name: null, org: null });
    expect(resolvePhrase('Residents of the Old Town', null, [])?.speaker).toEqual({ name: null, org: null });
    expect(resolvePhrase('Economists at Kestrel Capital', null, [])?.speaker).toEqual({ name: null, org: 'Kestrel Capital' });
    expect(resolvePhrase('Northline Rail', null, [])?.speaker).toEqual({ name: null, org: 'Northline Rail' });
  });

  it('remembers an untitled name only when its surname later speaks alone', () => {
    const people = collectPeople('Pedro Vaz owns a cafe near Central Park. Vaz said 20 cafes had closed.');
    expect(people.map((p) => p.name)).toEqual(['Pedro Vaz']);
    expect(resolvePhrase('data of the seismological centre', null, [])?.speaker).toEqual({ name: null, org: 'seismological centre' });
  });

  it('takes no organisation across a comma, and no department word as one', () => {
    expect(resolvePhrase("Radio 4's Today programme, Environment Secretary Claire Hughes", null, [])?.speaker).toEqual({ name: 'Claire Hughes', org: null });
  });

  it('names no one for many bodies of a kind', () => {
    expect(resolvePhrase('Aid agencies', null, [])?.speaker).toEqual({ name: null, org: null });
    expect(resolvePhrase('Several charities', null, [])?.speaker).toEqual({ name: null, org: null });
  });

  it('ends the organisation of an appositive before the next role', () => {
    expect(orgFromAppositive("a nurse at St. Luke's Medical Center and a member of the bargaining committee")).toBe("St. Luke's Medical Center");
  });
});

