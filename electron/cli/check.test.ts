import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../shared/domain/analysis';
import { parsePlanText } from '../../shared/domain/plan/validate';
import { braid, fixture } from './testing/fake-io';

const SMALL = fixture('small.braid.json');
const INVALID = fixture('invalid-level.braid.json');
const SUBJECT_FIELDS = ['roleId', 'personId', 'rotationIds', 'hostId', 'from', 'to'];

describe('braid check FILE', () => {
  it('summarises a valid plan: metrics, then flags grouped by severity, and exits 0', async () => {
    const run = await braid(['check', SMALL]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Fixture Services Ltd — as of 2027-01-01');
    expect(run.stdout).toContain('small.braid.json is a valid Braid plan.');
    expect(run.stdout).toContain('4 people · 1 critical role · 3 rotations (2 planned, 0 active, 1 completed, 0 cancelled)');
    expect(run.stdout).toMatch(/Ready-now coverage\s+100 %/);
    expect(run.stdout).toMatch(/Braided bench\s+50 %\s+of successors have 6\+ months on both sides/);
    const critical = lines.indexOf('Critical (2)');
    expect(run.stdout).toMatch(/Net coverage\s+100 %/);
    expect(run.stdout).toMatch(/Needing action\s+1\s+roles have a critical or warning flag/);
    const warnings = lines.indexOf('Warnings (3)');
    const info = lines.findIndex((l) => l.startsWith('For information ('));
    expect(critical).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(critical);
    expect(info).toBeGreaterThan(warnings);
    expect(lines.slice(critical, warnings).join('\n')).toContain('[rotation-overlap]');
    expect(lines.slice(warnings, info).join('\n')).toContain('[successor-not-ready]');
    expect(lines.slice(warnings, info).join('\n')).toContain('[readiness-unplanned-evidence]');
    expect(lines.slice(info).join('\n')).toContain('[successor-linear-gap]');
    expect(run.stdout).toContain('    Action: ');
  });

  it('--json prints exactly one JSON object with the documented shape', async () => {
    const run = await braid(['check', SMALL, '--json']);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['valid', 'metrics', 'flags', 'slates', 'people']);
    expect(report.valid).toBe(true);
    expect(report.metrics).toEqual({
      people: 4,
      roles: 1,
      rotations: { planned: 2, active: 0, completed: 1, cancelled: 0 },
      readyNowCoverage: 1,
      netReadyNowCoverage: 1,
      pipelineDepth: 2,
      braidedBench: 0.5,
      flags: { critical: 2, warning: 3, info: 4 },
    });
    expect(report.slates.map((s: Record<string, unknown>) => Object.keys(s))).toEqual([
      ['roleId', 'personId', 'readiness', 'fit', 'exposureReadyBy', 'readyBy', 'inTime'],
      ['roleId', 'personId', 'readiness', 'fit', 'exposureReadyBy', 'readyBy', 'inTime'],
    ]);
    expect(report.people.map((p: { id: string }) => p.id)).toEqual(['P1', 'P2', 'P3', 'P4']);
    const anna = report.people.find((p: { id: string }) => p.id === 'P2');
    expect(Object.keys(anna)).toEqual(['id', 'braidIndex', 'frontMonths', 'backMonths']);
    expect(anna.frontMonths).toBe(6);
    expect(anna.backMonths).toBeGreaterThan(143);
  });

  it('--json gives each flag its subject fields exactly when the flag concerns them', async () => {
    const run = await braid(['check', SMALL, '--json']);
    const flags: Record<string, unknown>[] = JSON.parse(run.stdout).flags;
    const reading = parsePlanText(readFileSync(SMALL, 'utf8'));
    if (!reading.ok) throw new Error('fixture is invalid');
    const expected = analyzePlan(reading.plan).flags.map(({ id: _id, ...flag }) => Object.fromEntries(Object.entries(flag).filter(([, v]) => v !== undefined)));
    expect(flags).toEqual(expected);
    const overlap = flags.find((f) => f.code === 'rotation-overlap')!;
    expect(overlap.rotationIds).toEqual(['R2', 'R3']);
    expect(overlap).not.toHaveProperty('roleId');
    const capacity = flags.find((f) => f.code === 'rotation-over-capacity')!;
    expect(capacity).toMatchObject({ hostId: 'H1', from: '2027-05-01', to: '2027-07-31' });
    for (const flag of flags) for (const field of SUBJECT_FIELDS) if (field in flag) expect(flag[field]).not.toBeNull();
  });

  it('--as-of analyses as of another day', async () => {
    const later = JSON.parse((await braid(['check', SMALL, '--json', '--as-of', '2028-01-01'])).stdout);
    const now = JSON.parse((await braid(['check', SMALL, '--json'])).stdout);
    const frontOf = (report: { people: { id: string; frontMonths: number }[] }) => report.people.find((p) => p.id === 'P1')!.frontMonths;
    expect(frontOf(later) - frontOf(now)).toBeCloseTo(12, 0);
  });

  it('refuses a bad --as-of with the usage and exit 2', async () => {
    const run = await braid(['check', SMALL, '--as-of', '2028-02-30']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--as-of must be a date (YYYY-MM-DD), not "2028-02-30"');
  });

  it('refuses an invalid plan with path-named errors on stderr and exit 2', async () => {
    const run = await braid(['check', INVALID]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('is not a valid Braid plan:\n  people[1].assessments[0].level: 7 is above 5');
  });

  it('with --json, also prints {"valid":false,"errors":[...]} for an invalid plan', async () => {
    const run = await braid(['check', INVALID, '--json']);
    expect(run.code).toBe(2);
    // Both problems of the file in one pass: the level and the unknown host.
    expect(JSON.parse(run.stdout)).toEqual({
      valid: false,
      errors: [
        { path: 'people[1].assessments[0].level', message: '7 is above 5' },
        { path: 'rotations[1].hostId', message: '"H9" is not a host' },
      ],
    });
  });

  it('names a JSON syntax error by line and column', async () => {
    const run = await braid(['check', 'broken.json'], { 'broken.json': '{\n  "format": "braid-plan",,\n}' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('broken.json is not valid JSON: ');
    expect(run.stderr).toContain('at line 2, column 26');
  });

  it('says when the file cannot be read, and exits 2', async () => {
    const run = await braid(['check', '/no/such/plan.braid.json', '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('braid check: cannot read /no/such/plan.braid.json: there is no such file\n');
    expect(JSON.parse(run.stdout).valid).toBe(false);
  });

  it('needs exactly one FILE', async () => {
    expect((await braid(['check'])).stderr).toContain('braid check: missing FILE');
    expect((await braid(['check', 'a.json', 'b.json'])).code).toBe(2);
  });
});
