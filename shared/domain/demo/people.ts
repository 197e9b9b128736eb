import type { Experience, LowMediumHigh, Person, Side } from '../plan/schema';
import { firstDayOf, lastDayOf } from './calendar';
import { randomName, SHOWCASE_NAMES } from './names';
import { CEO_TITLE, titleFor } from './titles';
import { oppositeSide, type DemoWorld, type PersonDraft } from './world';

/**
 * The roster: a chief executive, a head per domain, and below them trees of directors,
 * managers and team leads, each domain sized like an IT-services firm (engineering and
 * delivery largest, security smallest).
 */

const DOMAIN_WEIGHTS: Record<string, number> = {
  sales: 11, consulting: 13, 'customer-success': 12, delivery: 15, engineering: 20, infrastructure: 12, security: 7, data: 10,
};
/** Direct reports per manager below the domain head. */
const SPAN_OF_CONTROL = 6;
const LINEAR_SHARE = 0.15;
/** Braided leaders not yet given a rotation; they are the stagnation the planner warns about. */
const NOT_STARTED_SHARE = 0.03;
/** [shortest, longest] months with the company per tier. */
const TENURE: readonly [number, number][] = [[120, 300], [60, 240], [36, 200], [24, 160], [24, 160], [12, 150]];

export function personId(index: number, count: number): string {
  return `P${String(index + 1).padStart(Math.max(3, String(count).length), '0')}`;
}

const rating = (world: DemoWorld): number | null =>
  world.random.chance(0.04) ? null : world.random.weighted([1, 2, 3, 4, 5], [4, 14, 45, 27, 10]);

const lowMediumHigh = (world: DemoWorld, weights: readonly number[]): LowMediumHigh | null =>
  world.random.chance(0.04) ? null : world.random.weighted(['low', 'medium', 'high'] as const, weights);

function otherDomain(world: DemoWorld, home: string, side: Side): string {
  const options = world.domains.filter((d) => d.side === side && d.id !== home);
  return options.length ? world.random.pick(options).id : home;
}

/** Past jobs, before and inside the company, ending with the current, ongoing one. */
function experienceOf(world: DemoWorld, draft: PersonDraft, homeOnly: boolean): Experience[] {
  const { random } = world;
  const home = draft.person.homeDomain;
  const entries: Experience[] = [];
  const elsewhere = (): string => (homeOnly ? home : otherDomain(world, home, random.chance(0.5) ? oppositeSide(draft.homeSide) : draft.homeSide));
  if (random.chance(0.5)) {
    const months = random.int(18, 84);
    entries.push({ domain: random.chance(0.6) ? home : elsewhere(), start: firstDayOf(draft.joinedMonth - months), end: lastDayOf(draft.joinedMonth - 1) });
  }
  const tenure = world.asOfMonth - draft.joinedMonth;
  let currentStart = draft.joinedMonth;
  if (tenure > 36 && random.chance(0.45)) {
    currentStart = draft.joinedMonth + random.int(12, tenure - 12);
    entries.push({ domain: elsewhere(), start: firstDayOf(draft.joinedMonth), end: lastDayOf(currentStart - 1) });
  }
  entries.push({ domain: home, start: firstDayOf(currentStart), end: null });
  return entries;
}

export function createPeople(world: DemoWorld, count: number): void {
  const { random } = world;
  const domainIds = world.domains.map((d) => d.id);
  const weights = domainIds.map((id) => DOMAIN_WEIGHTS[id] ?? 10);
  const members = new Map<string, number[]>(domainIds.map((id) => [id, []]));
  let linearHomeOnly = false;
  let stalled = false;

  for (let i = 0; i < count; i++) {
    let domain: string;
    let managerIndex: number | null = null;
    let tier: number;
    if (i === 0) {
      // The chief executive of an IT-services firm usually comes up through consulting or delivery.
      domain = random.pick(['consulting', 'delivery']);
      tier = 0;
    } else if (i <= domainIds.length) {
      domain = domainIds[i - 1];
      managerIndex = 0;
      tier = 1;
    } else {
      domain = random.weighted(domainIds, weights);
      const team = members.get(domain)!;
      managerIndex = team[Math.floor((team.length - 1) / SPAN_OF_CONTROL)];
      tier = world.people[managerIndex].tier + 1;
    }
    if (i > 0) members.get(domain)!.push(i);
    if (managerIndex !== null) world.people[managerIndex].reports++;

    const homeSide = world.sideOf.get(domain) ?? 'front';
    const linear = i > 0 && random.chance(LINEAR_SHARE);
    // At least one linear leader and one stalled braided leader stay on their home side,
    // so the pipeline shows what the linear track and stagnation mean even in a small plan.
    const homeOnlyLinear: boolean = linear && (!linearHomeOnly || random.chance(0.7));
    const notStarted: boolean = !linear && tier >= 3 && (!stalled || random.chance(NOT_STARTED_SHARE));
    linearHomeOnly ||= homeOnlyLinear;
    stalled ||= notStarted;

    const [shortest, longest] = TENURE[Math.min(tier, TENURE.length - 1)];
    const joinedMonth = world.asOfMonth - random.int(shortest, longest);
    const person: Person = {
      id: personId(i, count),
      name: randomName(random),
      title: i === 0 ? CEO_TITLE : titleFor(domain, tier, (titles) => random.pick(titles)),
      homeDomain: domain,
      managerId: managerIndex === null ? null : personId(managerIndex, count),
      track: linear ? 'linear' : 'braided',
      performance: world.asOfMonth - joinedMonth < 6 ? null : rating(world),
      potential: lowMediumHigh(world, [25, 45, 30]),
      flightRisk: lowMediumHigh(world, [60, 28, 8]),
      experience: [],
      assessments: [],
    };
    const draft: PersonDraft = { person, tier, homeSide, joinedMonth, reports: 0, spans: [], slates: 0, noRotations: notStarted, incumbent: false };
    person.experience = experienceOf(world, draft, homeOnlyLinear || notStarted);
    world.people.push(draft);
  }
  placeShowcaseNames(world);
  archiveLeavers(world);
}

/**
 * Spec choice: about one in a hundred leaders has left: archived (the Braid extension), kept
 * for the history of their past rotations. Only managers and leads without reports leave, so
 * nobody's manager is archived, and leavers are on no slate and mentor no one.
 */
function archiveLeavers(world: DemoWorld): void {
  const showcase = new Set<string>(SHOWCASE_NAMES);
  for (const draft of world.people) {
    if (draft.tier < 4 || draft.reports > 0 || draft.noRotations || showcase.has(draft.person.name)) continue;
    if (!world.random.chance(0.01)) continue;
    const current = draft.person.experience[draft.person.experience.length - 1];
    const leftMonth = world.asOfMonth - world.random.int(1, 10);
    if (firstDayOf(leftMonth) <= current.start) continue;
    current.end = lastDayOf(leftMonth);
    draft.person.archived = true;
  }
}

/** The four names DOMAIN.md quotes go to prominent people early in the roster. */
function placeShowcaseNames(world: DemoWorld): void {
  const candidates = world.random.shuffled(Array.from({ length: Math.min(world.people.length, 20) - 1 }, (_, k) => k + 1));
  SHOWCASE_NAMES.forEach((name, k) => {
    if (k < candidates.length) world.people[candidates[k]].person.name = name;
  });
}
