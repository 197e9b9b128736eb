import { rolesNeedingAction, type Flag, type PlanAnalysis } from '../../shared/domain/analysis';
import { groupFlags } from '../../shared/domain/flags';
import { SEVERITIES, SEVERITY_WORDS } from '../../shared/domain/model';
import { resolvePolicy } from '../../shared/domain/plan/defaults';
import type { Plan } from '../../shared/domain/plan/schema';

/**
 * What `braid check` prints: as plain text for a person reading a terminal or a log, and as
 * one JSON object for a script. The JSON shape is a contract with users' scripts: add
 * fields, never rename or remove them.
 */


const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const percent = (share: number): string => `${Math.round(share * 100)} %`;
/** Spec choice: months carry day fractions (days / 30.4375); the JSON rounds them to two decimals, which is all a reader or a spreadsheet needs. */
const months = (value: number): number => Math.round(value * 100) / 100;

export interface CheckTextOptions {
  /** List every flag, not one entry per code and severity raised more than five times. */
  all?: boolean;
}

export function checkReportText(plan: Plan, analysis: PlanAnalysis, fileName: string, options: CheckTextOptions = {}): string {
  const m = analysis.metrics;
  const r = m.rotations;
  const policy = resolvePolicy(plan.framework);
  const lines = [
    `${plan.organization.name} — as of ${analysis.asOf}`,
    `${fileName} is a valid Braid plan.`,
    '',
    `${count(m.people, 'person', 'people')} · ${count(m.roles, 'critical role')} · ${count(r.planned + r.active + r.completed + r.cancelled, 'rotation')} (${r.planned} planned, ${r.active} active, ${r.completed} completed, ${r.cancelled} cancelled)`,
    '',
    'Succession pipeline',
    `  Ready-now coverage  ${percent(m.readyNowCoverage).padEnd(6)}  of critical roles have a successor ready now`,
    `  Net coverage        ${percent(m.netReadyNowCoverage).padEnd(6)}  can each be given a different ready-now successor`,
    `  Pipeline depth      ${m.pipelineDepth.toFixed(1).padEnd(6)}  successors per role`,
    `  Braided bench       ${percent(m.braidedBench).padEnd(6)}  of successors have ${policy.braidMinMonths}+ months on both sides`,
    `  Needing action      ${String(rolesNeedingAction(analysis).length).padEnd(6)}  roles have a critical or warning flag`,
    '',
    `Flags: ${m.flags.critical} critical, ${count(m.flags.warning, 'warning')}, ${m.flags.info} for information`,
  ];
  let grouped = false;
  for (const severity of SEVERITIES) {
    const flags = analysis.flags.filter((f) => f.severity === severity);
    if (flags.length === 0) continue;
    lines.push('', `${SEVERITY_WORDS[severity].heading} (${flags.length})`);
    const entries = options.all ? flags.map((flag) => ({ kind: 'flag' as const, flag })) : groupFlags(flags, policy);
    for (const entry of entries) {
      if (entry.kind === 'group') {
        grouped = true;
        lines.push(`  - ${entry.summary}. [${entry.code} × ${entry.flags.length}]`);
        continue;
      }
      const { flag } = entry;
      lines.push(`  - ${flag.message} [${flag.code}]`);
      if (flag.action) lines.push(`    Action: ${flag.action}`);
    }
  }
  if (grouped) lines.push('', 'Where one kind of flag is raised more than 5 times it is shown once with its count: run with --all to list every flag.');
  return `${lines.join('\n')}\n`;
}

/** A flag with its subject fields present exactly when it concerns them (no id: it is an internal key). */
export function flagJson(flag: Flag): Record<string, unknown> {
  const out: Record<string, unknown> = { code: flag.code, severity: flag.severity, message: flag.message };
  if (flag.action !== undefined) out.action = flag.action;
  if (flag.roleId !== undefined) out.roleId = flag.roleId;
  if (flag.personId !== undefined) out.personId = flag.personId;
  if (flag.rotationIds !== undefined) out.rotationIds = flag.rotationIds;
  if (flag.hostId !== undefined) out.hostId = flag.hostId;
  if (flag.from !== undefined) out.from = flag.from;
  if (flag.to !== undefined) out.to = flag.to;
  // The days the sentence names, ISO like the sentence itself: a consumer can re-word them without parsing it.
  if (flag.dates !== undefined) out.dates = flag.dates;
  if (flag.year !== undefined) out.year = flag.year;
  return out;
}

/** The metrics as `braid check --json` and `braid whatif --json` print them. */
export function metricsJson(m: PlanAnalysis['metrics']): Record<string, unknown> {
  return {
    people: m.people,
    roles: m.roles,
    rotations: { planned: m.rotations.planned, active: m.rotations.active, completed: m.rotations.completed, cancelled: m.rotations.cancelled },
    readyNowCoverage: m.readyNowCoverage,
    netReadyNowCoverage: m.netReadyNowCoverage,
    pipelineDepth: m.pipelineDepth,
    braidedBench: m.braidedBench,
    flags: { critical: m.flags.critical, warning: m.flags.warning, info: m.flags.info },
  };
}

export function checkReportJson(analysis: PlanAnalysis): Record<string, unknown> {
  return {
    valid: true,
    metrics: metricsJson(analysis.metrics),
    flags: analysis.flags.map(flagJson),
    slates: [...analysis.roles.values()].flatMap((role) =>
      role.successors.map((s) => ({ roleId: role.roleId, personId: s.personId, readiness: s.readiness, fit: s.fit.fit, exposureReadyBy: s.exposureReadyBy, readyBy: s.readyBy, inTime: s.inTime })),
    ),
    people: [...analysis.people.values()].map((p) => ({ id: p.personId, braidIndex: p.braidIndex, frontMonths: months(p.current.front), backMonths: months(p.current.back) })),
  };
}
