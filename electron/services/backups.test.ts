import { describe, expect, it } from 'vitest';
import { backupFileName, backupsToKeep, parseBackupName, RECENT_COUNT, type BackupEntry } from './backups';

const DAY = 86_400_000;
const now = new Date('2026-11-24T12:00:00.000Z');

function entriesEvery(hours: number, count: number): BackupEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const createdAt = new Date(now.getTime() - i * hours * 3_600_000);
    return { id: backupFileName(createdAt, count - i), createdAt, revision: count - i };
  });
}

describe('backup names', () => {
  it('round-trip time and revision', () => {
    const name = backupFileName(new Date('2026-03-04T05:06:07.089Z'), 42);
    expect(name).toBe('plan-2026-03-04T05-06-07-089Z-r000042.braid.json');
    expect(parseBackupName(name)).toEqual({ id: name, createdAt: new Date('2026-03-04T05:06:07.089Z'), revision: 42 });
  });

  it('refuse anything else (no path tricks)', () => {
    expect(parseBackupName('../plan.braid.json')).toBeNull();
    expect(parseBackupName('plan.braid.json')).toBeNull();
  });
});

describe('backupsToKeep', () => {
  it('keeps the newest 20 revisions', () => {
    const entries = entriesEvery(0.01, 50); // 50 saves in half an hour
    const keep = backupsToKeep(entries, now);
    expect(keep.size).toBe(RECENT_COUNT);
    expect([...keep]).toEqual(entries.slice(0, RECENT_COUNT).map((e) => e.id));
  });

  it('keeps one per day for 30 days and drops older ones', () => {
    const entries = entriesEvery(6, 4 * 40); // four saves a day for forty days
    const keep = backupsToKeep(entries, now);
    const days = new Set([...keep].map((id) => parseBackupName(id)!.createdAt.toISOString().slice(0, 10)));
    expect(days.size).toBe(31); // today and the 30 days before
    const oldest = Math.min(...[...keep].map((id) => parseBackupName(id)!.createdAt.getTime()));
    expect(now.getTime() - oldest).toBeLessThanOrEqual(30 * DAY);
    // The newest 20 reach back over six calendar days (24th 12:00 … 19th 18:00); one a day for the 25 days before.
    expect(keep.size).toBe(RECENT_COUNT + (31 - 6));
  });
});
