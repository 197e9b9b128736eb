import type { Flag } from '../domain/model';
import { groupFlags } from '../domain/flags';
import { html, type SafeHtml } from './html';
import type { ReportContext } from './report-context';
import { nameOf, roleName, SEVERITY_LABELS } from './wording';

const flagItem = (f: Flag): SafeHtml =>
  html`<li><span><span class="badge ${f.severity}">${SEVERITY_LABELS[f.severity]}</span></span><span>${f.message}${f.action ? html`<span class="action">${f.action}</span>` : ''}</span></li>`;

/** Flags as the planner words them, each with its severity and suggested action. */
export function flagList(flags: readonly Flag[], emptyText = 'No flags.'): SafeHtml {
  if (flags.length === 0) return html`<p class="empty">${emptyText}</p>`;
  return html`<ul class="flags">${flags.map(flagItem)}</ul>`;
}

/**
 * The same list at scale (DOMAIN §8.4): a kind raised more than five times is one entry with its
 * count and the people, roles or years it concerns named after it.
 */
export function groupedFlagList(ctx: ReportContext, flags: readonly Flag[], emptyText = 'No flags.'): SafeHtml {
  if (flags.length === 0) return html`<p class="empty">${emptyText}</p>`;
  const roles = new Map(ctx.plan.roles.map((r) => [r.id, roleName(r)]));
  const subjectOf = (f: Flag): string => (f.personId !== undefined ? nameOf(ctx, f.personId) : f.roleId !== undefined ? (roles.get(f.roleId) ?? f.roleId) : f.year !== undefined ? String(f.year) : (f.hostId ?? ''));
  return html`<ul class="flags">${groupFlags(flags, ctx.policy).map((entry) =>
    entry.kind === 'flag'
      ? flagItem(entry.flag)
      : html`<li><span><span class="badge ${entry.severity}">${SEVERITY_LABELS[entry.severity]}</span></span><span>${entry.summary}.<span class="action">${[...new Set(entry.flags.map(subjectOf))].join(', ')}</span></span></li>`,
  )}</ul>`;
}
