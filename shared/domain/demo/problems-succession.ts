import { roleSpansBothSides } from '../fit';
import type { Role } from '../plan/schema';
import { dayOf } from './calendar';
import { addRotation } from './rotations';
import { estimatedFit } from './roles';
import { currentExposure, findHost, isFree, latestLevels, oppositeSide, type DemoWorld, type PersonDraft } from './world';

/**
 * The succession problems a talent review finds, added on purpose to a few roles so the
 * demo shows each flag: a role nobody is ready for, a thin bench, a single-sided bench for
 * a joint role, an optimistic "ready now", an overcommitted star, a flight risk, a linear
 * leader short of the other side, a stale assessment, a rotation ending after the vacancy.
 * Roles are taken in blocks of six (one block per 24 roles), each problem on its own role
 * where there are enough, so one fix does not hide another.
 */

interface Context {
  world: DemoWorld;
  byId: Map<string, PersonDraft>;
  /** Roles whose bench must stay single-sided: only single-sided people may join them. */
  singleSided: Set<Role>;
  pools: Pools;
}

/**
 * Roster positions (indices into world.people, ascending) of the people a search may find,
 * sorted out once: who can join a slate at all, and of those the single-sided and the
 * linear-track. A search walks the pool its test needs instead of the whole roster, which in a
 * 50 000-person plan made each search a full scan. Who is eligible, single-sided (exposure
 * before asOf; this phase books only future rotations) or linear does not change while the
 * problems are added, and each search still applies its whole test, so it finds the same people.
 */
interface Pools {
  eligible: number[];
  singleSided: number[];
  linear: number[];
}

/** Whole months on the weaker side, as the generator estimates them (a little low). */
const weakerSide = (ctx: Pick<Context, 'world'>, draft: PersonDraft): number => {
  const exposure = currentExposure(ctx.world, draft);
  return Math.min(exposure.front, exposure.back);
};
/** Safely below braidMinMonths (6) even after the days the estimate leaves out. */
const isSingleSided = (ctx: Pick<Context, 'world'>, draft: PersonDraft): boolean => weakerSide(ctx, draft) <= 3;

const canJoinSlate = (d: PersonDraft): boolean => d.tier >= 2 && d.tier <= 4 && !d.incumbent && !d.person.archived;

function sortPools(world: DemoWorld): Pools {
  const pools: Pools = { eligible: [], singleSided: [], linear: [] };
  world.people.forEach((d, i) => {
    if (!canJoinSlate(d)) return;
    pools.eligible.push(i);
    if (isSingleSided({ world }, d)) pools.singleSided.push(i);
    if (d.person.track === 'linear') pools.linear.push(i);
  });
  return pools;
}

