import { developmentPaths } from '../domain/analysis';
import type { PersonAnalysis } from '../domain/analysis/types';
import { READINESS_LABELS } from '../domain/plan/defaults';
import { BAND_LABELS } from '../domain/review/move-wording';
import type { Person, Role } from '../domain/plan/schema';
import { braidPictureSvg } from './braid-picture';
import { flagList } from './flag-list';
import { html, trustedMarkup, type SafeHtml } from './html';
import { masthead } from './masthead';
import { braidIndexChart, exposureChart, threadLevelsChart } from './person-charts';
import type { ReportContext } from './report-context';
import { REPORT_FONT_STACK } from './report-style';
import { requirementsText } from './role-section';
import { developmentPathBlock } from './development-path';
import { developmentActionsTable } from './development-actions';
import { domainName, gapText, monthsText, nameOf, percentText, RISK_LABELS, roleName, shortDate } from './wording';

export const PERSON_REPORT_NAME = 'Braid profile';


/** Roles whose slate names the person, most critical first. */
export function rolesSucceededBy(ctx: ReportContext, personId: string): Role[] {
  return ctx.roles.filter((r) => r.successors.some((s) => s.personId === personId));
}

function tiles(ctx: ReportContext, person: Person, a: PersonAnalysis, succeeds: number): SafeHtml {
  const tile = (value: string | number, label: string) => html`<div class="tile"><div class="value">${value}</div><div class="label">${label}</div></div>`;
  return html`<div class="tiles">
    ${tile(a.braidIndex, 'braid index (0–100)')}
    ${tile(monthsText(a.current.front), 'on the front (client-facing) side')}
    ${tile(monthsText(a.current.back), 'on the back (technical) side')}
    ${tile(a.nineBox ? `${BAND_LABELS[a.nineBox.performance]} · ${BAND_LABELS[a.nineBox.potential]}` : '—', '9-box: performance · potential')}
    ${tile(person.flightRisk ? RISK_LABELS[person.flightRisk] : '—', 'flight risk')}
    ${tile(succeeds, succeeds === 1 ? 'role with this person on its slate' : 'roles with this person on their slate')}
  </div>`;
}

function braidIndexExplained(ctx: ReportContext, a: PersonAnalysis): SafeHtml {
  const t = ctx.policy.braidTargetMonths;
  const assessed = a.threads.filter((x) => x.level > 0).length;
  return html`<div class="explain">
    ${braidIndexChart(a)}
    <p class="formula">(${Math.round(a.exposureScore * 100)} + ${Math.round(a.threadScore * 100)}) ÷ 2 = <strong>${a.braidIndex}</strong></p>
    <p><strong>Exposure score</strong>: months on each side, each counted up to ${t} months (fully braided), as a share of ${2 * t}:
      front ${monthsText(Math.min(a.current.front, t))} + back ${monthsText(Math.min(a.current.back, t))}.</p>
    <p><strong>Thread score</strong>: the mean of (level − 1) ÷ 4 over the ${a.threads.length} competency threads;
      ${assessed === a.threads.length ? 'all are assessed.' : `${a.threads.length - assessed} unassessed count as 0.`}</p>
  </div>`;
}

function successionTable(ctx: ReportContext, personId: string, roles: Role[]): SafeHtml {
  if (roles.length === 0) return html`<p class="empty">Not on any role's successor slate.</p>`;
  return html`<table>
    <colgroup><col style="width:28%"><col style="width:18%"><col style="width:10%"><col style="width:44%"></colgroup>
    <thead><tr><th>Role</th><th>Readiness</th><th class="num">Fit</th><th>Gaps to close</th></tr></thead>
    <tbody>${roles.map((role) => {
      const s = ctx.analysis.roles.get(role.id)?.successors.find((x) => x.personId === personId);
      if (!s) return '';
      return html`<tr>
        <td><strong>${roleName(role)}</strong><span class="sub">${role.incumbentId ? `held by ${nameOf(ctx, role.incumbentId)}` : 'vacant'}</span></td>
        <td>${READINESS_LABELS[s.readiness]}${s.emergency ? html`<span class="sub">emergency cover</span>` : ''}</td>
        <td class="num">${percentText(s.fit.fit)}</td>
        <td>${s.fit.gaps.length ? html`<ul>${s.fit.gaps.map((g) => html`<li>${gapText(g, ctx.threadNames)}</li>`)}</ul>` : html`<span class="badge ok">Meets every requirement</span>`}</td>
      </tr>`;
    })}</tbody>
  </table>`;
}

