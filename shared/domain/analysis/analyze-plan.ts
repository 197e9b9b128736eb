import { exposureOf } from '../exposure';
import { fitOfRole, roleSpansBothSides } from '../fit';
import { FlagBook, raisePersonFlags, raiseProgrammeFlags, raiseReadinessFlags, raiseRoleFlags, raiseRotationFlags, raiseSuccessorFlags, type RuleContext } from '../flags';
import { pipelineMetricsOf } from '../metrics';
import { actingStaysOf, readinessFor } from '../readiness';
import type { Plan } from '../plan/schema';
import { braidIndexOf, levelReader, nineBoxOf, threadLevelsOf } from '../threads';
import { todayIso } from '../time';
import { linkFlags, NO_FLAGS } from './flag-links';
import { indexPlan, type PlanIndex, type RotationFacts } from '../model/plan-index';
import type { PersonAnalysis, PlanAnalysis, RoleAnalysis, SuccessorAnalysis } from '../model/types';

export interface AnalyzeOptions {
  /** The day the analysis is made as of; defaults to the plan's asOf, else today. */
  asOf?: string;
}

const NO_ROTATIONS: RotationFacts[] = [];

/** The whole analysis of a plan as of a day (DOMAIN §5): a pure function of the plan. */
export function analyzePlan(plan: Plan, options: AnalyzeOptions = {}): PlanAnalysis {
  const asOf = options.asOf ?? plan.organization.asOf ?? todayIso();
  const index = indexPlan(plan, asOf);
  const { policy, threads, threadIndex } = index;

  const people = new Map<string, PersonAnalysis>();
  for (let i = 0; i < index.roster.length; i++) {
    const person = index.roster[i];
    const rotations = index.rotationsByPerson.get(person.id) ?? NO_ROTATIONS;
    const acting = actingStaysOf(index.actionsByPerson.get(person.id));
    const { current, projected } = exposureOf(person, acting.length ? [...rotations, ...acting] : rotations, index.domainTable, asOf);
    const levels = threadLevelsOf(person, threads, threadIndex, asOf);
    const braid = braidIndexOf(current, levels, policy.braidTargetMonths);
    people.set(person.id, {
      personId: person.id,
      homeSide: index.domains.get(person.homeDomain)?.side ?? null,
      current,
      projected,
      threads: levels,
      braidIndex: braid.braidIndex,
      exposureScore: braid.exposureScore,
      threadScore: braid.threadScore,
      nineBox: nineBoxOf(person),
      flagIds: NO_FLAGS,
    });
  }

  const roles = new Map<string, RoleAnalysis>();
  for (const role of index.roles) {
    const successors: SuccessorAnalysis[] = [];
    for (const successor of index.slates.get(role.id) ?? []) {
      const person = index.people.get(successor.personId)!;
      const standing = people.get(successor.personId)!;
      const fit = fitOfRole(role, successor.personId, standing.current, levelReader(person, standing.threads, threadIndex, asOf));
      const whole = readinessFor(index, person.id, role, standing.current, fit);
      successors.push({
        personId: successor.personId,
        readiness: successor.readiness,
        emergency: successor.emergency,
        fit,
        braidIndex: standing.braidIndex,
        ...whole,
      });
    }
    roles.set(role.id, { roleId: role.id, spansBothSides: roleSpansBothSides(role, index.domains), successors, flagIds: NO_FLAGS });
  }

  const ctx: RuleContext = { index, people, roles, book: new FlagBook() };
  raiseRoleFlags(ctx);
  raiseSuccessorFlags(ctx);
  raiseReadinessFlags(ctx);
  raiseRotationFlags(ctx);
  raisePersonFlags(ctx);
  raiseProgrammeFlags(ctx);
  const links = linkFlags(ctx);

  const analysis: PlanAnalysis = {
    asOf,
    people,
    roles,
    flags: links.flags,
    flagsById: links.flagsById,
    flagsByRotation: links.flagsByRotation,
    flagsByHost: links.flagsByHost,
    metrics: pipelineMetricsOf(index, roles, people, links.flags),
  };
  return analysis;
}

/**
 * The plan's index as of the analysis's day, for the queries that need the rotations by person and
 * host (development paths, slate candidates). Built on first use and kept per plan object — not by analyzePlan,
 * which lets its own index go as soon as it is done.
 */
const indexes = new WeakMap<Plan, PlanIndex>();
export function planIndexOf(plan: Plan, analysis: PlanAnalysis): PlanIndex {
  const known = indexes.get(plan);
  if (known && known.asOf === analysis.asOf) return known;
  const index = indexPlan(plan, analysis.asOf);
  indexes.set(plan, index);
  return index;
}
