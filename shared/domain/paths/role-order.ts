import type { Role } from '../plan/schema';

const RISK_ORDER = { high: 0, medium: 1, low: 2 } as const;

/**
 * Spec choice: "most critical first" orders roles by vacancy risk (high first), then by the
 * earliest expected vacancy (none last), then as listed in the plan.
 */
export function byCriticality(roles: readonly Role[]): Role[] {
  return [...roles].sort(
    (a, b) =>
      RISK_ORDER[a.vacancyRisk] - RISK_ORDER[b.vacancyRisk] ||
      (a.expectedVacancy ?? '9999-12-31').localeCompare(b.expectedVacancy ?? '9999-12-31'),
  );
}