function rotationsAndFeedback(ctx: ReportContext, personId: string): SafeHtml {
  const rotations = (ctx.rotationsByPerson.get(personId) ?? []).filter((r) => r.status !== 'cancelled').sort((a, b) => b.start.localeCompare(a.start));
  const feedback = rotations.flatMap((r) => r.feedback.map((f) => ({ ...f, host: ctx.hosts.get(r.hostId)?.name ?? r.hostId }))).sort((a, b) => b.date.localeCompare(a.date));
  const rotationRows = rotations.map(
    (r) => html`<tr><td>${ctx.hosts.get(r.hostId)?.name ?? r.hostId}<span class="sub">${domainName(ctx, ctx.hosts.get(r.hostId)?.domain ?? '')}</span></td><td class="nowrap">${shortDate(r.start)} – ${shortDate(r.end)}</td><td>${r.status}</td><td>${r.objectives.map((t) => ctx.threadNames.get(t) ?? t).join(', ') || html`<span class="muted">—</span>`}</td><td>${r.mentorId ? nameOf(ctx, r.mentorId) : html`<span class="muted">—</span>`}</td></tr>`,
  );
  return html`<h3>Rotations</h3>
    ${rotations.length ? html`<table><thead><tr><th>Host</th><th>Dates</th><th>Status</th><th>Objectives</th><th>Mentor</th></tr></thead><tbody>${rotationRows}</tbody></table>` : html`<p class="empty">No rotations recorded.</p>`}
    <h3>Feedback from hosts</h3>
    ${feedback.length ? html`<table><colgroup><col style="width:14%"><col style="width:22%"><col style="width:64%"></colgroup><thead><tr><th>Date</th><th>From</th><th>Feedback</th></tr></thead><tbody>${feedback.map((f) => html`<tr><td class="nowrap">${shortDate(f.date)}</td><td>${f.author}<span class="sub">${f.host}</span></td><td>${f.text}</td></tr>`)}</tbody></table>` : html`<p class="empty">No feedback recorded yet.</p>`}`;
}

/** One person's braid profile on paper; `compareRoleId` picks the role whose requirement the thread levels are set against. */
export function personReportBody(ctx: ReportContext, person: Person, compareRoleId?: string): SafeHtml {
  const a = ctx.analysis.people.get(person.id);
  const roles = rolesSucceededBy(ctx, person.id);
  const compare = (compareRoleId ? ctx.plan.roles.find((r) => r.id === compareRoleId) : undefined) ?? roles[0] ?? null;
  const subtitle = html`${person.title} · ${domainName(ctx, person.homeDomain)} · ${person.track === 'linear' ? 'linear track (no rotations)' : 'braided track'}${person.managerId ? ` · reports to ${nameOf(ctx, person.managerId)}` : ''}`;
  if (!a) return html`${masthead(ctx, PERSON_REPORT_NAME, nameOf(ctx, person.id), subtitle)}<p class="empty">This person is archived and is not part of the analysis.</p>`;
  const flags = a.flagIds.map((id) => ctx.analysis.flagsById.get(id)!).filter(Boolean);
  const picture = braidPictureSvg(ctx.plan, ctx.analysis, person.id, { width: 720, height: 170, fontFamily: REPORT_FONT_STACK, idPrefix: `profile-${person.id}` });
  return html`${masthead(ctx, PERSON_REPORT_NAME, nameOf(ctx, person.id), subtitle)}
    ${tiles(ctx, person, a, roles.length)}
    <figure class="picture"><figcaption>Braid picture</figcaption>${trustedMarkup(picture)}</figure>
    <div class="two-col">
      <figure><figcaption>Braid index explained</figcaption>${braidIndexExplained(ctx, a)}</figure>
      <figure><figcaption>Exposure by domain (months)</figcaption>${exposureChart(ctx, a)}<p class="legend">Solid: exposure so far · dashed outline: planned rotations · dotted line: ${ctx.policy.braidTargetMonths} months, fully braided.</p></figure>
    </div>
    <figure class="keep"><figcaption>Thread levels${compare ? ` against ${roleName(compare)}` : ''}</figcaption>
      ${threadLevelsChart(ctx, a, compare)}
      ${compare ? html`<p class="legend">Black marks: the level ${roleName(compare)} requires. Requirements: ${requirementsText(ctx, compare)}</p>` : ''}
    </figure>
    <h3>Successor for</h3>
    ${successionTable(ctx, person.id, roles)}
    <h3>Development paths</h3>
    ${pathsOf(ctx, person.id, person.track === 'linear')}
    ${rotationsAndFeedback(ctx, person.id)}
    <h3>Development actions</h3>
    ${developmentActionsTable(ctx, person.id)}
    <h3>Flags</h3>
    ${flagList(flags, 'The planner raises no flags for this person.')}`;
}

function pathsOf(ctx: ReportContext, personId: string, linear: boolean): SafeHtml {
  const paths = developmentPaths(ctx.plan, ctx.analysis, personId);
  if (paths.length === 0) return html`<p class="empty">${linear ? 'On the linear track: no rotations are suggested.' : 'On no successor slate: no development path.'}</p>`;
  return html`${paths.map((p) => developmentPathBlock(ctx, p, true))}`;
}
