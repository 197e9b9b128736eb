import type { PlanAnalysis } from '../domain/model';
import { PROFICIENCY_LABELS } from '../domain/plan/defaults';
import type { Plan } from '../domain/plan/schema';
import { monthsBetween } from '../domain/time';
import { date, finishTable, number, text, type ExportTable } from './export-table';

/**
 * The roster, its assessments and its rotations as tables. Headers are the ones the
 * import recognises, so a sheet exported, corrected in Excel and imported again maps by itself.
 */

const round1 = (n: number): number => Math.round(n * 10) / 10;
const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

export function nineBoxText(cell: { performance: string; potential: string } | null): string | null {
  return cell ? `${capitalised(cell.performance)} performance, ${cell.potential} potential` : null;
}

export function peopleTable(plan: Plan, analysis: PlanAnalysis): ExportTable {
  const domains = new Map(plan.framework.domains.map((d) => [d.id, d]));
  const names = new Map(plan.people.map((p) => [p.id, p.name]));
  const rows = plan.people
    .filter((p) => analysis.people.has(p.id))
    .map((p) => {
      const a = analysis.people.get(p.id)!;
      const domain = domains.get(p.homeDomain);
      return [
        p.id,
        p.name,
        p.title,
        domain?.name ?? p.homeDomain,
        domain?.side ?? null,
        p.managerId,
        p.managerId ? (names.get(p.managerId) ?? null) : null,
        p.track,
        p.performance,
        p.potential,
        p.flightRisk,
        a.braidIndex,
        round1(a.current.front),
        round1(a.current.back),
        round1(a.projected.front),
        round1(a.projected.back),
        nineBoxText(a.nineBox),
        a.flagIds.length,
      ];
    });
  return finishTable(
    'people',
    'People',
    [
      text('Employee id', 12), text('Name', 24), text('Title', 28), text('Home domain', 24), text('Side', 8),
      text('Manager id', 12), text('Manager', 24), text('Track', 10), number('Performance'), text('Potential', 10),
      text('Flight risk', 10), number('Braid index'), number('Front months'), number('Back months'),
      number('Projected front months'), number('Projected back months'), text('9-box cell', 30), number('Flags', 8),
    ],
    rows,
  );
}

export function assessmentsTable(plan: Plan, analysis: PlanAnalysis): ExportTable {
  const threads = new Map(plan.framework.threads.map((t) => [t.id, t.name]));
  const rows = plan.people
    .filter((p) => analysis.people.has(p.id))
    .flatMap((p) =>
      [...p.assessments]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((a) => [p.id, p.name, threads.get(a.thread) ?? a.thread, a.level, PROFICIENCY_LABELS[a.level - 1] ?? null, a.date, a.source, a.note ?? null]),
    );
  return finishTable(
    'assessments',
    'Assessments',
    [text('Employee id', 12), text('Name', 24), text('Thread', 34), number('Level', 8), text('Level name', 12), date('Date'), text('Source', 10), text('Note', 40)],
    rows,
  );
}

export function rotationsTable(plan: Plan, analysis: PlanAnalysis): ExportTable {
  const hosts = new Map(plan.hosts.map((h) => [h.id, h]));
  const domains = new Map(plan.framework.domains.map((d) => [d.id, d]));
  const people = new Map(plan.people.map((p) => [p.id, p.name]));
  const threads = new Map(plan.framework.threads.map((t) => [t.id, t.name]));
  const rows = plan.rotations.map((r) => {
    const host = hosts.get(r.hostId);
    const domain = host ? domains.get(host.domain) : undefined;
    return [
      r.id,
      r.personId,
      people.get(r.personId) ?? null,
      host?.name ?? r.hostId,
      domain?.name ?? null,
      domain?.side ?? null,
      r.start,
      r.end,
      round1(monthsBetween(r.start, r.end)),
      r.status,
      r.objectives.map((t) => threads.get(t) ?? t).join('; '),
      r.mentorId ? (people.get(r.mentorId) ?? r.mentorId) : null,
      r.cost,
      analysis.flagsByRotation.get(r.id)?.length ?? 0,
    ];
  });
  return finishTable(
    'rotations',
    'Rotations',
    [
      text('Rotation id', 12), text('Employee id', 12), text('Name', 24), text('Host', 24), text('Domain', 24), text('Side', 8),
      date('Start'), date('End'), number('Months', 8), text('Status', 10), text('Objectives', 40), text('Mentor', 24), number('Cost'), number('Flags', 8),
    ],
    rows,
  );
}
