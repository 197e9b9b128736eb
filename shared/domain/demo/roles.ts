import type { LowMediumHigh, Readiness, Role, Successor } from '../plan/schema';
import { dayOf, lastDayOf } from './calendar';
import { BUSINESS_UNITS, REGIONS, ROLE_TEMPLATES, type RoleTemplate } from './titles';
import { currentExposure, latestLevels, type DemoWorld, type PersonDraft } from './world';

/**
 * Critical roles (about one per 25 people) and their successor slates. The first roles are
 * the organisation-wide ones of ROLE_TEMPLATES; a large organisation repeats them per
 * business unit and region. Readiness mostly follows how well a successor fits the role,
 * with the optimism and caution real talent reviews show.
 */

export const rolesFor = (peopleCount: number): number => (peopleCount >= 25 ? Math.round(peopleCount / 25) : peopleCount >= 5 ? 1 : 0);

function roleTitle(template: RoleTemplate, round: number): string {
  if (round === 0) return template.title;
  const k = round - 1;
  const unit = BUSINESS_UNITS[k % BUSINESS_UNITS.length];
  const combos = BUSINESS_UNITS.length * REGIONS.length;
  const region = REGIONS[Math.floor(k / BUSINESS_UNITS.length) % REGIONS.length];
  return `${template.title}, ${unit} — ${region}${k >= combos ? ` ${Math.floor(k / combos) + 1}` : ''}`;
}

/** Share of the role's requirement items the person meets, estimated from whole months. */
export function estimatedFit(world: DemoWorld, draft: PersonDraft, role: Role): number {
  const exposure = currentExposure(world, draft);
  const levels = latestLevels(draft.person);
  const required = Object.entries(role.requirements.threads);
  let met = 0;
  for (const [thread, level] of required) if ((levels.get(thread) ?? 0) >= level) met++;
  if (exposure.front >= role.requirements.frontMonths) met++;
  if (exposure.back >= role.requirements.backMonths) met++;
  return met / (required.length + 2);
}

function readinessFor(world: DemoWorld, fit: number): Readiness {
  const options: Readiness[] = ['ready-now', 'ready-1-2-years', 'ready-3-5-years'];
  if (fit >= 1) return world.random.weighted(options, [75, 25, 0]);
  if (fit >= 0.6) return world.random.weighted(options, [12, 58, 30]);
  return world.random.weighted(options, [3, 30, 67]);
}

/** People by home domain and tier, for drawing incumbents and successors in O(1). */
type Pools = Map<string, PersonDraft[]>;
const poolKey = (domain: string, tier: number): string => `${domain}:${tier}`;

function buildPools(world: DemoWorld): Pools {
  const pools: Pools = new Map();
  for (const draft of world.people) {
    if (draft.tier === 0 || draft.person.archived) continue;
    const key = poolKey(draft.person.homeDomain, Math.min(draft.tier, 5));
    const pool = pools.get(key);
    if (pool) pool.push(draft);
    else pools.set(key, [draft]);
  }
  return pools;
}

function draw(world: DemoWorld, pools: Pools, domains: readonly string[], tiers: readonly number[], accept: (d: PersonDraft) => boolean): PersonDraft | undefined {
  for (let attempt = 0; attempt < 16; attempt++) {
    const pool = pools.get(poolKey(world.random.pick(domains), world.random.pick(tiers)));
    if (!pool || pool.length === 0) continue;
    const draft = world.random.pick(pool);
    if (accept(draft)) return draft;
  }
  return undefined;
}

function vacancyOf(world: DemoWorld, vacant: boolean): { vacancyRisk: LowMediumHigh; expectedVacancy: string | null } {
  const { random, asOfMonth } = world;
  if (vacant) return { vacancyRisk: 'high', expectedVacancy: dayOf(asOfMonth - random.int(1, 4), 1) };
  const vacancyRisk = random.weighted<LowMediumHigh>(['low', 'medium', 'high'], [45, 35, 20]);
  const dated = random.chance(vacancyRisk === 'high' ? 0.6 : vacancyRisk === 'medium' ? 0.25 : 0.05);
  const ahead = vacancyRisk === 'low' ? random.int(24, 36) : random.int(2, 18);
  return { vacancyRisk, expectedVacancy: dated ? lastDayOf(asOfMonth + ahead) : null };
}

function fillSlate(world: DemoWorld, pools: Pools, role: Role, round: number): void {
  const { random } = world;
  const allDomains = world.domains.map((d) => d.id);
  const slateSize = random.weighted([0, 1, 2, 3, 4, 5], [6, 14, 30, 30, 15, 5]);
  // Successors come from a level or two below the role; people holding a critical role are not on slates.
  const successorTiers = round === 0 ? [2, 3] : [3, 4];
  const onSlate = new Set<PersonDraft>();
  const fits = new Map<PersonDraft, number>();
  for (let s = 0; s < slateSize; s++) {
    // Most successors come from the role's own domains; some from the other side, as braiding intends.
    const domains = random.chance(0.65) ? role.domains : allDomains;
    const successor = draw(world, pools, domains, successorTiers, (d) => !d.incumbent && !onSlate.has(d) && (d.slates < 3 || random.chance(0.1)));
    if (!successor) continue;
    onSlate.add(successor);
    successor.slates++;
    const fit = estimatedFit(world, successor, role);
    fits.set(successor, fit);
    role.successors.push({ personId: successor.person.id, readiness: readinessFor(world, fit), emergency: false });
  }
  if (role.successors.length && random.chance(0.65)) {
    const best = [...fits].sort((a, b) => b[1] - a[1])[0][0];
    (role.successors.find((s) => s.personId === best.person.id) as Successor).emergency = true;
  }
}

export function createRoles(world: DemoWorld, count: number): void {
  const { random } = world;
  const pools = buildPools(world);
  const width = Math.max(2, String(count).length);
  for (let r = 0; r < count; r++) {
    const template = ROLE_TEMPLATES[r % ROLE_TEMPLATES.length];
    const round = Math.floor(r / ROLE_TEMPLATES.length);
    const threads: Record<string, number> = {};
    for (const [thread, level] of Object.entries(template.threads)) threads[thread] = round > 0 && random.chance(0.3) ? Math.max(2, level - 1) : level;
    const incumbent = random.chance(0.07) ? undefined : draw(world, pools, template.domains, round === 0 ? [1, 2] : [2, 3], (d) => !d.incumbent);
    if (incumbent) {
      incumbent.incumbent = true;
      if (round === 0) incumbent.person.title = template.title;
    }
    world.roles.push({
      id: `CR${String(r + 1).padStart(width, '0')}`,
      title: roleTitle(template, round),
      domains: [...template.domains],
      incumbentId: incumbent ? incumbent.person.id : null,
      ...vacancyOf(world, !incumbent),
      requirements: { threads, frontMonths: template.frontMonths, backMonths: template.backMonths },
      successors: [],
    });
  }
  // Slates once every incumbent is known, so no one holding a critical role is drawn as a successor.
  world.roles.forEach((role, r) => fillSlate(world, pools, role, Math.floor(r / ROLE_TEMPLATES.length)));
}
