import type { Flag } from '../domain/model';
import type { Plan } from '../domain/plan/schema';
import type { ScenarioComparison } from '../domain/scenarios/compare';
import { formatMetric, formatMetricChange, metricLabel } from '../domain/scenarios/comparison-wording';
import { html, type SafeHtml } from './html';
import { masthead } from './masthead';
import type { ReportContext } from './report-context';
import { SEVERITY_LABELS } from './wording';

export const SCENARIO_REPORT_NAME = 'Scenario compared with the plan';

/** What the comparison PDF is made of: the scenario's name and note, its plan, and the comparison. */
export interface ScenarioReportInput {
  name: string;
  note: string;
  plan: Plan;
  comparison: ScenarioComparison;
}

function flagRows(flags: readonly Flag[], empty: string): SafeHtml {
  if (flags.length === 0) return html`<p class="muted">${empty}</p>`;
  return html`<table><thead><tr><th>Severity</th><th>Flag</th></tr></thead><tbody>${flags.map(
    (f) => html`<tr><td class="nowrap">${SEVERITY_LABELS[f.severity]}</td><td>${f.message}</td></tr>`,
  )}</tbody></table>`;
}

const names = (plans: readonly Plan[], ids: readonly string[]): string =>
  ids.length ? ids.map((id) => plans.flatMap((p) => p.people).find((p) => p.id === id)?.name ?? id).join(', ') : 'nobody';

/** The comparison of a scenario with the plan, side by side, for the board ("Scenario: if Анна Петрова leaves on 1 March 2027"). */
export function scenarioReportBody(ctx: ReportContext, scenario: ScenarioReportInput): SafeHtml {
  const { comparison } = scenario;
  const plans = [scenario.plan, ctx.plan];
  return html`${masthead(ctx, SCENARIO_REPORT_NAME, `Scenario: ${scenario.name}`, scenario.note)}
    <p class="muted">A what-if, not the plan: nothing here has been decided. “Plan” is the working plan as it is now; “Scenario” is the plan with the scenario’s changes.</p>
    <section><h2 class="keep-with-next">Metrics</h2>
      <table><thead><tr><th>Metric</th><th class="num">Plan</th><th class="num">Scenario</th><th class="num">Change</th></tr></thead>
      <tbody>${comparison.metrics.map(
        (m) => html`<tr><td>${metricLabel(m.key)}</td><td class="num">${formatMetric(m.key, m.before)}</td><td class="num">${formatMetric(m.key, m.after)}</td><td class="num">${formatMetricChange(m)}</td></tr>`,
      )}</tbody></table>
    </section>
    <section><h2 class="keep-with-next">Flags raised (${comparison.raised.length})</h2>${flagRows(comparison.raised, 'No new flag.')}</section>
    <section><h2 class="keep-with-next">Flags cleared (${comparison.cleared.length})</h2>${flagRows(comparison.cleared, 'No flag cleared.')}</section>
    <section><h2 class="keep-with-next">Changed in severity (${comparison.changed.length})</h2>
      ${comparison.changed.length === 0
        ? html`<p class="muted">No flag changed in severity.</p>`
        : html`<table><thead><tr><th>Plan</th><th>Scenario</th><th>Flag</th></tr></thead><tbody>${comparison.changed.map(
            (c) => html`<tr><td class="nowrap">${SEVERITY_LABELS[c.before.severity]}</td><td class="nowrap">${SEVERITY_LABELS[c.after.severity]}</td><td>${c.after.message}</td></tr>`,
          )}</tbody></table>`}
    </section>
    <section><h2 class="keep-with-next">Roles whose cover changed (${comparison.cover.length})</h2>
      ${comparison.cover.length === 0
        ? html`<p class="muted">Every role keeps its cover.</p>`
        : html`<table><thead><tr><th>Role</th><th>Ready now: plan</th><th>Ready now: scenario</th><th class="num">On the slate</th></tr></thead><tbody>${comparison.cover.map(
            (c) => html`<tr><td>${c.title}</td><td>${names(plans, c.before?.readyNow ?? [])}</td><td>${names(plans, c.after?.readyNow ?? [])}</td><td class="num">${c.before?.successors.length ?? 0} → ${c.after?.successors.length ?? 0}</td></tr>`,
          )}</tbody></table>`}
    </section>`;
}
