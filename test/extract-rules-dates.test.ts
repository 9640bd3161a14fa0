import { describe, expect, it } from 'vitest';
import { addDays, findDateMentions, findTimeExpressions, resolveWeekday } from '../src/extract/rules/dates.js';

// 2023-03-15 is a Wednesday.
const published = '2023-03-15';
const dated = (text: string, on: string | null = published) =>
  findDateMentions(text, on).map((d) => ({ text: text.slice(d.start, d.end), date: d.date }));

describe('resolveWeekday', () => {
  it('is the most recent such day on or before the article date', () => {
    expect(resolveWeekday('Monday', published)).toBe('2023-03-13');
    expect(resolveWeekday('wednesday', published)).toBe('2023-03-15');
    expect(resolveWeekday('Thursday', published)).toBe('2023-03-09');
  });
  it('crosses month and year boundaries', () => {
    expect(resolveWeekday('Friday', '2024-01-01')).toBe('2023-12-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('findDateMentions', () => {
  it('takes the year of a month and day from the article date', () => {
    expect(dated('at a Mar. 9 news conference')).toEqual([{ text: 'Mar. 9', date: '2023-03-09' }]);
    expect(dated('On March 1, the council voted')).toEqual([{ text: 'March 1', date: '2023-03-01' }]);
    expect(dated('on 2 March the board met')[0]?.date).toBe('2023-03-02');
  });
  it('does not read the name of a show as a day', () => {
    expect(dated("Speaking on BBC Radio 4's Today programme, she said")).toEqual([]);
    expect(dated('She said today that')[0]?.date).toBe(published);
  });
  it('reads numeric dates: slashes month first unless impossible, dots day first', () => {
    expect(dated('said on 03/09/2023 that')[0]?.date).toBe('2023-03-09');
    expect(dated('said on 14/03/2023 that')[0]?.date).toBe('2023-03-14');
    expect(dated('said on 09.03.2023 that')).toEqual([{ text: '09.03.2023', date: '2023-03-09' }]);
  });
  it('uses the previous year when the day would be well after the article date', () => {
    expect(dated('said on Dec. 28 that', '2024-01-03')[0]?.date).toBe('2023-12-28');
  });
  it('keeps an explicit year and leaves a yearless day null in an undated article', () => {
    expect(dated('on Tuesday, Oct. 28, 2022,')[0]?.date).toBe('2022-10-28');
    expect(dated('on Oct. 29', null)[0]?.date).toBeNull();
  });
  it('resolves weekdays and relative days', () => {
    expect(dated('the mayor said on Monday')[0]).toEqual({ text: 'on Monday', date: '2023-03-13' });
    expect(dated('announced yesterday')[0]?.date).toBe('2023-03-14');
    expect(dated('announced this morning')[0]?.date).toBe('2023-03-15');
    expect(dated('Last week, the regulator said')[0]?.date).toBe('2023-03-08');
  });
  it('leaves vague periods null', () => {
    expect(dated('confirmed last month').map((d) => d.date)).toEqual([null]);
    expect(dated('earlier this month').map((d) => d.date)).toEqual([null]);
    expect(dated('signed in June').map((d) => d.date)).toEqual([null]);
  });
  it('marks "on the same day" for the caller to resolve', () => {
    const [same] = findDateMentions('On the same day, the minister said', published);
    expect(same?.sameDay).toBe(true);
  });
});

describe('findTimeExpressions', () => {
  it('covers times, years and day ranges so their digits are not counted', () => {
    const text = 'At 10:27 on October 27-28, 2021, and in 1999';
    const spans = findTimeExpressions(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(expect.arrayContaining(['10:27', 'October 27-28, 2021', '1999']));
  });
});
