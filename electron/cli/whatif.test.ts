import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { braid, fixture } from './testing/fake-io';

const PLAN = fixture('whatif.braid.json');

describe('braid whatif FILE', () => {
  it('--leave of the only ready-now successor of two roles raises role-no-ready-successor for both and drops coverage; the file is byte-identical', async () => {
    const before = readFileSync(PLAN);
    const mtime = statSync(PLAN).mtimeMs;
    const run = await braid(['whatif', PLAN, '--leave', 'P3', '--on', '2027-02-01', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.written.size).toBe(0);
    expect(readFileSync(PLAN).equals(before)).toBe(true);
    expect(statSync(PLAN).mtimeMs).toBe(mtime);

    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['baseline', 'scenario', 'raised', 'cleared', 'changed', 'cover']);
    expect(report.baseline.metrics.readyNowCoverage).toBe(1);
    expect(report.scenario.metrics.readyNowCoverage).toBe(0);
    const noReady = report.raised.filter((f: { code: string }) => f.code === 'role-no-ready-successor');
    expect(noReady.map((f: { roleId: string }) => f.roleId)).toEqual(['R1', 'R2']);
    // Each flag in the form of `braid check --json`.
    expect(Object.keys(noReady[0])).toEqual(['code', 'severity', 'message', 'action', 'roleId']);
    expect(report.cover.map((c: { title: string; readyNowBefore: string[] }) => [c.title, c.readyNowBefore])).toEqual([
      ['Chief Technology Officer', ['प्रिया शर्मा']],
      ['Head of Delivery', ['प्रिया शर्मा']],
    ]);
  });

  it('removing a backfill person raises rotation-no-backfill on the rotation they covered and clears their conflict', async () => {
    const before = JSON.parse((await braid(['check', PLAN, '--json'])).stdout);
    expect(before.flags.filter((f: { code: string }) => f.code === 'backfill-conflict').map((f: { rotationIds: string[] }) => f.rotationIds)).toEqual([['T1', 'T4']]);
    const report = JSON.parse((await braid(['whatif', PLAN, '--leave', 'P3', '--on', '2027-02-01', '--json'])).stdout);
    expect(report.raised.filter((f: { code: string }) => f.code === 'rotation-no-backfill').map((f: { rotationIds: string[] }) => f.rotationIds)).toEqual([['T1']]);
    expect(report.cleared.filter((f: { code: string }) => f.code === 'backfill-conflict').map((f: { rotationIds: string[] }) => f.rotationIds)).toEqual([['T1', 'T4']]);
  });

  it('a slip that makes two rotations of one person overlap raises the overlap', async () => {
    const run = await braid(['whatif', PLAN, '--slip', 'T2:3', '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.raised.filter((f: { code: string }) => f.code === 'rotation-overlap').map((f: { rotationIds: string[] }) => f.rotationIds)).toEqual([['T2', 'T3']]);
  });

  it('lists severity changes as { code, from, to, …subject } and applies what-ifs in the order typed', async () => {
    const run = await braid(['whatif', PLAN, '--leave', 'P3', '--on', '2027-02-01', '--vacancy', 'R2:2027-06-01', '--json']);
    const report = JSON.parse(run.stdout);
    const critical = report.raised.find((f: { code: string; roleId: string }) => f.code === 'role-no-ready-successor' && f.roleId === 'R2');
    expect(critical.severity).toBe('critical');
    const staged = await braid(['whatif', PLAN, '--vacancy', 'R1:2027-03-01', '--json']);
    expect(JSON.parse(staged.stdout).changed).toEqual([]);
  });

  it('prints the comparison as text by default', async () => {
    const run = await braid(['whatif', PLAN, '--capacity', 'H2:2', '--slip', 'T2:3']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('whatif.braid.json: --capacity H2:2 --slip T2:3 (the file is unchanged)');
    expect(run.stdout).toMatch(/Critical flags\s+1 → 2 {2}\(\+1\)/);
    expect(run.stdout).toContain('Flags raised (1)');
  });

  it.each([
    [['--leave', 'P9', '--on', '2027-02-01'], '--leave P9 --on 2027-02-01: there is no person "P9" in the plan'],
    [['--leave', 'P3', '--on', '2027-02-30'], '--on 2027-02-30: "2027-02-30" is not a date'],
    [['--leave', 'P3'], 'each --leave PERSON needs its own --on DATE'],
    [['--slip', 'T9:2'], '--slip T9:2: there is no rotation "T9" in the plan'],
    [['--slip', 'T2:soon'], '--slip T2:soon: "soon" must be a whole number'],
    [['--slip', 'T2'], '--slip "T2" must be ID:MONTHS'],
    [['--vacancy', 'R1:2027-13-01'], '--vacancy R1:2027-13-01: "2027-13-01" is not a date'],
    [['--vacancy', 'R7:2027-06-01'], '--vacancy R7:2027-06-01: there is no role "R7" in the plan'],
    [['--capacity', 'H1:0'], '--capacity H1:0: "0" must be a whole number of at least 1'],
    [['--capacity', 'H8:2'], '--capacity H8:2: there is no host "H8" in the plan'],
  ])('exits 2 naming the bad argument: %j', async (args, message) => {
    const run = await braid(['whatif', PLAN, ...args, '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`braid whatif: ${message}`);
  });
});
