import { flagLabel, type Flag, type FlagCode, type Severity } from '../domain/model';
import { braidMotif, flagsChart, pipelineChart, slateBar } from './charts';
import { groupedFlagList } from './flag-list';
import { html, type SafeHtml } from './html';
import type { ReportContext } from './report-context';
import { rotationCalendar } from './rotation-calendar';
import { roleSection } from './role-section';
import { confidentialityNotice } from './confidentiality';
import { longDate, nameOf, percentText, RISK_LABELS, roleName, SEVERITY_LABELS, shortDate } from './wording';

export const ORG_REPORT_NAME = 'Succession plan';

function cover(ctx: ReportContext): SafeHtml {
  return html`<section class="cover">
    <div class="eyebrow">Braided leadership · Talent review</div>
    <h1>${ORG_REPORT_NAME}</h1>
    <div class="organisation">${ctx.plan.organization.name}</div>
    ${braidMotif()}
    <dl>
      <dt>As of</dt><dd>${longDate(ctx.analysis.asOf)}</dd>
      <dt>Generated</dt><dd>${longDate(ctx.generatedOn)}</dd>
      <dt>Critical roles</dt><dd>${ctx.roles.length}</dd>
      <dt>Leaders in the plan</dt><dd>${ctx.analysis.metrics.people}</dd>
    </dl>
    ${confidentialityNotice()}
  </section>`;
}

function tile(value: string | number, label: string): SafeHtml {
  return html`<div class="tile"><div class="value">${value}</div><div class="label">${label}</div></div>`;
}

function rolesAtAGlance(ctx: ReportContext): SafeHtml {
  const rows = ctx.roles.map((role) => {
    const analysis = ctx.analysis.roles.get(role.id);
    const slate = analysis?.successors ?? [];
    const count = (r: string) => slate.filter((s) => s.readiness === r).length;
    const flags = (analysis?.flagIds ?? []).map((id) => ctx.analysis.flagsById.get(id)!).filter(Boolean);
    const bySeverity = (s: Severity) => flags.filter((f) => f.severity === s).length;
    const counts = { now: count('ready-now'), soon: count('ready-1-2-years'), later: count('ready-3-5-years') };
    return html`<tr>
      <td><strong>${roleName(role)}</strong></td>
      <td>${role.incumbentId ? nameOf(ctx, role.incumbentId) : html`<span class="muted">vacant</span>`}</td>
      <td><span class="badge ${role.vacancyRisk}">${RISK_LABELS[role.vacancyRisk]}</span></td>
      <td class="nowrap">${role.expectedVacancy ? shortDate(role.expectedVacancy) : html`<span class="muted">—</span>`}</td>
      <td class="nowrap">${slateBar(counts)} <span class="small">${counts.now} · ${counts.soon} · ${counts.later}</span></td>
      <td class="nowrap">${bySeverity('critical') ? html`<span class="badge critical">${bySeverity('critical')}</span> ` : ''}${bySeverity('warning') ? html`<span class="badge warning">${bySeverity('warning')}</span>` : ''}${flags.length === 0 ? html`<span class="muted">none</span>` : ''}</td>
    </tr>`;
  });
  return html`<table>
    <thead><tr><th>Role</th><th>Incumbent</th><th>Vacancy risk</th><th>Expected vacancy</th><th>Successors: now · 1–2 y · 3–5 y</th><th>Flags</th></tr></thead>
    <tbody>${rows}</tbody>
  </table>`;
}

/** Critical and warning flags in full — the board's list of things to act on; info flags are counted by kind. */
function flagsBySeverity(ctx: ReportContext): SafeHtml {
  const of = (s: Severity): Flag[] => ctx.analysis.flags.filter((f) => f.severity === s);
  const info = of('info');
  const kinds = new Map<FlagCode, number>();
  for (const f of info) kinds.set(f.code, (kinds.get(f.code) ?? 0) + 1);
  return html`
    <h3>${SEVERITY_LABELS.critical} (${of('critical').length})</h3>
    ${groupedFlagList(ctx, of('critical'), 'No critical flags.')}
    <h3>${SEVERITY_LABELS.warning} (${of('warning').length})</h3>
    ${groupedFlagList(ctx, of('warning'), 'No warnings.')}
    <h3>${SEVERITY_LABELS.info} (${info.length})</h3>
    ${info.length === 0 ? html`<p class="empty">No information flags.</p>` : html`<p>Information flags about a role are listed in its section; those about a person are in their braid profile. By kind: ${[...kinds].map(([code, n], i) => html`${i ? '; ' : ''}${flagLabel(code)} <strong>${n}</strong>`)}.</p>`}`;
}


function summary(ctx: ReportContext): SafeHtml {
  const m = ctx.analysis.metrics;
  return html`<section class="chapter" id="summary">
    <div class="chapter-title"><span class="eyebrow">${ctx.plan.organization.name}</span><h2>Summary</h2></div>
    <div class="tiles">
      ${tile(`${percentText(m.readyNowCoverage)} · net ${percentText(m.netReadyNowCoverage)}`, 'of critical roles have a successor ready now; net: each a different person')}
      ${tile(Math.round(m.pipelineDepth * 10) / 10, `successors per role on average (policy minimum ${ctx.policy.minSuccessorsPerRole})`)}
      ${tile(percentText(m.braidedBench), `of successors are braided (${ctx.policy.braidMinMonths}+ months on each side)`)}
      ${tile(m.roles, 'critical roles')}
      ${tile(m.people, 'leaders in the plan')}
      ${tile(`${m.rotations.active} · ${m.rotations.planned}`, 'rotations active · planned')}
    </div>
    <div class="charts">
      <figure><figcaption>Pipeline health</figcaption>${pipelineChart(m, ctx.policy.minSuccessorsPerRole)}</figure>
      <figure><figcaption>Flags by severity</figcaption>${flagsChart(m.flags)}</figure>
    </div>
    <h3>Critical roles at a glance</h3>
    ${rolesAtAGlance(ctx)}
    <h3 class="keep-with-next">Flags by severity</h3>
    ${flagsBySeverity(ctx)}
  </section>`;
}

/** The organisation's succession plan: cover, summary, a section per critical role, the rotation calendar. */
export function orgReportBody(ctx: ReportContext): SafeHtml {
  return html`${cover(ctx)}${summary(ctx)}${ctx.roles.map((role) => roleSection(ctx, role, { chapter: true }))}
  <section class="chapter" id="rotation-calendar">
    <div class="chapter-title"><span class="eyebrow">Appendix</span><h2>Rotation calendar</h2></div>
    ${rotationCalendar(ctx)}
  </section>`;
}
