import { developmentPath } from '../domain/analysis';
import { successorReadinessWords } from '../domain/readiness';
import type { SuccessorAnalysis } from '../domain/analysis/types';
import { READINESS_LABELS } from '../domain/plan/defaults';
import type { Role } from '../domain/plan/schema';
import { braidPictureSvg } from './braid-picture';
import { html, trustedMarkup, type SafeHtml } from './html';
import type { ReportContext } from './report-context';
import { REPORT_FONT_STACK } from './report-style';
import { masthead } from './masthead';
import { roleSection } from './role-section';
import { developmentPathBlock } from './development-path';
import { developmentActionsTable } from './development-actions';
import { domainName, monthsText, nameOf, percentText, roleName } from './wording';

export const ROLE_REPORT_NAME = 'Role succession plan';

function successorProfile(ctx: ReportContext, role: Role, s: SuccessorAnalysis): SafeHtml {
  const person = ctx.people.get(s.personId);
  const analysis = ctx.analysis.people.get(s.personId);
  const path = developmentPath(ctx.plan, ctx.analysis, s.personId, role.id);
  const picture = braidPictureSvg(ctx.plan, ctx.analysis, s.personId, {
    width: 720,
    height: 150,
    fontFamily: REPORT_FONT_STACK,
    idPrefix: `role-${role.id}-${s.personId}`,
  });
  return html`<article class="person-card">
    <h3>${nameOf(ctx, s.personId)}</h3>
    <div class="muted">${person?.title ?? ''}${person ? ` · ${domainName(ctx, person.homeDomain)}` : ''}${person?.track === 'linear' ? ' · linear track' : ''}</div>
    <div class="figures">
      <span>${READINESS_LABELS[s.readiness]}${s.emergency ? ' · emergency cover' : ''}</span>
      <span>Fit <strong>${percentText(s.fit.fit)}</strong> · ${successorReadinessWords(s, ctx.analysis.asOf, role.expectedVacancy, ctx.plan.framework.threads)}</span>
      <span>Braid index <strong>${s.braidIndex}</strong></span>
      ${analysis ? html`<span>Front <strong>${monthsText(analysis.current.front)}</strong></span><span>Back <strong>${monthsText(analysis.current.back)}</strong></span>` : ''}
    </div>
    <div class="picture">${trustedMarkup(picture)}</div>
    <h4>Development path for this role</h4>
    ${path ? developmentPathBlock(ctx, path) : ''}
    <h4>Development actions</h4>
    ${developmentActionsTable(ctx, s.personId)}
  </article>`;
}

/** One role's succession plan, with a braid picture for each successor. */
export function roleReportBody(ctx: ReportContext, role: Role): SafeHtml {
  // In the slate's order: ready now first.
  const order = ['ready-now', 'ready-1-2-years', 'ready-3-5-years'];
  const successors = [...(ctx.analysis.roles.get(role.id)?.successors ?? [])].sort((a, b) => order.indexOf(a.readiness) - order.indexOf(b.readiness));
  return html`${masthead(ctx, ROLE_REPORT_NAME, roleName(role))}
    ${roleSection(ctx, role, { withTitle: false })}
    ${successors.length ? html`<section class="profiles"><h2 class="keep-with-next">Successor profiles</h2>${successors.map((s) => successorProfile(ctx, role, s))}</section>` : ''}`;
}
