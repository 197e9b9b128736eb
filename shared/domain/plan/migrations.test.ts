import { describe, expect, it } from 'vitest';
import { emptyPlan } from './defaults';
import { CURRENT_VERSION, migratePlan, PlanVersionError, type MigrationRegistry, type PlanDocument } from './migrations';

describe('migratePlan', () => {
  it('returns a current plan as it is, without copying it', () => {
    const plan = emptyPlan();
    expect(CURRENT_VERSION).toBe(3);
    expect(migratePlan(plan)).toBe(plan);
  });

  it.each([null, 'text', [1], { format: 'other', version: 0 }, { format: 'braid-plan' }, { format: 'braid-plan', version: 0.5 }])(
    'leaves %j to validation to explain',
    (input) => {
      expect(migratePlan(input)).toBe(input);
    },
  );

  it('refuses a plan from a newer Braid with a clear message', () => {
    const future = { ...emptyPlan(), version: CURRENT_VERSION + 1 };
    expect(() => migratePlan(future)).toThrow(PlanVersionError);
    expect(() => migratePlan(future)).toThrow(/4 is a newer plan format .*up to version 3/);
  });

  /**
   * How a version 2 plugs in: write the v1 → v2 step, register it under 1, raise
   * CURRENT_VERSION. The runner stamps the new version, so a step only reshapes the document.
   */
  describe('with a registered v1 → v2 migration', () => {
    // A made-up v2 that renames organization.name to organization.displayName.
    const renameOrganization = (doc: PlanDocument): PlanDocument => {
      const { name, ...organization } = doc.organization as Record<string, unknown>;
      return { ...doc, organization: { ...organization, displayName: name } };
    };
    const migrations: MigrationRegistry = { 1: renameOrganization };

    it('runs it on a v1 plan and stamps version 2, leaving the input untouched', () => {
      const v1 = { ...emptyPlan('Northwind'), version: 1, organization: { name: 'Northwind', asOf: null } };
      const before = structuredClone(v1);
      const v2 = migratePlan(v1, { migrations, currentVersion: 2 }) as PlanDocument;
      expect(v2.version).toBe(2);
      expect(v2.organization).toEqual({ displayName: 'Northwind', asOf: null });
      expect(v1).toEqual(before);
    });

    it('does not run it on a plan already at version 2', () => {
      const v2 = { ...emptyPlan(), version: 2 };
      expect(migratePlan(v2, { migrations, currentVersion: 2 })).toBe(v2);
    });

    it('chains steps from an old version to the current one, in order', () => {
      const seen: number[] = [];
      const chain: MigrationRegistry = {
        1: (doc) => (seen.push(doc.version as number), doc),
        2: (doc) => (seen.push(doc.version as number), doc),
      };
      expect((migratePlan({ ...emptyPlan(), version: 1 }, { migrations: chain, currentVersion: 3 }) as PlanDocument).version).toBe(3);
      expect(seen).toEqual([1, 2]);
    });

    it('refuses when a step of the chain is missing', () => {
      expect(() => migratePlan({ ...emptyPlan(), version: 2 }, { migrations, currentVersion: 3 })).toThrow('2 cannot be brought up to version 3: there is no migration from version 2 to 3');
    });
  });
});
