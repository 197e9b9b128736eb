import { describe, expect, it } from 'vitest';
import { byFlagOrder, FLAG_CATALOGUE, flagLabel, severityAllowed, worstOf } from './flag-catalogue';
import { FLAG_CODES, type Flag } from './types';

describe('the flag catalogue', () => {
  it('has one entry per code, in the order of the codes, each with its words', () => {
    expect(Object.keys(FLAG_CATALOGUE).sort()).toEqual([...FLAG_CODES].sort());
    FLAG_CODES.forEach((code, rank) => {
      const kind = FLAG_CATALOGUE[code];
      expect(kind).toMatchObject({ code, rank });
      expect(kind.sentence).toMatch(/^[A-Z].*\.$/);
      expect(kind.group('7', { stagnationMonths: '36 months' })).toMatch(/^7 /);
    });
  });

  it('gives each kind of flag a short label of its own, never its code', () => {
    const labels = FLAG_CODES.map(flagLabel);
    expect(new Set(labels).size).toBe(FLAG_CODES.length);
    for (const [i, label] of labels.entries()) {
      expect(label).not.toBe(FLAG_CODES[i]);
      // It fits a badge and the PDF's narrow flags column.
      expect(label.length).toBeLessThanOrEqual(28);
    }
  });

  it('includes the flags of development actions and team planning (DOMAIN §9.3, §10)', () => {
    expect(FLAG_CATALOGUE['readiness-unplanned-evidence']).toMatchObject({ severity: 'warning', subject: 'role-person' });
    expect(FLAG_CATALOGUE['evidence-overdue']).toMatchObject({ severity: 'info', subject: 'person' });
    expect(FLAG_CATALOGUE['merge-conflict']).toMatchObject({ severity: 'critical', subject: 'items' });
  });

  it('holds the severity rule of each code', () => {
    expect(severityAllowed('role-no-ready-successor', 'critical')).toBe(true);
    expect(severityAllowed('role-no-ready-successor', 'warning')).toBe(true);
    expect(severityAllowed('role-no-ready-successor', 'info')).toBe(false);
    expect(severityAllowed('rotation-overlap', 'warning')).toBe(false);
  });

  it('orders flags most severe first, then by the rank of their code', () => {
    const flag = (code: Flag['code'], severity: Flag['severity']) => ({ code, severity });
    const flags = [flag('role-review-overdue', 'info'), flag('role-thin-bench', 'warning'), flag('rotation-overlap', 'critical'), flag('role-no-ready-successor', 'critical')];
    expect([...flags].sort(byFlagOrder).map((f) => f.code)).toEqual(['role-no-ready-successor', 'rotation-overlap', 'role-thin-bench', 'role-review-overdue']);
    expect(worstOf(['info', 'warning'])).toBe('warning');
    expect(worstOf([])).toBeNull();
  });
});
