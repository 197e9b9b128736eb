import type { PlanAnalysis } from '../domain/analysis/types';
import { ACTION_KIND_LABELS } from '../domain/plan/action-kinds';
import type { Plan } from '../domain/plan/schema';
import { date, finishTable, number, text, type ExportTable } from './export-table';

/**
 * Development actions (DOMAIN §9), one row each, cancelled ones included (the status says so).
 * The headers are the ones the "development actions" import reads, so a sheet exported,
 * corrected in Excel and imported again maps by itself.
 */
export function actionsTable(plan: Plan, analysis: PlanAnalysis): ExportTable {
  const people = new Map(plan.people.map((p) => [p.id, p.name]));
  const threads = new Map(plan.framework.threads.map((t) => [t.id, t.name]));
  const roles = new Map(plan.roles.map((r) => [r.id, r.title]));
  const rows = (plan.actions ?? [])
    .filter((a) => analysis.people.has(a.personId))
    .map((a) => [
      a.id,
      a.personId,
      people.get(a.personId) ?? null,
      ACTION_KIND_LABELS[a.kind],
      a.title,
      a.threads.map((t) => threads.get(t) ?? t).join('; '),
      a.start,
      a.end,
      a.evidenceDue,
      a.status,
      a.ownerId,
      a.ownerId ? (people.get(a.ownerId) ?? null) : null,
      a.roleId ? (roles.get(a.roleId) ?? a.roleId) : null,
      a.cost,
      a.note ?? null,
    ]);
  return finishTable(
    'actions',
    'Development actions',
    [
      text('Action id', 12), text('Employee id', 12), text('Name', 24), text('Kind', 18), text('Title', 32), text('Threads', 40),
      date('Start'), date('End'), date('Evidence due'), text('Status', 10), text('Owner id', 12), text('Owner', 24), text('Acting role', 24),
      number('Cost'), text('Note', 40),
    ],
    rows,
  );
}
