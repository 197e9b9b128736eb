import { ACTION_KIND_LABELS, actionMarkSvg } from '../domain/plan/action-kinds';
import type { Action } from '../domain/plan/schema';
import { html, trustedMarkup, type SafeHtml } from './html';
import type { ReportContext } from './report-context';
import { nameOf, roleName, shortDate } from './wording';

const STATUS_ORDER = { active: 0, planned: 1, completed: 2, cancelled: 3 } as const;

/** A person's development actions that still count (not cancelled): live ones first, then the newest. */
export function actionsOf(ctx: ReportContext, personId: string): Action[] {
  return (ctx.plan.actions ?? [])
    .filter((a) => a.personId === personId && a.status !== 'cancelled')
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.start.localeCompare(a.start));
}

/** The kind's mark (the braid picture's shape) and its word: the page is often printed in black and white. */
function kindCell(action: Action): SafeHtml {
  return html`<span class="action-kind">${trustedMarkup(actionMarkSvg(action.kind, 10, action.status === 'planned'))} ${ACTION_KIND_LABELS[action.kind]}</span>`;
}

function titleCell(ctx: ReportContext, action: Action): SafeHtml {
  const role = action.kind === 'acting-role' && action.roleId ? ctx.plan.roles.find((r) => r.id === action.roleId) : undefined;
  return html`${action.title}${role ? html`<span class="sub">acting as ${roleName(role)}</span>` : ''}${action.ownerId ? html`<span class="sub">with ${nameOf(ctx, action.ownerId)}</span>` : ''}`;
}

/**
 * The development actions of one person (DOMAIN §9) as a table: kind, what, threads, dates,
 * when the assessment that is its evidence is due, status. Cancelled ones are left out.
 */
export function developmentActionsTable(ctx: ReportContext, personId: string, empty = 'No development actions planned.'): SafeHtml {
  const actions = actionsOf(ctx, personId);
  if (actions.length === 0) return html`<p class="empty">${empty}</p>`;
  return html`<table class="actions">
    <colgroup><col style="width:17%"><col style="width:27%"><col style="width:22%"><col style="width:14%"><col style="width:10%"><col style="width:10%"></colgroup>
    <thead><tr><th>Kind</th><th>Action</th><th>Threads</th><th>Dates</th><th>Evidence due</th><th>Status</th></tr></thead>
    <tbody>${actions.map(
      (a) => html`<tr>
        <td>${kindCell(a)}</td>
        <td>${titleCell(ctx, a)}</td>
        <td>${a.threads.map((t) => ctx.threadNames.get(t) ?? t).join(', ')}</td>
        <td class="nowrap">${shortDate(a.start)} – ${shortDate(a.end)}</td>
        <td class="nowrap">${shortDate(a.evidenceDue ?? a.end)}</td>
        <td>${a.status}</td>
      </tr>`,
    )}</tbody>
  </table>`;
}
