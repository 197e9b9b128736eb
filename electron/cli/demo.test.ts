import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../shared/domain/plan/validate';
import { braid } from './testing/fake-io';

describe('braid demo', () => {
  it('prints a valid demo plan of 150 people by default', async () => {
    const run = await braid(['demo']);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(validatePlan(plan).ok).toBe(true);
    expect(plan.people).toHaveLength(150);
    expect(run.stdout.startsWith('{\n  "format": "braid-plan",')).toBe(true);
  });

  it('takes --people and --seed, and the same seed gives the same plan', async () => {
    const a = await braid(['demo', '--people', '30', '--seed', 'acme']);
    const b = await braid(['demo', '--people', '30', '--seed', 'acme']);
    const c = await braid(['demo', '--people', '30', '--seed', 'other']);
    expect(JSON.parse(a.stdout).people).toHaveLength(30);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe(c.stdout);
  });

  it('writes to --out and says so', async () => {
    const run = await braid(['demo', '--people', '20', '--as-of', '2027-03-01', '--out', 'plan.braid.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Wrote a demo plan of 20 people, \d+ rotations and 1 critical roles? to plan\.braid\.json\n$/);
    expect(JSON.parse(run.written.get('plan.braid.json')!).organization.asOf).toBe('2027-03-01');
  });

  it('says when --out cannot be written, and exits 2', async () => {
    const run = await braid(['demo', '--out', '/read-only/x.json'], {}, { writeFile: async () => { throw new Error('EROFS: read-only file system'); } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('braid demo: cannot write /read-only/x.json: EROFS: read-only file system\n');
  });

  it.each([['--people', 'many'], ['--people', '-3'], ['--people', '1e3'], ['--as-of', 'tomorrow']])('refuses %s %s with exit 2', async (option, value) => {
    const run = await braid(['demo', option, value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: braid demo');
  });
});
