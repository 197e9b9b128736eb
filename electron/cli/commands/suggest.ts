import { analyzePlan, developmentPath, developmentPaths } from '../../../shared/domain/analysis';
import type { DevelopmentPath, PathStep } from '../../../shared/domain/paths';
import { IsoDate, type Plan } from '../../../shared/domain/plan/schema';
import { onePath, parseCommandArgs, stringOption, UsageError } from '../args';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from '../io';
import { readPlanFile, reportRefusedPlan } from '../plan-file';
import type { CliCommand } from './command';

const HELP = `Usage: braid suggest FILE --person ID [--role ID] [--json] [--as-of YYYY-MM-DD]

Proposes a development path toward a role: up to three rotations in sequence, on the side the
person is short of first, each saying which gaps it closes or narrows and the fit after it, the
date the person could be ready and whether that is in time for the role's expected vacancy.
When no path is in time, it says so and names who meets the side months now.
Without --role, a path for every role whose slate names the person, most critical first.

Options:
  --person ID       the person (their id in the plan, e.g. P012)
  --role ID         only this role
  --json            print one JSON object: {"personId","roleId","readyBy","inTime","reason",
                    "path":[{"hostId","start","end","closes","narrows","fitAfter",
                    "endsAfterVacancy",...}],"alternatives":[...]}; without --role, the most
                    critical role's, with the other roles' paths under "others"
  --as-of DATE      plan as of this day instead of the plan's own asOf
  -h, --help        show this help
`;

function stepJson(plan: Plan, s: PathStep): Record<string, unknown> {
  const host = plan.hosts.find((h) => h.id === s.hostId);
  return {
    hostId: s.hostId,
    start: s.start,
    end: s.end,
    closes: s.closes,
    narrows: s.narrows,
    fitAfter: s.fitAfter,
    endsAfterVacancy: s.endsAfterVacancy,
    hostName: host?.name ?? null,
    domain: s.domain,
    objectives: s.objectives,
    needsEvidence: s.needsEvidence,
  };
}

function pathJson(plan: Plan, path: DevelopmentPath): Record<string, unknown> {
  return {
    personId: path.personId,
    roleId: path.roleId,
    readyBy: path.readyBy,
    inTime: path.inTime,
    reason: path.reason,
    path: path.steps.map((s) => stepJson(plan, s)),
    alternatives: path.alternatives,
  };
}

/** Why there is no path at all, in the words an HR partner would use. */
function noRoleReason(plan: Plan, personId: string): string {
  const person = plan.people.find((p) => p.id === personId)!;
  if (person.archived) return `${person.name} has left (archived): Braid plans development paths only for people on the roster.`;
  if (person.track === 'linear') return `${person.name} is on the linear track and does not rotate: Braid suggests no rotations.`;
  return `${person.name} is on no successor slate: name a role with --role ID to plan towards it.`;
}

function pathText(plan: Plan, path: DevelopmentPath): string[] {
  const role = plan.roles.find((r) => r.id === path.roleId);
  const name = (id: string) => plan.people.find((p) => p.id === id)?.name ?? id;
  const lines = ['', `Toward ${role?.title ?? path.roleId} (${path.roleId})${role?.expectedVacancy ? `, expected vacancy ${role.expectedVacancy}` : ''}`, `  ${path.reason}`];
  path.steps.forEach((s, i) => {
    const host = plan.hosts.find((h) => h.id === s.hostId);
    const domain = plan.framework.domains.find((d) => d.id === s.domain);
    lines.push(`  ${i + 1}. ${s.start} to ${s.end}: ${host?.name ?? s.hostId} (${s.hostId}), ${domain?.name ?? s.domain} — fit after ${Math.round(s.fitAfter * 100)} %`);
    for (const gap of s.closes) lines.push(`     Closes: ${gap}`);
    for (const gap of s.narrows) lines.push(`     Narrows: ${gap}`);
    for (const gap of s.needsEvidence) lines.push(`     Needs assessment evidence: ${gap}`);
    if (s.endsAfterVacancy) lines.push(`     Ends after the expected vacancy on ${role?.expectedVacancy}`);
  });
  if (path.alternatives.length > 0) lines.push(`  Meet the side months now (emergency cover or a ready-now nomination): ${path.alternatives.map((id) => `${name(id)} (${id})`).join(', ')}`);
  return lines;
}

export const suggestCommand: CliCommand = {
  help: HELP,
  async run(argv, io: CliIo) {
    const args = parseCommandArgs(argv, { person: { type: 'string' }, role: { type: 'string' }, json: { type: 'boolean' }, 'as-of': { type: 'string' } });
    const path = onePath(args);
    const personId = stringOption(args, 'person');
    if (personId === undefined) throw new UsageError('missing --person ID');
    const roleId = stringOption(args, 'role');
    const asOf = stringOption(args, 'as-of');
    if (asOf !== undefined && !IsoDate.safeParse(asOf).success) throw new UsageError(`--as-of must be a date (YYYY-MM-DD), not "${asOf}"`);

    const reading = await readPlanFile(io, path, stringOption(args, 'passphrase-file'));
    if (!reading.ok) {
      reportRefusedPlan(io, 'suggest', path, reading);
      return EXIT_BAD_INPUT;
    }
    const plan = reading.plan;
    const person = plan.people.find((p) => p.id === personId);
    if (!person) {
      io.stderr(`braid suggest: there is no person with id "${personId}" in ${path}\n`);
      return EXIT_BAD_INPUT;
    }
    if (roleId !== undefined && !plan.roles.some((r) => r.id === roleId)) {
      io.stderr(`braid suggest: there is no role with id "${roleId}" in ${path}\n`);
      return EXIT_BAD_INPUT;
    }
    const analysis = analyzePlan(plan, { asOf });
    const one = roleId === undefined ? null : developmentPath(plan, analysis, personId, roleId);
    const paths = roleId === undefined ? developmentPaths(plan, analysis, personId) : one ? [one] : [];
    if (args.values.json === true) {
      const [first, ...others] = paths;
      const answer = first
        ? { ...pathJson(plan, first), ...(roleId === undefined ? { others: others.map((p) => pathJson(plan, p)) } : {}) }
        : { personId, roleId: roleId ?? null, readyBy: null, inTime: null, reason: noRoleReason(plan, personId), path: [], alternatives: [] };
      io.stdout(`${JSON.stringify(answer)}\n`);
    } else {
      const lines = [`Development paths for ${person.name} (${person.id}), ${person.title}`];
      if (paths.length === 0) lines.push(noRoleReason(plan, personId));
      for (const p of paths) lines.push(...pathText(plan, p));
      io.stdout(`${lines.join('\n')}\n`);
    }
    return EXIT_OK;
  },
};
