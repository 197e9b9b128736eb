import type { Flag } from '../domain/analysis/types';
import { html, type SafeHtml } from './html';
import { SEVERITY_LABELS } from './wording';

/** Flags as the planner words them, each with its severity and suggested action. */
export function flagList(flags: readonly Flag[], emptyText = 'No flags.'): SafeHtml {
  if (flags.length === 0) return html`<p class="empty">${emptyText}</p>`;
  return html`<ul class="flags">${flags.map(
    (f) => html`<li><span><span class="badge ${f.severity}">${SEVERITY_LABELS[f.severity]}</span></span><span>${f.message}${f.action ? html`<span class="action">${f.action}</span>` : ''}</span></li>`,
  )}</ul>`;
}
