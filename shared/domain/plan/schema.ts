import { z } from 'zod';
import { LongText, NameText, TitleText } from './text-limits';
import { ISO_DATE_PATTERN, isRealDate } from './real-date';

/**
 * The plan file, format version 3 (DOMAIN.md §4, §8 and §9). Every object is a loose object so
 * that unknown extra fields survive a load/save round trip. The fields versions 2 and 3 added are
 * optional in the file; their defaults are given beside each.
 */

export { isRealDate } from './real-date';

export const IsoDate = z
  .string()
  .regex(new RegExp(ISO_DATE_PATTERN), { message: 'is not a date (expected YYYY-MM-DD)' })
  .refine(isRealDate, { message: 'is not a real calendar date' });

export { IdText as Id } from './text-limits';

/**
 * An id or a reference inside a plan document. That it is not empty is checked by validatePlan's
 * reference pass (plan/references.ts), which visits every id anyway for uniqueness and for
 * references that must resolve; as a zod check on each of the ~40 ids per person it cost a
 * quarter of the time of validating a plan. `Id` stays the stand-alone check for operation inputs.
 */
const Ref = z.string();

export const Side = z.enum(['front', 'back']);
export const Track = z.enum(['braided', 'linear']);
export const LowMediumHigh = z.enum(['low', 'medium', 'high']);
export const Readiness = z.enum(['ready-now', 'ready-1-2-years', 'ready-3-5-years']);
export const RotationStatus = z.enum(['planned', 'active', 'completed', 'cancelled']);
export const AssessmentSource = z.enum(['self', 'manager', '360', 'host']);
export const Level = z.number().int({ message: 'must be a whole number' }).min(1).max(5);

export const Policy = z.looseObject({
  minRotationMonths: z.number().positive().optional(),
  maxRotationMonths: z.number().positive().optional(),
  defaultRotationMonths: z.number().positive().optional(),
  braidMinMonths: z.number().nonnegative().optional(),
  braidTargetMonths: z.number().positive().optional(),
  assessmentMaxAgeMonths: z.number().positive().optional(),
  minSuccessorsPerRole: z.number().int().nonnegative().optional(),
  maxSuccessorSlotsPerPerson: z.number().int().positive().optional(),
  vacancyHorizonMonths: z.number().nonnegative().optional(),
  stagnationMonths: z.number().positive().optional(),
  /** Version 2: the programme's budget per calendar year, in the plan's currency; absent = no budget. */
  annualBudget: z.number().nonnegative().optional(),
  /**
   * Optional, any version 2 file (absent: none): the budget of single calendar years, by year
   * ("2027": 2100000). A year named here uses its own amount instead of annualBudget, and a year
   * before the as-of year has a budget only when named here.
   */
  budgetByYear: z.record(z.string().regex(/^\d{4}$/, { message: 'is not a year (expected four digits, such as "2027")' }), z.number().nonnegative()).optional(),
  /** Version 2: how often a role's slate should be reviewed (default 6). */
  reviewIntervalMonths: z.number().positive().optional(),
  /** Version 3: months after a development step's evidence day before a missing assessment is overdue (default 2). */
  evidenceGraceMonths: z.number().nonnegative().optional(),
});

export const Domain = z.looseObject({
  id: Ref,
  name: NameText,
  side: Side,
  develops: z.array(Ref),
});

export const Thread = z.looseObject({
  id: Ref,
  name: NameText,
  facets: z.array(LongText),
});

export const Framework = z.looseObject({
  domains: z.array(Domain),
  threads: z.array(Thread),
  policy: Policy,
});

export const Host = z.looseObject({
  id: Ref,
  name: NameText,
  domain: Ref,
  capacity: z.number().int().min(1),
});

export const Experience = z.looseObject({
  domain: Ref,
  start: IsoDate,
  end: IsoDate.nullable(),
});

export const Assessment = z.looseObject({
  thread: Ref,
  level: Level,
  date: IsoDate,
  source: AssessmentSource,
  note: LongText.optional(),
});

export const Person = z.looseObject({
  id: Ref,
  name: NameText,
  title: TitleText,
  homeDomain: Ref,
  managerId: Ref.nullable(),
  track: Track,
  performance: Level.nullable(),
  potential: LowMediumHigh.nullable(),
  flightRisk: LowMediumHigh.nullable(),
  experience: z.array(Experience),
  assessments: z.array(Assessment),
  /** Version 2 (default false): an archived person leaves the roster and the analysis but stays in the file. */
  archived: z.boolean().optional(),
});

export const Feedback = z.looseObject({
  date: IsoDate,
  author: NameText,
  text: LongText,
});

export const Rotation = z.looseObject({
  id: Ref,
  personId: Ref,
  hostId: Ref,
  start: IsoDate,
  end: IsoDate,
  status: RotationStatus,
  objectives: z.array(Ref),
  mentorId: Ref.nullable(),
  cost: z.number().nonnegative().nullable(),
  feedback: z.array(Feedback),
  /** Version 2 (default null): who holds the rotating person's seat meanwhile. */
  backfillId: Ref.nullable().optional(),
});

/** Version 3, §9.1: how a leader grows a thread besides a rotation. */
export const ActionKind = z.enum(['course', 'mentoring', 'coaching', 'stretch-assignment', 'acting-role', 'project', 'other']);
/** A development action moves through the same states as a rotation. */
export const ActionStatus = RotationStatus;

/**
 * Version 3, §9.1: a development action on a leader's record. Which rules a schema cannot say
 * (owner not the person, an acting role names its role, evidence not before the start) are
 * checked by the reference pass with the other cross-field rules.
 */
