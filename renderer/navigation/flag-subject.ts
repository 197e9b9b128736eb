import { FLAG_CATALOGUE, FLAG_CODES, flagLabel, type Flag, type FlagCode } from '../../shared/domain/model';
import type { Plan } from '../../shared/domain/plan/schema';
import type { Route } from '../store';
import { distinguisherOf } from '../components/PersonLabel';
import { personLabelText } from '../../shared/domain/people';

/** @deprecated Read `flagLabel(code)` from shared/domain/model (the flag catalogue); this table goes at the next cleanup. */
export const FLAG_CODE_LABELS: Record<FlagCode, string> = Object.fromEntries(FLAG_CODES.map((code) => [code, flagLabel(code)])) as Record<FlagCode, string>;

/** Names of the plan's subjects by id, built once per plan for the flag links. */
export interface SubjectNames {
  person: Map<string, string>;
  role: Map<string, string>;
  host: Map<string, string>;
}

export function subjectNamesOf(plan: Plan): SubjectNames {
  // A link to one of two people of the same name says which one it is.
  const distinguish = distinguisherOf(plan);
  return {
    person: new Map(plan.people.map((p) => [p.id, personLabelText(p.name.trim() || p.id, distinguish(p.id))])),
    role: new Map(plan.roles.map((r) => [r.id, r.title.trim() || r.id])),
    host: new Map(plan.hosts.map((h) => [h.id, h.name.trim() || h.id])),
  };
}

export interface SubjectLink {
  label: string;
  route: Route;
}

const PLANNER_SUBJECTS = new Set(['rotation', 'rotations', 'host']);

/**
 * Where a flag can be fixed, most useful first. Rotation and host flags are fixed on the rotation
 * planner; role and successor flags on the role's slate; person flags on the profile.
 */
export function flagSubjectLinks(flag: Flag, names: SubjectNames): SubjectLink[] {
  const links: SubjectLink[] = [];
  const rotationId = flag.rotationIds?.[0];
  const role = () => flag.roleId && links.push({ label: names.role.get(flag.roleId) ?? flag.roleId, route: { screen: 'succession', roleId: flag.roleId } });
  const person = () =>
    flag.personId && links.push({ label: names.person.get(flag.personId) ?? flag.personId, route: { screen: 'profile', personId: flag.personId } });
  if (PLANNER_SUBJECTS.has(FLAG_CATALOGUE[flag.code].subject)) {
    if (flag.hostId) links.push({ label: names.host.get(flag.hostId) ?? flag.hostId, route: { screen: 'rotations', hostId: flag.hostId } });
    if (rotationId) links.push({ label: flag.rotationIds!.length > 1 ? 'the rotations' : 'the rotation', route: rotationsRoute(flag, rotationId) });
    role();
    person();
  } else {
    role();
    person();
  }
  return links;
}

/**
 * The planner showing every rotation the flag names, the first focused and all highlighted. One
 * person's rotations at different hosts (an overlap) sit in two host lanes far apart: they are
 * shown in that person's lane, side by side.
 */
function rotationsRoute(flag: Flag, rotationId: string): Route {
  const more = flag.rotationIds!.slice(1);
  if (more.length === 0) return { screen: 'rotations', rotationId };
  return { screen: 'rotations', rotationId, withRotationIds: more, ...(flag.personId && !flag.hostId ? { personId: flag.personId } : {}) };
}
