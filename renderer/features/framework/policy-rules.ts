import type { ResolvedPolicy } from '../../../shared/domain/plan/defaults';

export type PolicyKey = keyof ResolvedPolicy;

interface PolicyRule {
  label: string;
  unit: string;
  meaning: string;
  min: number;
  /** A value must be more than `min` (else at least `min`). */
  exclusive: boolean;
  whole: boolean;
}

/** The twelve policy values in the words of the people who set them, with the smallest value each allows. */
export const POLICY_RULES: Record<PolicyKey, PolicyRule> = {
  minRotationMonths: { label: 'Shortest rotation', unit: 'months', meaning: 'Planned rotations shorter than this are flagged.', min: 0, exclusive: true, whole: false },
  maxRotationMonths: { label: 'Longest rotation', unit: 'months', meaning: 'Planned rotations longer than this are flagged.', min: 0, exclusive: true, whole: false },
  defaultRotationMonths: { label: 'Suggested rotation length', unit: 'months', meaning: 'How long the rotations the planner suggests last.', min: 0, exclusive: true, whole: false },
  braidMinMonths: { label: 'Real exposure', unit: 'months', meaning: 'Time on a side that counts as real exposure (braided bench).', min: 0, exclusive: false, whole: false },
  braidTargetMonths: { label: 'Fully braided', unit: 'months', meaning: 'Time on a side that counts in full towards the braid index.', min: 0, exclusive: true, whole: false },
  assessmentMaxAgeMonths: { label: 'Assessments go stale after', unit: 'months', meaning: 'A successor’s older assessment is flagged for a refresh.', min: 0, exclusive: true, whole: false },
  minSuccessorsPerRole: { label: 'Successors per role, at least', unit: 'people', meaning: 'Fewer on a slate is a thin bench.', min: 0, exclusive: false, whole: true },
  maxSuccessorSlotsPerPerson: { label: 'Slates per person, at most', unit: 'roles', meaning: 'Named on more slates than this is overcommitted.', min: 1, exclusive: false, whole: true },
  vacancyHorizonMonths: { label: 'Vacancy horizon', unit: 'months', meaning: 'A role that may fall vacant this soon with no one ready now is critical.', min: 0, exclusive: false, whole: false },
  stagnationMonths: { label: 'Stagnation window', unit: 'months', meaning: 'A braided-track person with no time on the other side in this window is flagged.', min: 0, exclusive: true, whole: false },
  reviewIntervalMonths: { label: 'Review slates every', unit: 'months', meaning: 'A slate not reviewed in a talent review this long is flagged as overdue.', min: 0, exclusive: true, whole: false },
  evidenceGraceMonths: { label: 'Evidence expected within', unit: 'months', meaning: 'A completed rotation or development action with no assessment of its threads this long after its evidence day is flagged.', min: 0, exclusive: false, whole: false },
};

export const POLICY_KEYS = Object.keys(POLICY_RULES) as PolicyKey[];

/**
 * Checks one value typed for a policy key against its own limits and against the values it must
 * agree with (shortest ≤ suggested ≤ longest rotation; real exposure ≤ fully braided).
 * Returns the number, or a message naming the field and the value.
 */
export function checkPolicyValue(key: PolicyKey, raw: string, policy: ResolvedPolicy): { value: number } | { error: string } {
  const rule = POLICY_RULES[key];
  const text = raw.trim();
  const value = Number(text);
  if (text === '' || !Number.isFinite(value)) return { error: `${rule.label}: “${raw}” is not a number.` };
  if (rule.whole && !Number.isInteger(value)) return { error: `${rule.label}: “${raw}” must be a whole number.` };
  if (rule.exclusive ? value <= rule.min : value < rule.min) {
    return { error: `${rule.label}: ${value} is too small; it must be ${rule.exclusive ? 'more than' : 'at least'} ${rule.min}.` };
  }
  const next = { ...policy, [key]: value };
  if (next.minRotationMonths > next.maxRotationMonths) {
    return { error: `${rule.label}: ${value} would make the shortest rotation (${next.minRotationMonths}) longer than the longest (${next.maxRotationMonths}).` };
  }
  if (next.defaultRotationMonths < next.minRotationMonths || next.defaultRotationMonths > next.maxRotationMonths) {
    return { error: `${rule.label}: ${value} would put the suggested length (${next.defaultRotationMonths}) outside ${next.minRotationMonths}–${next.maxRotationMonths} months.` };
  }
  if (next.braidMinMonths > next.braidTargetMonths) {
    return { error: `${rule.label}: ${value} would make real exposure (${next.braidMinMonths}) more than fully braided (${next.braidTargetMonths}).` };
  }
  return { value };
}
