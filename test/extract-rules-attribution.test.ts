import { describe, expect, it } from 'vitest';
import { attributionParts } from '../src/extract/rules/attribution.js';
import { findCues } from '../src/extract/rules/cues.js';
import { quotedRanges } from '../src/extract/rules/text.js';

function parts(text: string) {
  const cue = findCues(text, quotedRanges(text)).find((c) => !c.quoted && c.kind !== 'stance')!;
  const p = attributionParts(text, cue);
  return { ...p, contentText: text.slice(p.content.start, p.content.end), frameText: p.frame.map((f) => text.slice(f.start, f.end)).join('|') };
}

describe('attributionParts', () => {
  it('reads a subject, an appositive and a that-clause', () => {
    const p = parts("Karl Dietz, the institute's chief seismologist, said at a Monday briefing that the fault moved 3 meters.");
    expect(p).toMatchObject({ form: 'before', subject: 'Karl Dietz', appositive: "the institute's chief seismologist", thatClause: true });
    expect(p.contentText).toBe('the fault moved 3 meters.');
    expect(p.frameText).toContain('at a Monday briefing');
  });

  it('skips leading adverbials and adverbs before the verb', () => {
    expect(parts('On May 3, the electoral commission announced that turnout was 61 percent.').subject).toBe('the electoral commission');
    expect(parts('Ana Ruiz, head of the port authority, later reported that 12 ships sank.').subject).toBe('Ana Ruiz');
  });

  it('reads quotation-first attributions, with the subject before or after the verb', () => {
    const before = parts('"The levee held through the night," the engineer said on Sunday.');
    expect(before).toMatchObject({ form: 'before', subject: 'the engineer', contentFirst: true });
    expect(before.contentText).toBe('"The levee held through the night,"');
    const inverted = parts('"The levee held," said Ana Ruiz, who spoke at a briefing on Sunday.');
    expect(inverted).toMatchObject({ form: 'inverted', subject: 'Ana Ruiz' });
    expect(inverted.frameText).toContain('on Sunday');
  });

  it('keeps participle adjuncts out of a quotation-first content', () => {
    const p = parts('“We cannot confirm it,” Ruiz said, referring to reports that the dam broke.');
    expect(p.contentText).toBe('“We cannot confirm it,”');
  });

  it('reads "according to" at either end', () => {
    expect(parts('According to the Red Cross, 300 families were displaced.')).toMatchObject({ form: 'according_to', subject: 'the Red Cross' });
    const tail = parts('Turnout was 61 percent, according to the latest U.S. census figures.');
    expect(tail.subject).toBe('the latest U.S. census figures');
    expect(tail.contentText).toBe('Turnout was 61 percent');
  });

  it('reads an indefinite description after a name as an appositive', () => {
    expect(parts('The Tidewater Institute, a Boston-based think tank, assessed that 300 firms had closed.')).toMatchObject({ subject: 'The Tidewater Institute', appositive: 'a Boston-based think tank' });
    expect(parts('The storm flooded 300 homes, a regional official said.').subject).toBe('a regional official');
  });

  it('finds the antecedent of "who" and keeps an adverbial opening out of the content', () => {
    const who = parts('The ruling follows statements by Karl Dietz, head of the Tidewater Institute, who claimed that 300 firms had closed.');
    expect(who).toMatchObject({ appositive: 'head of the Tidewater Institute' });
    expect(who.subject).toMatch(/Karl Dietz$/u);
    const like = parts('Like the agency, Governor Lena Park expressed concern about the dam.');
    expect(like).toMatchObject({ subject: 'Governor Lena Park', contentFirst: false });
    expect(like.contentText).toBe('about the dam.');
  });

  it('takes the clause subject of a coordinated verb', () => {
    expect(parts('Instead, Ruiz cited the budget law and said the bridge would close.').subject).toBe('Ruiz');
  });

  it('does not read a nested "that" as the content start', () => {
    const p = parts('Ruiz also said she could not confirm that the bridge would close.');
    expect(p.thatClause).toBe(false);
    expect(p.contentText).toBe('she could not confirm that the bridge would close.');
  });

  it('keeps time adjuncts and ages out of the subject, but in the frame', () => {
    const ministry = parts('The Interior Ministry on Friday said 2,000 police had been deployed.');
    expect(ministry.subject).toBe('The Interior Ministry');
    expect(ministry.frameText).toContain('on Friday');
    expect(parts('Chief Executive Ana Soto last week said the offer was final.').subject).toBe('Chief Executive Ana Soto');
    expect(parts('Bill Hart, 58, said he had worked at the port for 30 years.').subject).toBe('Bill Hart');
    expect(parts('Bill Hart, 58, a retired docker, said the port was quiet.')).toMatchObject({ subject: 'Bill Hart', appositive: 'a retired docker' });
  });

  it('reads the subject after the verb in translated word order, commas in numbers included', () => {
    const p = parts('The toll has reached 1,684 dead, announced on Sunday the disaster agency.');
    expect(p).toMatchObject({ form: 'inverted', subject: 'the disaster agency' });
    expect(p.contentText).toBe('The toll has reached 1,684 dead');
    expect(p.frameText).toContain('on Sunday');
    expect(parts('"Nothing has changed," said the union on Wednesday.')).toMatchObject({ form: 'inverted', subject: 'the union' });
    expect(parts('The toll rose to 1,684, the agency said.')).toMatchObject({ form: 'before', subject: 'the agency', contentFirst: true });
  });

  it('reads translated attributions: "As reported … X," and a long title before a name after the verb', () => {
    const as = parts('As reported on Monday the Ministry of Emergency Situations, the number of dead has increased to 1,684 people.');
    expect(as).toMatchObject({ form: 'inverted', subject: 'the Ministry of Emergency Situations' });
    expect(as.contentText).toBe('the number of dead has increased to 1,684 people.');
    expect(as.frameText).toContain('on Monday');
    const stated = parts('"The search goes on around the clock," stated the head of the regional administration Ivan Petrov.');
    expect(stated).toMatchObject({ form: 'inverted', subject: 'the head of the regional administration Ivan Petrov' });
    expect(parts('Earlier the ministry reported about 912 dead.').subject).toBe('the ministry');
  });

  it('reads wire leads: a late date after the verb, a trailing "adding that", a relative clause before "said"', () => {
    const lead = parts('The death toll rose to 2,100, the national disaster agency said late on Monday, adding that more than 5,000 people were injured.');
    expect(lead).toMatchObject({ form: 'before', subject: 'the national disaster agency', contentFirst: true });
    expect(lead.contentText).toBe('The death toll rose to 2,100');
    expect(lead.frameText).toContain('late on Monday');
    expect(lead.trailing && 'The death toll rose to 2,100, the national disaster agency said late on Monday, adding that more than 5,000 people were injured.'.slice(lead.trailing.start, lead.trailing.end)).toBe('adding that more than 5,000 people were injured.');
    const who = parts('Prime Minister Sita Rana, who visited the area on Sunday, said the government would give 50,000 rupees to each family.');
    expect(who).toMatchObject({ form: 'before', subject: 'Prime Minister Sita Rana' });
    expect(parts('"The villages are cut off," said Oxfam\'s country director, Lena Brun.')).toMatchObject({ form: 'inverted', subject: 'Lena Brun', appositive: "Oxfam's country director" });
  });

  it('keeps abbreviations inside an appositive after an inverted subject', () => {
    expect(parts('"We are not going back," said Maria Gomez, the chief nurse at St. Luke\'s Hospital.')).toMatchObject({ subject: 'Maria Gomez', appositive: "the chief nurse at St. Luke's Hospital" });
  });

  it('reads a titled name after the verb past the title\'s period', () => {
    expect(parts('"The fault moved three metres," said Dr. Mira Olsen, a seismologist at Eastfield University.')).toMatchObject({ form: 'inverted', subject: 'Dr. Mira Olsen', appositive: 'a seismologist at Eastfield University' });
  });
});