/** The first place in an ascending pool at or after roster position `offset` (the pool's length when none is). */
function firstAtOrAfter(pool: number[], offset: number): number {
  let low = 0;
  let high = pool.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (pool[mid] < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Up to `limit` people of the pool who could join the role's slate and pass `accept`, walking
 * the roster from a random place so that repeated searches do not all find the same people.
 */
function candidates(ctx: Context, role: Role, accept: (d: PersonDraft) => boolean, limit = 1, pool = ctx.pools.eligible): PersonDraft[] {
  const people = ctx.world.people;
  const onSlate = new Set(role.successors.map((s) => s.personId));
  const found: PersonDraft[] = [];
  const offset = ctx.world.random.int(0, Math.max(0, people.length - 1));
  const first = firstAtOrAfter(pool, offset);
  for (let k = 0; k < pool.length && found.length < limit; k++) {
    const d = people[pool[(first + k) % pool.length]];
    if (!onSlate.has(d.person.id) && accept(d)) found.push(d);
  }
  return found;
}

function addSuccessor(ctx: Context, role: Role, draft: PersonDraft, readiness: Role['successors'][number]['readiness']): void {
  role.successors.push({ personId: draft.person.id, readiness, emergency: false });
  draft.slates++;
}

function makeSingleSided(ctx: Context, role: Role): void {
  const pool = candidates(ctx, role, (d) => isSingleSided(ctx, d), 2, ctx.pools.singleSided);
  for (const s of role.successors) ctx.byId.get(s.personId)!.slates--;
  role.successors = [];
  for (const draft of pool) addSuccessor(ctx, role, draft, estimatedFit(ctx.world, draft, role) >= 0.6 ? 'ready-1-2-years' : 'ready-3-5-years');
  ctx.singleSided.add(role);
}

/** A thread the person is assessed below the role's requirement (levels are exact, unlike months). */
const hasThreadGap = (draft: PersonDraft, role: Role): boolean => {
  const levels = latestLevels(draft.person);
  return Object.entries(role.requirements.threads).some(([thread, level]) => (levels.get(thread) ?? 0) < level);
};

function optimisticReadyNow(ctx: Context, role: Role): void {
  const existing = role.successors.find((s) => hasThreadGap(ctx.byId.get(s.personId)!, role));
  if (existing) {
    existing.readiness = 'ready-now';
    return;
  }
  const [draft] = candidates(ctx, role, (d) => hasThreadGap(d, role) && (!ctx.singleSided.has(role) || isSingleSided(ctx, d)));
  if (draft) addSuccessor(ctx, role, draft, 'ready-now');
}

const plannedSpan = (ctx: Context, personId: string) =>
  ctx.byId.get(personId)!.spans.find((span) => span.start > ctx.world.asOfMonth && span.rotation.status === 'planned');

/** A successor's next rotation ends after the role falls vacant. */
function vacancyBeforeRotationEnds(ctx: Context, role: Role): void {
  const { world } = ctx;
  for (const s of role.successors) {
    const planned = plannedSpan(ctx, s.personId);
    if (planned) {
      role.expectedVacancy = dayOf(planned.end, 1);
      return;
    }
  }
  // Nobody on the slate has a rotation booked: book one for a (new) successor who is free.
  const start = world.asOfMonth + 2;
  const end = start + 5;
  const bookable = (d: PersonDraft): boolean =>
    d.person.track === 'braided' && !d.noRotations && isFree(d, start, end) && (!ctx.singleSided.has(role) || isSingleSided(ctx, d));
  const onSlate = role.successors.map((s) => ctx.byId.get(s.personId)!).filter(bookable);
  const [draft] = onSlate.length ? onSlate : candidates(ctx, role, bookable);
  if (!draft) return;
  const domain = world.domains.find((d) => d.side === oppositeSide(draft.homeSide) && findHost(world, d.id, start, end) >= 0);
  if (!domain) return;
  if (!onSlate.length) addSuccessor(ctx, role, draft, 'ready-1-2-years');
  addRotation(world, draft, findHost(world, domain.id, start, end), start, end, 'planned');
  role.expectedVacancy = dayOf(end, 1);
}

/** Trims the slate to one successor, keeping the one another problem rests on if there is one. */
function thinBench(ctx: Context, role: Role): void {
  const keep = role.successors.find((s) => s.readiness === 'ready-now') ?? role.successors.find((s) => plannedSpan(ctx, s.personId)) ?? role.successors[0];
  for (const s of role.successors) if (s !== keep) ctx.byId.get(s.personId)!.slates--;
  role.successors = keep ? [keep] : [];
}

function nobodyReady(role: Role): void {
  for (const s of role.successors) {
    if (s.readiness === 'ready-now') s.readiness = 'ready-1-2-years';
    s.emergency = false;
  }
  role.vacancyRisk = 'high';
}

/** A high-potential leader named on one slate more than policy allows (3). */
function overcommit(ctx: Context, roles: Role[], thin: Role | undefined): void {
  const open = roles.filter((r) => r !== thin);
  if (open.length < 4) return;
  const [star] = candidates(
    ctx,
    open[0],
    (d) => d.person.track === 'braided' && d.tier <= 3 && isSingleSided(ctx, d),
    1,
    ctx.pools.singleSided,
  );
  if (!star) return;
  for (const role of open) {
    if (star.slates > 3) break;
    if (role.incumbentId === star.person.id || role.successors.some((s) => s.personId === star.person.id)) continue;
    addSuccessor(ctx, role, star, 'ready-1-2-years');
  }
}

/** A linear-track leader on a slate for a role that needs time on the side they will not rotate to. */
function linearSuccessor(ctx: Context, roles: Role[], thin: Role | undefined): void {
  for (const role of roles) {
    if (role === thin) continue;
    const [draft] = candidates(ctx, role, (d) => {
      if (d.person.track !== 'linear') return false;
      const exposure = currentExposure(ctx.world, d);
      const across = oppositeSide(d.homeSide);
      const required = across === 'front' ? role.requirements.frontMonths : role.requirements.backMonths;
      return required > 0 && exposure[across] + 2 < required && (!ctx.singleSided.has(role) || isSingleSided(ctx, d));
    }, 1, ctx.pools.linear);
    if (!draft) continue;
    addSuccessor(ctx, role, draft, 'ready-3-5-years');
    return;
  }
}

function personProblems(ctx: Context, roles: Role[]): void {
  const successors = roles.flatMap((r) => r.successors.map((s) => ctx.byId.get(s.personId)!));
  if (successors.length === 0) return;
  // Someone other than the overcommitted star where possible, so the two problems read apart.
  const ordinary = successors.filter((d) => d.slates <= 3);
  ctx.world.random.pick(ordinary.length ? ordinary : successors).person.flightRisk = 'high';
  // Never assessed on one thread: the talent review cannot judge readiness on it.
  const unassessed = ctx.world.random.pick(successors);
  const thread = ctx.world.random.pick(['financial-acumen', 'innovation', 'customer-success', 'recovery-growth']);
  unassessed.person.assessments = unassessed.person.assessments.filter((a) => a.thread !== thread);
}

function blockProblems(ctx: Context, roles: Role[]): void {
  const unused = new Set(roles);
  const take = (accept: (r: Role) => boolean = () => true): Role | undefined => {
    const role = [...unused].find(accept) ?? roles.find(accept);
    if (role) unused.delete(role);
    return role;
  };
  const domains = new Map([...ctx.world.sideOf].map(([id, side]) => [id, { side }]));
  const joint = take((r) => roleSpansBothSides(r, domains));
  if (joint) makeSingleSided(ctx, joint);
  const optimistic = take();
  if (optimistic) optimisticReadyNow(ctx, optimistic);
  const late = take((r) => r.successors.some((s) => plannedSpan(ctx, s.personId))) ?? take();
  if (late) vacancyBeforeRotationEnds(ctx, late);
  // In a small plan one role carries two problems: a single successor can be single-sided or late.
  const thin = unused.size ? take() : joint !== late ? joint : late;
  if (thin) thinBench(ctx, thin);
  const unready = take((r) => r !== optimistic);
  if (unready) nobodyReady(unready);
  overcommit(ctx, roles, thin);
  linearSuccessor(ctx, roles, thin);
  // Last, so no later change to a slate drops the person they concern.
  personProblems(ctx, roles);
}

export function addSuccessionProblems(world: DemoWorld): void {
  const ctx: Context = { world, byId: new Map(world.people.map((d) => [d.person.id, d])), singleSided: new Set(), pools: sortPools(world) };
  const blockSize = 6;
  const blocks = Math.max(1, Math.round(world.roles.length / 24));
  const step = Math.max(blockSize, Math.floor(world.roles.length / blocks));
  for (let b = 0; b < blocks; b++) {
    const roles = world.roles.slice(b * step, b * step + blockSize);
    if (roles.length) blockProblems(ctx, roles);
  }
}
