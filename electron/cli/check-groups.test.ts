import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planWith } from '../../shared/domain/testing/plan-builder';
import { braid } from './testing/fake-io';

// Seven braided engineers with no front-side time (seven person-stagnant flags) and one overlap.
const people = Array.from({ length: 7 }, (_, i) => ({ id: `P${i + 1}`, name: `Person ${i + 1}` }));
const plan = planWith({
  people,
  rotations: [
    { personId: 'P1', hostId: 'data-hub', start: '2026-01-01', end: '2026-06-30', status: 'completed' },
    { personId: 'P1', hostId: 'security-hub', start: '2026-03-01', end: '2026-08-31', status: 'completed' },
  ],
});
const file = join(mkdtempSync(join(tmpdir(), 'braid-groups-')), 'many.braid.json');
writeFileSync(file, JSON.stringify(plan));

describe('braid check text at scale', () => {
  it('groups a kind of flag raised more than five times into one line with the count, critical flags first', async () => {
    const run = await braid(['check', file]);
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => l.includes('[person-stagnant'))).toEqual(['  - 7 braided leaders have had no time on the other side in 36 months. [person-stagnant × 7]']);
    expect(lines.findIndex((l) => l.includes('[rotation-overlap]'))).toBeLessThan(24);
    expect(run.stdout).toContain('run with --all to list every flag');
  });

  it('--all lists every flag, and --json every flag whatever the text does', async () => {
    const all = await braid(['check', file, '--all']);
    expect(all.stdout.split('\n').filter((l) => l.endsWith('[person-stagnant]'))).toHaveLength(7);
    expect(all.stdout).not.toContain('run with --all');
    const json = JSON.parse((await braid(['check', file, '--json'])).stdout);
    expect(json.flags.filter((f: { code: string }) => f.code === 'person-stagnant')).toHaveLength(7);
  });
});
