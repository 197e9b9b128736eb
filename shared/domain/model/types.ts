import type { IsoDate, Readiness, Side } from '../plan/schema';

/**
 * The shapes the analysis produces. The analysis is a pure function of the plan
 * (`analyzePlan`); it is never stored, only memoised where it is used.
 */

/** The severities, most severe first: the one order every list of flags and every count follows. */
export const SEVERITIES = ['critical', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Every flag code, in the order flags of one severity are listed (a code's sort rank is its place
 * here). What each means, its words and its severity rule are in `flag-catalogue.ts`.
 */
export const FLAG_CODES = [
  'merge-conflict',
  'role-no-ready-successor',
  'role-thin-bench',
  'role-single-sided-bench',
  'role-no-emergency-cover',
  'successor-not-ready',
  'successor-overcommitted',
  'successor-flight-risk',
  'successor-linear-gap',
  'readiness-understated',
  'readiness-out-of-reach',
  'readiness-unplanned-evidence',
  'rotation-overlap',
  'rotation-over-capacity',
  'rotation-duration',
  'rotation-linear-track',
  'rotation-late-for-vacancy',
  'rotation-no-backfill',
  'backfill-conflict',
  'assessment-stale',
  'evidence-overdue',
  'person-stagnant',
  'programme-over-budget',
  'role-review-overdue',
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export interface Flag {
  /** Stable within one analysis: code + subject ids. */
  id: string;
  code: FlagCode;
  severity: Severity;
  /** A sentence in plain words, naming people, roles and hosts by name. */
  message: string;
  /** A suggested action, where one exists. */
  action?: string;
  roleId?: string;
  personId?: string;
  rotationIds?: string[];
  hostId?: string;
  /** For programme-over-budget: the calendar year whose spend is over the budget. */
  year?: number;
  /** For rotation-over-capacity: the first and last day of the run of over-capacity days. */
  from?: IsoDate;
  to?: IsoDate;
  /**
   * Every day the message and the action name, as written in them (ISO, which the CLI and JSON keep); a
   * screen rewrites each in the user's locale. Absent when the sentence names no day.
   */
  dates?: IsoDate[];
}

export interface Exposure {
  /** Months per domain id. */
  byDomain: Record<string, number>;
  front: number;
  back: number;
}

export interface ThreadLevel {
  threadId: string;
  /** 0 when unassessed. */
  level: number;
  date: IsoDate | null;
  /** Age in months as of asOf; null when unassessed. */
  ageMonths: number | null;
}

export type NineBoxBand = 'low' | 'medium' | 'high';
export interface NineBoxCell {
  performance: NineBoxBand;
  potential: NineBoxBand;
}

export interface PersonAnalysis {
  personId: string;
  homeSide: Side | null;
  current: Exposure;
  projected: Exposure;
  threads: ThreadLevel[];
  braidIndex: number;
  /** The two halves of the braid index, each 0..1, to explain it. */
  exposureScore: number;
  threadScore: number;
  nineBox: NineBoxCell | null;
  /** Ids of flags whose subject includes this person (directly or through a rotation). */
  flagIds: string[];
}

export type FitItemKind = 'thread' | 'frontMonths' | 'backMonths';
export interface FitItem {
  kind: FitItemKind;
  /** thread id for kind 'thread'. */
  threadId?: string;
  required: number;
  actual: number;
  met: boolean;
  /** required - actual when unmet, else 0. */
  shortfall: number;
}

export interface RoleFit {
  roleId: string;
  personId: string;
  /** Share of requirement items met, 0..1 (1 when the role has no requirement items). */
  fit: number;
  items: FitItem[];
  gaps: FitItem[];
}

export interface SuccessorAnalysis {
  personId: string;
  readiness: Readiness;
  emergency: boolean;
  fit: RoleFit;
  braidIndex: number;
  /** DOMAIN §8.1 / §9.2: the day projected exposure meets the role's side months; null when the plan never gets there. */
  exposureReadyBy: IsoDate | null;
  /** DOMAIN §9.2, the date shown as "ready by": exposureReadyBy and the planned evidence of every unmet thread item; null when any has none. */
  readyBy: IsoDate | null;
  /** readyBy on or before the expected vacancy; null when the role has no expected vacancy. */
  inTime: boolean | null;
  /** Unmet thread items with planned evidence on or after asOf, and the day it is due. */
  awaiting: { threadId: string; level: number; day: IsoDate }[];
  /** Unmet thread items with no planned evidence on or after asOf. */
  unplanned: { threadId: string; level: number }[];
}

export interface RoleAnalysis {
  roleId: string;
  spansBothSides: boolean;
  successors: SuccessorAnalysis[];
  flagIds: string[];
}

export interface PipelineMetrics {
  people: number;
  roles: number;
  rotations: { planned: number; active: number; completed: number; cancelled: number };
  /** 0..1 */
  readyNowCoverage: number;
  /** 0..1 (DOMAIN §8.4): roles that can each be given a different ready-now successor, over all roles. */
  netReadyNowCoverage: number;
  pipelineDepth: number;
  /** 0..1 */
  braidedBench: number;
  flags: { critical: number; warning: number; info: number };
}

export interface PlanAnalysis {
  asOf: IsoDate;
  people: Map<string, PersonAnalysis>;
  roles: Map<string, RoleAnalysis>;
  flags: Flag[];
  flagsById: Map<string, Flag>;
  /** Flag ids per rotation id. */
  flagsByRotation: Map<string, string[]>;
  /** Flag ids per host id. */
  flagsByHost: Map<string, string[]>;
  metrics: PipelineMetrics;
}
