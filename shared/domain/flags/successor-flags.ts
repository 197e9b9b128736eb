import type { RuleContext } from './rule-context';
import { nameOf, rolesText } from './role-flags';
import { gapText, listText, monthsText, percentText, plural, roleName } from './wording';

/** successor-not-ready, successor-flight-risk and successor-linear-gap per slate entry; successor-overcommitted per person. */
export function raiseSuccessorFlags(ctx: RuleContext): void {
  const { index, book } = ctx;
  for (const role of index.roles) {
    const analysis = ctx.roles.get(role.id);
    if (!analysis) continue;
    const title = roleName(role);
    for (const successor of analysis.successors) {
      const person = index.people.get(successor.personId);
      if (!person) continue;
      const name = nameOf(ctx, person.id);
      const subject = { roleId: role.id, personId: person.id };

      if (successor.readiness === 'ready-now' && successor.fit.fit < 1) {
        const gaps = successor.fit.gaps.map((g) => gapText(g, index.threadNames));
        book.raise(
          'successor-not-ready',
          'warning',
          subject,
          `${name} is marked ready now for ${title} but meets ${percentText(successor.fit.fit)} of its requirements. Gaps: ${gaps.join('; ')}.`,
          `Close the gaps (see ${name}'s development path) or mark ${name} as ready in 1–2 years.`,
        );
      }

      if (person.flightRisk === 'high') {
        book.raise(
          'successor-flight-risk',
          'warning',
          subject,
          `${name}, a successor for ${title}, is a high flight risk.`,
          `Agree a retention plan with ${name} and strengthen the rest of the slate for ${title}.`,
        );
      }

      if (person.track === 'linear') {
        const current = ctx.people.get(person.id)?.current;
        const short: string[] = [];
        const { frontMonths, backMonths } = role.requirements;
        if (current && current.front < frontMonths) short.push(`${monthsText(current.front)} of the ${monthsText(frontMonths)} on the front side`);
        if (current && current.back < backMonths) short.push(`${monthsText(current.back)} of the ${monthsText(backMonths)} on the back side`);
        if (short.length > 0) {
          book.raise(
            'successor-linear-gap',
            'info',
            subject,
            `${name} is on the linear track and has ${listText(short)} that ${title} requires: rotations will not close it.`,
            `Talk with ${name} about the braided track, or plan the slate for ${title} without counting on them.`,
          );
        }
      }
    }
  }

  const max = index.policy.maxSuccessorSlotsPerPerson;
  for (const [personId, roles] of index.successorRoles) {
    if (roles.length <= max) continue;
    const name = nameOf(ctx, personId);
    book.raise(
      'successor-overcommitted',
      'warning',
      { personId },
      `${name} is a successor for ${plural(roles.length, 'role')} (${rolesText(roles)}); the policy allows ${max}.`,
      `Keep ${name} on the slates where they fit best and find other successors for the rest.`,
    );
  }
}
