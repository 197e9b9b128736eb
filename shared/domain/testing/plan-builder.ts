import { DEFAULT_DOMAINS, DEFAULT_POLICY, DEFAULT_THREADS } from '../plan/defaults';
import {
  Plan as PlanSchema,
  type Action,
  type Assessment,
  type AssessmentSource,
  type Domain,
  type Experience,
  type Host,
  type Person,
  type Plan,
  type Policy,
  type Readiness,
  type Requirements,
  type Role,
  type Rotation,
  type Successor,
  type Thread,
  type Review,
} from '../plan/schema';

/**
 * Small plans for tests: say only what the test is about, the builder fills in the rest.
 *
 *   planWith({
 *     people: [{ id: 'ana', track: 'linear' }],
 *     rotations: [{ personId: 'ana', hostId: 'sales-hub', start: '2027-01-01', end: '2027-06-30' }],
 *     roles: [{ id: 'cso', successors: [{ personId: 'ana', readiness: 'ready-now' }] }],
 *   })
 *
 * Defaults: asOf 2027-01-01 (AS_OF); the default framework; one host per domain, id
 * `<domain>-hub` ("Sales hub"), capacity 2; a person is braided, home in engineering, named after
 * their id ("ana" → "Ana"); a rotation is planned, ids rot-1, rot-2… in list order; a role has
 * no requirements, low vacancy risk, and successors default to ready-1-2-years, no emergency;
 * an action is a planned course, ids act-1, act-2….
 * The result is parsed with the plan schema, so a builder mistake fails loudly.
 */

export const AS_OF = '2027-01-01';

export type PersonInput = Partial<Person> & { id: string };
export type RotationInput = Partial<Rotation> & { personId: string; hostId: string; start: string; end: string };
export type SuccessorInput = Partial<Successor> & { personId: string };
export type RoleInput = Partial<Omit<Role, 'requirements' | 'successors'>> & {
  id: string;
  requirements?: Partial<Requirements>;
  successors?: SuccessorInput[];
};
export type ActionInput = Partial<Action> & { personId: string; threads: string[]; start: string; end: string };
export type HostInput = Partial<Host> & { id: string; domain: string };

export interface PlanParts {
  /** null = today; default AS_OF. */
  asOf?: string | null;
  organization?: string;
  people?: PersonInput[];
  rotations?: RotationInput[];
  roles?: RoleInput[];
  /** Replaces the default hosts (one per domain) when given. */
  hosts?: HostInput[];
  /** Extra hosts next to the default ones. */
  moreHosts?: HostInput[];
  policy?: Policy;
  domains?: Domain[];
  threads?: Thread[];
  /** Version 2: ISO 4217 code; default null. */
  currency?: string | null;
  /** Version 2: talent-review sessions; default none. */
  reviews?: Review[];
  /** Version 3: development actions; default none. */
  actions?: ActionInput[];
}

/** "head-of-delivery" → "Head of delivery" */
export const nameFromId = (id: string): string => {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const hubOf = (domain: string): string => `${domain}-hub`;

export function defaultHosts(domains: readonly Domain[] = DEFAULT_DOMAINS, capacity = 2): Host[] {
  return domains.map((d) => ({ id: hubOf(d.id), name: `${d.name} hub`, domain: d.id, capacity }));
}

export function person(input: PersonInput): Person {
  return {
    name: nameFromId(input.id),
    title: 'Leader',
    homeDomain: 'engineering',
    managerId: null,
    track: 'braided',
    performance: null,
    potential: null,
    flightRisk: null,
    experience: [],
    assessments: [],
    ...input,
  };
}

export function rotation(input: RotationInput, n = 1): Rotation {
  return { id: `rot-${n}`, status: 'planned', objectives: [], mentorId: null, cost: null, feedback: [], ...input };
}

/** A development action: a planned course titled after its threads, ids act-1, act-2… in list order. */
export function action(input: ActionInput, n = 1): Action {
  return { id: `act-${n}`, kind: 'course', title: `Course on ${input.threads.join(', ')}`, status: 'planned', cost: null, ownerId: null, evidenceDue: null, ...input };
}

export function role(input: RoleInput): Role {
  const { requirements, successors, ...rest } = input;
  return {
    title: nameFromId(input.id),
    domains: [],
    incumbentId: null,
    vacancyRisk: 'low',
    expectedVacancy: null,
    ...rest,
    requirements: { threads: {}, frontMonths: 0, backMonths: 0, ...requirements },
    successors: (successors ?? []).map((s) => ({ readiness: 'ready-1-2-years', emergency: false, ...s })),
  };
}

/** An experience entry; `end` null = ongoing. */
export const worked = (domain: string, start: string, end: string | null = null): Experience => ({ domain, start, end });

export const assessed = (thread: string, level: number, date: string, source: AssessmentSource = 'manager'): Assessment => ({
  thread,
  level,
  date,
  source,
});

export const successor = (personId: string, readiness: Readiness = 'ready-1-2-years', emergency = false): Successor => ({
  personId,
  readiness,
  emergency,
});

export function planWith(parts: PlanParts = {}): Plan {
  const domains = parts.domains ?? DEFAULT_DOMAINS;
  const hosts = [
    ...(parts.hosts ?? defaultHosts(domains)),
    ...(parts.moreHosts ?? []),
  ].map((h) => ({ name: nameFromId(h.id), capacity: 2, ...h }));
  return PlanSchema.parse({
    format: 'braid-plan',
    version: 3,
    organization: { name: parts.organization ?? 'Test organisation', asOf: parts.asOf === undefined ? AS_OF : parts.asOf, currency: parts.currency ?? null },
    framework: {
      domains: structuredClone(domains),
      threads: structuredClone(parts.threads ?? DEFAULT_THREADS),
      policy: { ...DEFAULT_POLICY, ...parts.policy },
    },
    hosts,
    people: (parts.people ?? []).map(person),
    rotations: (parts.rotations ?? []).map((r, i) => rotation(r, i + 1)),
    roles: (parts.roles ?? []).map(role),
    reviews: structuredClone(parts.reviews ?? []),
    actions: (parts.actions ?? []).map((a, i) => action(a, i + 1)),
  });
}
