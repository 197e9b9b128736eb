import type { Plan } from '../domain/plan/schema';
import { liveNineBox, type ReviewScope } from '../domain/review';
import { html, type SafeHtml } from './html';

const NAMES_PER_CELL = 14;

/** A printed 9-box of a scope: nine cells with their counts and names (high potential on top). */
export function printedNineBox(plan: Plan, scope: ReviewScope, caption: string): SafeHtml {
  const { cells, unrated } = liveNineBox(plan, { scope, moves: [] });
  const rows = [cells.slice(0, 3), cells.slice(3, 6), cells.slice(6, 9)];
  return html`<figure class="review-box">
    <figcaption>${caption}</figcaption>
    <table class="nine-box-print">
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            ${row.map((cell) => {
              const names = cell.people.map((p) => p.person.name);
              const more = names.length - NAMES_PER_CELL;
              return html`<td class="pot-${cell.potential} perf-${cell.performance}">
                <div class="cell-top"><strong>${cell.name}</strong><span class="count">${cell.people.length}</span></div>
                <div class="sub">${cell.potential} potential · ${cell.performance} performance</div>
                <div class="names">${names.slice(0, NAMES_PER_CELL).join(', ')}${more > 0 ? ` and ${more} more` : ''}</div>
              </td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>
    ${unrated.length ? html`<p class="small muted">Not rated on both axes (${unrated.length}): ${unrated.map((p) => p.person.name).join(', ')}</p>` : ''}
  </figure>`;
}

/** Print CSS for the 9-box and the review tables, added to the report's own style. */
export const REVIEW_PRINT_CSS = `
.review-box { break-inside: avoid; margin: 0 0 14px; }
table.nine-box-print { table-layout: fixed; width: 100%; border-collapse: separate; border-spacing: 4px; }
table.nine-box-print td { vertical-align: top; border: 1px solid #c9c5ba; border-radius: 4px; padding: 5px 6px; font-size: 8.5pt; height: 70px; }
table.nine-box-print td.pot-high.perf-high, table.nine-box-print td.pot-high.perf-medium, table.nine-box-print td.pot-medium.perf-high { background: #eef6ee; }
table.nine-box-print td.pot-low.perf-low, table.nine-box-print td.pot-low.perf-medium, table.nine-box-print td.pot-medium.perf-low { background: #fbf3e4; }
table.nine-box-print .cell-top { display: flex; justify-content: space-between; }
table.nine-box-print .count { font-weight: 700; font-size: 11pt; }
table.nine-box-print .names { margin-top: 3px; }
.facts-list { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0 0 12px; }
.facts-list dt { font-weight: 600; }
.facts-list dd { margin: 0; }
.met { color: #2e7d32; } .unmet { color: #b3261e; }
.braid-stack figure { break-inside: avoid; margin: 0 0 10px; }
`;
