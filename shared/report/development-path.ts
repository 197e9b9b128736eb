import type { DevelopmentPath } from '../domain/paths';
import { html, type SafeHtml } from './html';
import type { ReportContext } from './report-context';
import { domainName, nameOf, percentText, roleName, shortDate } from './wording';

/** A development path (DOMAIN §8.2): its one sentence, its steps with what each closes or narrows and the fit after, and the alternatives. */
export function developmentPathBlock(ctx: ReportContext, path: DevelopmentPath, showRole = false): SafeHtml {
  const role = ctx.plan.roles.find((r) => r.id === path.roleId);
  return html`<div class="path keep">
    ${showRole && role ? html`<h4>Toward ${roleName(role)}</h4>` : ''}
    <p>${path.reason}</p>
    ${path.steps.length === 0
      ? ''
      : html`<table>
    <thead><tr><th>Host</th><th>Dates</th><th>Closes · narrows</th><th>Fit after</th></tr></thead>
    <tbody>${path.steps.map((s) => {
      const side = ctx.domains.get(s.domain)?.side;
      return html`<tr>
        <td>${ctx.hosts.get(s.hostId)?.name ?? s.hostId}<span class="sub">${domainName(ctx, s.domain)}${side ? ` · ${side}` : ''}</span></td>
        <td class="nowrap">${shortDate(s.start)} – ${shortDate(s.end)}${s.endsAfterVacancy ? html`<span class="sub">ends after the vacancy</span>` : ''}</td>
        <td><ul>${s.closes.map((c) => html`<li>Closes: ${c}</li>`)}${s.narrows.map((c) => html`<li>Narrows: ${c}</li>`)}${s.needsEvidence.map((c) => html`<li>Needs assessment evidence: ${c}</li>`)}</ul></td>
        <td class="num">${percentText(s.fitAfter)}</td>
      </tr>`;
    })}</tbody>
  </table>`}
    ${path.alternatives.length > 0 ? html`<p class="muted">Meet the side months now (emergency cover or a ready-now nomination): ${path.alternatives.map((id) => nameOf(ctx, id)).join(', ')}.</p>` : ''}
  </div>`;
}
