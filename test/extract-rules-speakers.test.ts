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
