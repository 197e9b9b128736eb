import { emptyPlan } from '../../shared/domain/plan/defaults';
import type { Plan } from '../../shared/domain/plan/schema';

/** An empty plan whose framework already has the departments of tests/fixtures/hris/us-employer-hris.csv. */
export function emptyPlanWithUsDepartments(): Plan {
  const plan = emptyPlan('Acme Manufacturing');
  plan.organization.asOf = '2026-06-01';
  plan.framework.domains.push(
    { id: 'production', name: 'Production', side: 'back', develops: ['innovation'] },
    { id: 'it-is', name: 'IT/IS', side: 'back', develops: ['innovation'] },
    { id: 'admin-offices', name: 'Admin Offices', side: 'front', develops: ['financial-acumen'] },
    { id: 'executive-office', name: 'Executive Office', side: 'front', develops: ['financial-acumen'] },
  );
  return plan;
}
