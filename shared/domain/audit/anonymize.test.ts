import { describe, expect, it } from 'vitest';
import { anonymizeEntries, erasedMarker, replaceNames } from './anonymize';
import { auditChange, type AuditEntry } from './types';

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  seq: 1,
  at: '2026-11-01T10:00:00.000Z',
  who: 'hr.partner',
  ...auditChange({ area: 'nomination', action: 'Nominate successor', summary: '' }),
  ...over,
});

describe('replaceNames', () => {
  it('replaces whole names only', () => {
    expect(replaceNames('Ana Li mentors Ana Lima', ['Ana Li'], 'X')).toBe('X mentors Ana Lima');
    expect(replaceNames('Mentor: Zoë Łukasiewicz.', ['Zoë Łukasiewicz'], 'X')).toBe('Mentor: X.');
  });

  it('leaves other people’s longer names whole', () => {
    expect(replaceNames('Ana Li thanked Ana Li Chen', ['Ana Li'], 'X', ['Ana Li Chen', 'Ben'])).toBe('X thanked Ana Li Chen');
  });

  it('replaces the longest of several names first', () => {
    expect(replaceNames('Ana Li Chen', ['Ana Li', 'Ana Li Chen'], 'X')).toBe('X');
  });
});

describe('anonymizeEntries', () => {
  const log = [
    entry({ seq: 1, personIds: ['ana'], roleIds: ['cso'], names: ['Ana Silva', 'CSO'], summary: 'Ana Silva nominated', after: 'Ready now' }),
    entry({ seq: 2, personIds: ['ben'], area: 'rotation', summary: 'Rotation of Ben', before: 'Hub, mentor Ana Silva', after: 'Hub, mentor Cy' }),
    entry({ seq: 3, personIds: ['cy'], summary: 'Cy nominated' }),
  ];

  it('keeps when, who, the action and the role of entries about the person, and nothing that says who they were', () => {
    const { entries, changed } = anonymizeEntries(log, 'ana', ['Ana Silva'], erasedMarker(3));
    expect(changed).toBe(2);
    expect(entries[0]).toEqual(
      entry({ seq: 1, roleIds: ['cso'], summary: 'Erased person #3', personIds: [], names: [], before: null, after: null }),
    );
    expect(entries[1].before).toBe('Hub, mentor Erased person #3');
    expect(entries[2]).toEqual(log[2]);
    expect(JSON.stringify(entries)).not.toMatch(/Ana Silva|"ana"/);
  });
});