export const Action = z.looseObject({
  id: Ref,
  personId: Ref,
  kind: ActionKind,
  title: TitleText,
  threads: z.array(Ref).min(1, { message: 'is empty (an action develops at least one thread)' }),
  start: IsoDate,
  end: IsoDate,
  status: ActionStatus,
  cost: z.number().nonnegative().nullable(),
  /** The mentor, coach or sponsor. */
  ownerId: Ref.nullable(),
  /** When an assessment of its threads is expected; null = its end. */
  evidenceDue: IsoDate.nullable(),
  note: LongText.optional(),
  /** An acting role's role: time in that seat counts as exposure on the side of its first domain. */
  roleId: Ref.optional(),
});

export const Successor = z.looseObject({
  personId: Ref,
  readiness: Readiness,
  emergency: z.boolean(),
});

export const Requirements = z.looseObject({
  threads: z.record(z.string(), Level),
  frontMonths: z.number().nonnegative(),
  backMonths: z.number().nonnegative(),
});

export const Role = z.looseObject({
  id: Ref,
  title: TitleText,
  domains: z.array(Ref),
  incumbentId: Ref.nullable(),
  vacancyRisk: LowMediumHigh,
  expectedVacancy: IsoDate.nullable(),
  requirements: Requirements,
  successors: z.array(Successor),
  /** Version 2 (default false): a retired role is kept in the file but leaves the analysis. */
  retired: z.boolean().optional(),
  /** Version 2 (default null): when the slate was last reviewed (a talent review's sign-off sets it). */
  reviewedOn: IsoDate.nullable().optional(),
});

/** Version 2, §8.6: which people a talent review looks at. */
export const ReviewScope = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('all') }),
  z.looseObject({ kind: z.literal('domain'), domainId: Ref }),
  /** The person's whole reporting line below them. */
  z.looseObject({ kind: z.literal('manager'), personId: Ref }),
]);

/** A pattern, not a refine, so the compiled shape check (the fast reader) refuses an empty reason too. */
const Reason = LongText.regex(/\S/, { message: 'is empty (a move needs a reason)' });

/** One proposed change of a talent review; `from` is what the plan said when it was proposed. */
export const ReviewMove = z.discriminatedUnion('field', [
  z.looseObject({ personId: Ref, field: z.literal('performance'), from: Level.nullable(), to: Level, reason: Reason }),
  z.looseObject({ personId: Ref, field: z.literal('potential'), from: LowMediumHigh.nullable(), to: LowMediumHigh, reason: Reason }),
  z.looseObject({ personId: Ref, field: z.literal('readiness'), roleId: Ref, from: Readiness, to: Readiness, reason: Reason }),
]);

export const ReviewStatus = z.enum(['draft', 'signed-off']);

/** Version 2, §8.6: a talent-review (calibration) session, a draft until signed off. */
export const Review = z.looseObject({
  id: Ref,
  date: IsoDate,
  title: TitleText,
  scope: ReviewScope,
  participants: z.array(NameText),
  status: ReviewStatus,
  signedOffOn: IsoDate.nullable().optional(),
  moves: z.array(ReviewMove),
});

/** ISO 4217: three capital letters. */
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, { message: 'is not an ISO 4217 currency code (three capital letters, such as EUR)' });

export const Organization = z.looseObject({
  name: NameText,
  asOf: IsoDate.nullable(),
  /** Version 2 (default null): costs are shown in this currency; null shows plain numbers. */
  currency: CurrencyCode.nullable().optional(),
});

export const Plan = z.looseObject({
  format: z.literal('braid-plan'),
  version: z.literal(3),
  organization: Organization,
  framework: Framework,
  hosts: z.array(Host),
  people: z.array(Person),
  rotations: z.array(Rotation),
  roles: z.array(Role),
  /** Version 2 (default []): talent-review sessions. */
  reviews: z.array(Review).optional(),
  /** Version 3 (default []): development actions besides rotations. */
  actions: z.array(Action).optional(),
});

export type IsoDate = z.infer<typeof IsoDate>;
export type Side = z.infer<typeof Side>;
export type Track = z.infer<typeof Track>;
export type LowMediumHigh = z.infer<typeof LowMediumHigh>;
export type Readiness = z.infer<typeof Readiness>;
export type RotationStatus = z.infer<typeof RotationStatus>;
export type AssessmentSource = z.infer<typeof AssessmentSource>;
export type Policy = z.infer<typeof Policy>;
export type Domain = z.infer<typeof Domain>;
export type Thread = z.infer<typeof Thread>;
export type Framework = z.infer<typeof Framework>;
export type Host = z.infer<typeof Host>;
export type Experience = z.infer<typeof Experience>;
export type Assessment = z.infer<typeof Assessment>;
export type Person = z.infer<typeof Person>;
export type Feedback = z.infer<typeof Feedback>;
export type Rotation = z.infer<typeof Rotation>;
export type ActionKind = z.infer<typeof ActionKind>;
export type ActionStatus = z.infer<typeof ActionStatus>;
export type Action = z.infer<typeof Action>;
export type Successor = z.infer<typeof Successor>;
export type Requirements = z.infer<typeof Requirements>;
export type Role = z.infer<typeof Role>;
export type Organization = z.infer<typeof Organization>;
export type ReviewScope = z.infer<typeof ReviewScope>;
export type ReviewMove = z.infer<typeof ReviewMove>;
export type ReviewStatus = z.infer<typeof ReviewStatus>;
export type Review = z.infer<typeof Review>;
export type Plan = z.infer<typeof Plan>;
