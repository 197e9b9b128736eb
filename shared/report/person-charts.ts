import type { PersonAnalysis } from '../domain/model';
import { PROFICIENCY_LABELS } from '../domain/plan/defaults';
import type { Role } from '../domain/plan/schema';
import { html, type SafeHtml } from './html';
import type { ReportContext } from './report-context';
import { PRINT_COLORS as C } from './report-style';
import { domainName, threadName } from './wording';

const r1 = (n: number): string => String(Math.round(n * 10) / 10);

/**
 * A person's thread levels on the 1–5 scale, with the level a role requires marked on each
 * row: the bar is green where it meets the requirement, amber where it falls short.
 */
export function threadLevelsChart(ctx: ReportContext, person: PersonAnalysis, role: Role | null): SafeHtml {
  const width = 600;
  const labelW = 210;
  const trackW = width - labelW - 110;
  const rowH = 22;
  const unit = trackW / 5;
  const rows = person.threads.map((t, i) => {
    const y = 16 + i * rowH;
    const required = role?.requirements.threads[t.threadId];
    const short = required !== undefined && t.level < required;
    const color = required === undefined ? C.accent : short ? '#c98a00' : C.ok;
    const marker =
      required !== undefined
        ? html`<line x1="${r1(labelW + required * unit)}" y1="${y - 3}" x2="${r1(labelW + required * unit)}" y2="${y + 13}" stroke="${C.text}" stroke-width="2"/>`
        : '';
    const value = t.level === 0 ? 'unassessed' : `${t.level} ${PROFICIENCY_LABELS[t.level - 1]}`;
    const need = required !== undefined ? ` / ${required}` : '';
    return html`<g>
      <text x="0" y="${y + 9}" font-size="9" fill="${C.text}">${threadName(ctx, t.threadId)}</text>
      <rect x="${labelW}" y="${y}" width="${trackW}" height="10" fill="${C.band}"/>
      <rect x="${labelW}" y="${y}" width="${r1(t.level * unit)}" height="10" fill="${color}"/>
      ${marker}
      <text x="${labelW + trackW + 6}" y="${y + 9}" font-size="8.5" fill="${short ? C.warning : C.text}" font-weight="${short ? 700 : 400}">${value}${need}</text>
    </g>`;
  });
  const ticks = [1, 2, 3, 4, 5].map(
    (n) => html`<text x="${r1(labelW + n * unit)}" y="9" font-size="7" fill="${C.muted}" text-anchor="middle">${n}</text>`,
  );
  const height = 16 + person.threads.length * rowH;
  const desc = person.threads
    .map((t) => {
      const required = role?.requirements.threads[t.threadId];
      return `${threadName(ctx, t.threadId)}: ${t.level === 0 ? 'unassessed' : `level ${t.level}`}${required !== undefined ? `, ${required} required` : ''}`;
    })
    .join('; ');
  return html`<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>Thread levels${role ? ` against ${role.title}` : ''}</title><desc>${desc}.</desc>${ticks}${rows}</svg>`;
}

/** Months per domain, grouped by side; planned rotations extend the bar as an outline. */
export function exposureChart(ctx: ReportContext, person: PersonAnalysis): SafeHtml {
  const width = 340;
  const labelW = 128;
  const trackW = width - labelW - 56;
  const rowH = 17;
  // Front first, then back, with a little air between the two groups.
  const domains = [...ctx.plan.framework.domains.filter((d) => d.side === 'front'), ...ctx.plan.framework.domains.filter((d) => d.side === 'back')];
  const firstBack = domains.findIndex((d) => d.side === 'back');
  const most = Math.max(ctx.policy.braidTargetMonths, ...domains.map((d) => person.projected.byDomain[d.id] ?? 0));
  const scale = trackW / most;
  const rows = domains.map((d, i) => {
    const y = 4 + i * rowH + (firstBack >= 0 && i >= firstBack ? 6 : 0);
    const now = person.current.byDomain[d.id] ?? 0;
    const later = person.projected.byDomain[d.id] ?? 0;
    const color = d.side === 'front' ? C.front : C.back;
    const planned = later > now + 0.05 ? html`<rect x="${r1(labelW + now * scale)}" y="${y + 0.5}" width="${r1((later - now) * scale)}" height="8" fill="none" stroke="${color}" stroke-dasharray="2 1.5"/>` : '';
    return html`<g>
      <text x="0" y="${y + 8}" font-size="8.5" fill="${C.text}">${domainName(ctx, d.id)}</text>
      <rect x="${labelW}" y="${y}" width="${r1(now * scale)}" height="9" fill="${color}"/>
      ${planned}
      <text x="${width}" y="${y + 8}" font-size="8.5" fill="${now > 0 ? C.text : C.muted}" text-anchor="end">${r1(now)}${later > now + 0.05 ? ` → ${r1(later)}` : ''} mo</text>
    </g>`;
  });
  const height = 14 + domains.length * rowH;
  const target = html`<line x1="${r1(labelW + ctx.policy.braidTargetMonths * scale)}" y1="0" x2="${r1(labelW + ctx.policy.braidTargetMonths * scale)}" y2="${height}" stroke="${C.muted}" stroke-dasharray="1 2"/>`;
  const desc = domains
    .map((d) => `${domainName(ctx, d.id)} (${d.side}): ${r1(person.current.byDomain[d.id] ?? 0)} months now, ${r1(person.projected.byDomain[d.id] ?? 0)} with planned rotations`)
    .join('; ');
  return html`<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>Exposure by domain</title><desc>${desc}. The dotted line marks the ${ctx.policy.braidTargetMonths} months that count as fully braided.</desc>${target}${rows}</svg>`;
}

/** The braid index as the two halves it is the mean of. */
export function braidIndexChart(person: PersonAnalysis): SafeHtml {
  const width = 300;
  const trackW = 180;
  const row = (y: number, label: string, share: number, color: string) =>
    html`<text x="0" y="${y + 9}" font-size="9" fill="${C.text}">${label}</text><rect x="96" y="${y}" width="${trackW}" height="11" fill="${C.band}"/><rect x="96" y="${y}" width="${r1(share * trackW)}" height="11" fill="${color}"/><text x="${width}" y="${y + 9}" font-size="9" font-weight="700" fill="${C.text}" text-anchor="end">${Math.round(share * 100)}</text>`;
  const desc = `Braid index ${person.braidIndex}: exposure score ${Math.round(person.exposureScore * 100)} and thread score ${Math.round(person.threadScore * 100)}, averaged.`;
  return html`<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} 62" width="${width}" height="62"><title>Braid index</title><desc>${desc}</desc>${row(2, 'Exposure score', person.exposureScore, C.back)}${row(22, 'Thread score', person.threadScore, C.front)}<line x1="96" y1="42" x2="${96 + trackW}" y2="42" stroke="${C.text}" stroke-width="0.75"/>${row(48, 'Braid index', person.braidIndex / 100, C.accent)}</svg>`;
}
