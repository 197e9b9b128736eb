import { basename } from 'node:path';
import { analyzePlan, type Flag } from '../../../shared/domain/analysis';
import { IsoDate, type Plan } from '../../../shared/domain/plan/schema';
import { compareScenario, WHAT_IFS, type ScenarioComparison, type WhatIfName } from '../../../shared/domain/scenarios';
import { formatMetric, formatMetricChange, metricLabel } from '../../../shared/domain/scenarios/comparison-wording';
import { onePath, parseCommandArgs, stringOption, UsageError, type ParsedArgs } from '../args';
import { flagJson, metricsJson } from '../check-report';
import { EXIT_BAD_INPUT, EXIT_OK } from '../io';
import { readPlanFile, reportRefusedPlan } from '../plan-file';
import type { CliCommand } from './command';

const HELP = `Usage: braid whatif FILE [--leave PERSON --on DATE]… [--slip ROTATION:MONTHS]…
                   [--vacancy ROLE:DATE]… [--capacity HOST:N]… [--json]

Tries what-ifs on a copy of the plan and compares it with the plan: every metric before
and after, the flags raised, cleared and changed in severity. The file is never written.

What-ifs (each may be given several times; they apply in the order given):
  --leave PERSON --on DATE   the person leaves on DATE: their roles fall vacant, they leave
                             every slate, their rotations stop, their reports move up
  --slip ROTATION:MONTHS     the rotation moves by MONTHS (negative: earlier)
  --vacancy ROLE:DATE        the role falls vacant on DATE
  --capacity HOST:N          the host takes N rotations at a time

Options:
  --json            print one JSON object: {"baseline":{"metrics"},"scenario":{"metrics"},
                    "raised":[flag],"cleared":[flag],"changed":[{"code","from","to",…subject}],
                    "cover":[…]}; each flag as \`braid check --json\` prints it
  -h, --help        show this help

Exit status: 0 compared, 2 an unreadable or invalid file, or a what-if naming an id that
is not in the plan or a date that is not a date, 1 something unexpected went wrong.
`;

interface Step {
  name: WhatIfName;
  input: Record<string, unknown>;
  /** The argument as typed, to name it when it is refused. */
  argument: string;
}

const WHAT_IF_OPTION = /^--(leave|on|slip|vacancy|capacity)(?:=|$)/;

/** Splits "ID:VALUE" at its last colon (ids may hold colons, values never do). */
function pair(option: string, text: string, valueName: string): [string, string] {
  const at = text.lastIndexOf(':');
  if (at <= 0 || at === text.length - 1) throw new UsageError(`--${option} "${text}" must be ID:${valueName}`);
  return [text.slice(0, at), text.slice(at + 1)];
}

function date(argument: string, text: string): string {
  if (!IsoDate.safeParse(text).success) throw new UsageError(`${argument}: "${text}" is not a date (expected YYYY-MM-DD)`);
  return text;
}

function whole(argument: string, text: string, min: number): number {
  if (!/^[+-]?\d+$/.test(text) || Number(text) < min) throw new UsageError(`${argument}: "${text}" must be a whole number${min > 0 ? ` of at least ${min}` : ''}`);
  return Number(text);
}

/** The what-ifs in the order they were typed (node's parseArgs keeps each option's own order only). */
function stepsOf(argv: string[], args: ParsedArgs): Step[] {
  const lists: Record<string, string[]> = {};
  for (const key of ['leave', 'on', 'slip', 'vacancy', 'capacity']) {
    const value = args.values[key] as unknown;
    lists[key] = Array.isArray(value) ? [...(value as string[])] : [];
  }
  if (lists.leave.length !== lists.on.length) {
    throw new UsageError(`each --leave PERSON needs its own --on DATE (got ${lists.leave.length} --leave and ${lists.on.length} --on)`);
  }
  const steps: Step[] = [];
  for (const token of argv) {
    const option = WHAT_IF_OPTION.exec(token)?.[1];
    if (!option || option === 'on') continue;
    const text = lists[option].shift()!;
    const argument = `--${option} ${text}`;
    if (option === 'leave') {
      const on = lists.on.shift()!;
      steps.push({ name: 'whatif:leave', input: { personId: text, on: date(`--on ${on}`, on) }, argument: `${argument} --on ${on}` });
    } else if (option === 'slip') {
      const [rotationId, months] = pair(option, text, 'MONTHS');
      const n = whole(argument, months, -Infinity);
      if (n === 0) throw new UsageError(`${argument}: a slip of 0 months changes nothing`);
      steps.push({ name: 'whatif:slip', input: { rotationId, months: n }, argument });
    } else if (option === 'vacancy') {
      const [roleId, on] = pair(option, text, 'DATE');
      steps.push({ name: 'whatif:vacancy', input: { roleId, on: date(argument, on) }, argument });
    } else {
      const [hostId, capacity] = pair(option, text, 'N');
      steps.push({ name: 'whatif:capacity', input: { hostId, capacity: whole(argument, capacity, 1) }, argument });
    }
  }
  return steps;
}

