import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { migratePlan, migrateV1toV2, type PlanDocument } from './migrations';
import { parsePlanText } from './validate';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../../tests/fixtures/${name}`, import.meta.url)), 'utf8');

/** The version-1 files we have: they must all still open, and come out as the current version. */
const V1_FIXTURES = ['small.braid.json', 'import/base.braid.json'];

describe('v1 → v2 migration', () => {
  it.each(V1_FIXTURES)('opens the version-1 file %s as a current plan with every default of versions 2 and 3 written out', (name) => {
    const text = fixture(name);
    expect(JSON.parse(text).version).toBe(1);
    const reading = parsePlanText(text, name);
    if (!reading.ok) throw new Error(JSON.stringify(reading.errors));
    const plan = reading.plan;
    expect(plan.version).toBe(3);
    expect(reading.fromVersion).toBe(1);
    expect(plan.organization.currency).toBeNull();
    expect(plan.reviews).toEqual([]);
    expect(plan.actions).toEqual([]);
    expect(plan.rotations.every((rotation) => rotation.backfillId === null)).toBe(true);
    expect(plan.roles.every((role) => role.reviewedOn === null)).toBe(true);
    // Nothing else changes: the people and their histories are as they were.
    const v1 = JSON.parse(text);
    expect(plan.people).toEqual(v1.people);
  });

  it('still refuses a version-1 file that breaks the rules, naming the path', () => {
    const reading = parsePlanText(fixture('invalid-level.braid.json'), 'invalid-level.braid.json');
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.errors[0].path).toMatch(/assessments\[\d+\]\.level/);
  });

  it('takes the archived and retired extras of version 1 into the format, reading a hand-written "yes" as true', () => {
    const v1: PlanDocument = {
      format: 'braid-plan',
      version: 1,
      organization: { name: 'X', asOf: null },
      people: [{ id: 'a', archived: 'yes' }, { id: 'b', archived: true }, { id: 'c' }],
      roles: [{ id: 'r', retired: 'no' }],
      rotations: [{ id: 'x', backfillId: 'b' }],
    };
    const v2 = migrateV1toV2(v1);
    expect(v2.people).toEqual([{ id: 'a', archived: true }, { id: 'b', archived: true }, { id: 'c' }]);
    expect(v2.roles).toEqual([{ id: 'r', retired: false, reviewedOn: null }]);
    // A field already there (an extra a v1 file happened to carry) is kept, not overwritten.
    expect(v2.rotations).toEqual([{ id: 'x', backfillId: 'b' }]);
    expect(v1.people).toEqual([{ id: 'a', archived: 'yes' }, { id: 'b', archived: true }, { id: 'c' }]);
  });

  it('passes a document that is not shaped like a plan through for validation to explain', () => {
    const odd = { format: 'braid-plan', version: 1, people: 'none', roles: [3] };
    const migrated = migratePlan(odd) as PlanDocument;
    expect(migrated.people).toBe('none');
    expect(migrated.roles).toEqual([3]);
    expect(migrated.version).toBe(3);
  });
});
