import { describe, expect, it } from 'vitest';
import { createSpeakerState, outletSpeaker, peopleMentioned, resolveSpeaker, sameSpeaker } from '../src/extract/rules/speakers.js';

const people = () => [{ name: 'Dana Whitfield', surname: 'Whitfield', org: 'Acme' }, { name: 'Omar Haddad', surname: 'Haddad', org: null }];

describe('resolveSpeaker', () => {
  it('resolves "he/she" to the person the previous sentence named, else the last speaker', () => {
    const state = createSpeakerState(people(), null);
    resolveSpeaker('Whitfield', null, state);
    expect(resolveSpeaker('she', null, state).speaker).toEqual({ name: 'Dana Whitfield', org: 'Acme' });
    state.previousMentions = [state.people[1]!];
    const he = resolveSpeaker('he', null, state);
    expect(he.speaker.name).toBe('Omar Haddad');
    expect(he.via).toBe('pronoun');
  });

  it('resolves "the Acme spokesman" only to someone who spoke for Acme', () => {
    const state = createSpeakerState(people(), null);
    expect(resolveSpeaker('The Acme spokesman', null, state).speaker).toEqual({ name: null, org: 'Acme' });
    resolveSpeaker('Dana Whitfield', null, state);
    expect(resolveSpeaker('The Acme spokesman', null, state).speaker.name).toBe('Dana Whitfield');
  });

  it('uses the outlet for claims with no subject and remembers new people', () => {
    const state = createSpeakerState([], 'example.com');
    expect(resolveSpeaker(null, null, state).speaker).toEqual({ name: null, org: 'example.com' });
    expect(outletSpeaker(state)).toEqual({ name: null, org: 'example.com' });
    resolveSpeaker('Mayor Lena Park', null, state);
    expect(resolveSpeaker('Park', null, state).speaker.name).toBe('Lena Park');
    expect(resolveSpeaker('they', null, state).speaker).toEqual({ name: null, org: null });
  });
});

describe('resolveSpeaker on made-up strike and quake reports', () => {
  it('lets "she" skip a man the article called "he", and a title give the gender', () => {
    const state = createSpeakerState([], null);
    resolveSpeaker('Dr. Mira Olsen', null, state);
    resolveSpeaker('Mr. Tomas Brandt', null, state);
    state.previousMentions = [state.people[1]!, state.people[0]!];
    expect(resolveSpeaker('she', null, state).speaker.name).toBe('Mira Olsen');
    expect(resolveSpeaker('he', null, state).speaker.name).toBe('Tomas Brandt');
    resolveSpeaker('Port spokeswoman Lena Park', null, state);
    state.previousMentions = [];
    expect(resolveSpeaker('he', null, state).speaker.name).toBe('Tomas Brandt');
  });

  it('finds "the mayor" by the role the article gave, and no one when nobody had it', () => {
    const state = createSpeakerState([], null);
    resolveSpeaker('Mayor Tomas Brandt', null, state);
    resolveSpeaker('Pedro Vaz', 'a local official', state);
    expect(resolveSpeaker('The mayor', null, state).speaker.name).toBe('Tomas Brandt');
    expect(resolveSpeaker('the governor', null, state).speaker).toEqual({ name: null, org: null });
    expect(resolveSpeaker('the spokesman', null, state).speaker.name).toBe('Tomas Brandt');
  });

  it('gives bodies named by a common noun an organisation, and crowds none', () => {
    const state = createSpeakerState([], null);
    expect(resolveSpeaker('The union', null, state).speaker).toEqual({ name: null, org: 'union' });
    expect(resolveSpeaker('Police', null, state).speaker).toEqual({ name: null, org: 'police' });
    expect(resolveSpeaker('the authorities', null, state).speaker).toEqual({ name: null, org: 'authorities' });
    expect(resolveSpeaker("The workers' committee", null, state).speaker).toEqual({ name: null, org: "workers' committee" });
    expect(resolveSpeaker('Officials', null, state).speaker).toEqual({ name: null, org: null });
    expect(resolveSpeaker('Witnesses', null, state).speaker).toEqual({ name: null, org: null });
  });

  it('finds "the company" and "the union" among the organisations the article named', () => {
    const state = createSpeakerState([], null);
    state.mentions.push({ org: 'Brightwater Shipping Company', heads: ['company'], business: true }, { org: 'Eastport Dockers Union', heads: ['union'], business: false });
    expect(resolveSpeaker('The company', null, state).speaker.org).toBe('Brightwater Shipping Company');
    expect(resolveSpeaker('the firm', null, state).speaker.org).toBe('Brightwater Shipping Company');
    expect(resolveSpeaker('the union', null, state).speaker.org).toBe('Eastport Dockers Union');
  });

  it('lets an unnamed or named spokesman speak for the body named before the title', () => {
    const state = createSpeakerState([], null);
    resolveSpeaker('The education ministry', null, state);
    expect(resolveSpeaker('An agency spokesman', null, state).speaker).toEqual({ name: null, org: 'agency' });
    expect(resolveSpeaker('a ministry official', null, state).speaker).toEqual({ name: null, org: 'education ministry' });
    expect(resolveSpeaker('the ministry spokesman Jo Li', null, state).speaker).toEqual({ name: 'Jo Li', org: 'education ministry' });
    expect(resolveSpeaker('Defense Secretary Lloyd Ames', null, state).speaker.org).toBeNull();
    expect(resolveSpeaker('union officials', null, state).speaker).toEqual({ name: null, org: 'union' });
  });

  it('reads an unknown name followed by "it would" as an organisation, and spells out acronyms', () => {
    const state = createSpeakerState([], null, [], new Map([['RTU', 'Rail and Transport Union']]));
    expect(resolveSpeaker('Tandem Mobile', null, state, { itFollows: true }).speaker).toEqual({ name: null, org: 'Tandem Mobile' });
    expect(resolveSpeaker('Tandem Mobile', null, state).speaker).toEqual({ name: null, org: 'Tandem Mobile' });
    expect(resolveSpeaker('Mayor Tomas Brandt', null, state, { itFollows: true }).speaker.name).toBe('Tomas Brandt');
    expect(resolveSpeaker('The RTU', null, state).speaker).toEqual({ name: null, org: 'Rail and Transport Union' });
    expect(resolveSpeaker('RTU general secretary Mark Dyer', null, state).speaker).toEqual({ name: 'Mark Dyer', org: 'Rail and Transport Union' });
  });

  it('reads the outlet naming itself as the outlet', () => {
    const state = createSpeakerState([], 'newswire.example', ['Metrowire']);
    expect(resolveSpeaker('Metrowire', null, state)).toMatchObject({ via: 'outlet', speaker: { name: null, org: 'newswire.example' } });
    expect(resolveSpeaker('Newswire', null, state).via).toBe('outlet');
    expect(resolveSpeaker('This newspaper', null, state).via).toBe('outlet');
  });
});

describe('peopleMentioned and sameSpeaker', () => {
  it('finds known surnames outside quotations only', () => {
    const text = '"Haddad was wrong," Whitfield said.';
    expect(peopleMentioned(text, [{ start: 0, end: 19 }], people()).map((p) => p.name)).toEqual(['Dana Whitfield']);
  });
  it('compares people by name and organisations by name', () => {
    expect(sameSpeaker({ name: 'A B', org: 'X' }, { name: 'A B', org: null })).toBe(true);
    expect(sameSpeaker({ name: null, org: 'Acme' }, { name: null, org: 'acme' })).toBe(true);
    expect(sameSpeaker({ name: null, org: 'Acme' }, { name: 'A B', org: 'Acme' })).toBe(false);
  });
});