function unknownId(plan: Plan, step: Step): string | null {
  const input = step.input;
  if (step.name === 'whatif:leave' && !plan.people.some((p) => p.id === input.personId)) return `there is no person "${String(input.personId)}" in the plan`;
  if (step.name === 'whatif:slip' && !plan.rotations.some((r) => r.id === input.rotationId)) return `there is no rotation "${String(input.rotationId)}" in the plan`;
  if (step.name === 'whatif:vacancy' && !plan.roles.some((r) => r.id === input.roleId)) return `there is no role "${String(input.roleId)}" in the plan`;
  if (step.name === 'whatif:capacity' && !plan.hosts.some((h) => h.id === input.hostId)) return `there is no host "${String(input.hostId)}" in the plan`;
  return null;
}

function applySteps(plan: Plan, steps: Step[]): Plan {
  let scenario = plan;
  for (const step of steps) {
    const missing = unknownId(scenario, step);
    if (missing) throw new UsageError(`${step.argument}: ${missing}`);
    const definition = WHAT_IFS[step.name];
    try {
      scenario = (definition.apply as (plan: Plan, input: unknown) => Plan)(scenario, definition.input.parse(step.input));
    } catch (error) {
      throw new UsageError(`${step.argument}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return scenario;
}

const subjectJson = (flag: Flag): Record<string, unknown> => {
  // `from` and `to` of a changed flag are its severities; a day range is not a subject (one host's runs are keyed by their first day).
  const { code: _code, severity: _severity, message: _message, action: _action, from: _from, to: _to, ...subject } = flagJson(flag);
  return subject;
};

export function whatifJson(comparison: ScenarioComparison, plan: Plan, scenario: Plan): Record<string, unknown> {
  const name = (plans: Plan[], id: string) => plans.flatMap((p) => p.people).find((p) => p.id === id)?.name ?? id;
  return {
    baseline: { metrics: metricsJson(comparison.baseline) },
    scenario: { metrics: metricsJson(comparison.scenario) },
    raised: comparison.raised.map(flagJson),
    cleared: comparison.cleared.map(flagJson),
    changed: comparison.changed.map((c) => ({ code: c.code, from: c.before.severity, to: c.after.severity, ...subjectJson(c.after), message: c.after.message })),
    cover: comparison.cover.map((c) => ({
      roleId: c.roleId,
      title: c.title,
      readyNowBefore: (c.before?.readyNow ?? []).map((id) => name([plan], id)),
      readyNowAfter: (c.after?.readyNow ?? []).map((id) => name([scenario], id)),
    })),
  };
}

function whatifText(comparison: ScenarioComparison, fileName: string, steps: Step[]): string {
  const lines = [`${fileName}: ${steps.length ? steps.map((s) => s.argument).join(' ') : 'no what-if given'} (the file is unchanged)`, '', 'Metrics (plan → scenario)'];
  const width = Math.max(...comparison.metrics.map((m) => metricLabel(m.key).length));
  for (const m of comparison.metrics) {
    lines.push(`  ${metricLabel(m.key).padEnd(width)}  ${formatMetric(m.key, m.before)} → ${formatMetric(m.key, m.after)}  (${formatMetricChange(m)})`);
  }
  const list = (title: string, flags: Flag[]) => {
    lines.push('', `${title} (${flags.length})`);
    for (const flag of flags) lines.push(`  - [${flag.severity}] ${flag.message} [${flag.code}]`);
  };
  list('Flags raised', comparison.raised);
  list('Flags cleared', comparison.cleared);
  lines.push('', `Flags changed in severity (${comparison.changed.length})`);
  for (const c of comparison.changed) lines.push(`  - ${c.before.severity} → ${c.after.severity}: ${c.after.message} [${c.code}]`);
  lines.push('', `Roles whose cover changed (${comparison.cover.length})`);
  for (const c of comparison.cover) lines.push(`  - ${c.title}: ${c.before?.readyNow.length ?? 0} → ${c.after?.readyNow.length ?? 0} ready now, ${c.before?.successors.length ?? 0} → ${c.after?.successors.length ?? 0} on the slate`);
  return `${lines.join('\n')}\n`;
}

export const whatifCommand: CliCommand = {
  help: HELP,
  async run(argv, io) {
    const many = { type: 'string', multiple: true } as const;
    const args = parseCommandArgs(argv, { json: { type: 'boolean' }, leave: many, on: many, slip: many, vacancy: many, capacity: many });
    const path = onePath(args);
    const steps = stepsOf(argv, args);
    const reading = await readPlanFile(io, path, stringOption(args, 'passphrase-file'));
    if (!reading.ok) {
      reportRefusedPlan(io, 'whatif', path, reading);
      return EXIT_BAD_INPUT;
    }
    const scenario = applySteps(reading.plan, steps);
    const comparison = compareScenario(reading.plan, analyzePlan(reading.plan), scenario, analyzePlan(scenario));
    io.stdout(args.values.json === true ? `${JSON.stringify(whatifJson(comparison, reading.plan, scenario))}\n` : whatifText(comparison, basename(path), steps));
    return EXIT_OK;
  },
};
