import { describe, expect, it } from 'vitest';
import { auditCsv, csvCell, entriesMatching } from './audit-query';
import { auditChange, type AuditEntry } from './types';

const entry = (seq: number, over: Partial<AuditEntry> = {}): AuditEntry => ({
  seq,
  at: `2026-11-0${seq}T10:00:00.000Z`,
  who: 'hr.partner',
  ...auditChange({ area: 'nomination', action: 'Nominate successor', summary: `change ${seq}` }),
  ...over,
});

describe('entriesMatching', () => {
  const log = [
    entry(1, { personIds: ['ana'], roleIds: ['cso'] }),
    entry(2, { personIds: ['ben'], roleIds: ['cso'] }),
    entry(3, { personIds: ['ana'], rotationIds: ['rot-1'], area: 'rotation' }),
  ];

  it('finds the entries about a person, newest first', () => {
    expect(entriesMatching(log, { personId: 'ana' }).map((e) => e.seq)).toEqual([3, 1]);
  });

  it('combines conditions', () => {
    expect(entriesMatching(log, { roleId: 'cso', personId: 'ben' }).map((e) => e.seq)).toEqual([2]);
    expect(entriesMatching(log, { rotationId: 'rot-1' }).map((e) => e.seq)).toEqual([3]);
    expect(entriesMatching(log, { area: 'nomination' }).map((e) => e.seq)).toEqual([2, 1]);
  });
});

describe('the CSV export', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('Ana, Ben')).toBe('"Ana, Ben"');
    expect(csvCell('Ready now')).toBe('Ready now');
  });

  it('writes one row per entry under a header, with names and before → after', () => {
    const csv = auditCsv([entry(1, { names: ['Zoë Łukasiewicz', 'CSO'], before: 'Ready in 1–2 years', after: '=cmd' })]);
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('When,Who,Action,Area,What,Before,After,People and roles,Person ids,Role ids,Rotation ids,Review,Reason');
    expect(lines[1]).toBe("2026-11-01T10:00:00.000Z,hr.partner,Nominate successor,nomination,change 1,Ready in 1–2 years,'=cmd,Zoë Łukasiewicz; CSO,,,,,");
  });
});
