import type { SuccessorAnalysis } from '../domain/model';
import { READINESS_LABELS } from '../domain/plan/defaults';
import type { Readiness, Role } from '../domain/plan/schema';
import { toDayNumber } from '../domain/time';
import { meter } from './charts';
import { flagList } from './flag-list';
import { html, type SafeHtml } from './html';
import type { ReportContext } from './report-context';
import { PRINT_COLORS } from './report-style';
import { domainName, gapText, longDate, monthsText, nameOf, percentText, RISK_LABELS, roleName, shortDate, threadName } from './wording';

const READINESS_ORDER: Readiness[] = ['ready-now', 'ready-1-2-years', 'ready-3-5-years'];

function vacancyText(ctx: ReportContext, role: Role): SafeHtml {
  if (!role.expectedVacancy) return html`<span class="muted">not expected</span>`;
  const months = Math.round((toDayNumber(role.expectedVacancy) - toDayNumber(ctx.analysis.asOf)) / 30.4375);
  const when = months < 0 ? 'already passed' : months === 0 ? 'this month' : `in ${monthsText(months)}`;
  return html`${longDate(role.expectedVacancy)}<span class="sub">${when}</span>`;
}

function domainBadges(ctx: ReportContext, role: Role): SafeHtml {
  const spans = ctx.analysis.roles.get(role.id)?.spansBothSides;
  return html`${role.domains.map((id) => {
    const side = ctx.domains.get(id)?.side;
    return html`<span class="badge ${side ?? 'plain'}">${domainName(ctx, id)}</span> `;
  })}${spans ? html`<span class="badge plain">Spans both sides</span>` : ''}`;
}

export function requirementsText(ctx: ReportContext, role: Role): SafeHtml {
  const items: SafeHtml[] = Object.entries(role.requirements.threads).map(
    ([threadId, level]) => html`<span class="nowrap">${threadName(ctx, threadId)} <strong>${level}</strong></span>`,
  );
  if (role.requirements.frontMonths > 0) items.push(html`<span class="nowrap">front side <strong>${monthsText(role.requirements.frontMonths)}</strong></span>`);
  if (role.requirements.backMonths > 0) items.push(html`<span class="nowrap">back side <strong>${monthsText(role.requirements.backMonths)}</strong></span>`);
  if (items.length === 0) return html`<span class="muted">No requirements recorded.</span>`;
  return html`${items.map((item, i) => html`${i > 0 ? ' · ' : ''}${item}`)}`;
}

/** The planned and active rotations of a person, as short lines. */
function plannedRotations(ctx: ReportContext, personId: string): SafeHtml {
  const rotations = (ctx.rotationsByPerson.get(personId) ?? [])
    .filter((r) => r.personId === personId && (r.status === 'planned' || r.status === 'active'))
    .sort((a, b) => a.start.localeCompare(b.start));
  if (rotations.length === 0) return html`<span class="muted">none</span>`;
  return html`<ul class="plain">${rotations.map((r) => {
    const host = ctx.hosts.get(r.hostId);
    return html`<li>${host?.name ?? r.hostId}<span class="sub">${shortDate(r.start)} – ${shortDate(r.end)}, ${r.status}</span></li>`;
  })}</ul>`;
}

function successorRow(ctx: ReportContext, s: SuccessorAnalysis): SafeHtml {
  const person = ctx.people.get(s.personId);
  const gaps = s.fit.gaps.map((g) => gapText(g, ctx.threadNames));
  return html`<tr>
    <td><strong>${nameOf(ctx, s.personId)}</strong>${person ? html`<span class="sub">${person.title}</span>` : ''}${s.emergency ? html`<span class="badge plain">Emergency cover</span>` : ''}</td>
    <td class="num">${percentText(s.fit.fit)} ${meter(s.fit.fit, `Fit ${percentText(s.fit.fit)}`, s.fit.fit >= 1 ? PRINT_COLORS.ok : PRINT_COLORS.accent)}</td>
    <td class="num">${s.braidIndex} ${meter(s.braidIndex / 100, `Braid index ${s.braidIndex}`, PRINT_COLORS.back)}</td>
    <td>${gaps.length ? html`<ul>${gaps.map((g) => html`<li>${g}</li>`)}</ul>` : html`<span class="badge ok">Meets every requirement</span>`}</td>
    <td>${plannedRotations(ctx, s.personId)}</td>
  </tr>`;
}

/** The successor slate grouped by readiness; the header row repeats on every page. */
export function successorSlate(ctx: ReportContext, role: Role): SafeHtml {
  const successors = ctx.analysis.roles.get(role.id)?.successors ?? [];
  if (successors.length === 0) return html`<p class="empty">No successors are nominated for this role.</p>`;
  const groups = READINESS_ORDER.map((readiness) => ({ readiness, rows: successors.filter((s) => s.readiness === readiness) })).filter(
    (g) => g.rows.length > 0,
  );
  return html`<table class="slate">
    <colgroup><col style="width:24%"><col style="width:11%"><col style="width:11%"><col style="width:32%"><col style="width:22%"></colgroup>
    <thead><tr><th>Successor</th><th class="num">Fit</th><th class="num">Braid index</th><th>Gaps to close</th><th>Planned rotations</th></tr></thead>
    ${groups.map(
      (g) => html`<tbody><tr><th colspan="5">${READINESS_LABELS[g.readiness]} (${g.rows.length})</th></tr>${g.rows.map((s) => successorRow(ctx, s))}</tbody>`,
    )}
  </table>`;
}

/** One critical role: who holds it, when it may fall vacant, who could step in and what stands in their way. */
export function roleSection(ctx: ReportContext, role: Role, options: { chapter?: boolean; withTitle?: boolean } = {}): SafeHtml {
  const analysis = ctx.analysis.roles.get(role.id);
  const successors = analysis?.successors ?? [];
  const readyNow = successors.filter((s) => s.readiness === 'ready-now').length;
  const incumbent = role.incumbentId ? ctx.people.get(role.incumbentId) : undefined;
  const flags = (analysis?.flagIds ?? []).map((id) => ctx.analysis.flagsById.get(id)!).filter(Boolean);
  return html`<section class="role-section${options.chapter ? ' chapter' : ''}" id="role-${role.id}">
    <div class="role-head">
      <div class="keep-with-next">${options.withTitle === false ? '' : html`<h2>${roleName(role)}</h2>`}<div class="domains">${domainBadges(ctx, role)}</div></div>
      <div class="facts">
        <div><span class="label">Incumbent</span><span class="value">${role.incumbentId ? nameOf(ctx, role.incumbentId) : html`<span class="muted">vacant</span>`}</span>${incumbent ? html`<span class="sub">${incumbent.title}</span>` : ''}</div>
        <div><span class="label">Vacancy risk</span><span class="badge ${role.vacancyRisk}">${RISK_LABELS[role.vacancyRisk]}</span></div>
        <div><span class="label">Expected vacancy</span><span class="value">${vacancyText(ctx, role)}</span></div>
        <div><span class="label">Successors</span><span class="value">${successors.length}</span><span class="sub">${readyNow === 0 ? 'none ready now' : `${readyNow} ready now`}</span></div>
      </div>
      <p class="requirements"><span class="muted">Requirements:</span> ${requirementsText(ctx, role)}</p>
    </div>
    <h3>Successor slate</h3>
    ${successorSlate(ctx, role)}
    <h3>Flags for this role</h3>
    ${flagList(flags, 'The planner raises no flags for this role.')}
  </section>`;
}
