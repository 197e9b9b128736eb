import type { SuggestedRotation } from '../domain/analysis/types';
import { html, type SafeHtml } from './html';
import type { ReportContext } from './report-context';
import { domainName, roleName, shortDate } from './wording';

/** The planner's suggested rotations, each with the gaps it would close. */
export function suggestedRotationsTable(ctx: ReportContext, suggestions: readonly SuggestedRotation[], emptyText: string, showRole = false): SafeHtml {
  if (suggestions.length === 0) return html`<p class="empty">${emptyText}</p>`;
  const roleTitle = (id?: string) => {
    const role = id ? ctx.plan.roles.find((r) => r.id === id) : undefined;
    return role ? roleName(role) : '';
  };
  return html`<table>
    <thead><tr><th>Host</th><th>Dates</th><th>Closes</th>${showRole ? html`<th>For role</th>` : ''}</tr></thead>
    <tbody>${suggestions.map((s) => {
      const side = ctx.domains.get(s.domain)?.side;
      return html`<tr>
        <td>${ctx.hosts.get(s.hostId)?.name ?? s.hostId}<span class="sub">${domainName(ctx, s.domain)}${side ? ` · ${side}` : ''}</span></td>
        <td class="nowrap">${shortDate(s.start)} – ${shortDate(s.end)}</td>
        <td><ul>${s.closes.map((c) => html`<li>${c}</li>`)}</ul></td>
        ${showRole ? html`<td>${roleTitle(s.roleId)}</td>` : ''}
      </tr>`;
    })}</tbody>
  </table>`;
}
