import { occupancyOf, overCapacityRuns, runsDuring } from '../capacity';
import type { RotationFacts } from '../model/plan-index';
import { fromDayNumber } from '../time';
import type { RuleContext } from './rule-context';
import { hostName, listText, monthsText, personName, plural, rangeText, roleName } from './wording';

/** The five rotation flags: overlap, over capacity, duration, linear track, late for a vacancy. */
export function raiseRotationFlags(ctx: RuleContext): void {
  raiseOverlaps(ctx);
  raiseOverCapacity(ctx);
  raiseDurationAndTrack(ctx);
  raiseLateForVacancy(ctx);
}

export const at = (facts: RotationFacts): string => `${hostName(facts.host, facts.rotation.hostId)} (${rangeText(facts.rotation)})`;
/** The days `at(facts)` names, for the flag's `dates`. */
export const daysOf = (...all: RotationFacts[]): string[] => all.flatMap((f) => [f.rotation.start, f.rotation.end]);

/**
 * Two non-cancelled rotations of one person that share a day (ranges include both ends), one
 * flag per pair.
 * Spec choice: every status but cancelled counts, completed ones included — the record of who
 * was where must be consistent too; rotations ending the day before the next starts do not overlap. A sweep over the person's rotations sorted by start: each is compared only with
 * those still running when it starts.
 */
function raiseOverlaps(ctx: RuleContext): void {
  // The rotations still running, in open[0 … count − 1]; the array is reused, never shrunk.
  const open: RotationFacts[] = [];
  const { roster, rotationsByPerson } = ctx.index;
  for (let p = 0; p < roster.length; p++) {
    const rotations = rotationsByPerson.get(roster[p].id);
    if (!rotations || rotations.length < 2) continue;
    let count = 0;
    for (let r = 0; r < rotations.length; r++) {
      const next = rotations[r];
      let kept = 0;
      for (let o = 0; o < count; o++) if (open[o].endDay >= next.startDay) open[kept++] = open[o];
      count = kept;
      for (let o = 0; o < kept; o++) {
        const earlier = open[o];
        const name = personName(next.person);
        const from = fromDayNumber(Math.max(earlier.startDay, next.startDay));
        const to = fromDayNumber(Math.min(earlier.endDay, next.endDay));
        ctx.book.raise(
          'rotation-overlap',
          'critical',
          { personId: next.person.id, rotationIds: [earlier.rotation.id, next.rotation.id], dates: [...daysOf(earlier, next), ...(from === to ? [from] : [from, to])] },
          `${name}'s rotations at ${at(earlier)} and ${at(next)} overlap${from === to ? ` on ${from}` : ` from ${from} to ${to}`}.`,
          'Move or shorten one of the two rotations so that they no longer share a day.',
        );
      }
      open[count++] = next;
    }
  }
}

/**
 * Days on which more non-cancelled rotations run at a host than its capacity: one flag per
 * maximal run of such days, naming the rotations that run during it.
 * Spec choice: rotations are counted per calendar day, both ends included, every status but
 * cancelled; a run is a stretch of consecutive over-capacity days (the count may vary inside it),
 * and the flag gives its first and last day and the peak count.
 */
function raiseOverCapacity(ctx: RuleContext): void {
  for (const [hostId, rotations] of ctx.index.rotationsByHost) {
    const host = ctx.index.hosts.get(hostId);
    if (!host || rotations.length <= host.capacity) continue;
    const runs = overCapacityRuns(occupancyOf(rotations), host.capacity);
    if (runs.length === 0) continue;
    const during: RotationFacts[][] = runs.map(() => []);
    for (let r = 0; r < rotations.length; r++) for (const i of runsDuring(runs, rotations[r])) during[i].push(rotations[r]);
    runs.forEach((run, i) => {
      const from = fromDayNumber(run.from);
      const to = fromDayNumber(run.to);
      const people = [...new Set(during[i].map((f) => f.person))];
      const names = people.map(personName);
      const shown = names.length > 5 ? [...names.slice(0, 5), plural(names.length - 5, 'other')] : names;
      const name = hostName(host, hostId);
      ctx.book.raise(
        'rotation-over-capacity',
        'critical',
        { hostId, rotationIds: during[i].map((f) => f.rotation.id), from, to, dates: from === to ? [from] : [from, to] },
        `${name} has ${run.peak} rotations running at once ${from === to ? `on ${from}` : `from ${from} to ${to}`}, over its capacity of ${host.capacity} (rotations of ${listText(shown)}).`,
        `Move one of these rotations to another time or host, or raise the capacity of ${name}.`,
        people.map((p) => p.id),
      );
    });
  }
}

/**
 * Spec choice: the length is monthsBetween of the inclusive range, so 2027-01-01…2027-03-31 is
 * exactly 3 months and not short; only planned and active rotations are checked.
 */
function raiseDurationAndTrack(ctx: RuleContext): void {
  const { minRotationMonths: min, maxRotationMonths: max } = ctx.index.policy;
  const { rotations } = ctx.index;
  for (let i = 0; i < rotations.length; i++) {
    const facts = rotations[i];
    const { rotation, person } = facts;
    if (rotation.status !== 'planned' && rotation.status !== 'active') continue;
    const name = personName(person);
    const subject = { personId: person.id, rotationIds: [rotation.id], dates: daysOf(facts) };
    const { months } = facts;
    if (months < min || months > max) {
      const short = months < min;
      ctx.book.raise(
        'rotation-duration',
        'warning',
        subject,
        `${name}'s ${rotation.status} rotation at ${at(facts)} lasts ${monthsText(months)}, ${short ? `shorter than the minimum of ${monthsText(min)}` : `longer than the maximum of ${monthsText(max)}`}.`,
        short ? `Extend it to at least ${monthsText(min)}.` : `Shorten it, or split it into rotations of at most ${monthsText(max)}.`,
      );
    }
    if (person.track === 'linear') {
      ctx.book.raise(
        'rotation-linear-track',
        'warning',
        subject,
        `${name} is on the linear track but has a${rotation.status === 'active' ? 'n active' : ' planned'} rotation at ${at(facts)}.`,
        `Confirm with ${name}: move them to the braided track if they want rotations, or cancel this one.`,
      );
    }
  }
}

/**
 * Spec choice: "after" is strictly after — a planned rotation ending on the expected vacancy
 * day itself is not late. Only planned rotations are checked, as the spec says.
 */
function raiseLateForVacancy(ctx: RuleContext): void {
  const { index } = ctx;
  for (const role of index.roles) {
    const vacancy = role.expectedVacancy;
    if (vacancy === null) continue;
    for (const successor of index.slates.get(role.id) ?? []) {
      for (const facts of index.rotationsByPerson.get(successor.personId) ?? []) {
        const { rotation, person } = facts;
        if (rotation.status !== 'planned' || rotation.end <= vacancy) continue;
        const title = roleName(role);
        ctx.book.raise(
          'rotation-late-for-vacancy',
          'warning',
          { roleId: role.id, personId: person.id, rotationIds: [rotation.id], dates: [...daysOf(facts), vacancy] },
          `${personName(person)}'s planned rotation at ${at(facts)} ends after ${title} is expected to fall vacant on ${vacancy}.`,
          `Bring the rotation forward so that it ends by ${vacancy}, or plan it after the succession.`,
        );
      }
    }
  }
}
