import { calendarAxis, calendarBar, calendarWindow } from './charts';
import { html, type SafeHtml } from './html';
import type { ReportContext } from './report-context';
import { PRINT_COLORS } from './report-style';
import { domainName, monthsText, nameOf, shortDate } from './wording';
import { monthsBetween } from '../domain/time';
import { flagLabel } from '../domain/model';

const STATUS_LABELS = { planned: 'Planned', active: 'Active', completed: 'Completed', cancelled: 'Cancelled' } as const;

/**
 * The appendix: every active and planned rotation (and those completed inside the window), by
 * start date, each drawn on one shared time axis so overlaps and clusters show at a glance.
 */
export function rotationCalendar(ctx: ReportContext): SafeHtml {
  const window = calendarWindow(ctx.analysis.asOf);
  const rotations = ctx.plan.rotations
    .filter((r) => ctx.analysis.people.has(r.personId) && r.status !== 'cancelled')
    .filter((r) => r.status !== 'completed' || r.end >= window.from)
    .filter((r) => r.start <= window.to)
    .sort((a, b) => a.start.localeCompare(b.start) || nameOf(ctx, a.personId).localeCompare(nameOf(ctx, b.personId)));
  if (rotations.length === 0) return html`<p class="empty">No rotations are active or planned.</p>`;
  const rows = rotations.map((r) => {
    const host = ctx.hosts.get(r.hostId);
    const domain = host ? ctx.domains.get(host.domain) : undefined;
    const color = domain?.side === 'front' ? PRINT_COLORS.front : domain?.side === 'back' ? PRINT_COLORS.back : PRINT_COLORS.faint;
    const flags = (ctx.analysis.flagsByRotation.get(r.id) ?? []).map((id) => ctx.analysis.flagsById.get(id)!).filter(Boolean);
    const label = `${nameOf(ctx, r.personId)} at ${host?.name ?? r.hostId}, ${shortDate(r.start)} to ${shortDate(r.end)}`;
    return html`<tr>
      <td><strong>${nameOf(ctx, r.personId)}</strong></td>
      <td>${host?.name ?? r.hostId}${domain ? html`<span class="sub">${domainName(ctx, domain.id)}</span>` : ''}</td>
      <td class="nowrap">${shortDate(r.start)} – ${shortDate(r.end)}<span class="sub">${monthsText(monthsBetween(r.start, r.end))} · ${STATUS_LABELS[r.status].toLowerCase()}</span></td>
      <td>${calendarBar(window, ctx.analysis.asOf, r.start, r.end, color, r.status === 'planned', label)}</td>
      <td>${flags.length ? flags.map((f) => html`<span class="badge ${f.severity}" title="${f.message}">${flagLabel(f.code)}</span> `) : html`<span class="muted">—</span>`}</td>
    </tr>`;
  });
  return html`<p class="legend"><span class="swatch" style="background:${PRINT_COLORS.front}"></span>front-side host<span class="swatch" style="background:${PRINT_COLORS.back}"></span>back-side host · pale bar: planned · red line: ${shortDate(ctx.analysis.asOf)}</p>
  <table class="calendar">
    <colgroup><col style="width:17%"><col style="width:23%"><col style="width:17%"><col style="width:31%"><col style="width:12%"></colgroup>
    <thead><tr><th>Leader</th><th>Host</th><th>Dates</th><th>${calendarAxis(window, ctx.analysis.asOf)}</th><th>Flags</th></tr></thead>
    <tbody>${rows}</tbody>
  </table>`;
}

