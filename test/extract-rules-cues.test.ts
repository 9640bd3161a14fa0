import { describe, expect, it } from 'vitest';
import { findCues } from '../src/extract/rules/cues.js';
import { quotedRanges } from '../src/extract/rules/text.js';

const cues = (text: string) => findCues(text, quotedRanges(text)).map((c) => ({ text: c.text, stance: c.stance, kind: c.kind, tense: c.tense, quoted: c.quoted, nonDenial: c.nonDenial }));

describe('findCues: indirect refusals and denials', () => {
  it('reads refusals and missing information as inability to confirm', () => {
    expect(cues('The minister was not going to comment on the figure.')[0]).toMatchObject({ stance: 'cannot_confirm', kind: 'stance' });
    expect(cues('He had no information to support it.')[0]).toMatchObject({ text: 'had no information', stance: 'cannot_confirm', kind: 'verb' });
    expect(cues('The union has not commented on the figures.')[0]).toMatchObject({ stance: 'cannot_confirm', kind: 'verb' });
  });

  it('reads calling something false, and content that denies itself, as denials', () => {
    expect(cues("The agency called the figures 'fiction'.")[0]).toMatchObject({ text: 'called', stance: 'denies', kind: 'verb' });
    expect(cues('The union dismissed the figures as "fabricated."')[0]).toMatchObject({ text: 'dismissed', stance: 'denies' });
    expect(cues('The agency called the meeting on Monday.')).toEqual([]);
    expect(cues('"That is simply not accurate," the mayor said.')[0]).toMatchObject({ stance: 'denies', kind: 'stance' });
    expect(cues('The company said the claims were false.').map((c) => c.stance)).toEqual(['asserts', 'denies']);
    expect(cues('There is no truth to these reports.')[0]).toMatchObject({ stance: 'denies' });
  });
});

describe('findCues: data that show', () => {
  it('reads "showed" as a cue only after figures, data or a report', () => {
    expect(cues('Figures from the statistics office showed that 42,000 jobs were lost.')[0]).toMatchObject({ text: 'showed', kind: 'verb' });
    expect(cues('Video showed rescuers pulling a girl from the rubble.')).toEqual([]);
  });
});

describe('findCues', () => {
  it('finds reporting verbs with their tense', () => {
    expect(cues('The agency said the quake struck at dawn.')[0]).toMatchObject({ text: 'said', stance: 'asserts', tense: 'past', kind: 'verb' });
    expect(cues('The company says profits rose.')[0]).toMatchObject({ text: 'says', tense: 'present' });
    expect(cues('The board has confirmed the merger.')[0]).toMatchObject({ text: 'confirmed', tense: 'perfect' });
    expect(cues('Officials estimate that 300 homes were lost.')[0]).toMatchObject({ text: 'estimate', tense: 'present' });
  });

  it('reads denials, inability to confirm and their negations', () => {
    expect(cues('The ministry denied the reports.')[0]).toMatchObject({ stance: 'denies' });
    expect(cues('The mayor could not confirm the figure.')[0]).toMatchObject({ text: 'could not confirm', stance: 'cannot_confirm' });
    expect(cues('Police were unable to verify the claim.')[0]).toMatchObject({ stance: 'cannot_confirm' });
    expect(cues('The toll cannot be independently verified.')[0]).toMatchObject({ stance: 'cannot_confirm', kind: 'passive' });
    expect(cues('The spokesman declined to comment.')[0]).toMatchObject({ stance: 'cannot_confirm' });
    expect(cues('She would not speculate on the cause.')[0]).toMatchObject({ stance: 'cannot_confirm' });
    expect(cues('There is currently no evidence of fraud.')[0]).toMatchObject({ stance: 'cannot_confirm', kind: 'stance' });
    const notDenied = cues('The governor did not deny the meeting took place.');
    expect(notDenied).toHaveLength(1);
    expect(notDenied[0]).toMatchObject({ stance: 'asserts', nonDenial: true });
  });

  it('finds "according to" only as a phrase', () => {
    expect(cues('Turnout was high, according to the commission.')[0]).toMatchObject({ kind: 'according_to', stance: 'asserts' });
  });

  it('does not read nouns and adjectives as cues', () => {
    expect(cues('Press reports about the deal spread.')).toEqual([]);
    expect(cues('The claims were false and an estimated 400 people left.').filter((c) => c.kind !== 'stance')).toEqual([]);
    expect(cues('The reported attack on the alleged depot was in the United States.')).toEqual([]);
  });

  it('marks passives and quoted cues', () => {
    expect(cues('It was reported that the dam failed.')[0]).toMatchObject({ kind: 'passive' });
    const inner = cues('"We believe the dam will hold," the engineer said.');
    expect(inner.map((c) => [c.text, c.quoted])).toEqual([['believe', true], ['said', false]]);
  });
});
