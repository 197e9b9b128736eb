import { FLAG_CODES, type Flag, type FlagCode, type Severity } from './types';

/** What a flag is about, which says where it is fixed: a role's slate, a profile, the planner, the budget. */
export type FlagSubjectKind = 'role' | 'role-person' | 'person' | 'rotation' | 'rotations' | 'host' | 'year' | 'items';

/** A severity that depends on the case: the severities it can take and, in words, when each applies. */
export interface SeverityRule {
  either: readonly Severity[];
  when: string;
}

/** The words a group sentence needs beyond the count. */
export interface GroupWords {
  /** policy.stagnationMonths, already worded ("36 months"). */
  stagnationMonths: string;
}

export interface FlagKind {
  code: FlagCode;
  /** The severity it is always raised at, or its rule when that depends on the case. */
  severity: Severity | SeverityRule;
  /** A few words naming the kind of flag: badges, markers, filters, headings, the PDF's columns. */
  label: string;
  /** What the flag means, in one sentence: tooltips, legends and the list of kinds. */
  sentence: string;
  /** The one line standing for many flags of this kind (DOMAIN §8.4), given the count as written. */
  group: (count: string, words: GroupWords) => string;
  subject: FlagSubjectKind;
  /** Its place among the flags of one severity (FLAG_CODES' order). */
  rank: number;
}

type Entry = Omit<FlagKind, 'code' | 'rank'>;

const ENTRIES: Record<FlagCode, Entry> = {
  'merge-conflict': {
    severity: 'critical',
    label: 'Conflicting changes',
    sentence: 'Changes made on two laptops merged into something that breaks a rule of the plan.',
    group: (n) => `${n} items were changed on two laptops in ways that break a rule of the plan`,
    subject: 'items',
  },
  'role-no-ready-successor': {
    severity: { either: ['critical', 'warning'], when: 'critical when the vacancy risk is high or the role is expected to fall vacant within the vacancy horizon, else a warning' },
    label: 'No ready-now successor',
    sentence: 'No successor on the slate is ready now.',
    group: (n) => `${n} roles have no successor ready now`,
    subject: 'role',
  },
  'role-thin-bench': {
    severity: 'warning',
    label: 'Thin bench',
    sentence: 'The slate has fewer successors than the policy asks for.',
    group: (n) => `${n} roles have fewer successors than the policy asks for`,
    subject: 'role',
  },
  'role-single-sided-bench': {
    severity: 'warning',
    label: 'Single-sided bench',
    sentence: 'The role spans both sides and no successor has enough time on both.',
    group: (n) => `${n} roles that span both sides have no successor with time on both`,
    subject: 'role',
  },
  'role-no-emergency-cover': {
    severity: 'info',
    label: 'No emergency cover',
    sentence: 'No successor is marked as emergency cover.',
    group: (n) => `${n} roles have no successor marked as emergency cover`,
    subject: 'role',
  },
  'successor-not-ready': {
    severity: 'warning',
    label: 'Successor not ready',
    sentence: 'A successor marked ready now misses some of the role’s requirements.',
    group: (n) => `${n} successors are marked ready now but miss some requirements`,
    subject: 'role-person',
  },
  'successor-overcommitted': {
    severity: 'warning',
    label: 'Overcommitted successor',
    sentence: 'The person is a successor for more roles than the policy allows.',
    group: (n) => `${n} people are successors for more roles than the policy allows`,
    subject: 'person',
  },
  'successor-flight-risk': {
    severity: 'warning',
    label: 'Flight risk',
    sentence: 'A successor has a high flight risk.',
    group: (n) => `${n} successors are a high flight risk`,
    subject: 'role-person',
  },
  'successor-linear-gap': {
    severity: 'info',
    label: 'Linear-track gap',
    sentence: 'A linear-track successor lacks time on a side the role requires, which rotations will not close.',
    group: (n) => `${n} linear-track successors lack time on a side their role requires`,
    subject: 'role-person',
  },
  'readiness-understated': {
    severity: 'info',
    label: 'Readiness understated',
    sentence: 'A successor meets every requirement but is not marked ready now.',
    group: (n) => `${n} successors meet every requirement but are not marked ready now`,
    subject: 'role-person',
  },
  'readiness-out-of-reach': {
    severity: 'warning',
    label: 'Readiness out of reach',
    sentence: 'The plan cannot give the successor the time on each side within the time their readiness says.',
    group: (n) => `${n} successors cannot be ready within the time their readiness says`,
    subject: 'role-person',
  },
  'readiness-unplanned-evidence': {
    severity: 'warning',
    label: 'No evidence planned',
    sentence: 'A successor falls short of a thread level the role requires and nothing planned would show it.',
    group: (n) => `${n} successors fall short of a required thread level with no evidence planned`,
    subject: 'role-person',
  },
  'rotation-overlap': {
    severity: 'critical',
    label: 'Overlapping rotations',
    sentence: 'Two rotations of the same person share a day.',
    group: (n) => `${n} pairs of rotations overlap`,
    subject: 'rotations',
  },
  'rotation-over-capacity': {
    severity: 'critical',
    label: 'Host over capacity',
    sentence: 'On some days a host has more rotations than its capacity.',
    group: (n) => `${n} runs of days on which a host has more rotations than its capacity`,
    subject: 'host',
  },
  'rotation-duration': {
    severity: 'warning',
    label: 'Rotation length',
    sentence: 'A rotation is shorter or longer than the policy allows.',
    group: (n) => `${n} rotations are shorter or longer than the policy allows`,
    subject: 'rotation',
  },
  'rotation-linear-track': {
    severity: 'warning',
    label: 'Linear track',
    sentence: 'A rotation is planned or running for a person on the linear track.',
    group: (n) => `${n} rotations are planned or running for linear-track people`,
    subject: 'rotation',
  },
  'rotation-late-for-vacancy': {
    severity: 'warning',
    label: 'Rotation ends after vacancy',
    sentence: 'A planned rotation ends after the vacancy it prepares for.',
    group: (n) => `${n} planned rotations end after the vacancy they prepare for`,
    subject: 'rotation',
  },
  'rotation-no-backfill': {
    severity: 'warning',
    label: 'No backfill',
    sentence: 'An incumbent or a manager rotates and nobody is named to hold their seat.',
    group: (n) => `${n} rotations of incumbents or managers name no backfill`,
    subject: 'rotation',
  },
  'backfill-conflict': {
    severity: 'critical',
    label: 'Backfill conflict',
    sentence: 'A backfill is needed in two places at once.',
    group: (n) => `${n} backfills are needed in two places at once`,
    subject: 'rotations',
  },
  'assessment-stale': {
    severity: 'info',
    label: 'Stale assessment',
    sentence: 'A successor’s assessment of some thread is out of date or missing.',
    group: (n) => `${n} successors have out-of-date or missing assessments`,
    subject: 'person',
  },
  'evidence-overdue': {
    severity: 'info',
    label: 'Evidence overdue',
    sentence: 'Development that ended a while ago has no assessment of its threads to show for it.',
    group: (n) => `${n} people have finished development still waiting for an assessment`,
    subject: 'person',
  },
  'person-stagnant': {
    severity: 'info',
    label: 'Stagnant on one side',
    sentence: 'A braided leader has had no recent time on the other side and none planned.',
    group: (n, words) => `${n} braided leaders have had no time on the other side in ${words.stagnationMonths}`,
    subject: 'person',
  },
  'programme-over-budget': {
    severity: 'warning',
    label: 'Over budget',
    sentence: 'A year’s rotation spend is above the annual budget.',
    group: (n) => `${n} years' rotation spend is over the annual budget`,
    subject: 'year',
  },
  'role-review-overdue': {
    severity: 'info',
    label: 'Review overdue',
    sentence: 'The role’s slate has not been reviewed within the review interval.',
    group: (n) => `${n} roles' slates are overdue for review`,
    subject: 'role',
  },
};

