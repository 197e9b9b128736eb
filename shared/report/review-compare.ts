import { compareSuccessors, type ComparedPerson } from '../domain/review';
import { PROFICIENCY_LABELS } from '../domain/plan/defaults';
import { successorReadinessWords } from '../domain/readiness';
import { braidPictureSvg } from './braid-picture';
import { html, trustedMarkup, type SafeHtml } from './html';
import { masthead } from './masthead';
import type { ReportContext } from './report-context';
import { REPORT_FONT_STACK } from './report-style';
import { domainName, longDate, monthsText, percentText, RISK_LABELS, roleName, shortDate, threadName } from './wording';

export const REVIEW_COMPARE_NAME = 'Successors compared';

/** 2–4 people side by side (fit per requirement, exposure, threads, braid index, potential, flight risk, readyBy), braid pictures one under another. */
export function reviewCompareBody(ctx: ReportContext, personIds: readonly string[], roleId: string | undefined): SafeHtml {
  const comparison = compareSuccessors(ctx.plan, ctx.analysis, personIds, roleId);
  const { role, people } = comparison;
  const row = (label: SafeHtml | string, cell: (p: ComparedPerson) => SafeHtml | string | number) =>
    html`<tr><th>${label}</th>${people.map((p) => html`<td>${cell(p)}</td>`)}</tr>`;
  const items = role ? (people[0]?.items ?? []) : [];
  return html`${masthead(ctx, REVIEW_COMPARE_NAME, people.map((p) => p.person.name).join(' · '), role ? `For ${roleName(role)}${role.expectedVacancy ? `, expected vacancy ${longDate(role.expectedVacancy)}` : ''}` : '')}
    <table>
      <thead><tr><th></th>${people.map((p) => html`<th>${p.person.name}<span class="sub">${p.person.title}</span></th>`)}</tr></thead>
      <tbody>
        ${role ? row(`Fit for ${roleName(role)}`, (p) => (p.fit === null ? '—' : percentText(p.fit))) : ''}
        ${items.map((item, i) =>
          row(
            item.kind === 'thread' ? `${threadName(ctx, item.threadId!)} ≥ ${item.required}` : `${item.kind === 'frontMonths' ? 'Front side' : 'Back side'} ≥ ${monthsText(item.required)}`,
            (p) => {
              const own = p.items[i];
              if (!own) return '—';
              const actual = own.kind === 'thread' ? (own.actual === 0 ? 'unassessed' : String(own.actual)) : monthsText(own.actual);
              return html`<span class="${own.met ? 'met' : 'unmet'}">${own.met ? '✓' : '✗'} ${actual}</span>`;
            },
          ),
        )}
        ${row('Front-side time', (p) => monthsText(p.front))}
        ${row('Back-side time', (p) => monthsText(p.back))}
        ${comparison.domainIds.map((d) => row(html`<span class="sub">${domainName(ctx, d)}</span>`, (p) => (p.byDomain[d] ? monthsText(p.byDomain[d]) : '—')))}
        ${ctx.threads.map((t) =>
          row(t.name, (p) => {
            const level = p.threads.find((l) => l.threadId === t.id);
            return level && level.level > 0 ? `${level.level} ${PROFICIENCY_LABELS[level.level - 1]}${level.date ? `, ${shortDate(level.date)}` : ''}` : 'unassessed';
          }),
        )}
        ${row('Braid index', (p) => p.braidIndex)}
        ${row('Performance', (p) => p.performance ?? 'not rated')}
        ${row('Potential', (p) => (p.potential ? RISK_LABELS[p.potential] : 'not rated'))}
        ${row('Flight risk', (p) => (p.flightRisk ? RISK_LABELS[p.flightRisk] : 'not rated'))}
        ${role ? row('Ready by', (p) => (p.standing === undefined ? 'not on its slate' : successorReadinessWords(p.standing, ctx.analysis.asOf, role.expectedVacancy, ctx.plan.framework.threads))) : ''}
      </tbody>
    </table>
    <section class="braid-stack">
      <h2 class="keep-with-next">Braid pictures</h2>
      ${people.map(
        (p) => html`<figure><figcaption>${p.person.name}</figcaption>${trustedMarkup(
          braidPictureSvg(ctx.plan, ctx.analysis, p.person.id, { width: 720, height: 140, fontFamily: REPORT_FONT_STACK, idPrefix: `compare-${p.person.id}` }),
        )}</figure>`,
      )}
    </section>`;
}
