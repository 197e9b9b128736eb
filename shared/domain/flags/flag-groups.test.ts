import { describe, expect, it } from 'vitest';
import type { Flag } from '../model/types';
import { countText, groupFlags } from './flag-groups';

const flag = (i: number, code: Flag['code'] = 'person-stagnant', severity: Flag['severity'] = 'info'): Flag => ({ id: `${code}:${i}`, code, severity, message: `m${i}`, personId: `p${i}` });
const words = { stagnationMonths: 36 };

describe('grouping flags', () => {
  it('keeps five of one code and severity as they are, and groups six into one entry with the count', () => {
    const five = Array.from({ length: 5 }, (_, i) => flag(i));
    expect(groupFlags(five, words).every((e) => e.kind === 'flag')).toBe(true);
    const six = [flag(99, 'rotation-overlap', 'critical'), ...Array.from({ length: 6 }, (_, i) => flag(i))];
    const entries = groupFlags(six, words);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ kind: 'flag' });
    expect(entries[1]).toMatchObject({ kind: 'group', code: 'person-stagnant', severity: 'info', summary: '6 braided leaders have had no time on the other side in 36 months' });
    if (entries[1].kind === 'group') expect(entries[1].flags.map((f) => f.personId)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5']);
  });

  it('groups by code and severity together', () => {
    const mixed = [...Array.from({ length: 3 }, (_, i) => flag(i, 'role-no-ready-successor', 'critical')), ...Array.from({ length: 3 }, (_, i) => flag(i + 3, 'role-no-ready-successor', 'warning'))];
    expect(groupFlags(mixed, words).every((e) => e.kind === 'flag')).toBe(true);
  });

  it('writes counts as the spec does', () => {
    expect(countText(1408)).toBe('1 408');
    expect(countText(12)).toBe('12');
    expect(countText(1234567)).toBe('1 234 567');
  });
});
