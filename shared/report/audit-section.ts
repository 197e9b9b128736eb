import { AUDIT_AREA_LABELS, type AuditEntry } from '../domain/audit/types';
import { html, type SafeHtml } from './html';

/**
 * "Changes to this role": the audit trail of a role on paper, newest first, for the talent
 * review that wants to see who changed a slate, when, and from what.
 */
export function auditSection(title: string, entries: readonly AuditEntry[]): SafeHtml {
  return html`<section class="audit">
    <h2 class="keep-with-next">${title}</h2>
    ${entries.length === 0
      ? html`<p class="empty">No changes are recorded yet.</p>`
      : html`<table>
          <thead><tr><th>When</th><th>Who</th><th>What</th><th>Before</th><th>After</th></tr></thead>
          <tbody>
            ${entries.map(
              (e) => html`<tr>
                <td class="nowrap">${e.at.slice(0, 10)}<span class="sub">${e.at.slice(11, 16)} UTC</span></td>
                <td>${e.who}</td>
                <td>${e.summary}<span class="sub">${AUDIT_AREA_LABELS[e.area]} · ${e.action}</span></td>
                <td>${e.before ?? '—'}</td>
                <td>${e.after ?? '—'}</td>
              </tr>`,
            )}
          </tbody>
        </table>`}
  </section>`;
}
