import type { Plan } from '../domain/plan/schema';
import { moveChangeText, moveSubject, planBeforeMoves, rolesInScope, scopeLabel, type Review } from '../domain/review';
import { html, type SafeHtml } from './html';
import { masthead } from './masthead';
import type { ReportContext } from './report-context';
import { printedNineBox } from './review-nine-box';
import { roleSection } from './role-section';
import { longDate } from './wording';

export const REVIEW_OUTCOMES_NAME = 'Talent review outcomes';
const FIELD = { performance: 'Performance', potential: 'Potential', readiness: 'Readiness' } as const;

/** The record of a signed-off session: who, when, what scope, every move with its reason, the 9-box before and after, the slates after. */
export function reviewOutcomesBody(ctx: ReportContext, review: Review): SafeHtml {
  const plan: Plan = ctx.plan;
  const before = planBeforeMoves(plan, review.moves);
  const roles = rolesInScope(plan, review.scope).filter((r) => ctx.analysis.roles.has(r.id));
  return html`${masthead(ctx, REVIEW_OUTCOMES_NAME, review.title)}
    <dl class="facts-list">
      <dt>Date of the meeting</dt><dd>${longDate(review.date)}</dd>
      <dt>Signed off</dt><dd>${review.signedOffOn ? longDate(review.signedOffOn) : 'not yet: draft'}</dd>
      <dt>Scope</dt><dd>${scopeLabel(plan, review.scope)}</dd>
      <dt>Participants</dt><dd>${review.participants.length ? review.participants.join(', ') : '—'}</dd>
      <dt>Moves</dt><dd>${review.moves.length}</dd>
    </dl>
    <section>
      <h2 class="keep-with-next">Moves and their reasons</h2>
      ${review.moves.length === 0
        ? html`<p class="empty">The session confirmed every rating and readiness as it was.</p>`
        : html`<table>
            <thead><tr><th>Who</th><th>What</th><th>From → to</th><th>Reason</th></tr></thead>
            <tbody>
              ${review.moves.map((m) => html`<tr><th>${moveSubject(plan, m)}</th><td>${FIELD[m.field]}</td><td class="nowrap">${moveChangeText(m)}</td><td>${m.reason}</td></tr>`)}
            </tbody>
          </table>`}
    </section>
    <section>
      <h2 class="keep-with-next">The 9-box before and after</h2>
      ${printedNineBox(before, review.scope, 'Before the session')}
      ${printedNineBox(plan, review.scope, 'After sign-off')}
    </section>
    <section>
      <h2 class="keep-with-next">Slates after the session</h2>
      ${roles.length ? roles.map((role) => roleSection(ctx, role)) : html`<p class="empty">No critical role is in this session's scope.</p>`}
    </section>`;
}
