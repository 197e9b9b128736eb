import type { PlanAnalysis } from '../domain/model';
import { gapText } from '../domain/flags';
import { READINESS_LABELS } from '../domain/plan/defaults';
import type { Plan } from '../domain/plan/schema';
import { date, finishTable, number, text, type ExportCell, type ExportTable } from './export-table';

/** Roles with their successor slates, one row per successor, and the flag list. */

export function rolesTable(plan: Plan, analysis: PlanAnalysis): ExportTable {
  const domains = new Map(plan.framework.domains.map((d) => [d.id, d.name]));
  const people = new Map(plan.people.map((p) => [p.id, p.name]));
  const threadNames = new Map(plan.framework.threads.map((t) => [t.id, t.name]));
  const rows: ExportCell[][] = [];
  for (const role of plan.roles) {
    const a = analysis.roles.get(role.id);
    if (!a) continue;
    const head: ExportCell[] = [
      role.id,
      role.title,
      role.domains.map((d) => domains.get(d) ?? d).join('; '),
      a.spansBothSides ? 'yes' : 'no',
      role.incumbentId,
      role.incumbentId ? (people.get(role.incumbentId) ?? null) : null,
      role.vacancyRisk,
      role.expectedVacancy,
    ];
    if (a.successors.length === 0) rows.push([...head, null, null, null, null, null, null, 'no successors']);
    for (const s of a.successors) {
      rows.push([
        ...head,
        s.personId,
        people.get(s.personId) ?? null,
        READINESS_LABELS[s.readiness],
        s.emergency ? 'yes' : 'no',
        Math.round(s.fit.fit * 100),
        s.braidIndex,
        s.fit.gaps.map((g) => gapText(g, threadNames)).join('; '),
      ]);
    }
  }
  return finishTable(
    'roles',
    'Roles and successors',
    [
      text('Role id', 12), text('Role', 28), text('Domains', 28), text('Spans both sides', 10), text('Incumbent id', 12), text('Incumbent', 24),
      text('Vacancy risk', 10), date('Expected vacancy'), text('Successor id', 12), text('Successor', 24), text('Readiness', 18),
      text('Emergency cover', 10), number('Fit %', 8), number('Braid index'), text('Gaps', 60),
    ],
    rows,
  );
}

export function flagsTable(plan: Plan, analysis: PlanAnalysis): ExportTable {
  const people = new Map(plan.people.map((p) => [p.id, p.name]));
  const roles = new Map(plan.roles.map((r) => [r.id, r.title]));
  const hosts = new Map(plan.hosts.map((h) => [h.id, h.name]));
  const order = { critical: 0, warning: 1, info: 2 };
  const rows = [...analysis.flags]
    .sort((a, b) => order[a.severity] - order[b.severity])
    .map((f) => [
      f.severity,
      f.code,
      f.message,
      f.action ?? null,
      f.roleId ? (roles.get(f.roleId) ?? f.roleId) : null,
      f.personId ? (people.get(f.personId) ?? f.personId) : null,
      f.rotationIds?.join('; ') ?? null,
      f.hostId ? (hosts.get(f.hostId) ?? f.hostId) : null,
      f.from ?? null,
      f.to ?? null,
    ]);
  return finishTable(
    'flags',
    'Flags',
    [text('Severity', 10), text('Code', 26), text('Why', 70), text('Suggested action', 50), text('Role', 24), text('Person', 24), text('Rotations', 16), text('Host', 20), date('From'), date('To')],
    rows,
  );
}
