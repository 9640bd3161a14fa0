import { describe, expect, it } from 'vitest';
import { kindsCompatible, orgRelation, parseOrg, parseOrgs, sameOrg, subjectOrg, type OrgName } from '../src/reconcile/org.js';

const org = (raw: string): OrgName => {
  const parsed = parseOrg(raw);
  if (parsed === null) throw new Error(`no organisation in ${raw}`);
  return parsed;
};

describe('parseOrg', () => {
  it('marks generic mentions and the side they speak for', () => {
    expect(org('the union')).toMatchObject({ generic: true, kind: 'labour' });
    expect(org('company officials')).toMatchObject({ generic: true, kind: 'employer' });
    expect(org('officials')).toMatchObject({ generic: true, kind: 'public' });
    expect(org('Harbour Workers Union')).toMatchObject({ generic: false, kind: 'labour' });
    expect(org('Teamsters Local 12')).toMatchObject({ generic: false, kind: 'labour' });
    expect(org('Red Crescent')).toMatchObject({ generic: false, kind: null });
  });

  it('keeps the core of a body without weak modifiers', () => {
    expect(org("the country's disaster agency").core).toBe('disaster agency');
    expect(org('National Disaster Agency').core).toBe('disaster agency');
  });
});

describe('sameOrg', () => {
  it('matches a body named with and without weak modifiers', () => {
    expect(sameOrg(org("the country's disaster agency"), org('National Disaster Agency'))).toBe(true);
    expect(sameOrg(org('the port authority'), org('Callan Port Authority'))).toBe(true);
    expect(sameOrg(org('Ministry of the Interior'), org('Interior Ministry'))).toBe(true);
    expect(sameOrg(org('Health Ministry'), org('Interior Ministry'))).toBe(false);
  });
});

describe('orgRelation', () => {
  it('lets a generic mention stand for a named body of its side, never the other side', () => {
    expect(orgRelation(parseOrgs('the union'), parseOrgs('Harbour Workers Union'))).toBe('same');
    expect(orgRelation(parseOrgs('the union'), parseOrgs('Teamsters Local 12'))).toBe('generic');
    expect(orgRelation(parseOrgs('the union'), parseOrgs('the company'))).toBe('different');
    expect(orgRelation(parseOrgs('the union'), parseOrgs('Callan Port Authority'))).toBe('different');
    expect(orgRelation(parseOrgs('the company'), parseOrgs('Callan Port Authority'))).toBe('generic');
    expect(orgRelation(parseOrgs('Red Cross'), parseOrgs('World Bank'))).toBe('different');
    // A country speaking as itself is not one of its generic bodies.
    expect(orgRelation(parseOrgs('the French military'), parseOrgs('France'))).toBe('different');
    expect(orgRelation(parseOrgs('the French military'), parseOrgs('French officials'))).toBe('generic');
  });

  it('treats an employer and a public body as possibly one', () => {
    expect(kindsCompatible(org('the company'), org('the authority'))).toBe(true);
    expect(kindsCompatible(org('union leaders'), org('management'))).toBe(false);
  });
});

describe('subjectOrg', () => {
  it('reads a generic speaker that opens an unattributed statement', () => {
    expect(subjectOrg('The union estimated about 3,200 strikers on Monday.')).toBe('union');
    expect(subjectOrg('Company officials said output had halved.')).toBe('company officials');
    expect(subjectOrg('Officials said 40 people were missing.')).toBe('officials');
  });

  it('reads nothing from a statement that does not open with a generic speaker', () => {
    expect(subjectOrg('Rescue teams said 40 people were missing.')).toBeNull();
    expect(subjectOrg('The bridge collapsed on Monday.')).toBeNull();
    expect(subjectOrg('Ada Pell said 40 people were missing.')).toBeNull();
  });
});
