import { ACTION_KIND_LABELS } from '../plan/defaults';
import { addMonths } from '../time';
import type { RuleContext } from './rule-context';
import { hostName, listText, personName } from './wording';

/**
 * evidence-overdue (DOMAIN §9.3): development that ended, whose evidence day plus
 * evidenceGraceMonths is before asOf, with no assessment of one of its threads dated on or after
 * its start. One flag per person, naming every such rotation and action.
 * Spec choice: "before asOf" is strictly before, so a grace period ending on asOf is not overdue yet.
 */
export function raiseEvidenceFlags(ctx: RuleContext): void {
  const { index } = ctx;
  const grace = index.policy.evidenceGraceMonths;
  const overdue = (day: string): boolean => addMonths(day, grace) < index.asOf;
  for (const person of index.roster) {
    const items: string[] = [];
    const missing = new Set<string>();
    const dates: string[] = [];
    const unassessed = (threads: readonly string[], since: string): string[] =>
      threads.filter((thread) => !person.assessments.some((a) => a.thread === thread && a.date >= since && a.date <= index.asOf));
    for (const facts of index.rotationsByPerson.get(person.id) ?? []) {
      const { rotation } = facts;
      if (rotation.status !== 'completed' || rotation.objectives.length === 0 || !overdue(rotation.end)) continue;
      const threads = unassessed(rotation.objectives, rotation.start);
      if (threads.length === 0) continue;
      items.push(`the rotation at ${hostName(facts.host, rotation.hostId)} (ended ${rotation.end})`);
      dates.push(rotation.end);
      threads.forEach((t) => missing.add(t));
    }
    for (const facts of index.actionsByPerson.get(person.id) ?? []) {
      const { action } = facts;
      if (action.status !== 'completed' || !overdue(facts.evidenceDay)) continue;
      const threads = unassessed(action.threads, action.start);
      if (threads.length === 0) continue;
      items.push(`${ACTION_KIND_LABELS[action.kind].toLowerCase()} “${action.title}” (evidence due ${facts.evidenceDay})`);
      dates.push(facts.evidenceDay);
      threads.forEach((t) => missing.add(t));
    }
    if (items.length === 0) continue;
    const who = personName(person);
    const threads = listText([...missing].map((t) => index.threadNames.get(t) ?? t));
    ctx.book.raise(
      'evidence-overdue',
      'info',
      { personId: person.id, dates },
      `${who} finished ${listText(items)}, but has no assessment of ${threads} since.`,
      `Record an assessment of ${threads} for ${who}: the host's feedback or the action's outcome is the evidence.`,
    );
  }
}
