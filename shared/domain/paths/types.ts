import type { IsoDate } from '../plan/schema';

/** One rotation of a development path (DOMAIN §8.2). */
export interface PathStep {
  personId: string;
  roleId: string;
  hostId: string;
  domain: string;
  start: IsoDate;
  end: IsoDate;
  /** Thread ids to name as objectives: the thread gaps this domain develops. */
  objectives: string[];
  /** Exposure items met once this step ends, in words. */
  closes: string[];
  /** Exposure items this step brings closer, with the months left, in words. */
  narrows: string[];
  /** Thread gaps among the objectives: a rotation gives evidence, only an assessment meets them. */
  needsEvidence: string[];
  /** Projected role fit once this step ends, 0..1 (thread items as assessed now). */
  fitAfter: number;
  /** The step ends after the role's expected vacancy. */
  endsAfterVacancy: boolean;
}

export interface DevelopmentPath {
  personId: string;
  roleId: string;
  /** Up to three rotations in sequence; empty when none is needed or none fits. */
  steps: PathStep[];
  /** readyBy (DOMAIN §8.1) once the path has run. */
  readyBy: IsoDate | null;
  /** readyBy on or before the expected vacancy; null when the role has none. */
  inTime: boolean | null;
  /** One plain sentence on what the path achieves, or why no path is in time. */
  reason: string;
  /** The days (ISO) the reason names, so that screens can write them in the user's locale; reports and the CLI keep ISO. */
  reasonDates: IsoDate[];
  /** Exposure months still missing on the vacancy day after the path (sum of both sides); 0 when in time or no vacancy. */
  monthsMissingAtVacancy: number;
  /** When no path is in time: people who meet the role's side months now (emergency cover or a ready-now nomination), best first. */
  alternatives: string[];
}
