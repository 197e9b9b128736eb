import { analyzePlan, suggestRotations, type SuggestedRotation } from '../../../shared/domain/analysis';
import { IsoDate, type Plan } from '../../../shared/domain/plan/schema';
import { onePath, parseCommandArgs, stringOption, UsageError } from '../args';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from '../io';
import { readPlanFile, reportRefusedPlan } from '../plan-file';
import type { CliCommand } from './command';

const HELP = `Usage: braid suggest FILE --person ID [--role ID] [--json] [--as-of YYYY-MM-DD]

Suggests rotations that would close a successor's gaps: into the side they lack first, then
into domains that develop the threads they are short of, at a host with room, from the first
free month. Without --role, for every role whose slate names the person, most critical first.

Options:
  --person ID       the person (their id in the plan, e.g. P012)
  --role ID         only this role's requirements
  --json            print one JSON object: {"person":{...},"roleId":...,"suggestions":[...]}
  --as-of DATE      plan as of this day instead of the plan's own asOf
  -h, --help        show this help
`;

function suggestionJson(plan: Plan, s: SuggestedRotation): Record<string, unknown> {
  const host = plan.hosts.find((h) => h.id === s.hostId);
  return { hostId: s.hostId, hostName: host?.name ?? null, domain: s.domain, start: s.start, end: s.end, objectives: s.objectives, closes: s.closes, roleId: s.roleId ?? null };
}

/** Why the list is empty, in the words an HR partner would use. */
function nothingToSuggest(plan: Plan, personId: string, roleId: string | undefined): string {
  const person = plan.people.find((p) => p.id === personId)!;
  if (person.archived) return `${person.name} has left (archived): Braid suggests rotations only for people on the roster.`;
  if (person.track === 'linear') return `${person.name} is on the linear track and does not rotate: Braid suggests no rotations.`;
  const onSlates = plan.roles.some((r) => !r.retired && r.successors.some((s) => s.personId === personId));
  if (roleId === undefined && !onSlates) return `${person.name} is on no successor slate: name a role with --role ID to plan towards it.`;
  return `No rotation to suggest for ${person.name}: the role requirements are met or already covered by planned rotations, or no host has room.`;
}

function printText(io: CliIo, plan: Plan, personId: string, roleId: string | undefined, suggestions: SuggestedRotation[]): void {
  const person = plan.people.find((p) => p.id === personId)!;
  const lines = [`Suggested rotations for ${person.name} (${person.id}), ${person.title}`];
  if (suggestions.length === 0) lines.push(nothingToSuggest(plan, personId, roleId));
  suggestions.forEach((s, i) => {
    const host = plan.hosts.find((h) => h.id === s.hostId);
    const domain = plan.framework.domains.find((d) => d.id === s.domain);
    const role = s.roleId === undefined ? undefined : plan.roles.find((r) => r.id === s.roleId);
    const threadNames = s.objectives.map((t) => plan.framework.threads.find((x) => x.id === t)?.name ?? t);
    lines.push('', `${i + 1}. ${s.start} to ${s.end}: ${host?.name ?? s.hostId} (${s.hostId}), ${domain?.name ?? s.domain}`);
    if (role) lines.push(`   For: ${role.title} (${role.id})`);
    if (threadNames.length) lines.push(`   Objectives: ${threadNames.join(', ')}`);
    for (const gap of s.closes) lines.push(`   Closes: ${gap}`);
  });
  io.stdout(`${lines.join('\n')}\n`);
}

export const suggestCommand: CliCommand = {
  help: HELP,
  async run(argv, io) {
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
    if (!plan.people.some((p) => p.id === personId)) {
      io.stderr(`braid suggest: there is no person with id "${personId}" in ${path}\n`);
      return EXIT_BAD_INPUT;
    }
    if (roleId !== undefined && !plan.roles.some((r) => r.id === roleId)) {
      io.stderr(`braid suggest: there is no role with id "${roleId}" in ${path}\n`);
      return EXIT_BAD_INPUT;
    }
    const analysis = analyzePlan(plan, { asOf });
    const suggestions = suggestRotations(plan, analysis, personId, roleId);
    if (args.values.json === true) {
      const person = plan.people.find((p) => p.id === personId)!;
      const note = suggestions.length ? undefined : nothingToSuggest(plan, personId, roleId);
      io.stdout(`${JSON.stringify({ person: { id: person.id, name: person.name }, roleId: roleId ?? null, suggestions: suggestions.map((s) => suggestionJson(plan, s)), ...(note ? { note } : {}) })}\n`);
    } else {
      printText(io, plan, personId, roleId, suggestions);
    }
    return EXIT_OK;
  },
};
