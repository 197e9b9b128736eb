import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { migratePlan, migrateV2toV3, type PlanDocument } from './migrations';
import { parsePlanTextLazily } from './parse-plan-lazily';
import { parsePlanText } from './validate';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../../tests/fixtures/${name}`, import.meta.url)), 'utf8');

/** The version-2 files we have: they must all still open, and come out as version 3. */
const V2_FIXTURES = ['advice-v2.braid.json', 'whatif.braid.json'];

describe('v2 → v3 migration', () => {
  it.each(V2_FIXTURES)('opens the version-2 file %s as a version-3 plan with no development actions, the rest untouched', async (name) => {
    const text = fixture(name);
    const v2 = JSON.parse(text);
    expect(v2.version).toBe(2);
    expect('actions' in v2).toBe(false);
    const reading = parsePlanText(text, name);
    if (!reading.ok) throw new Error(JSON.stringify(reading.errors));
    expect(reading.fromVersion).toBe(2);
    expect(reading.plan.version).toBe(3);
    expect(reading.plan.actions).toEqual([]);
    // toEqual reads an undefined property as absent: everything else is as the file had it.
    expect({ ...reading.plan, version: 2, actions: undefined }).toEqual(v2);
    // The fast reader (compiled shape check, no zod) reads it the same way.
    expect(await parsePlanTextLazily(text, name)).toEqual(reading);
  });

  it('opens a version-1 file through both steps, as version 3', () => {
    const reading = parsePlanText(fixture('small.braid.json'), 'small.braid.json');
    if (!reading.ok) throw new Error(JSON.stringify(reading.errors));
    expect(reading.fromVersion).toBe(1);
    expect(reading.plan.version).toBe(3);
    expect(reading.plan.actions).toEqual([]);
    expect(reading.plan.reviews).toEqual([]);
  });

  it('keeps an actions list a version-2 file carried as an extra, for validation to judge, and never changes its input', () => {
    const carried = [{ id: 'x' }];
    const v2: PlanDocument = { format: 'braid-plan', version: 2, actions: carried };
    expect(migrateV2toV3(v2).actions).toBe(carried);
    const bare: PlanDocument = { format: 'braid-plan', version: 2 };
    const migrated = migratePlan(bare) as PlanDocument;
    expect(migrated).toEqual({ format: 'braid-plan', version: 3, actions: [] });
    expect(bare).toEqual({ format: 'braid-plan', version: 2 });
  });

  it('refuses, naming the path, a version-2 file whose carried actions break the version-3 rules', () => {
    const doc = JSON.parse(fixture('advice-v2.braid.json'));
    doc.actions = [{ id: 'a1' }];
    const reading = parsePlanText(JSON.stringify(doc), 'x.braid.json');
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.errors.map((e) => e.path)).toContain('actions[0].personId');
  });
});
