import { analyzePlan } from '../analysis/analyze-plan';
import type { Flag, FlagCode } from '../model/types';
import type { Plan } from '../plan/schema';

/** The flags of one code that the analysis of a plan raises. */
export function flagsOf(plan: Plan, code: FlagCode, asOf?: string): Flag[] {
  return analyzePlan(plan, asOf ? { asOf } : {}).flags.filter((f) => f.code === code);
}

/** What identifies a flag apart from its wording and dates: for comparing analyses. */
export function flagKeys(flags: readonly Flag[]): string[] {
  return flags
    .map((f) => [f.code, f.severity, f.roleId ?? '', f.personId ?? '', f.hostId ?? '', (f.rotationIds ?? []).join('+')].join('|'))
    .sort();
}
