import { describe, expect, it } from 'vitest';
import { excelSerialToIso, guessDateFormat, readDate } from './dates';

describe('readDate', () => {
  it('reads ISO dates, with or without a time', () => {
    expect(readDate('2024-03-05', 'auto')).toEqual({ ok: true, date: '2024-03-05' });
    expect(readDate('2024-3-5', 'auto')).toEqual({ ok: true, date: '2024-03-05' });
    expect(readDate('2024-03-05T00:00:00Z', 'auto')).toEqual({ ok: true, date: '2024-03-05' });
  });

  it('reads day-first and month-first text by the chosen format', () => {
    expect(readDate('03/04/2021', 'DD/MM/YYYY')).toEqual({ ok: true, date: '2021-04-03' });
    expect(readDate('03/04/2021', 'MM/DD/YYYY')).toEqual({ ok: true, date: '2021-03-04' });
    expect(readDate('03.04.2021', 'DD.MM.YYYY')).toEqual({ ok: true, date: '2021-04-03' });
    // 'auto' reads an unambiguous month-first date month-first, an ambiguous one day-first.
    expect(readDate('04/13/2021', 'auto')).toEqual({ ok: true, date: '2021-04-13' });
    expect(readDate('03/04/2021', 'auto')).toEqual({ ok: true, date: '2021-04-03' });
  });

  it('reads Excel serial numbers, as cells and as text', () => {
    expect(excelSerialToIso(43466)).toBe('2019-01-01');
    expect(excelSerialToIso(25569)).toBe('1970-01-01');
    expect(readDate(43466, 'auto')).toEqual({ ok: true, date: '2019-01-01' });
    expect(readDate('43466', 'auto')).toEqual({ ok: true, date: '2019-01-01' });
    expect(readDate(12, 'auto').ok).toBe(false);
  });

  it('refuses dates that do not exist, saying why', () => {
    expect(readDate('31/02/2019', 'DD/MM/YYYY')).toEqual({ ok: false, reason: 'is not a real calendar date in the DD/MM/YYYY format' });
    expect(readDate('2019-02-30', 'auto')).toEqual({ ok: false, reason: 'is not a real calendar date' });
    expect(readDate('next spring', 'auto')).toEqual({ ok: false, reason: 'is not a date' });
    expect(readDate('03/04/2021', 'YYYY-MM-DD')).toEqual({ ok: false, reason: 'is not a date written YYYY-MM-DD' });
  });
});

describe('guessDateFormat', () => {
  it('finds the order from a value that can be read only one way', () => {
    expect(guessDateFormat(['01/02/2020', '25/12/2020'])).toEqual({ format: 'DD/MM/YYYY', ambiguous: false });
    expect(guessDateFormat(['01/02/2020', '12/25/2020'])).toEqual({ format: 'MM/DD/YYYY', ambiguous: false });
    expect(guessDateFormat(['01.02.2020'])).toEqual({ format: 'DD.MM.YYYY', ambiguous: false });
  });

  it('says when every value could be read either way', () => {
    expect(guessDateFormat(['01/02/2020', '03/04/2021'])).toEqual({ format: 'auto', ambiguous: true });
    expect(guessDateFormat(['2020-01-02'])).toEqual({ format: 'auto', ambiguous: false });
  });
});
