import { addMonths } from '../time';
import { monthYearText } from '../readiness';
import type { RuleContext } from './rule-context';
import { nameOf } from './role-flags';
import { roleName } from './wording';

/**
 * readiness-understated and readiness-out-of-reach (DOMAIN §8.4): the readiness HR marked on a
 * slate against the fit and the projected ready date.
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
      const limit = within[successor.readiness];
      const { readyBy } = successor;
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