/** One entry per flag code: the one place a flag's words, severity rule and order are written. */
export const FLAG_CATALOGUE: Readonly<Record<FlagCode, FlagKind>> = Object.fromEntries(
  FLAG_CODES.map((code, rank) => [code, { code, rank, ...ENTRIES[code] }]),
) as Record<FlagCode, FlagKind>;

/** The short label of a flag's kind; a code from a newer file than this program reads as itself. */
export const flagLabel = (code: FlagCode): string => FLAG_CATALOGUE[code]?.label ?? code;

/** Whether the catalogue allows a flag of this code at this severity. */
export function severityAllowed(code: FlagCode, severity: Severity): boolean {
  const rule = FLAG_CATALOGUE[code].severity;
  return typeof rule === 'string' ? rule === severity : rule.either.includes(severity);
}

/** How each severity is named: as a badge beside one flag, and as the heading of a list of them, with what it means. */
export const SEVERITY_WORDS: Readonly<Record<Severity, { label: string; heading: string; meaning: string }>> = {
  critical: { label: 'Critical', heading: 'Critical', meaning: 'a role at risk or a plan that cannot run as drawn' },
  warning: { label: 'Warning', heading: 'Warnings', meaning: 'weak spots in the pipeline' },
  info: { label: 'Info', heading: 'For information', meaning: 'worth a look at the next review' },
};

/** 0 for critical, 1 for warning, 2 for info. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 0, warning: 1, info: 2 };

/** Most severe first. */
export const bySeverity = (a: Pick<Flag, 'severity'>, b: Pick<Flag, 'severity'>): number => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];

/** Most severe first, then in the catalogue's order of codes: the order of every list of flags. */
export const byFlagOrder = (a: Pick<Flag, 'severity' | 'code'>, b: Pick<Flag, 'severity' | 'code'>): number =>
  bySeverity(a, b) || FLAG_CATALOGUE[a.code].rank - FLAG_CATALOGUE[b.code].rank;

/** The most severe of some severities, or null for none. */
export function worstOf(severities: Iterable<Severity>): Severity | null {
  let worst: Severity | null = null;
  for (const s of severities) if (worst === null || SEVERITY_RANK[s] < SEVERITY_RANK[worst]) worst = s;
  return worst;
}
