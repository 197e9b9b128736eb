import { addMonths } from '../time';
import { monthYearText } from '../readiness';
import type { RuleContext } from './rule-context';
import { nameOf } from './role-flags';
import { roleName } from './wording';

/**
 * readiness-understated, readiness-out-of-reach (DOMAIN §8.4) and readiness-unplanned-evidence
 * (§9.3): the readiness HR marked on a slate against the fit, the side-months date and the
 * evidence planned for the thread items.
 * Spec choice: "after addMonths(asOf, 24)" is strictly after, so a ready date exactly two years
 * out is still within 1–2 years.
 */
export function raiseReadinessFlags(ctx: RuleContext): void {
  const { index, book } = ctx;
  const within = { 'ready-1-2-years': addMonths(index.asOf, 24), 'ready-3-5-years': addMonths(index.asOf, 60) } as const;
  const words = { 'ready-1-2-years': 'in 1–2 years', 'ready-3-5-years': 'in 3–5 years' } as const;
  for (const role of index.roles) {
    const analysis = ctx.roles.get(role.id);
    if (!analysis) continue;
    const title = roleName(role);
    for (const successor of analysis.successors) {
      if (successor.readiness === 'ready-now') continue;
      const name = nameOf(ctx, successor.personId);
      const subject = { roleId: role.id, personId: successor.personId };
      if (successor.fit.fit === 1) {
        book.raise(
          'readiness-understated',
          'info',
          subject,
          `${name} meets every requirement of ${title} but is marked ready ${words[successor.readiness]}.`,
          `Confirm ${name} as ready now for ${title} in the talent review, or record what still holds them back.`,
        );
        continue;
      }
      if (successor.unplanned.length > 0) {
        const items = successor.unplanned.map((t) => `${index.threadNames.get(t.threadId) ?? t.threadId} ${t.level}`).join(', ');
        book.raise(
          'readiness-unplanned-evidence',
          'warning',
          subject,
          `${name} is marked ready ${words[successor.readiness]} for ${title}, but falls short of ${items} and nothing planned would show it.`,
          `Plan a development action or a rotation with ${successor.unplanned.length > 1 ? 'these threads' : 'this thread'} as an objective for ${name}, then assess it.`,
        );
      }
      const limit = within[successor.readiness];
      // §9.3: this flag keeps judging side months; thread items without evidence raise the one above.
      const readyBy = successor.exposureReadyBy;
      if (readyBy !== null && readyBy <= limit) continue;
      const why =
        readyBy === null
          ? `the rotations on the plan never give the time on each side that ${title} needs`
          : `on the rotations planned the side months are met only in ${monthYearText(readyBy)}`;
      book.raise(
        'readiness-out-of-reach',
        'warning',
        subject,
        `${name} is marked ready ${words[successor.readiness]} for ${title}, but ${why}.`,
        ctx.index.people.get(successor.personId)?.track === 'linear'
          ? `${name} is on the linear track: change the readiness on the slate, or talk with them about the braided track.`
          : readyBy === null
          ? `Plan the rotations of ${name}'s development path for ${title}, or change the readiness on the slate.`
          : `Bring ${name}'s rotations forward, or mark them as ${successor.readiness === 'ready-1-2-years' ? 'ready in 3–5 years' : 'a longer-term prospect'}.`,
      );
    }
  }
}
