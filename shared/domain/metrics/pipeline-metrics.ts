import type { PlanIndex } from '../model/plan-index';
import type { Flag, PersonAnalysis, PipelineMetrics, RoleAnalysis } from '../model/types';
import { netCoveredRoles } from './net-coverage';

/**
 * DOMAIN §5 pipeline metrics. Each share or mean is 0 when there is nothing to count.
 * Spec choice: roles are the non-retired roles, successors the roster people on their slates
 * (each person once per slate), rotations those of roster people (cancelled ones counted apart).
 */
export function pipelineMetricsOf(
  index: PlanIndex,
  roles: Map<string, RoleAnalysis>,
  people: Map<string, PersonAnalysis>,
  flags: readonly Flag[],
): PipelineMetrics {
  let covered = 0;
  let slots = 0;
  const readyNow: string[][] = [];
  for (const role of roles.values()) {
    slots += role.successors.length;
    const ready = role.successors.filter((s) => s.readiness === 'ready-now').map((s) => s.personId);
    if (ready.length > 0) covered++;
    readyNow.push(ready);
  }
  const min = index.policy.braidMinMonths;
  let braided = 0;
  for (const personId of index.successorRoles.keys()) {
    const current = people.get(personId)?.current;
    if (current && current.front >= min && current.back >= min) braided++;
  }
  const bySeverity = { critical: 0, warning: 0, info: 0 };
  for (let i = 0; i < flags.length; i++) bySeverity[flags[i].severity]++;
  const roleCount = roles.size;
  const successorCount = index.successorRoles.size;
  return {
    people: index.people.size,
    roles: roleCount,
    rotations: { ...index.rotationCounts },
    readyNowCoverage: roleCount === 0 ? 0 : covered / roleCount,
    netReadyNowCoverage: roleCount === 0 ? 0 : netCoveredRoles(readyNow) / roleCount,
    pipelineDepth: roleCount === 0 ? 0 : slots / roleCount,
    braidedBench: successorCount === 0 ? 0 : braided / successorCount,
    flags: bySeverity,
  };
}
