import fc from 'fast-check';
import { DEFAULT_DOMAINS, DEFAULT_THREADS } from '../plan/defaults';
import type { Plan } from '../plan/schema';
import { isoOf } from '../time';
import { hubOf, planWith, type PersonInput, type RoleInput, type RotationInput } from './plan-builder';

/**
 * fast-check arbitraries for small random plans, for property tests of the analysis.
 * Days are 1–28, so no plan has a 29 February and any date can be moved by whole years.
 */

export const arbitraryDate = (fromYear = 2020, toYear = 2030): fc.Arbitrary<string> =>
  fc
    .record({ y: fc.integer({ min: fromYear, max: toYear }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => isoOf(y, m, d));

const range = fc.tuple(arbitraryDate(), arbitraryDate()).map(([a, b]): [string, string] => (a <= b ? [a, b] : [b, a]));

const personIds = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];
const domainIds = DEFAULT_DOMAINS.map((d) => d.id);
const threadIds = DEFAULT_THREADS.map((t) => t.id);

const arbitraryPerson = (id: string): fc.Arbitrary<PersonInput> =>
  fc.record({
    id: fc.constant(id),
    homeDomain: fc.constantFrom(...domainIds),
    managerId: fc.constantFrom(null, null, ...personIds.filter((p) => p !== id)),
    track: fc.constantFrom('braided' as const, 'braided' as const, 'linear' as const),
    flightRisk: fc.constantFrom(null, 'low' as const, 'high' as const),
    performance: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    potential: fc.constantFrom(null, 'low' as const, 'medium' as const, 'high' as const),
    archived: fc.boolean().map((b) => b && id === 'p5'),
    experience: fc.array(
      fc.tuple(fc.constantFrom(...domainIds), range, fc.boolean()).map(([domain, [start, end], ongoing]) => ({ domain, start, end: ongoing ? null : end })),
      { maxLength: 3 },
    ),
    assessments: fc.array(
      fc.record({
        thread: fc.constantFrom(...threadIds),
        level: fc.integer({ min: 1, max: 5 }),
        date: arbitraryDate(),
        source: fc.constant('manager' as const),
      }),
      { maxLength: 5 },
    ),
  });

const arbitraryRotation: fc.Arbitrary<RotationInput> = fc
  .record({
    personId: fc.constantFrom(...personIds),
    hostId: fc.constantFrom(...domainIds.map(hubOf)),
    range,
    status: fc.constantFrom('planned' as const, 'active' as const, 'completed' as const, 'cancelled' as const),
    backfillId: fc.constantFrom(null, null, ...personIds),
    cost: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }),
  })
  // The format refuses a backfill who is the rotating person.
  .map(({ range: [start, end], backfillId, ...rest }) => ({ ...rest, start, end, backfillId: backfillId === rest.personId ? null : backfillId }));

const arbitraryRole = (id: string): fc.Arbitrary<RoleInput> =>
  fc.record({
    id: fc.constant(id),
    domains: fc.subarray(domainIds, { maxLength: 3 }),
    vacancyRisk: fc.constantFrom('low' as const, 'medium' as const, 'high' as const),
    expectedVacancy: fc.option(arbitraryDate(), { nil: null }),
    retired: fc.boolean().map((b) => b && id === 'r2'),
    incumbentId: fc.constantFrom(null, ...personIds),
    reviewedOn: fc.option(arbitraryDate(), { nil: null }),
    requirements: fc.record({
      threads: fc.dictionary(fc.constantFrom(...threadIds), fc.integer({ min: 1, max: 5 }), { maxKeys: 3 }),
      frontMonths: fc.constantFrom(0, 3, 6, 12),
      backMonths: fc.constantFrom(0, 3, 6, 12),
    }),
    successors: fc.array(
      fc.record({
        personId: fc.constantFrom(...personIds),
        readiness: fc.constantFrom('ready-now' as const, 'ready-1-2-years' as const, 'ready-3-5-years' as const),
        emergency: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
  });

/** A random plan of up to six people, a dozen rotations and three roles; hosts of capacity 1–2. */
export const arbitraryPlan: fc.Arbitrary<Plan> = fc
  .record({
    asOf: arbitraryDate(2022, 2028),
    people: fc.tuple(...personIds.map(arbitraryPerson)),
    rotations: fc.array(arbitraryRotation, { maxLength: 12 }),
    roles: fc.tuple(arbitraryRole('r0'), arbitraryRole('r1'), arbitraryRole('r2')),
    capacity: fc.integer({ min: 1, max: 2 }),
    annualBudget: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
  })
  .map(({ asOf, people, rotations, roles, capacity, annualBudget }) =>
    planWith({
      asOf,
      policy: annualBudget === undefined ? {} : { annualBudget },
      people,
      rotations,
      roles,
      hosts: DEFAULT_DOMAINS.map((d) => ({ id: hubOf(d.id), name: `${d.name} hub`, domain: d.id, capacity })),
    }),
  );

/** The same plan with every date (asOf included) moved by whole years. */
export function shiftYears(plan: Plan, years: number): Plan {
  const shift = (iso: string): string => String(Number(iso.slice(0, 4)) + years).padStart(4, '0') + iso.slice(4);
  const copy = structuredClone(plan);
  if (copy.organization.asOf) copy.organization.asOf = shift(copy.organization.asOf);
  for (const p of copy.people) {
    for (const e of p.experience) {
      e.start = shift(e.start);
      if (e.end) e.end = shift(e.end);
    }
    for (const a of p.assessments) a.date = shift(a.date);
  }
  for (const r of copy.rotations) {
    r.start = shift(r.start);
    r.end = shift(r.end);
  }
  for (const role of copy.roles) {
    if (role.expectedVacancy) role.expectedVacancy = shift(role.expectedVacancy);
    if (role.reviewedOn) role.reviewedOn = shift(role.reviewedOn);
  }
  return copy;
}
