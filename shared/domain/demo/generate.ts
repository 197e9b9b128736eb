import { defaultFramework } from '../plan/defaults';
import { IsoDate, type Plan } from '../plan/schema';
import { createAssessments } from './assessments';
import { monthIndexOf } from './calendar';
import { createPeople } from './people';
import { addRotationProblems } from './problems-rotations';
import { addSuccessionProblems } from './problems-succession';
import { Random } from './random';
import { assignBackfills, assignReviewDates, DEMO_CURRENCY, demoBudget } from './programme';
import { createRoles, rolesFor } from './roles';
import { createHosts, numberRotations, scheduleRotations } from './rotations';
import { HISTORY_MONTHS, type DemoWorld } from './world';

export const DEMO_ORGANIZATION = 'Northwind Digital Services';
export const DEMO_AS_OF = '2026-11-02';
/** A plan at which the demo's code promises every flag appears (see demo.test.ts). */
export const DEMO_PEOPLE = 150;
export const DEMO_SEED = 1;
/** More than any organisation Braid is meant for; a larger request is a typing slip. */
export const MAX_DEMO_PEOPLE = 200_000;

export interface DemoOptions {
  people: number;
  seed: number | string;
  /** The plan's asOf; defaults to DEMO_AS_OF so the demo looks the same whenever it is made. */
  asOf?: string;
}

/**
 * A realistic IT-services organisation for demos, tests and benchmarks: deterministic from
 * its seed (same options, same plan), with the share of problems a real plan has.
 * Throws a RangeError for a people count or date that makes no sense.
 */
export function generateDemoPlan(options: DemoOptions): Plan {
  const { people, seed, asOf = DEMO_AS_OF } = options;
  if (!Number.isInteger(people) || people < 0 || people > MAX_DEMO_PEOPLE) {
    throw new RangeError(`people must be a whole number from 0 to ${MAX_DEMO_PEOPLE}, not ${people}`);
  }
  if (!IsoDate.safeParse(asOf).success) throw new RangeError(`asOf must be a date (YYYY-MM-DD), not ${JSON.stringify(asOf)}`);

  const framework = defaultFramework();
  const asOfMonth = monthIndexOf(asOf);
  const world: DemoWorld = {
    random: new Random(seed),
    asOf,
    asOfMonth,
    domains: framework.domains,
    sideOf: new Map(framework.domains.map((d) => [d.id, d.side])),
    people: [],
    hosts: [],
    hostLoad: [],
    hostsByDomain: new Map(),
    fullFromByDomain: new Map(),
    firstMonth: asOfMonth - HISTORY_MONTHS,
    rotations: [],
    roles: [],
  };
  createPeople(world, people);
  createHosts(world, people);
  scheduleRotations(world);
  createAssessments(world);
  createRoles(world, rolesFor(people));
  if (people > 0) {
    addRotationProblems(world, Math.max(1, Math.round(people / 300)));
    addSuccessionProblems(world);
  }
  numberRotations(world);

  const plan: Plan = {
    format: 'braid-plan',
    version: 3,
    organization: { name: DEMO_ORGANIZATION, asOf, currency: DEMO_CURRENCY },
    framework,
    hosts: world.hosts,
    people: world.people.map((d) => d.person),
    rotations: world.rotations,
    roles: world.roles,
    reviews: [],
    actions: [],
  };
  // Version-2 parts draw from their own stream, so the rest of the demo stays as it was.
  const programme = new Random(`${seed}:programme`);
  assignBackfills(plan, programme);
  assignReviewDates(plan.roles, asOf, programme);
  const budget = demoBudget(plan, asOf);
  if (budget !== null) plan.framework.policy.annualBudget = budget;
  return plan;
}
